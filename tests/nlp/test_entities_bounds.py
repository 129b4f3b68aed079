"""Span boundaries and types the model gets wrong, on news articles written for these tests
(fictional people, French and English): a title's complement glued to the name, a place glued to
the next name or to a date, towns typed as persons or organisations, surnames typed as
organisations, organisation names cut at their adjective."""
from __future__ import annotations

import pytest

from newsgraph.evaluation.ner import entity_pipeline

FR_SECURITE = """Sécurité : Bamako annonce des renforts dans le centre du pays

Le ministre de l'Intérieur Amadou Sangaré a annoncé mardi de nouvelles mesures de sécurité dans le \
centre du pays, après une série d'attaques contre des postes de gendarmerie.

Arrivé à Bamako Moussa Keïta a aussitôt rencontré les représentants des syndicats de transporteurs. \
Une seconde réunion s'est tenue à Douala lundi, selon un communiqué.

Sangaré a précisé que les patrouilles seraient renforcées à Mopti et à Kitwe dès la semaine \
prochaine. « Nous ne céderons pas », a déclaré Ibrahim Mwale, le porte-parole du gouvernement. \
Mwale a ajouté que la Fédération malienne de football avait reporté ses matches.

La Confédération nationale des travailleurs a salué ces annonces, tandis que le groupe Sogema, \
premier employeur de la région, réclame des compensations.
"""

EN_PORTS = """Ferry services resume between Tangier and Algeciras after storm

Ferry services between Tangier and Algeciras resumed on Saturday after a storm closed both ports for \
three days, port officials in Tangier said.

Speaking in Kitwe, Mwale said the new customs rules would apply to all freight from next week. \
Chanda Mwale, the trade ministry spokesman, added that inspections would be shorter.

The meeting in Lusaka Monday was attended by Minister of Health Ruth Banda and by officials of the \
Zambia Road Hauliers Association. Police in Ndola said two lorries had been seized.
"""


@pytest.fixture(scope="module")
def fr():
    return entity_pipeline("fr")(FR_SECURITE)._.entities


@pytest.fixture(scope="module")
def en():
    return entity_pipeline("en")(EN_PORTS)._.entities


def _by_name(entities, name):
    hits = [e for e in entities if e.name == name]
    assert len(hits) == 1, ([(e.name, e.type) for e in entities], name)
    return hits[0]


def _names(entities):
    return {e.name for e in entities}


def test_title_complement_is_not_part_of_the_name(fr):
    sangare = _by_name(fr, "Amadou Sangaré")
    assert sangare.type == "PER"
    assert any("Intérieur" in t for t in sangare.titles), sangare.titles
    assert not any("Intérieur" in n for n in _names(fr))
    assert "Sangaré" in sangare.aliases and len(sangare.mentions) == 2  # one person, not two


def test_place_glued_to_the_next_name_is_split(fr):
    assert _by_name(fr, "Bamako").type == "LOC"
    assert _by_name(fr, "Moussa Keïta").type == "PER"
    assert not any("Bamako " in n for n in _names(fr))


def test_place_glued_to_a_date_word_ends_before_it(fr, en):
    assert _by_name(fr, "Douala").type == "LOC"
    assert _by_name(en, "Lusaka").type == "LOC"
    assert not any("lundi" in n or "Monday" in n for n in _names(fr) | _names(en))


def test_towns_after_a_locative_or_beside_a_place_are_places(fr, en):
    for name in ("Mopti", "Kitwe"):
        assert _by_name(fr, name).type == "LOC"
    for name in ("Tangier", "Algeciras", "Kitwe", "Ndola"):
        assert _by_name(en, name).type == "LOC", name


def test_surname_typed_as_organisation_joins_its_person(fr, en):
    for ents, full in ((fr, "Ibrahim Mwale"), (en, "Chanda Mwale")):
        mwale = _by_name(ents, full)
        assert mwale.type == "PER"
        assert "Mwale" in [m.text for m in mwale.mentions]
        assert "Mwale" not in _names(ents)


def test_portfolio_after_title_in_english(en):
    banda = _by_name(en, "Ruth Banda")
    assert banda.type == "PER"
    assert not any(n.startswith("Health") for n in _names(en))


def test_organisation_names_keep_their_adjective_and_head(fr):
    assert _by_name(fr, "Fédération malienne de football").type == "ORG"
    assert _by_name(fr, "Confédération nationale des travailleurs").type == "ORG"
    assert _by_name(fr, "groupe Sogema").type == "ORG"
