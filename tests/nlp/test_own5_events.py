"""Events, fifth own gold set: the general rules its errors pointed to, on sentences of our own.

Each test pins one rule: a word of a name is no trigger; what a demand asks for has not happened;
an infinitive the parser hangs on the object still makes "appeler X à" a demand; a passive subject
of an active compound tense is the subject; a possessive on the object is the subject's; a
participle set off by a comma is the clause's doer's; "step" is a resignation only when down;
one receives a person, not a prize; a quote inside a demand is not a statement of its own.
"""
from __future__ import annotations

from event_helpers import events, find


def test_a_word_inside_an_organisations_name_is_no_event(nlp_fr):
    evs = events("Le Conseil de coopération économique arabe (CCEA) a condamné l'attaque contre le "
                 "port de Tartous.", "fr")
    assert not find(evs, type="cooperate")
    assert find(evs, type="accuse", actor="Conseil de coopération économique arabe")


def test_what_a_demand_asks_for_has_not_happened(nlp_fr):
    evs = events("Le ministre tchadien des Affaires étrangères, Ali Moussa Haggar, a exhorté l'Union "
                 "africaine à imposer des sanctions contre les putschistes.", "fr")
    assert find(evs, type="demand", actor="Ali Moussa Haggar")
    assert not find(evs, type="sanction")


def test_what_english_calls_for_has_not_happened(nlp_en):
    evs = events("Foreign Minister Ali Haggar urged the African Union to impose sanctions on the "
                 "coup leaders.", "en")
    assert find(evs, type="demand", actor="Ali Haggar")
    assert not find(evs, type="sanction")


def test_an_infinitive_hung_on_the_object_makes_a_call_a_demand(nlp_fr):
    evs = events("La Fédération des journalistes tchadiens (FJT) a de son côté appelé le gouvernement "
                 "à rouvrir les radios fermées en mai.", "fr")
    assert find(evs, type="demand", actor="Fédération des journalistes tchadiens")


def test_a_possessive_on_the_object_is_the_subjects(nlp_fr):
    evs = events("Le ministre Karim Lahlou est arrivé mardi à Rabat. Le Parti socialiste unifié (PSU) "
                 "a exprimé son soutien aux agriculteurs.", "fr")
    assert find(evs, type="aid", actor="Parti socialiste unifié")
    assert not find(evs, type="aid", actor="Karim Lahlou")


def test_a_participle_after_a_comma_is_done_by_the_clauses_doer(nlp_fr):
    evs = events("Les Forces armées ougandaises ont frappé lundi un village, à l'est de Beni, tuant au "
                 "moins six personnes.", "fr")
    (kill,) = find(evs, type="kill")
    assert kill["actor"] == "Forces armées ougandaises"
    assert kill["target"] != "Beni"


def test_stepping_up_is_no_resignation(nlp_en):
    assert not find(events("Ankara steps up its campaign against smugglers, Interior Minister Ali Demir "
                           "said on Monday.", "en"), type="resign")
    assert find(events("Finance Minister Tom Okello stepped down on Friday.", "en"),
                type="resign", actor="Tom Okello")


def test_receiving_a_prize_is_no_meeting(nlp_fr):
    evs = events("Le ministre Karim Daoud a reçu le prix Goncourt de la diplomatie en 2015 à Paris.", "fr")
    assert not find(evs, type="meet")
    evs = events("Le ministre Karim Daoud a reçu lundi son homologue Ali Bensaid à Rabat.", "fr")
    assert find(evs, type="meet", actor="Karim Daoud")


def test_a_quote_inside_a_demand_is_no_statement(nlp_fr):
    evs = events("Le président de la Ligue marocaine, Omar Ben Salah, a appelé les députés à voter "
                 "« une loi juste ».", "fr")
    assert find(evs, type="demand", actor="Omar Ben Salah")
    assert not find(evs, type="statement")


def test_an_agreement_without_which_two_parties_parted_is_theirs_and_negated(nlp_fr):
    (agree,) = find(events("Le Hamas et le Fatah se sont quittés mardi au Caire sans accord.", "fr"),
                    type="agree")
    assert (agree["actor"], agree["target"], agree["negated"]) == ("Hamas", "Fatah", True)


def test_what_is_done_in_a_communique_is_a_statement_of_the_doer(nlp_fr):
    evs = events("Le Conseil national des enseignants (CNE) a salué la réouverture des écoles dans un "
                 "communiqué publié mardi.", "fr")
    assert find(evs, type="statement", actor="Conseil national des enseignants")
    # a statement one reacts to is someone else's
    evs = events("La Turquie n'a pas réagi à ces déclarations.", "fr")
    assert len(find(evs, type="statement")) == 1


def test_a_subject_pronoun_takes_up_the_organisation_just_named(nlp_fr):
    evs = events("L'Association des banquiers (ABL) rejette cette lecture. Dans un communiqué publié "
                 "lundi, elle a estimé que l'Etat devait assumer les pertes.", "fr")
    assert find(evs, type="statement", actor="Association des banquiers")


def test_the_prime_minister_is_not_the_minister_named_before(nlp_fr):
    evs = events("Le ministre fédéral des Finances, Sabah Karimi, a reçu lundi une délégation. Le "
                 "Premier ministre irakien pourrait recevoir le chef du GRK à Bagdad.", "fr")
    assert len(find(evs, type="meet", actor="Sabah Karimi")) == 1


def test_what_a_named_place_holds_is_hit_there(nlp_fr):
    (attack,) = find(events("Les Forces de soutien rapide (FSR) ont bombardé samedi le camp de déplacés "
                            "de Zamzam, près d'El-Facher.", "fr"), type="attack")
    assert (attack["actor"], attack["target"]) == ("Forces de soutien rapide", "Zamzam")
