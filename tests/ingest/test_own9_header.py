"""Page shapes the ninth own gold set showed unread: a banner followed by its tagline (after a dash
or a bar on the same line, or on the line right under it), a date line with a Levantine month name
("18 Tammouz 2025"), and the credits "Article d'origine : X", "Source originale : X" and "© X".
Pages and lines here are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest import credits
from newsgraph.ingest.banner import banner_with_tagline, outlet_name
from newsgraph.ingest.dates import find_dates, parse_date_line
from newsgraph.ingest.plaintext import parse_plaintext

_BODY = ("Les pêcheurs du port ont bloqué l'entrée du bassin mardi pour protester contre la hausse du "
         "prix du gazole, a indiqué leur syndicat.\n\nLa capitainerie a promis une réunion jeudi.\n")
_BODY_EN = ("Fishermen blocked the harbour entrance on Tuesday to protest against rising diesel prices, "
            "their union said.\n\nThe port authority promised a meeting on Thursday.\n")


@pytest.mark.parametrize("banner", [
    "LA VIGIE DU LITTORAL — Toute la côte, chaque jour",
    "LA VIGIE DU LITTORAL | Toute la côte, chaque jour",
    "LA VIGIE DU LITTORAL – L'actualité des ports et de la mer",
])
def test_banner_with_tagline_on_its_line(banner):
    page = f"{banner}\n\nMardi 4 mars 2025 - 08:30\n\nLes pêcheurs bloquent le port de Tyr\n\n{_BODY}"
    art = parse_plaintext(page, language="fr")
    assert art.outlet == "La Vigie du Littoral"
    assert art.title == "Les pêcheurs bloquent le port de Tyr"
    assert art.published == "2025-03-04"


@pytest.mark.parametrize("banner, tagline", [
    ("HARBOUR LIGHTS", "Coastal news you can trust"),
    ("LA VIGIE DU LITTORAL", "Ports, pêche et commerce en Méditerranée"),
])
def test_tagline_line_under_the_banner(banner, tagline):
    page = f"{banner}\n{tagline}\n\nPublished 4 March 2025 | 08:30\n\nFishermen block the port of Tyre\n\n{_BODY_EN}"
    art = parse_plaintext(page, language="en")
    assert art.outlet == outlet_name(banner)
    assert art.title == "Fishermen block the port of Tyre"


def test_line_after_blank_under_banner_stays_the_headline():
    """A short line apart from the banner by a blank line is the headline, not a tagline."""
    page = f"HARBOUR LIGHTS\n\nFishermen block the port of Tyre\n\n4 March 2025\n\n{_BODY_EN}"
    art = parse_plaintext(page, language="en")
    assert art.outlet == "Harbour Lights"
    assert art.title == "Fishermen block the port of Tyre"


def test_kicker_headline_alone_is_no_banner():
    """A headline opening on a place in capitals, alone in the header, stays the headline."""
    page = f"4 mars 2025\n\nLIBAN — Les pêcheurs bloquent le port de Tyr pour la troisième fois\n\n{_BODY}"
    art = parse_plaintext(page, language="fr")
    assert art.title == "LIBAN — Les pêcheurs bloquent le port de Tyr pour la troisième fois"
    assert art.outlet is None


@pytest.mark.parametrize("line, name", [
    ("LA VIGIE DU LITTORAL — Toute la côte, chaque jour", "LA VIGIE DU LITTORAL"),
    ("HARBOUR LIGHTS | Coastal news you can trust", "HARBOUR LIGHTS"),
    ("LIBAN — LE PORT BLOQUÉ", None),  # all in capitals: no tagline
    ("Les pêcheurs — une colère ancienne", None),  # no name in capitals
    ("HARBOUR LIGHTS", None),
])
def test_banner_with_tagline(line, name):
    assert banner_with_tagline(line) == name


@pytest.mark.parametrize("line, value", [
    ("Vendredi 4 Adar 2025 - 10:45", "2025-03-04"),
    ("Publié le 9 Hzeiran 2024 à 18h00", "2024-06-09"),
    ("2 Kanoun el-Tani 2025", "2025-01-02"),
    ("2 Kanoun el Tani 2025", "2025-01-02"),
    ("Samedi 30 Ayloul 2023", "2023-09-30"),
    ("Tuesday 14 Tishreen al-Awwal 2025", "2025-10-14"),
    ("21 Tishrin al-Thani 2024", "2024-11-21"),
    ("Lundi 8 Kanoun el-Awal 2025", "2025-12-08"),
    ("3 Chbat 2026", "2026-02-03"),
    ("11 Nissan 2025", "2025-04-11"),
    ("15 Ayyar 2025", "2025-05-15"),
    ("1er Tammouz 2025", "2025-07-01"),
    ("6 Ab 2025", "2025-08-06"),
])
def test_levantine_month_names(line, value):
    date_line = parse_date_line(line)
    assert date_line is not None and date_line.dates[0].value == value


def test_levantine_month_needs_day_and_year():
    assert find_dates("La voiture Nissan 2025 est sortie") == []
    assert find_dates("le mois de Tammouz") == []


def test_levantine_date_line_dates_the_page():
    page = f"LA VIGIE DU LITTORAL\n\nJeudi 17 Tammouz 2025 - 07:10\n\nLes pêcheurs bloquent le port de Tyr\n\n{_BODY}"
    art = parse_plaintext(page, language="fr")
    assert art.published == "2025-07-17"
    assert art.title == "Les pêcheurs bloquent le port de Tyr"


@pytest.mark.parametrize("line, source", [
    ("Article d'origine : Gazette des Cèdres", "Gazette des Cèdres"),
    ("Source originale : Harbour Lights", "Harbour Lights"),
    ("Texte original : Le Courrier de Saïda", "Le Courrier de Saïda"),
    ("Original article: Harbour Lights", "Harbour Lights"),
])
def test_original_article_labels(line, source):
    assert credits.match_label(line) == source
    art = parse_plaintext(f"Les pêcheurs bloquent le port de Tyr\n\n{_BODY}\n{line}\n", language="fr")
    assert art.original_source == source
    assert line not in art.text


@pytest.mark.parametrize("line, source", [
    ("© Gazette des Cèdres", "Gazette des Cèdres"),
    ("©Harbour Lights", "Harbour Lights"),
    ("Copyright 2025 Harbour Lights. All rights reserved.", "Harbour Lights"),
    ("© Le Courrier de Saïda 2024 - Tous droits réservés", "Le Courrier de Saïda"),
    ("(c) Harbour Lights", "Harbour Lights"),
])
def test_copyright_lines(line, source):
    assert credits.match_mark(line) == source
    art = parse_plaintext(f"Les pêcheurs bloquent le port de Tyr\n\n{_BODY}\n{line}\n", language="fr")
    assert art.original_source == source
    assert "©" not in art.text and "Copyright" not in art.text


@pytest.mark.parametrize("line", ["© 2025", "Copyright law is changing fast in Europe today.",
                                  "Copyrights Office"])
def test_no_copyright_name(line):
    assert credits.match_mark(line) is None


def test_own_outlet_copyright_is_no_source():
    page = f"LA VIGIE DU LITTORAL\n\n4 mars 2025\n\nLes pêcheurs bloquent le port de Tyr\n\n{_BODY}\n© La Vigie du Littoral\n"
    art = parse_plaintext(page, language="fr")
    assert art.outlet == "La Vigie du Littoral"
    assert art.original_source is None
    assert "©" not in art.text
