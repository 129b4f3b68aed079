"""Time rules the fifth own gold set showed missing (see docs/evaluation_own_gold.md, "The fifth
blind set", F-T1 and F-T2), pinned on sentences of our own: a conditional the tagger reads as an
imparfait looks ahead; a date set for something on a verb of saying is the nearest; a vague count
of time that measures a thing is no time."""
from __future__ import annotations

from tests.nlp.time_helpers import values

MAY = "2025-05-14"


def test_a_conditional_read_as_an_imparfait_looks_ahead(times_fr):
    found = values(times_fr, "La ministre a précisé que le chantier reprendrait en juin.", MAY)
    assert found.get("juin") == "2025-06"


def test_an_imparfait_whose_stem_ends_in_r_stays_past(times_fr):
    found = values(times_fr, "Le ministre déclarait en juin que rien ne changerait.", MAY)
    assert found.get("juin") == "2024-06"


def test_a_date_set_for_something_on_a_verb_of_saying_is_the_nearest(times_fr):
    found = values(times_fr, "Les enseignants ont annoncé lundi un arrêt de travail pour le 3 octobre.",
                   "2025-09-20")
    assert found.get("3 octobre") == "2025-10-03"


def test_a_date_set_for_something_in_english(times_en):
    found = values(times_en, "The drivers' union announced on Monday a walkout for October 3.", "2025-09-20")
    assert found.get("October 3") == "2025-10-03"


def test_a_vague_count_of_time_measuring_a_stock_is_no_time(times_fr):
    found = values(times_fr, "Le camp ne dispose plus que de quelques semaines de carburant.")
    assert not found
    found = values(times_fr, "La capitale a connu quelques semaines de répit.")
    assert found.get("quelques semaines") == "PXW"


def test_a_vague_count_of_time_measuring_a_stock_in_english(times_en):
    assert not values(times_en, "The clinic has only a few weeks of fuel left.")
