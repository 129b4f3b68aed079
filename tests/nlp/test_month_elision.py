"""A month named after "le mois de" with the article elided before a vowel ("le mois d'août",
"au mois d'avril", "du mois d'octobre") is a month, as "le mois de juin" is; "mois" is also a
unit, which kept the general "de/d' + month" pattern away from it."""
from __future__ import annotations

from time_helpers import values


def test_elided_month_after_le_mois(times_fr):
    got = values(times_fr, "Le chantier reprendra le mois d'août, et la commission se réunira au "
                 "mois d'avril. Les loyers du mois d'octobre n'ont pas été versés.",
                 published="2025-03-12")
    assert got["août"] == "2025-08"
    assert got["avril"] == "2025-04"
    assert "octobre" in got
