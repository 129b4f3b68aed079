"""Plain-text pages: the header and trailer go to fields, the body alone is the text.

Pages written for these tests, one per convention: a banner and a date banner, a
"Publié le" line, an English byline page, ISO and numeric dates, a wire dateline,
and pages with no header at all, whose text must be kept whole.
"""
from newsgraph.ingest import read_text
from newsgraph.ingest.plaintext import parse_plaintext

BANNER_PAGE = """LA VOIX DU SAHEL

| 22 septembre 2022, jeudi |

Les éleveurs de la région demandent un accès garanti aux points d'eau

Les représentants des éleveurs ont rencontré mardi le gouverneur de la région pour demander un meilleur accès aux points d'eau pendant la saison sèche.

« Sans eau, nos troupeaux ne passeront pas l'hiver », a déclaré leur porte-parole, Moussa Diallo.

    la source :
  • Agence Sahel Infos
"""

PUBLIE_PAGE = """Le Petit Matin

Publié le 5 octobre 2021 à 07h45, mis à jour le 6 octobre 2021 à 10h00

Par Claire Martin

La mairie rouvre la bibliothèque après deux ans de travaux

La bibliothèque municipale a rouvert ses portes samedi. Les habitants ont pu découvrir les nouvelles salles de lecture.

Source : Radio Cèdre
"""

ENGLISH_PAGE = """COASTAL HERALD
Aug 30, 2020
Harbour authority approves new ferry terminal
By Mia Lund
HALDEN (Reuters) - The harbour authority approved on Friday the construction of a new ferry terminal, the first in the town since 1998.
The terminal is expected to open in two years.
"""

NUMERIC_PAGE = """Daily Valley News
2019-04-17
Council votes to extend the night bus service

The town council voted on Tuesday to extend the night bus service to the northern districts.
"""

NO_HEADER = """Le conseil municipal a voté mardi soir le budget de l'année prochaine, en hausse de trois pour cent.

Les élus de l'opposition ont voté contre, dénonçant une hausse des impôts locaux.
"""

HEADLINE_ONLY = """Le budget de la ville adopté

Le conseil municipal a voté mardi soir le budget de l'année prochaine.
"""


def test_banner_date_banner_headline_and_bulleted_source():
    a = parse_plaintext(BANNER_PAGE, language="fr")
    assert a.outlet == "La Voix du Sahel"
    assert a.published == "2022-09-22" and a.published_from == "header line 2"
    assert a.title == "Les éleveurs de la région demandent un accès garanti aux points d'eau"
    assert a.original_source == "Agence Sahel Infos"
    assert a.text.startswith("Les représentants des éleveurs")
    assert a.text.endswith("Moussa Diallo.")
    for gone in ("SAHEL\n", "22 septembre", "la source", "Agence Sahel Infos"):
        assert gone not in a.text


def test_publie_line_byline_and_source_line():
    a = parse_plaintext(PUBLIE_PAGE, language="fr")
    assert a.outlet == "Le Petit Matin"
    assert a.published == "2021-10-05" and "published" in a.published_from
    assert [d.value for d in a.dates_seen] == ["2021-10-05", "2021-10-06"]
    assert a.dates_seen[1].where == "header line 2 (updated)"
    assert a.byline == "Claire Martin"
    assert a.title == "La mairie rouvre la bibliothèque après deux ans de travaux"
    assert a.original_source == "Radio Cèdre"
    assert a.text.startswith("La bibliothèque municipale") and a.text.endswith("salles de lecture.")


def test_english_page_without_blank_lines_and_wire_dateline():
    a = parse_plaintext(ENGLISH_PAGE, language="en")
    assert (a.outlet, a.published, a.byline) == ("Coastal Herald", "2020-08-30", "Mia Lund")
    assert a.title == "Harbour authority approves new ferry terminal"
    assert a.original_source == "Reuters"
    assert a.text.startswith("The harbour authority approved on Friday")


def test_iso_date_line_and_mixed_case_banner():
    a = parse_plaintext(NUMERIC_PAGE, language="en")
    assert (a.outlet, a.published, a.title) == (
        "Daily Valley News", "2019-04-17", "Council votes to extend the night bus service")
    assert a.text.startswith("The town council")


