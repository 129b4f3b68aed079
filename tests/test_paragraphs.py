"""The model runs paragraph by paragraph; the joined Doc keeps the article's text and offsets."""
from newsgraph.nlp.paragraphs import paragraphs, parse_by_paragraph


def test_pieces_concatenate_back_to_the_text():
    for text in ["a\n\nb", "a\n \n\nb\n\n", "\n\na", "abc", "a.\n\n\n  b\nc\n\nd", ""]:
        assert "".join(paragraphs(text)) == text


def test_a_blank_line_cuts_but_a_single_newline_does_not():
    assert paragraphs("un\ndeux\n\ntrois") == ["un\ndeux\n\n", "trois"]


def test_no_sentence_crosses_a_blank_line(nlp_fr):
    # Without a final period the French parser would run the first paragraph into the second.
    text = "Le ministre est arrivé mercredi à Tunis pour une visite\n\nKarim Haddad a été reçu par son homologue."
    (doc,) = parse_by_paragraph(nlp_fr, [text])
    assert doc.text == text
    second = text.index("Karim")
    starts = [s.start_char for s in doc.sents]
    assert second in starts
    assert not any(s.start_char < second < s.end_char for s in doc.sents)
    assert {e.text for e in doc.ents} >= {"Karim Haddad", "Tunis"}


def test_the_stages_run_on_the_joined_doc():
    from newsgraph import extract_text

    record = extract_text("Karim Haddad est arrivé lundi à Tunis.\n\nIl a déclaré que la visite était utile.",
                          published="2024-03-14", language="fr")
    assert any(e.name == "Karim Haddad" for e in record.entities)
    assert record.quotes and record.quotes[0].speaker == next(e.id for e in record.entities if e.name == "Karim Haddad")
