"""Time rules the sixth own gold set showed missing (see docs/evaluation_own_gold.md, "The sixth
blind set", G-T3), pinned on sentences of our own: a month named after a noun and "de"/"d'" ("la
trêve de janvier", "les élections d'avril") is a time of the story."""
from __future__ import annotations

from tests.nlp.time_helpers import values

SEPT = "2025-09-04"


def test_a_month_after_de_is_a_time(times_fr):
    found = values(times_fr, "Les prisonniers ont été échangés par la Croix-Rouge, comme lors du cessez-le-feu de janvier.", SEPT)
    assert found.get("janvier") == "2025-01"


def test_a_month_after_an_elided_de_is_a_time(times_fr):
    found = values(times_fr, "Les résultats des élections d'avril ont été contestés par l'opposition.", SEPT)
    assert found.get("avril") == "2025-04"


def test_a_month_and_year_after_de_stays_one_time(times_fr):
    found = values(times_fr, "Le texte reprend l'accord de mars 2021 sur les frontières.", SEPT)
    assert found.get("mars 2021") == "2021-03" and "mars" not in found


def test_a_weekday_of_a_month_is_no_bare_month(times_fr):
    found = values(times_fr, "Le comité se réunit chaque premier lundi d'octobre à Genève.", SEPT)
    assert "octobre" not in found
