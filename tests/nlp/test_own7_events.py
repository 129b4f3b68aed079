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


def test_a_claim_credited_with_selon_is_no_statement(nlp_fr):
    evs = events("Selon l'Organisation mondiale de la santé, trois hôpitaux de Gaza ont cessé de "
                 "fonctionner mardi.", "fr")
    assert not find(evs, type="statement")


def test_a_claim_credited_with_according_to_is_no_statement(nlp_en):
    evs = events("According to Human Rights Watch, at least forty protesters were detained in "
                 "Tbilisi on Monday.", "en")
    assert not find(evs, type="statement")


def test_a_declaration_reported_as_news_is_still_a_statement(nlp_fr):
    evs = events("L'Organisation mondiale de la santé a annoncé mardi que trois hôpitaux de Gaza "
                 "avaient cessé de fonctionner.", "fr")
    assert find(evs, type="statement", actor="Organisation mondiale de la santé")


def test_a_subject_the_parser_left_as_a_root_of_its_own_is_the_doer(nlp_fr):
    # the French model often makes a sentence-initial foreign capital a root (or a sentence) of its own
    evs = events("Washington n'a pas critiqué les bombardements de la semaine dernière.", "fr")
    assert find(evs, type="accuse", actor="Washington", negated=True)


def test_a_subject_after_a_full_stop_is_not_taken_from_the_sentence_before(nlp_fr):
    evs = events("Le sommet s'est tenu à Nairobi. N'ont pas été condamnées les frappes.", "fr")
    assert not find(evs, type="accuse", actor="Nairobi")


def test_fighting_a_named_group_is_an_attack_by_the_antecedent_of_qui(nlp_fr):
    evs = events("Le Hezbollah, qui a combattu l'Etat islamique en Syrie, dément toute implication.", "fr")
    assert find(evs, type="attack", actor="Hezbollah", target="Etat islamique")


def test_the_subject_which_of_a_relative_clause_is_its_antecedent(nlp_en):
    evs = events("The Kurdish-led SDF, which fought the Islamic State alongside the coalition, "
                 "still holds thousands of prisoners.", "en")
    assert find(evs, type="attack", actor="SDF")


def test_rejected_accusations_are_no_new_accusation(nlp_fr):
    evs = events("Le Tchad a saisi l'Union africaine lundi. Le porte-parole du gouvernement soudanais, "
                 "Khalid Omer, a rejeté les accusations tchadiennes.", "fr")
    assert find(evs, type="reject", actor="Khalid Omer")
    assert not find(evs, type="accuse")