def test_breadcrumb_line_is_not_the_headline():
    page = ("LE PETIT MATIN\nAccueil > Régions > Vallée\nLe pont de la vallée rouvre après six mois\n\n"
            "Le pont a rouvert lundi à la circulation, après six mois de travaux.\n")
    a = parse_plaintext(page, language="fr")
    assert (a.outlet, a.title) == ("Le Petit Matin", "Le pont de la vallée rouvre après six mois")
    assert a.text.startswith("Le pont a rouvert")


def test_byline_with_its_date():
    page = ("Le pont de la vallée rouvre après six mois\nPar Claire Martin, publié le 7 mai 2022\n\n"
            "Le pont a rouvert lundi à la circulation, après six mois de travaux.\n")
    a = parse_plaintext(page, language="fr")
    assert (a.title, a.byline, a.published) == (
        "Le pont de la vallée rouvre après six mois", "Claire Martin", "2022-05-07")
    assert a.published_from == "header line 2 (byline)"


def test_section_label_is_neither_outlet_nor_headline():
    page = ("Monde\nLe pont de la vallée rouvre\nPublié le 07/05/2022 à 10h12\n\n"
            "Le pont a rouvert lundi à la circulation, après six mois de travaux.\n")
    a = parse_plaintext(page, language="fr")
    assert (a.outlet, a.title, a.published) == (None, "Le pont de la vallée rouvre", "2022-05-07")


def test_short_headline_then_a_one_word_line_keeps_the_headline():
    page = ("La ville vote son budget\nCommuniqué\n\n"
            "Le conseil municipal a voté mardi soir le budget de l'année prochaine.\n")
    assert parse_plaintext(page, language="fr").title == "La ville vote son budget"


def test_headline_with_abbreviations_and_a_question():
    page = ("GAZETTE DU NORD\n\nLes U.S. Marines quittent-ils la base ?\n\n"
            "Les soldats américains ont commencé mardi à quitter la base, selon des témoins.\n")
    a = parse_plaintext(page, language="fr")
    assert (a.outlet, a.title) == ("Gazette du Nord", "Les U.S. Marines quittent-ils la base ?")


def test_headline_with_a_final_period_after_the_date_banner():
    page = ("GAZETTE DU NORD\n\n| 2 June 2022, Thursday |\n\nLe port de la ville rouvre aux pêcheurs.\n\n"
            "Après trois mois de fermeture, le port a rouvert jeudi matin aux bateaux de pêche, "
            "a annoncé la capitainerie dans un communiqué publié mercredi soir.\n")
    a = parse_plaintext(page, language="fr")
    assert (a.outlet, a.title) == ("Gazette du Nord", "Le port de la ville rouvre aux pêcheurs.")
    assert a.text.startswith("Après trois mois")
    # without a date line above it, such a line is the body's first sentence
    b = parse_plaintext(page.replace("| 2 June 2022, Thursday |\n\n", ""), language="fr")
    assert b.text.startswith("Le port de la ville rouvre")


def test_page_without_header_keeps_its_whole_text():
    a = parse_plaintext(NO_HEADER, language="fr")
    assert a.text == NO_HEADER.strip()
    assert (a.title, a.outlet, a.published, a.original_source, a.byline) == (None,) * 5
    assert a.dates_seen == ()


def test_a_headline_alone_is_a_title_and_not_an_outlet():
    a = parse_plaintext(HEADLINE_ONLY, language="fr")
    assert (a.title, a.outlet) == ("Le budget de la ville adopté", None)
    assert a.text.startswith("Le conseil municipal")


def test_single_paragraph_is_never_eaten():
    text = "Un court paragraphe sans point final"
    assert parse_plaintext(text).text == text
    assert parse_plaintext(text).title is None


def test_read_text_detects_language_and_options_win():
    a = read_text(BANNER_PAGE, item="page.txt", published="2022-09-23", outlet="Autre Titre")
    assert a.language == "fr" and a.source == "page.txt"
    assert a.published == "2022-09-23" and a.published_from == "option --published"
    assert a.outlet == "Autre Titre"
    assert "2022-09-22" in [d.value for d in a.dates_seen]  # what the page said is kept
