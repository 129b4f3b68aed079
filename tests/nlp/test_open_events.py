"""Event causes still open across the own sets 6-8 (docs/evaluation_own_gold.md, G-V*, H-V*, I-V*),
fixed by their general cause and pinned on sentences written for these tests (fictional, never
from the gold sets): a warning given to a named party, a mandate to form a government, a
pronominal verb's subject, a verb of taking part with its event as object.
"""
from __future__ import annotations

import pytest
from event_helpers import events, find

pytestmark = pytest.mark.slow


def test_a_warning_to_a_named_party_is_a_threat_fr():
    evs = events("Le Maroc a averti l'Algérie que la frontière resterait fermée.", "fr")
    assert find(evs, type="threaten", actor="Maroc", target="Algérie"), evs


def test_a_warning_to_a_named_party_is_a_threat_en():
    evs = events("Ghana warned Togo that its patience was running out.", "en")
    assert find(evs, type="threaten", actor="Ghana", target="Togo"), evs


def test_a_warning_to_no_one_stays_speech():
    evs = events("Le ministre Karim Benali a averti que la saison serait difficile pour les éleveurs.",
                 "fr")
    assert not find(evs, type="threaten"), evs


def test_a_mandate_to_form_a_government_is_an_appointment_fr():
    evs = events("Le président Ollanta Humala a chargé lundi l'avocate Rosa Quispe de former un "
                 "nouveau gouvernement.", "fr")
    assert find(evs, type="appoint", actor="Ollanta Humala", target="Rosa Quispe"), evs


def test_a_mandate_to_form_a_government_is_an_appointment_en():
    evs = events("The king of Norway on Monday tasked Ingrid Solberg with forming a government.", "en")
    assert find(evs, type="appoint", target="Ingrid Solberg"), evs


def test_any_other_task_is_no_appointment():
    evs = events("Le ministre Karim Benali a chargé la police d'enquêter sur l'incendie de Sfax.", "fr")
    assert not find(evs, type="appoint"), evs


def test_a_pronominal_verb_has_its_subject_as_actor():
    evs = events("Le Conseil de sécurité de l'ONU ne s'est pas réuni depuis la crise.", "fr")
    met = find(evs, type="meet", actor="Conseil de sécurité de l'ONU")
    assert met and all(e["negated"] for e in met), evs


def test_not_showing_up_at_a_meeting_is_a_negated_meeting():
    evs = events("Le ministre Paulo Dias ne s'est pas présenté à la réunion du gouvernement.", "fr")
    assert find(evs, type="meet", actor="Paulo Dias", negated=True), evs


def test_attending_a_summit_is_taking_part_in_it():
    evs = events("Senator Mark Lee attended the summit in Oslo.", "en")
    assert find(evs, type="meet", actor="Mark Lee", place="Oslo"), evs


def test_who_called_a_meeting_is_the_other_side_of_it():
    evs = events("Le gouverneur Paulo Dias ne s'est pas présenté à la réunion convoquée jeudi par "
                 "le Conseil fédéral.", "fr")
    assert find(evs, type="meet", actor="Paulo Dias", target="Conseil fédéral", negated=True), evs


def test_an_unnamed_spokesperson_acts_for_the_body():
    evs = events("Le porte-parole du ministère chilien de l'Intérieur a annoncé mardi l'arrestation "
                 "de quatre policiers.", "fr")
    assert find(evs, type="arrest", actor="ministère chilien de l'Intérieur"), evs


def test_a_named_spokesperson_stays_that_person():
    evs = events("Le porte-parole du ministère chilien de l'Intérieur, Pedro Soto, a annoncé mardi "
                 "l'arrestation de Luis Vega.", "fr")
    assert find(evs, type="arrest", actor="Pedro Soto", target="Luis Vega"), evs
