"""The quote stage on English examples written for the project: said, told, added, according to."""
from __future__ import annotations


from quote_helpers import analyse


PEOPLE = {
    "cole": ("PER", ("Mary Cole", "Cole"), ("senator",)),
    "reed": ("PER", ("John Reed", "Reed"), ("mayor",)),
}


def test_x_said_after_the_quote(nlp_en):
    (q,) = analyse(nlp_en, "“We will not back down on the budget,” Mary Cole said on Tuesday.", PEOPLE)
    assert q.direct and q.text == "We will not back down on the budget" and q.speaker == "cole"
    assert q.cue == "said"


def test_said_x_inverted(nlp_en):
    (q,) = analyse(nlp_en, "“The bridge will reopen in June,” said John Reed.", PEOPLE)
    assert q.speaker == "reed"


def test_split_quote_is_one_quote(nlp_en):
    text = "“The deal is dead,” John Reed said, “and nobody in the council will revive it.”"
    (q,) = analyse(nlp_en, text, PEOPLE)
    assert len(q.parts) == 2 and q.speaker == "reed" and "said" not in q.text


def test_he_said_resolved_by_gender(nlp_en):
    text = ("Ms. Cole met Mr. Reed at the city hall on Monday.\n\n"
            "“We agreed on the schedule for the new stadium,” he said.")
    (q,) = analyse(nlp_en, text, PEOPLE)
    assert q.speaker == "reed" and q.speaker_text == "he"


def test_told_that_gives_indirect_speech_and_addressee(nlp_en):
    text = "Mary Cole told reporters that the talks with the union had collapsed."
    (q,) = analyse(nlp_en, text, PEOPLE)
    assert not q.direct and q.speaker == "cole" and q.addressee_text == "reporters"
    assert q.text == "the talks with the union had collapsed"


def test_added_that(nlp_en):
    (q,) = analyse(nlp_en, "John Reed added that the city would hire two hundred teachers.", PEOPLE)
    assert q.speaker == "reed" and q.text == "the city would hire two hundred teachers"


def test_according_to_an_anonymous_official(nlp_en):
    (q,) = analyse(nlp_en, "According to a senior official, the summit was postponed until March.", PEOPLE)
    assert q.speaker is None and q.anonymous and q.cue.lower() == "according to"
    assert q.text == "the summit was postponed until March"


def test_according_to_a_named_person(nlp_en):
    (q,) = analyse(nlp_en, "The plant will close next year, according to John Reed.", PEOPLE)
    assert q.speaker == "reed" and q.text == "The plant will close next year"


def test_role_speaker_through_titles(nlp_en):
    text = ("John Reed visited the harbour with Mary Cole.\n\n"
            "“The port needs a new dock,” the senator said.")
    (q,) = analyse(nlp_en, text, PEOPLE)
    assert q.speaker == "cole"


def test_content_before_x_said(nlp_en):
    text = "The council will vote on the stadium next week, Mary Cole said on Tuesday."
    (q,) = analyse(nlp_en, text, PEOPLE)
    assert (q.text, q.speaker, q.direct) == ("The council will vote on the stadium next week", "cole", False)


def test_participial_clause_of_the_speech_verb_is_not_content(nlp_en):
    text = ("Mary Cole said on Monday that the city would not raise parking fees, "
            "rejecting a proposal from the council.")
    (q,) = analyse(nlp_en, text, PEOPLE)
    assert q.text == "the city would not raise parking fees" and q.speaker == "cole"
