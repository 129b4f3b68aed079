"""Times the eighth own gold set left without a value because the page's date went unread: a page
whose only date is the wire dateline opening its body ("SFAX, 4 février 2025 (Agence X) -"), and
a date line with a two-digit year ("Samedi 07.09.24 — 09:15"). Once ingest dates the page, its
weekdays, months and days resolve against that date. Pages here are our own."""
from __future__ import annotations

from time_helpers import values

from newsgraph.ingest import read_text


def _page_values(nlp, page: str, lang: str) -> dict[str, str]:
    article = read_text(page, item="<test>", language=lang)
    assert article.published, "the page's date was not read"
    return values(nlp, article.text, published=article.published)


def test_weekdays_resolve_against_the_dateline(times_fr):
    page = ("LE PHARE DU NORD\n\nPort de Sfax : les dockers suspendent leur grève\n\n"
            "SFAX, 4 février 2025 (Agence Maghreb Presse) - Les dockers du port ont repris le travail "
            "lundi après trois jours de grève, a indiqué le syndicat.\n\n"
            "Une nouvelle réunion doit se tenir le 20 février, puis en mars.\n")
    got = _page_values(times_fr, page, "fr")
    assert got["lundi"] == "2025-02-03"
    assert got["20 février"] == "2025-02-20"
    assert got["mars"] == "2025-03"


def test_two_digit_year_dates_the_page(times_fr):
    page = ("LA GAZETTE DES OASIS\n\nSamedi 07.09.24 — 09:15\n\n"
            "Tozeur : la saison des dattes s'annonce record\n\n"
            "Les producteurs ont entamé jeudi la récolte, qui doit durer jusqu'en novembre.\n")
    got = _page_values(times_fr, page, "fr")
    assert got["jeudi"] == "2024-09-05"
    assert got["novembre"] == "2024-11"


def test_english_dateline_dates_the_page(times_en):
    page = ("HARBOUR DAILY\n\nPort strike spreads to the north\n\n"
            "ODESSA, March 12, 2025 (Black Sea Wire) - Dock workers walked out on Tuesday, the "
            "union said, and will meet the port authority in April.\n")
    got = _page_values(times_en, page, "en")
    assert got["Tuesday"] == "2025-03-11"
    assert got["April"] == "2025-04"
