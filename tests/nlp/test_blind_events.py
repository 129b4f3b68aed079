"""Event errors of the blind own gold set (docs/evaluation_own_gold.md, B-V rows), fixed by their
general cause and pinned on sentences written for these tests (fictional, never from the gold set).
"""
from __future__ import annotations

import pytest
from event_helpers import events, find

pytestmark = pytest.mark.slow


def test_accepting_an_offer_is_agreeing_and_keeps_its_negation():
    evs = events("Le ministre Paul Dubreuil n'a pas accepté l'offre du syndicat.", "fr")
    assert find(evs, type="agree", actor="Paul Dubreuil", negated=True), evs


def test_a_judge_charging_people_is_an_accusation():
    evs = events("Le juge Marc Vernier a inculpé lundi trois anciens directeurs de la société.", "fr")
    assert find(evs, type="accuse", actor="Marc Vernier", trigger="inculpé"), evs


def test_calling_for_a_noun_is_a_demand_but_an_invitation_to_a_place_is_not():
    assert find(events("L'Unesco a appelé les belligérants au calme.", "fr"), type="demand")
    assert not find(events("Le maire Louis Perrin a invité les habitants à la cérémonie.", "fr"),
                    type="demand")


def test_asking_someone_to_do_something_is_a_demand_asking_alone_is_not():
    evs = events("Amnesty International a demandé au gouvernement de libérer les détenus.", "fr")
    assert find(evs, type="demand", actor="Amnesty International"), evs
    evs = events("« Et maintenant ? », a demandé le ministre Paul Dubreuil.", "fr")
    assert not find(evs, type="demand"), evs


def test_distributing_aid_is_aid_by_the_distributor():
    evs = events("La Croix-Rouge a distribué mardi une aide alimentaire aux familles.", "fr")
    assert find(evs, type="aid", actor="Croix-Rouge"), evs


def test_taking_part_in_an_event_is_doing_it():
    evs = events("La Turquie n'a pas participé aux frappes contre la Syrie.", "fr")
    assert find(evs, type="attack", actor="Turquie", negated=True), evs
    evs = events("Turkey did not take part in the air strikes on Syria.", "en")
    assert find(evs, type="attack", actor="Turkey", negated=True), evs


def test_coming_first_in_a_vote_is_no_visit():
    evs = events("Le candidat Jean Morel est arrivé en tête du premier tour.", "fr")
    assert not find(evs, type="visit"), evs
    evs = events("Le président Jean Morel est arrivé mardi à Dakar.", "fr")
    assert find(evs, type="visit", actor="Jean Morel"), evs
