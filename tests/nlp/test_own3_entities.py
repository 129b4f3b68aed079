"""Entity errors the third own gold set showed, by their general cause, on sentences written for
these tests: an organisation named in lower-case words before its acronym in brackets, and an
acronym made from the organisation's name in another language, which does not spell the name
written."""
from __future__ import annotations

from entity_helpers import analysed, entity_of, holding

PAGE = """LE COURRIER DU SUD
Mardi 4 mars 2025
Arrestations au Maroc
Les services de sécurité marocains (DGST) ont arrêté mardi trois hommes, selon un communiqué. \
La DGST a précisé que les suspects préparaient un attentat.
Le chef du gouvernement de transition nationale (GTN) a salué l'opération. Le GTN doit se réunir jeudi.
La Société algérienne des hydrocarbures (SAH) a suspendu ses livraisons, tout comme \
l'Agence de coopération des ports du Nord (NPCA), dont le siège est à Oran. La NPCA n'a pas commenté.
"""


def test_lower_case_name_before_an_acronym_it_spells(nlp_fr):
    record = analysed(PAGE, nlp_fr, "fr")
    entity = entity_of(record, "GTN")
    assert entity.type == "ORG"
    assert "gouvernement de transition nationale" in {m.text for m in entity.mentions}


def test_lower_case_name_with_an_organisation_head_before_a_foreign_acronym(nlp_fr):
    record = analysed(PAGE, nlp_fr, "fr")
    entity = entity_of(record, "DGST")
    assert entity.type == "ORG"
    assert "services de sécurité marocains" in {m.text for m in entity.mentions}
    assert len(holding(record, "DGST")) == 1


def test_organisation_acronym_from_another_language_is_the_organisation(nlp_fr):
    record = analysed(PAGE, nlp_fr, "fr")
    entity = entity_of(record, "NPCA")
    assert "Agence de coopération des ports du Nord" in {m.text for m in entity.mentions}
    assert len(holding(record, "NPCA")) == 1


def test_a_single_common_noun_is_no_name_for_an_acronym(nlp_fr):
    record = analysed("""LE COURRIER DU SUD
Mardi 4 mars 2025
Affrontements au nord
Les forces (FDS) ont repoussé une attaque, a indiqué un porte-parole lundi soir.
""", nlp_fr, "fr")
    assert not holding(record, "forces")
