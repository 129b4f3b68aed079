"""Event rules found on the fourth own gold set, pinned on sentences of our own."""
from __future__ import annotations

from tests.nlp.event_helpers import events, find


def test_french_warning_with_conditional_clause_is_a_threat(nlp_fr):
    evs = events("Le préfet de police, Paul Martin, a averti mardi que toute grève illégale "
                 "serait réprimée.", "fr")
    assert find(evs, type="threaten", actor="Paul Martin")


def test_french_warning_of_a_possibility_stays_speech(nlp_fr):
    evs = events("Le préfet de police, Paul Martin, a averti mardi que la crise pourrait durer "
                 "des mois.", "fr")
    assert not find(evs, type="threaten")
    assert find(evs, type="statement", actor="Paul Martin")


def test_french_warning_with_future_clause_is_a_threat(nlp_fr):
    evs = events("Le préfet de police, Paul Martin, a averti que les agents disperseront les "
                 "cortèges.", "fr")
    assert find(evs, type="threaten", actor="Paul Martin")


def test_french_warning_introducing_a_quotation_is_speech(nlp_fr):
    evs = events("« Aucun pays ne sortira indemne de cette guerre », a averti le diplomate Paul "
                 "Martin.", "fr")
    assert not find(evs, type="threaten")
