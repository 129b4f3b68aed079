"""Entity readings the fourth own gold set showed wrong, checked on sentences of our own."""
from __future__ import annotations

from entity_helpers import analysed, entity_of

PAGE = ("Dans le camp de Tripoli, Hala Naccache, directrice de la section locale du Croissant-Rouge "
        "libanais, a décrit des abris surpeuplés. Le Croissant-Rouge libanais a ouvert deux "
        "dispensaires cette semaine, a-t-elle ajouté.")


def test_listed_organisation_with_lower_case_qualifiers_is_an_organisation(nlp_fr):
    record = analysed(PAGE, nlp_fr, "fr")
    entity = entity_of(record, "Croissant-Rouge libanais")
    assert entity.type == "ORG"
