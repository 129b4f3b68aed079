"""Events, seventh own gold set: the general rules its errors pointed to, on sentences of our own.

A cleft's "que" is no object of the hosting verb: "c'est ainsi que le parti a accueilli la
décision" receives a thing, so no one is met or hosted.
"""
from __future__ import annotations

from event_helpers import events, find


def test_welcoming_a_decision_in_a_cleft_is_no_meeting(nlp_fr):
    evs = events("« Un pas dans le bon sens, sans plus » : c'est ainsi que le Parti socialiste unifié a "
                 "accueilli la décision du tribunal de Rabat.", "fr")
    assert not find(evs, type="meet") and not find(evs, type="visit")


def test_welcoming_people_is_still_a_meeting(nlp_fr):
    evs = events("Le président Kaïs Saïed a accueilli mardi à Tunis le ministre algérien Ahmed Attaf.", "fr")
    assert find(evs, type="meet", actor="Kaïs Saïed")
