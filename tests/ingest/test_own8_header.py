"""Page shapes the eighth own gold set showed unread: a page whose only date is the wire dateline
opening its body ("VILLE, 12 mai 2025 (Agence) -"), a date line with a two-digit year
("Samedi 07.09.24 — 09:15"), an edition after the outlet's name in the banner, and the credits
"D'après X", "Repris de X" and "(X)" closing the headline. Pages and lines here are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest import credits
from newsgraph.ingest.banner import outlet_name
from newsgraph.ingest.dates import find_dates, parse_date_line
from newsgraph.ingest.plaintext import parse_plaintext
from newsgraph.ingest.title_credit import split_title_credit


def test_dateline_dates_a_page_without_date_line():
    page = ("LE PHARE DU NORD\n\nPort de Sfax : les dockers suspendent leur grève\n\n"
            "SFAX, 4 février 2025 (Agence Maghreb Presse) - Les dockers du port ont repris le travail "
            "mardi après trois jours de grève, a indiqué le syndicat.\n\nLe trafic reste perturbé.\n")
    art = parse_plaintext(page, language="fr")
    assert art.published == "2025-02-04"
    assert art.published_from == "dateline"
    assert art.original_source == "Agence Maghreb Presse"
    assert art.text.startswith("Les dockers du port")


def test_header_date_wins_over_dateline():
    page = ("LE PHARE DU NORD\n\n3 février 2025\n\nPort de Sfax : la grève continue\n\n"
            "SFAX, 2 février 2025 (Agence Maghreb Presse) - Les dockers du port ont prolongé leur grève "
            "lundi, a indiqué le syndicat.\n\nLe trafic reste perturbé.\n")
    art = parse_plaintext(page, language="fr")
    assert art.published == "2025-02-03"
    assert "2025-02-02" in [d.value for d in art.dates_seen]


def test_dateline_without_year_dates_nothing():
    page = ("Port de Sfax : les dockers suspendent leur grève\n\n"
            "SFAX, 4 février (Agence Maghreb Presse) - Les dockers du port ont repris le travail "
            "mardi après trois jours de grève, a indiqué le syndicat.\n\nLe trafic reste perturbé.\n")
    assert parse_plaintext(page, language="fr").published is None


@pytest.mark.parametrize("line, value", [
    ("Samedi 07.09.24 — 09:15", "2024-09-07"),
    ("Mis en ligne le 21/11/23 à 7h40", "2023-11-21"),
    ("12.5.24", "2024-05-12"),
    ("Lundi 03.02.97", "1997-02-03"),
])
def test_two_digit_year_date_lines(line, value):
    date_line = parse_date_line(line)
    assert date_line is not None and date_line.dates[0].value == value


@pytest.mark.parametrize("text", ["la version 2.10.24.1 du logiciel", "v1.2.10", "le score 3-2-1",
                                  "entre 1.5.2 et 1.5.3", "1,05.03.24"])
def test_number_runs_are_no_two_digit_dates(text):
    assert find_dates(text) == []


def test_two_digit_year_date_line_is_no_title():
    page = ("LA GAZETTE DES OASIS\n\nSamedi 07.09.24 — 09:15\n\n"
            "Tozeur : la saison des dattes s'annonce record\n\n"
            "Les producteurs de la région attendent une récolte en hausse de 20 %, selon la chambre "
            "d'agriculture.\n\nLes prix devraient baisser.\n")
    art = parse_plaintext(page, language="fr")
    assert art.title == "Tozeur : la saison des dattes s'annonce record"
    assert art.published == "2024-09-07"
    assert art.outlet == "La Gazette des Oasis"


@pytest.mark.parametrize("line, source", [
    ("D'après Courrier des Hauts-Plateaux", "Courrier des Hauts-Plateaux"),
    ("D’après Le Veilleur de Sousse.", "Le Veilleur de Sousse"),
    ("Repris de Sahel Analyses Hebdo", "Sahel Analyses Hebdo"),
    ("Courtesy of Caspian Weekly", "Caspian Weekly"),
])
def test_short_credit_lines(line, source):
    assert credits.match_sentence(line) == source


@pytest.mark.parametrize("line", ["D'après Jean Valmont, la ville est calme.", "D'après le ministère",
                                  "D'après les chiffres officiels."])
def test_sentences_opening_on_dapres_are_no_credit(line):
    assert credits.match_sentence(line) is None


def test_dapres_credit_line_leaves_the_body():
    page = ("LE PHARE DU NORD\n\n4 février 2025\n\nPort de Sfax : les dockers suspendent leur grève\n\n"
            "Les dockers du port ont repris le travail mardi après trois jours de grève.\n\n"
            "Le trafic reste perturbé.\n\nD'après Courrier des Hauts-Plateaux\n")
    art = parse_plaintext(page, language="fr")
    assert art.original_source == "Courrier des Hauts-Plateaux"
    assert "Courrier" not in art.text


@pytest.mark.parametrize("title, head, source", [
    ("Le port de Sfax rouvre après la grève (Gazette du Littoral)", "Le port de Sfax rouvre après la grève",
     "Gazette du Littoral"),
    ("Budget voted after a long night (Harbour Wire)", "Budget voted after a long night", "Harbour Wire"),
    ("Le port de Sfax rouvre après la grève (vidéo)", None, None),
    ("Le port de Sfax rouvre après la grève (Exclusif)", None, None),
    ("Réunion des ministres arabes du pétrole (Koweït)", None, None),
    ("Frappes contre le Parti des travailleurs du Kurdistan (PKK)", None, None),
    ("Le port de Sfax rouvre après la grève (MISE À JOUR 2)", None, None),
])
def test_credit_in_brackets_closing_the_headline(title, head, source):
    assert split_title_credit(title) == (head or title, source)


def test_headline_credit_on_a_page():
    page = ("LE PHARE DU NORD\n\n4 février 2025\n\n"
            "Le port de Sfax rouvre après la grève (Gazette du Littoral)\n\n"
            "Les dockers du port ont repris le travail mardi après trois jours de grève.\n")
    art = parse_plaintext(page, language="fr")
    assert art.title == "Le port de Sfax rouvre après la grève"
    assert art.original_source == "Gazette du Littoral"


@pytest.mark.parametrize("banner, name", [
    ("ATLAS MATIN – ÉDITION INTERNATIONALE", "Atlas Matin"),
    ("CASPIAN WEEKLY | ENGLISH EDITION", "Caspian Weekly"),
    ("LE VEILLEUR - VERSION ARABE", "Le Veilleur"),
    ("RADIO NORD - SUD", "Radio Nord - Sud"),
])
def test_edition_after_the_outlet_name(banner, name):
    assert outlet_name(banner) == name
