"""Titles and roles of people, in the constructions of news prose (sentences written for the tests)."""
from __future__ import annotations

import pytest

from newsgraph.evaluation.ner import entity_pipeline


@pytest.fixture(scope="module")
def nlp():
    return entity_pipeline("fr")


def titles(doc, name):
    for e in doc._.entities:
        if name == e.name or name in {m.text for m in e.mentions}:
            return e.titles
    raise AssertionError(f"no entity {name!r}")


def test_title_before_the_name(nlp):
    doc = nlp("Le général Karim Belkacem a inspecté la base, puis le guide suprême Ali Sistani l'a reçu.")
    assert titles(doc, "Karim Belkacem") == ("général",)
    assert titles(doc, "Ali Sistani") == ("guide suprême",)


def test_apposition_after_the_name_stops_at_the_first_named_organisation(nlp):
    doc = nlp("Youssef Amrani, commandant de la Brigade Al-Nasr des milices du Front Al-Fajr, a démenti.")
    assert titles(doc, "Youssef Amrani") == ("commandant de la Brigade Al-Nasr",)


def test_apposition_before_the_name_keeps_the_place(nlp):
    doc = nlp("L'ambassadeur de France à Rabat, Hélène Martin, a déclaré que la visite était prévue.")
    assert titles(doc, "Hélène Martin") == ("ambassadeur de France à Rabat",)


def test_relation_after_possessive_is_not_a_title(nlp):
    doc = nlp("Le ministre a nommé son adjoint, le colonel Youssef Amrani, au poste de chef d'état-major.")
    got = titles(doc, "Youssef Amrani")
    assert "colonel" in got
    assert "adjoint" not in got


def test_title_does_not_attach_to_its_own_complement(nlp):
    doc = nlp("L'ambassadeur d'Algérie à Tunis, Samir Haddad, a été reçu par le président.")
    for e in doc._.entities:
        if e.type != "PER":
            assert e.titles == ()
    assert titles(doc, "Samir Haddad") == ("ambassadeur d'Algérie à Tunis",)


def test_places_and_organisations_have_no_titles(nlp):
    doc = nlp("Le commandant de la Brigade Al-Nasr, le général Omar Saidi, est arrivé à Mossoul.")
    assert "général" in titles(doc, "Omar Saidi")
    assert "commandant de la Brigade Al-Nasr" in titles(doc, "Omar Saidi")
    for e in doc._.entities:
        if e.type != "PER":
            assert e.titles == ()


def test_english_titles():
    en = entity_pipeline("en")
    doc = en("Prime Minister Karim Nasser met the envoy on Sunday, a spokesman for the prime minister, "
             "Hadi Saleh, said. Omar Farouk, the ambassador to Jordan, did not attend.")
    assert titles(doc, "Karim Nasser") == ("Prime Minister",)
    assert titles(doc, "Hadi Saleh") == ("spokesman for the prime minister",)
    assert titles(doc, "Omar Farouk") == ("ambassador to Jordan",)


def test_feminine_titles_name_a_role_too(nlp):
    doc = nlp("La cheffe de la diplomatie, Amina Benali, a reçu mardi l'envoyée spéciale Claire Dubois.")
    assert titles(doc, "Amina Benali") == ("cheffe de la diplomatie",)
    assert titles(doc, "Claire Dubois") == ("envoyée spéciale",)
