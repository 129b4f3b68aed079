"""Held-out review, round 2, of the times stage: an economy story and a results brief written for
this review (fictional, never from the corpus). Each case pins a fix made after reading them:

- the quarters of a year are dates ("au troisième trimestre", "le deuxième trimestre 2023",
  "T3 2024", "in the fourth quarter", "third-quarter", "Q2 2025"): TIMEX3 ``2024-Q3``, the year
  from the text or, when none, the quarter nearest the publication on the side of the verb;
- "d'ici à 2026" is the year 2026, like "d'ici 2026";
- figures and percentages of an economy story are no times.
"""
from __future__ import annotations

import pytest
from time_helpers import values


pytestmark = pytest.mark.slow


# Published Tuesday 22 October 2024 (fourth quarter).
EMPLOI = """\
Le nombre d'inscrits à France Travail a baissé de 0,8 % au troisième trimestre, soit 24 000 personnes de moins, a annoncé mardi la direction régionale.

Au deuxième trimestre 2023, il avait progressé de 1,2 %. Les économistes attendent une stabilisation au premier trimestre, avant une nouvelle baisse.

Le ministre a promis une réforme de la formation d'ici à 2026. Au T3 2024, les embauches en CDI ont reculé de 3 %.
"""


def test_french_quarters_and_years(times_fr):
    found = values(times_fr, EMPLOI, "2024-10-22")
    assert found["troisième trimestre"] == "2024-Q3"
    assert found["deuxième trimestre 2023"] == "2023-Q2"
    assert found["premier trimestre"] == "2025-Q1"
    assert found["2026"] == "2026"
    assert found["T3 2024"] == "2024-Q3"
    assert found["mardi"] == "2024-10-22"
    assert not any(("%" in text or "000" in text) for text in found), found


# Published Wednesday 5 February 2025 (first quarter).
RESULTS = """\
Nordway Foods posts weaker fourth-quarter profit

Nordway Foods said on Wednesday its profit fell 12 percent in the fourth quarter, hurt by higher grain prices.

Third-quarter sales had risen 4.5 percent. The company expects margins to recover in the second quarter and forecast revenue of $2.1 billion for Q2 2025.
"""


def test_english_quarters(times_en):
    found = values(times_en, RESULTS, "2025-02-05")
    assert found["fourth quarter"] == "2024-Q4"
    assert found["Third-quarter"] == "2024-Q3"
    assert found["second quarter"] == "2025-Q2"
    assert found["Q2 2025"] == "2025-Q2"
    assert found["Wednesday"] == "2025-02-05"
