"""Times errors of the own gold set, fixed by their general cause and pinned on new sentences.

A year-less month or date whose tense reads as past only because of the verb that reports, calls for
or plans it: the call's complement, a planned thing and a reported deadline lie ahead
(docs/evaluation_own_gold.md, T1-T4). Sentences written for these tests.
"""
from __future__ import annotations

import pytest
from time_helpers import values


@pytest.mark.parametrize("text, published, expected", [
    # infinitive under a call, a request, a promise: after the call
    ("Le syndicat a exhorté le gouvernement à revoir la réforme avant fin novembre.",
     "2021-10-12", {"fin novembre": "2021-11"}),
    ("La ministre a promis de présenter le texte en mars.", "2019-02-20", {"mars": "2019-03"}),
    ("Le maire a demandé aux habitants de quitter le quartier avant le 15 août.",
     "2020-08-03", {"15 août": "2020-08-15"}),
    # a bare participle of planning on a noun
    ("Les deux délégations se retrouveront lors d'un sommet programmé à Genève en février.",
     "2022-01-10", {"février": "2022-02"}),
    ("Il s'est exprimé avant un scrutin prévu en avril.", "2018-03-02", {"avril": "2018-04"}),
])
def test_fr_planned_and_called_for_times_lie_ahead(times_fr, text, published, expected):
    found = values(times_fr, text, published)
    for span, value in expected.items():
        assert any(k in span and v == value for k, v in found.items()), found


def test_fr_deadline_on_a_verb_of_mentioning_is_the_nearest_date(times_fr):
    found = values(times_fr, "Un diplomate a évoqué un vote avant le 3 octobre.", "2017-09-21")
    assert any(v == "2017-10-03" for v in found.values()), found


@pytest.mark.parametrize("text, published, expected", [
    ("The minister had said in October that the port reopened.", "2021-11-05", "2021-10"),
    ("Les soldats avaient quitté la ville en juin.", "2024-05-14", "2023-06"),
    ("Il a signé l'accord le 3 juillet.", "2022-06-18", "2021-07-03"),
])
def test_past_tense_still_resolves_backwards(times_fr, times_en, text, published, expected):
    nlp = times_en if text.startswith("The") else times_fr
    assert expected in values(nlp, text, published).values()


@pytest.mark.parametrize("text, published, expected", [
    ("The union urged lawmakers to pass the bill by March.", "2023-02-10", "2023-03"),
    ("Officials attended talks scheduled for June in Oman.", "2023-05-02", "2023-06"),
])
def test_en_called_for_and_scheduled_times_lie_ahead(times_en, text, published, expected):
    assert expected in values(times_en, text, published).values()
