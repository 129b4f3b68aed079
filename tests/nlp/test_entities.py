"""The entities stage on sentences written for these tests, with the real French and English models."""
from __future__ import annotations

import pytest

from newsgraph.evaluation.ner import entity_pipeline


@pytest.fixture(scope="module")
def nlp():
    """The French model with only the entities stage (the other stages do not change entities)."""
    return entity_pipeline("fr")


def by_name(doc, text):
    """The entity one of whose mentions or aliases is ``text``."""
    for e in doc._.entities:
        if text == e.name or text in e.aliases or text in {m.text for m in e.mentions}:
            return e
    raise AssertionError(f"no entity for {text!r} in {[e.name for e in doc._.entities]}")


def test_transliteration_variants_and_bare_surname_are_one_person(nlp):
    doc = nlp("Le général Abdelkarim Haddadi est arrivé mardi à Damas. Abdulkarim Hadadi a rencontré "
              "des responsables syriens. Plus tard, Haddadi a quitté la Syrie.")
    e = by_name(doc, "Abdelkarim Haddadi")
    assert e.type == "PER"
    assert {m.text for m in e.mentions} >= {"Abdelkarim Haddadi", "Abdulkarim Hadadi", "Haddadi"}
    assert "général" in e.titles
    assert len([x for x in doc._.entities if x.type == "PER"]) == 1


def test_ids_in_order_and_offsets_point_into_the_text(nlp):
    doc = nlp("Le ministre Karim Benali a visité Oran. Benali a ensuite rejoint Alger.")
    ents = doc._.entities
    assert [e.id for e in ents] == [f"E{i + 1}" for i in range(len(ents))]
    firsts = [min(m.start for m in e.mentions) for e in ents]
    assert firsts == sorted(firsts)
    for e in ents:
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_name_inside_a_compound_is_recovered(nlp):
    doc = nlp("Les milices pro-Damas ont attaqué un convoi près de la frontière. "
              "Le gouvernement de Damas a démenti.")
    e = by_name(doc, "Damas")
    assert len(e.mentions) == 2
    assert all(m.text == "Damas" for m in e.mentions)


def test_name_after_elided_conjunction_keeps_its_first_word(nlp):
    doc = nlp("Depuis qu'Ahmad Karimi a pris ses fonctions, le pays a changé. Karimi a promis des réformes.")
    e = by_name(doc, "Ahmad Karimi")
    assert e.name == "Ahmad Karimi"
    assert not any(m.text.lower().startswith("qu") for m in e.mentions)


def test_banner_and_date_lines_give_no_entity(nlp):
    doc = nlp("LA VOIX DU SUD\n\n| 3 mars 2024, dimanche |\n\n"
              "Le ministre tunisien de l'Intérieur, Kamel Feki, a visité Sfax jeudi.")
    texts = {m.text for e in doc._.entities for m in e.mentions}
    assert texts == {"Kamel Feki", "Sfax"}


def test_no_junk_spans(nlp):
    doc = nlp("Le commandant de la Brigade Al-Nasr, Youssef Amrani, a été reçu par le porte-parole du "
              "Corps Al-Nasr syrien en Jordanie.\nLe représentant de l'ONU a répondu.")
    for e in doc._.entities:
        for m in e.mentions:
            assert "\n" not in m.text
            assert m.text[:1].isupper() or e.type == "ORG", m.text
            last = m.text.split()[-1].lower()
            assert last not in {"de", "la", "le", "du", "des", "en", "syrien"}, m.text
    assert "Corps Al-Nasr" in {m.text for e in doc._.entities for m in e.mentions}


def test_lower_case_organisations_from_the_lexicon(nlp):
    doc = nlp("Les talibans ont repris la ville. Selon la mobilisation populaire, les combats ont cessé.")
    assert by_name(doc, "talibans").type == "ORG"
    assert by_name(doc, "mobilisation populaire").type == "ORG"


