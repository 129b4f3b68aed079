"""Page shapes the eighth own gold set showed unread: a page whose only date is the wire dateline
opening its body ("VILLE, 12 mai 2025 (Agence) -"), a date line with a two-digit year
("Samedi 07.09.24 — 09:15"), an edition after the outlet's name in the banner, and the credits
"D'après X", "Repris de X" and "(X)" closing the headline. Pages and lines here are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest.dates import find_dates, parse_date_line
from newsgraph.ingest.plaintext import parse_plaintext


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
