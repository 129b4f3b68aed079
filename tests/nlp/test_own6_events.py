"""Events, sixth own gold set: the general rules its errors pointed to, on sentences of our own.

Each test pins one rule: whoever receives people hosts their visit (SCHEMA: "host side: actor is
the host") besides meeting them; a delegation stands for the body that sent it or the one who
leads it; a received thing is no meeting; the one at whose call people act is the doer.
"""
from __future__ import annotations

from event_helpers import events, find


def test_receiving_a_delegation_is_a_hosted_visit_and_a_meeting(nlp_fr):
    evs = events("Le ministre tunisien des Affaires étrangères, Nabil Ammar, a reçu lundi à Tunis une "
                 "délégation du Fatah conduite par Jibril Rajoub.", "fr")
    assert find(evs, type="meet", actor="Nabil Ammar", target="Fatah")
    assert find(evs, type="visit", actor="Nabil Ammar", target="Fatah", place="Tunis")


def test_a_capital_hosting_a_person_in_english(nlp_en):
    evs = events("Baghdad hosted Turkish Foreign Minister Hakan Demir on Sunday.", "en")
    assert find(evs, type="visit", actor="Baghdad", target="Hakan Demir")


def test_a_delegation_without_its_sender_stands_for_its_leader(nlp_fr):
    evs = events("Rabat a reçu jeudi une délégation conduite par le ministre Ahmed Kaci.", "fr")
    assert find(evs, type="meet", actor="Rabat", target="Ahmed Kaci")


def test_a_refused_reception_is_a_negated_meeting_and_visit(nlp_fr):
    evs = events("Le président Kaïs Saïed n'a pas reçu les représentants de l'UGTT mardi.", "fr")
    assert find(evs, type="meet", actor="Kaïs Saïed", target="UGTT", negated=True)
    assert find(evs, type="visit", actor="Kaïs Saïed", target="UGTT", negated=True)


def test_a_delegation_as_subject_acts_for_its_sender(nlp_fr):
    evs = events("Une délégation de l'Union africaine est arrivée mardi à Khartoum.", "fr")
    assert find(evs, type="visit", actor="Union africaine", place="Khartoum")


def test_receiving_a_thing_is_no_meeting(nlp_fr, nlp_en):
    assert not events("Le CICR n'avait encore reçu aucune garantie de la part des autorités.", "fr")
    evs = events("The firms said they had not received payments since March.", "en")
    assert not find(evs, type="meet") and not find(evs, type="visit")


def test_the_caller_of_a_march_is_its_doer(nlp_fr, nlp_en):
    evs = events("Samedi, des centaines de manifestants ont défilé à Lyon à l'appel de la CGT pour "
                 "exiger des hausses de salaires.", "fr")
    assert find(evs, type="protest", actor="CGT", place="Lyon")
    evs = events("Thousands of protesters marched in Basra on Friday at the call of the Sadrist "
                 "Movement.", "en")
    assert find(evs, type="protest", actor="Sadrist Movement", place="Basra")


def test_shooting_down_a_machine_is_an_attack_not_a_killing(nlp_fr, nlp_en):
    evs = events("Les forces tchadiennes ont abattu jeudi un drone soudanais au-dessus d'Adré, selon le "
                 "Tchad.", "fr")
    assert find(evs, type="attack", trigger="abattu") and not find(evs, type="kill")
    evs = events("Un hélicoptère de l'armée a été abattu par les rebelles près de Goma.", "fr")
    assert find(evs, type="attack") and not find(evs, type="kill")
    evs = events("Israeli forces shot down a drone launched by Hezbollah near Haifa.", "en")
    assert not find(evs, type="kill")


def test_shooting_people_is_still_a_killing(nlp_fr):
    evs = events("Les soldats de la garde présidentielle ont abattu deux assaillants lundi à N'Djamena.",
                 "fr")
    assert find(evs, type="kill", trigger="abattu")