def test_organisation_head_variants_are_one_organisation(nlp):
    doc = nlp("La Brigade Al-Nasr a revendiqué l'attaque. Un porte-parole des Brigades Al-Nasr a confirmé "
              "la revendication.")
    e = by_name(doc, "Brigade Al-Nasr")
    assert e.type == "ORG"
    assert {"Brigade Al-Nasr", "Brigades Al-Nasr"} <= {m.text for m in e.mentions}
    assert "Al-Nasr" in e.aliases


def test_type_is_voted_over_mentions_and_titles(nlp):
    doc = nlp("Le colonel Farid Zaouche a inspecté les troupes. Selon Zaouche, la situation est calme. "
              "Zaouche a quitté la base hier.")
    e = by_name(doc, "Farid Zaouche")
    assert e.type == "PER"
    assert len(e.mentions) == 3


def test_english_pipeline_gives_entities_with_titles():
    nlp = entity_pipeline("en")
    doc = nlp("Defense Minister John Carter met Rashid Karimi, the ambassador to Jordan, in Amman. "
              "Karimi said the Islamic Revolutionary Guard Corps had withdrawn. The IRGC did not comment.")
    carter = by_name(doc, "John Carter")
    assert carter.type == "PER" and "Defense Minister" in carter.titles
    assert "ambassador to Jordan" in by_name(doc, "Rashid Karimi").titles
    irgc = by_name(doc, "IRGC")
    assert irgc.type == "ORG" and "Islamic Revolutionary Guard Corps" in {m.text for m in irgc.mentions}
    assert "Defense" not in {m.text for e in doc._.entities for m in e.mentions}


def with_spans(nlp, text, spans):
    """Run the entities stage on ``text`` with the model's spans replaced by ``spans`` (text, label):
    the model's known mistakes, reproduced deterministically."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline[:-1]:
        doc = proc(doc)
    ents, pos = [], 0
    for piece, label in spans:  # in text order
        start = text.index(piece, pos)
        pos = start + len(piece)
        ents.append(doc.char_span(start, start + len(piece), label=label, alignment_mode="expand"))
    doc.ents = [e for e in ents if isinstance(e, Span)]
    return nlp.get_pipe("newsgraph_entities")(doc)


def test_model_junk_spans_are_repaired_or_dropped(nlp):
    text = ("LE COURRIER DU NORD\n| 12 avril 2024 |\n"
            "Le commandant de la Brigade Al-Nasr, Omar Saidi, est arrivé. Depuis qu'Ahmad Karimi dirige "
            "le Corps Al-Nasr libanais en Syrie, Saidi voyage.")
    doc = with_spans(nlp, text, [("COURRIER DU NORD\n| 12 avril", "ORG"), ("commandant de la", "PER"),
                                 ("Brigade Al-", "LOC"), ("Omar Saidi", "PER"), ("Karimi", "PER"),
                                 ("Corps Al-Nasr libanais en Syrie", "ORG"), ("Saidi", "LOC")])
    got = {m.text: e.type for e in doc._.entities for m in e.mentions}
    assert got == {"Brigade Al-Nasr": "ORG", "Omar Saidi": "PER", "Ahmad Karimi": "PER",
                   "Corps Al-Nasr": "ORG", "Saidi": "PER"}
    assert by_name(doc, "Saidi") is by_name(doc, "Omar Saidi")
    assert by_name(doc, "Corps Al-Nasr") is by_name(doc, "Brigade Al-Nasr")


def test_shared_family_name_makes_a_person_but_not_one_entity(nlp):
    text = "Karim al-Haddad a reçu son frère Samir al-Haddad à Alep. Selon Karim al-Haddad, tout va bien."
    doc = with_spans(nlp, text, [("Karim al-Haddad", "LOC"), ("Samir al-Haddad", "PER"), ("Alep", "LOC"),
                                 ("Karim al-Haddad", "LOC")])
    karim, samir = by_name(doc, "Karim al-Haddad"), by_name(doc, "Samir al-Haddad")
    assert karim is not samir
    assert karim.type == samir.type == "PER"
    assert len(karim.mentions) == 2
    assert by_name(doc, "Alep").type == "LOC"
