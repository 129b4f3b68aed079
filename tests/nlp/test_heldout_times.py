"""Held-out review of the times stage: articles written for this review (fictional, never from the
corpus), read the way an annotator would. Each case pins a fix made after reading them:

- a simple conditional in reported speech is the future seen from the past ("a précisé qu'une
  médiation serait proposée vendredi"); a compound conditional is the past it reports;
- English "would", "could", "might" put a weekday or a month ahead ("said parliament would debate
  the budget on Thursday", "talks could begin in January");
- English "in five years" is a date with a future verb, a duration with a past one.
"""
from __future__ import annotations

import pytest
from time_helpers import values


# Published Thursday 14 March 2024.
DIPLOMATIE = """\
Le ministre tunisien des Affaires étrangères, Karim Belhadj, est arrivé mercredi à Rabat pour une visite de deux jours, la première depuis 2019.

Il a rencontré hier son homologue marocain, Youssef Amrani. Selon lui, une commission mixte se réunira le 12 avril à Tunis.

Youssef Amrani pourrait se rendre à Tunis la semaine prochaine, a indiqué une source diplomatique.

Il y a deux ans, les relations s'étaient tendues. Mardi dernier encore, un député avait accusé la Tunisie de double jeu.

La délégation tunisienne quittera Rabat dans trois jours.
"""


def test_french_article_relative_dates(times_fr):
    found = values(times_fr, DIPLOMATIE, "2024-03-14")
    assert found["mercredi"] == "2024-03-13"
    assert found["deux jours"] == "P2D"
    assert found["2019"] == "2019"
    assert found["hier"] == "2024-03-13"
    assert found["12 avril"] == "2024-04-12"
    assert found["la semaine prochaine"] == "2024-W12"
    assert found["Il y a deux ans"].startswith("2022")
    assert found["Mardi dernier"] == "2024-03-12"
    assert found["dans trois jours"] == "2024-03-17"


@pytest.mark.parametrize("text, span, value", [
    # Wednesday 22 November 2023: a simple conditional under a verb of saying is ahead
    ("La préfète a précisé qu'une médiation serait proposée dès vendredi.", "vendredi", "2023-11-24"),
    ("Le maire a annoncé que la réunion aurait lieu lundi.", "lundi", "2023-11-27"),
    # a compound conditional reports a past
    ("Selon la police, le suspect aurait été interpellé lundi.", "lundi", "2023-11-20"),
    ("Le syndicat aurait signé le texte lundi, selon nos informations.", "lundi", "2023-11-20"),
    # the verb of saying keeps its own tense
    ("Il a déclaré vendredi que les discussions porteraient sur la sécurité.", "vendredi", "2023-11-17"),
])
def test_french_conditional_of_reported_speech(times_fr, text, span, value):
    assert values(times_fr, text, "2023-11-22")[span] == value


# Published Wednesday 18 October 2023.
WIRE = """\
NAIROBI, Oct 18 (GWS) - Kenyan President William Otieno will travel to Addis Ababa next week, his office said on Wednesday.

"Trade between our two countries has doubled in five years," Otieno said at a rally on Tuesday.

Opposition leader Mary Njeri said parliament would debate the budget on Thursday.

Talks on a new power line could begin in January, officials said. The two leaders met in March.

The dam will be finished in five years.
"""


def test_english_wire_directions(times_en):
    found = values(times_en, WIRE, "2023-10-18")
    assert found["next week"] == "2023-W43"
    assert found["Wednesday"] == "2023-10-18"
    assert found["Tuesday"] == "2023-10-17"
    assert found["Thursday"] == "2023-10-19"
    assert found["January"] == "2024-01"
    assert found["March"] == "2023-03"


def test_english_in_years_is_a_duration_with_a_past_verb(times_en):
    text = "Trade has doubled in five years. Prices rose 20 percent in two years."
    assert values(times_en, text, "2023-10-18") == {"in five years": "P5Y", "in two years": "P2Y"}
    assert values(times_en, "The dam will be finished in five years.", "2023-10-18") == {
        "in five years": "2028-10-18"}
