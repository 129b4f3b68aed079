"""Quotes, seventh own gold set: the general rules its errors pointed to, on sentences of our own.

A role subject followed by a long apposition and the name ("Le chef de X, ancien ... et proche de
Y, Nom Prénom, a salué") is that person; a name right after an adverbial phrase of the incise verb
("a déclaré de son côté X", "a ajouté pour sa part X") is its inverted subject.
"""
from __future__ import annotations

from quote_helpers import analyse

DIAB = {"diab": ("PER", ("Karim Diab",), ()), "ugtt": ("ORG", ("Union générale des travailleurs",), ())}
HOLT = {"holt": ("PER", ("Maria Holt",), ())}


def test_name_after_a_long_apposition_is_the_speaker(nlp_fr):
    text = ("Le porte-parole du syndicat, ancien conseiller du ministre du Travail et proche de "
            "l'Union générale des travailleurs, Karim Diab, a dénoncé « une provocation inutile et dangereuse ».")
    (q,) = analyse(nlp_fr, text, DIAB)
    assert q.speaker == "diab"


def test_a_name_apposed_to_another_noun_of_a_clause_is_not_the_speaker(nlp_fr):
    text = ("Le ministre, après avoir rencontré le délégué syndical, Karim Diab, a dénoncé « une "
            "provocation inutile et dangereuse ».")
    (q,) = analyse(nlp_fr, text, DIAB)
    assert q.speaker != "diab"


def test_name_after_an_adverbial_phrase_of_the_incise(nlp_fr, nlp_en):
    text = ("« Nous ne signerons rien tant que les otages restent détenus, jour après jour », a "
            "déclaré de son côté Karim Diab, qui conduit la délégation syndicale.")
    (q,) = analyse(nlp_fr, text, DIAB)
    assert q.speaker == "diab"
    text = ("« Les salaires doivent suivre les prix, sans exception », a ajouté pour sa part "
            "Karim Diab.")
    (q,) = analyse(nlp_fr, text, DIAB)
    assert q.speaker == "diab"


PARTY = {"nahda": ("ORG", ("Nahda",), ())}
AGENCY = {"spa": ("ORG", ("SPA",), ())}


def test_a_restating_clause_after_the_colon_names_the_speaker(nlp_fr):
    text = ("Le tribunal a libéré mardi les trois militants.\n\n« Une victoire de la rue, pas des "
            "juges » : c'est en ces termes que le parti d'opposition Nahda a réagi à la décision.")
    quotes = analyse(nlp_fr, text, PARTY)
    assert [q.speaker for q in quotes if q.text.startswith("Une victoire")] == ["nahda"]


def test_an_agency_after_a_coordinated_looking_incise_is_the_source(nlp_fr):
    text = ("Le président a levé jeudi le couvre-feu dans les trois provinces du sud, a annoncé "
            "l'agence officielle SPA.")
    (q,) = analyse(nlp_fr, text, AGENCY)
    assert q.text.startswith("Le président a levé") and q.speaker == "spa"


def test_a_second_act_of_the_same_subject_is_no_incise(nlp_fr):
    text = "Le gouvernement a levé jeudi le couvre-feu, a annoncé un plan de relance pour le sud."
    assert not [q for q in analyse(nlp_fr, text, AGENCY) if q.text.startswith("Le gouvernement")]
