"""Header readings the fourth own gold set showed missing: a date line written day-month-year
with hyphens ("18-03-2025 09:15"). Pages and lines here are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest.dates import find_dates, parse_date_line
from newsgraph.ingest.plaintext import parse_plaintext

PAGE = """LE JOURNAL DU GOLFE

07-11-2024 16:40

Bahreïn : le port de Manama rouvre après deux semaines de grève

Les dockers ont repris le travail lundi, a annoncé le syndicat du port.
"""


@pytest.mark.parametrize("line, value", [
    ("18-03-2025 09:15", "2025-03-18"),
    ("Publié le 02-09-2024 à 8h05", "2024-09-02"),
    ("1-4-2023", "2023-04-01"),
])
def test_hyphenated_numeric_date_line(line, value):
    parsed = parse_date_line(line)
    assert parsed is not None
    assert [d.value for d in parsed.dates] == [value]


@pytest.mark.parametrize("text", [
    "les 12-15 2025",          # a range of days, not a date
    "le match 3-1-2025-bis",   # glued to more hyphenated text
    "sur la route 12-41-2025", # no such month or day
])
def test_hyphenated_numbers_that_are_no_date(text):
    assert find_dates(text) == []


def test_page_with_hyphenated_date_line():
    article = parse_plaintext(PAGE, language="fr")
    assert article.published == "2024-11-07"
    assert article.title.startswith("Bahreïn")
    assert "07-11-2024" not in article.text
