"""Events, eighth own gold set: the general rules its errors pointed to, on sentences of our own.

A denial is a rejection; people counted but not named ("Sixteen people were arrested") still
had the act done to them; what belongs to someone ("all activities of X", "les avoirs de X") is
hit as them; a name the French parser left as a root of its own right after the verb and a time
word ("a rencontré mardi X") is the verb's object.
"""
from __future__ import annotations

from event_helpers import events, find


def test_denying_a_link_is_a_rejection(nlp_en):
    evs = events("The opposition leader, Karim Haddad, denied any role in the riots on Sunday.", "en")
    assert find(evs, type="reject", actor="Karim Haddad")


def test_dementir_is_a_rejection(nlp_fr):
    evs = events("Le ministre tunisien de l'Intérieur, Khaled Nouri, a démenti mardi ces informations.", "fr")
    assert find(evs, type="reject", actor="Khaled Nouri")


def test_a_counted_passive_arrest_is_kept_without_actor(nlp_en):
    evs = events("Twelve people were arrested in Mosul on Friday after the bombing.", "en")
    assert find(evs, type="arrest", actor=None)


def test_an_uncounted_passive_without_anyone_named_is_still_dropped(nlp_en):
    evs = events("The suspects were arrested in Mosul on Friday after the bombing.", "en")
    assert not find(evs, type="arrest")


def test_what_belongs_to_an_organisation_is_its_target(nlp_en):
    evs = events("Egypt banned all activities of the Muslim Brotherhood on Monday.", "en")
    assert find(evs, type="sanction", target="Muslim Brotherhood")


def test_a_name_after_a_weekday_is_the_object_of_the_meeting(nlp_fr):
    evs = events("L'envoyée de l'ONU au Yémen, Clara Berglund, a rencontré mardi Ahmed Saleh à Aden.", "fr")
    assert find(evs, type="meet", actor="Clara Berglund", target="Ahmed Saleh")
