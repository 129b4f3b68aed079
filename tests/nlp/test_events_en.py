"""The events stage on English sentences written for these tests (hand-built entities, times, quotes)."""
from __future__ import annotations

import pytest

from test_events import annotate, events_of, one

pytestmark = pytest.mark.slow

CARTER = ("carter", "PER", ["John Carter"])
OBI = ("obi", "PER", ["Mary Obi"])
LAGOS = ("lagos", "LOC", ["Lagos"])


def test_verb_trigger_with_place_and_time(nlp_en):
    doc = annotate(nlp_en, "Prime Minister John Carter visited Nairobi on Monday.",
                   entities=[CARTER, ("nairobi", "LOC", ["Nairobi"])], times=[("Monday", "2024-03-04")])
    v = one(doc, "visit")
    assert (v.actor, v.place, v.time, v.negated) == ("carter", "nairobi", "2024-03-04", False)


def test_light_verb(nlp_en):
    doc = annotate(nlp_en, "John Carter paid a short visit to Nairobi.",
                   entities=[CARTER, ("nairobi", "LOC", ["Nairobi"])])
    assert len(doc._.events) == 1
    v = one(doc, "visit")
    assert (v.actor, v.place, v.trigger.text) == ("carter", "nairobi", "visit")


@pytest.mark.parametrize("text", [
    "John Carter did not meet Mary Obi in Lagos.",
    "John Carter never met Mary Obi in Lagos.",
    "John Carter denied meeting Mary Obi in Lagos.",
])
def test_negation_forms(nlp_en, text):
    doc = annotate(nlp_en, text, entities=[CARTER, OBI, LAGOS])
    v = one(doc, "meet")
    assert v.negated and (v.actor, v.target) == ("carter", "obi")


def test_future_is_planned(nlp_en):
    doc = annotate(nlp_en, "John Carter will meet Mary Obi in Lagos.", entities=[CARTER, OBI, LAGOS])
    v = one(doc, "meet")
    assert v.modality == "planned" and not v.negated


def test_passive_agent(nlp_en):
    doc = annotate(nlp_en, "In Lagos, Mary Obi was arrested by the federal police.",
                   entities=[OBI, LAGOS, ("police", "ORG", ["federal police"])])
    v = one(doc, "arrest")
    assert (v.actor, v.target, v.place) == ("police", "obi", "lagos")


def test_nationality_adjective_of_the_strike_is_the_actor_of_the_killing(nlp_en):
    text = ("An American drone strike killed the militant commander Omar Said near Mosul. "
            "The United States confirmed the operation.")
    doc = annotate(nlp_en, text, entities=[("said", "PER", ["Omar Said"]),
                                           ("usa", "LOC", ["United States"]),
                                           ("mosul", "LOC", ["Mosul"])])
    v = one(doc, "kill")
    assert (v.actor, v.target, v.place) == ("usa", "said", "mosul")
    assert events_of(doc, "attack") == []


def test_two_mentions_merge(nlp_en):
    text = ("Omar Said was killed in an American raid. "
            "The United States killed Omar Said on May 5, 2019, officials said.")
    doc = annotate(nlp_en, text, entities=[("said", "PER", ["Omar Said"]),
                                           ("usa", "LOC", ["United States"])],
                   times=[("May 5, 2019", "2019-05-05")])
    v = one(doc, "kill")
    assert (v.actor, v.target, v.time) == ("usa", "said", "2019-05-05")
    assert len(v.mentions) == 1


def test_source_inside_a_quote(nlp_en):
    said = "John Carter met Mary Obi in Lagos yesterday"
    text = f'"{said}," said the spokesman Paul Dean.'
    doc = annotate(nlp_en, text, entities=[CARTER, OBI, LAGOS, ("dean", "PER", ["Paul Dean"])],
                   quotes=[(said, "dean", "said", True)])
    meet = one(doc, "meet")
    assert (meet.actor, meet.source) == ("carter", "dean")
    assert one(doc, "statement").actor == "dean"


def test_a_group_named_by_nationality_acts_for_its_country(nlp_en):
    text = ("Ethiopian police arrested the journalist Samuel Bekele in Gondar on Wednesday. "
            "Ethiopia rejected the criticism.")
    doc = annotate(nlp_en, text, entities=[("ethiopia", "LOC", ["Ethiopia"]),
                                           ("bekele", "PER", ["Samuel Bekele"]),
                                           ("gondar", "LOC", ["Gondar"])])
    v = one(doc, "arrest")
    assert (v.actor, v.target, v.place) == ("ethiopia", "bekele", "gondar")


def test_a_capital_is_not_the_country_of_a_nationality_adjective(nlp_en):
    text = "An American strike killed Omar Said. Officials in Washington confirmed the strike."
    doc = annotate(nlp_en, text, entities=[("said", "PER", ["Omar Said"]),
                                           ("washington", "LOC", ["Washington"])])
    assert all(e.actor != "washington" for e in doc._.events)
