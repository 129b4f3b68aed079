"""Held-out review of the events stage: articles written for this review (fictional, never from the
corpus), read the way an annotator would. Each case pins a fix made after reading them:

- a quantity or collective noun acts as what it counts ("plusieurs milliers d'agriculteurs ont
  manifesté", "un groupe d'hommes armés a attaqué", "thousands of farmers marched");
- unnamed people and deciding bodies keep an event with a null actor ("le conseil d'administration a
  nommé X", "l'entreprise avait signé un accord avec Y");
- a pronoun that follows a person given only by a title ("La ministre de l'Agriculture se rendra ...
  Elle rencontrera") takes that person up, not the last named person: no actor rather than a wrong one.
"""
from __future__ import annotations

import pytest
from event_helpers import events, find

pytestmark = pytest.mark.slow


AGRICULTEURS = """\
Des milliers d'éleveurs manifestent à Nantes

Plusieurs milliers d'éleveurs ont manifesté samedi à Nantes pour protester contre la baisse du prix de la viande.

Le président de la chambre d'agriculture, Hervé Le Goff, a reçu une délégation dimanche. « Nous ne pouvons plus vendre à perte », a-t-il déclaré.

Selon la porte-parole du syndicat, Claire Morvan, les routes seront bloquées dès mercredi.

La ministre de l'Agriculture se rendra jeudi dans le département, a annoncé son cabinet. Elle rencontrera les éleveurs à Ancenis.
"""


@pytest.fixture(scope="module")
def agriculteurs(nlp_fr):
    return events(AGRICULTEURS, "fr", "2024-02-05")


def test_thousands_of_farmers_march(agriculteurs):
    (protest,) = find(agriculteurs, type="protest", trigger="manifesté")
    assert (protest["actor"], protest["place"], protest["time"]) == (None, "Nantes", "2024-02-03")


def test_pronoun_after_an_unnamed_title_is_not_the_last_named_person(agriculteurs):
    assert not find(agriculteurs, type="meet", actor="Claire Morvan")


ATTAQUE = """\
Un commissariat attaqué à Besançon

Un groupe d'hommes armés a attaqué dans la nuit de lundi à mardi le commissariat de Planoise, à Besançon.

La police a arrêté deux suspects jeudi à Dole, a indiqué le procureur, Jean Marchal.

Le conseil municipal a nommé mercredi Lucie Perrin adjointe chargée de la sécurité.

En 2020, l'entreprise avait signé un accord avec le groupe Securitas pour surveiller le quartier.
"""


@pytest.fixture(scope="module")
def attaque(nlp_fr):
    return events(ATTAQUE, "fr", "2023-11-24")


def test_a_group_of_armed_men_attacks(attaque):
    (attack,) = find(attaque, type="attack", trigger="attaqué")
    assert attack["actor"] is None and attack["place"] == "Besançon"


def test_a_body_appoints_a_named_person(attaque):
    (appoint,) = find(attaque, type="appoint")
    assert (appoint["actor"], appoint["target"], appoint["time"]) == (None, "Lucie Perrin", "2023-11-22")


def test_a_company_signs_with_a_named_partner(attaque):
    (agree,) = find(attaque, type="agree")
    assert "Securitas" in (agree["target"] or "") and agree["time"] == "2020"


WIRE = """\
Farmers march in Nairobi over fertiliser prices

NAIROBI, Oct 18 (GWS) - Thousands of farmers marched through Nairobi on Tuesday to demand cheaper fertiliser.

President William Otieno met farm leaders in Nakuru on Monday. He said the government would cut the price of fertiliser by a third.

A group of gunmen attacked a police post near Garissa on Sunday, police said.
"""


@pytest.fixture(scope="module")
def wire(nlp_en):
    return events(WIRE, "en", "2023-10-18")


def test_english_quantity_and_group_subjects(wire):
    (protest,) = find(wire, type="protest", trigger="marched")
    assert protest["place"] == "Nairobi" and protest["time"] == "2023-10-17"
    (attack,) = find(wire, type="attack", trigger="attacked")
    assert attack["actor"] is None and attack["time"] == "2023-10-15"
    assert find(wire, type="meet", actor="William Otieno", place="Nakuru", time="2023-10-16")

