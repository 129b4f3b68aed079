"""Events errors of the own gold set (docs/evaluation_own_gold.md, V1-V24), fixed by their general
cause and pinned on sentences written for these tests (fictional, never from the gold set).
"""
from __future__ import annotations

import pytest
from event_helpers import events, find

pytestmark = pytest.mark.slow


def test_negation_on_an_adverb_of_the_verb_fr():
    evs = events("Le Maroc n'a pas encore signé le traité de libre-échange avec le Canada.",
                 "fr", "2021-03-02")
    signed = find(evs, type="agree")
    assert signed and all(e["negated"] for e in signed), evs


def test_negation_on_an_adverb_of_the_verb_en():
    evs = events("Peru has not yet signed the trade pact with Chile.", "en", "2021-03-02")
    signed = find(evs, type="agree")
    assert signed and all(e["negated"] for e in signed), evs


def test_a_verb_of_ceasing_negates_its_complement():
    evs = events("Le ministre a confirmé que la Norvège avait cessé de financer le programme.",
                 "fr", "2021-03-02")
    assert not [e for e in evs if e["type"] == "aid" and not e["negated"]], evs


def test_dismissed_as_is_a_rejection_not_a_resignation():
    evs = events("Lisbon dismissed the report as politically motivated, the government said on Monday.",
                 "en", "2021-03-02")
    assert not find(evs, type="resign"), evs
