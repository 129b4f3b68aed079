"""Entity errors the eighth own gold set showed, on sentences of our own:

- a given name written short in one sentence and in full in another ("Michael Reardon" ... "Mike
  Reardon", "Elias Karam" ... "Elie Karam") is one person: ``lang/*/name_short_forms.tsv`` is read
  for a word before the surname only, within an article (``link.names``) and across articles
  (``link.person_names``); a short form alone, or as a surname, is no short form.
"""
from __future__ import annotations

import pytest
from entity_helpers import analysed, entity_of

from newsgraph.link import names
from newsgraph.link.person_names import parse_name

HEADER_FR = "Le Courrier du Nord\n\nJeudi 3 avril 2025\n\nTensions au port\n\n"
HEADER_EN = "Harbour Daily\n\nApril 3, 2025\n\nPort strike spreads\n\n"


@pytest.mark.parametrize("short, full", [
    ("Mike Reardon", "Michael Reardon"), ("Dan Whitcombe", "Daniel Whitcombe"),
    ("Elie Karam", "Elias Karam"), ("Bill Osgood", "William Osgood"), ("Tony Sfeir", "Anthony Sfeir"),
])
def test_short_given_name_is_a_variant(short, full):
    assert names.is_variant(short, full)
    assert parse_name(short).compatible_given(parse_name(full))


@pytest.mark.parametrize("a, b", [
    ("Mike", "Michael"),                          # one word: a surname, or a name alone
    ("Karim Dan", "Karim Daniel"),                # a family name is no short form
    ("Mike Reardon", "Daniel Reardon"),           # two short forms of two names
    ("Dan Reardon", "Michael Reardon"),
])
def test_no_short_form_outside_the_given_name(a, b):
    assert not names.is_variant(a, b)


def test_one_person_under_short_and_full_given_name_fr(nlp_fr):
    body = ("Le ministre des Transports, Elias Karam, a inauguré lundi le nouveau quai du port de "
            "Tripoli. Les dockers ont salué l'ouverture du chantier.\n\n"
            "Elie Karam a promis de nouveaux investissements avant la fin de l'année.\n")
    record = analysed(HEADER_FR + body, nlp_fr, "fr")
    assert entity_of(record, "Elias Karam") is entity_of(record, "Elie Karam")


def test_one_person_under_short_and_full_given_name_en(nlp_en):
    body = ("The port authority's director, Michael Reardon, said on Monday that the strike had cost "
            "millions. Dock workers rejected his offer.\n\n"
            "Mike Reardon will meet union leaders again next week, his office said.\n")
    record = analysed(HEADER_EN + body, nlp_en, "en")
    assert entity_of(record, "Michael Reardon") is entity_of(record, "Mike Reardon")
