"""Document fields of pages written in header forms the project had not seen (held-out review):
a breadcrumb with one separator, a labelled publication date, a banner and a date on one line,
outlet banners with articles and elisions, bylines with the place they were written from or in
brackets. Every page is written for these tests."""
from __future__ import annotations

import pytest

from newsgraph.ingest.credits import match_byline
from newsgraph.ingest.dates import parse_date_line
from newsgraph.ingest.header import is_navigation, outlet_name
from newsgraph.ingest.plaintext import parse_plaintext

BREADCRUMB = """Le Courrier de l'Atlas
Monde > Moyen-Orient
Publié le 12/03/2024 à 10h15 Mis à jour le 12/03/2024 à 12h30
Par Jean Dupont et Sophie Martin
Liban : le Parlement échoue à élire un président

BEYROUTH, 12 mars (AFP) — Le Parlement libanais a échoué mardi pour la treizième fois à élire un \
président de la République, faute de quorum.

Les députés se retrouveront le mois prochain.
"""

LABELLED_DATE = """AL-MANAR NEWS
Date de publication : 12 mars 2024
Les factions irakiennes suspendent leurs attaques

Les factions armées ont annoncé mardi la suspension de leurs opérations contre les forces \
étrangères, après une réunion à Bagdad.

Le texte ne précise pas la durée de cette trêve.
"""

BANNER_AND_DATE = """NEWSWIRE ASIA | March 14, 2024

Typhoon forces evacuations in northern Philippines

MANILA (AP) — Thousands of residents were evacuated on Thursday as a typhoon approached the \
northern coast, officials said.

Schools were closed across the region.

(Reporting by Karen Lema; Editing by Martin Petty)
"""

WIRE_FOOTER = """NORTHERN WIRE SERVICE

Published March 14, 2024 at 9:40 am

Kenya's president pledges police mission will go ahead

NAIROBI, March 14 (Reuters) - The president said on Thursday that the deployment would proceed \
despite a court ruling that blocked it in January.

Reporting by Duncan Miriri in Nairobi; Editing by Alex Richardson
"""


def test_a_breadcrumb_with_one_separator_is_navigation_not_the_headline():
    article = parse_plaintext(BREADCRUMB, language="fr")
    assert article.title == "Liban : le Parlement échoue à élire un président"
    assert article.outlet == "Le Courrier de l'Atlas"
    assert (article.published, article.original_source) == ("2024-03-12", "AFP")
    assert article.byline == "Jean Dupont et Sophie Martin"
    assert article.text.startswith("Le Parlement libanais")


@pytest.mark.parametrize("line, expected", [
    ("Monde > Moyen-Orient", True), ("World » Middle East", True),
    ("Liban > le Parlement échoue encore à élire un président", False),
    ("Réforme des retraites : la Première ministre face aux maires", False)])
def test_navigation_lines(line, expected):
    assert is_navigation(line) is expected


def test_a_labelled_publication_date_is_the_date_line():
    article = parse_plaintext(LABELLED_DATE, language="fr")
    assert article.published == "2024-03-12"
    assert article.title == "Les factions irakiennes suspendent leurs attaques"
    assert article.outlet == "Al-Manar News"


@pytest.mark.parametrize("line, value, label", [
    ("Date de publication : 12 mars 2024", "2024-03-12", "published"),
    ("Dernière mise à jour : 13 mars 2024 à 08h00", "2024-03-13", "updated"),
    ("Publication date: March 12, 2024", "2024-03-12", "published")])
def test_labelled_date_lines(line, value, label):
    found = parse_date_line(line)
    assert found and (found.dates[0].value, found.labels[0]) == (value, label)


def test_a_banner_and_a_date_on_one_line_are_the_outlet_and_the_date():
    article = parse_plaintext(BANNER_AND_DATE, language="en")
    assert (article.outlet, article.published) == ("Newswire Asia", "2024-03-14")
    assert article.title == "Typhoon forces evacuations in northern Philippines"
    assert article.original_source == "AP"


def test_a_bracketed_footer_byline_is_the_byline_and_leaves_the_body():
    article = parse_plaintext(BANNER_AND_DATE, language="en")
    assert article.byline == "Karen Lema"
    assert "Reporting" not in article.text


def test_the_place_a_reporter_wrote_from_is_not_part_of_the_byline():
    article = parse_plaintext(WIRE_FOOTER, language="en")
    assert article.byline == "Duncan Miriri"
    assert (article.outlet, article.published, article.original_source) == \
        ("Northern Wire Service", "2024-03-14", "Reuters")


@pytest.mark.parametrize("line, name", [
    ("Par Jean Dupont à Beyrouth", "Jean Dupont"), ("Par Jean de La Fontaine", "Jean de La Fontaine"),
    ("By Sarah Connor, Political Correspondent", "Sarah Connor")])
def test_bylines(line, name):
    assert match_byline(line) == name


@pytest.mark.parametrize("banner, name", [
    ("LA GAZETTE DES RÉGIONS", "La Gazette des Régions"), ("L'ORIENT DU SOIR", "L'Orient du Soir"),
    ("LE JOURNAL DE L'OUEST", "Le Journal de l'Ouest"), ("NEWS OF THE WORLD", "News of the World"),
    ("BBC NEWS", "BBC News")])
def test_outlet_banners_keep_articles_low_and_elided_names_high(banner, name):
    assert outlet_name(banner) == name


@pytest.mark.parametrize("page", [
    "Publié le 12/03/2024 | 10:15\n\nUn titre pour la page\n\nLe corps du texte commence ici, avec une phrase.",
    "Samedi | 4 février 2023\n\nUn titre pour la page\n\nLe corps du texte commence ici, avec une phrase."])
def test_a_time_or_a_weekday_beside_a_date_is_not_a_banner(page):
    article = parse_plaintext(page, language="fr")
    assert article.outlet is None and article.title == "Un titre pour la page"


WRITING_FOOTER = """MIDEAST MONITOR

Posted on 20 April 2024

Guards chief warns of a harsher response after consulate strike

By Omar Khalil

DUBAI, April 20 (Reuters) - The commander of the Guards warned on Saturday that any new attack would \
meet a harsher response, state media reported.

Writing by Maha El Dahan; Editing by Frances Kerry
"""


def test_a_writing_and_editing_footer_leaves_the_body():
    article = parse_plaintext(WRITING_FOOTER, language="en")
    assert article.byline == "Omar Khalil"
    assert "Editing" not in article.text and article.text.endswith("state media reported.")
    assert (article.published, article.original_source) == ("2024-04-20", "Reuters")
