"""Quote errors of the blind own gold set (docs/evaluation_own_gold.md, B-Q rows), fixed by their
general cause and pinned on sentences written for these tests (fictional, never from the gold set).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def quotes(text: str, lang: str = "fr") -> list[tuple[str, str | None]]:
    """(text, speaker name) of each quote of the article."""
    from newsgraph.pipeline import extract_text

    record = extract_text(text, language=lang, published="2022-05-10")
    names = {e.id: e.name for e in record.entities}
    return [(q.text, names.get(q.speaker)) for q in record.quotes]


def test_a_reported_clause_ending_in_quoted_words_is_the_whole_clause():
    got = quotes("L'avocat Paul Morel a estimé que le juge avait « outrepassé ses droits » et a "
                 "demandé jeudi la libération des détenus.")
    assert any(text.startswith("le juge avait « outrepassé ses droits »") and who == "Paul Morel"
               for text, who in got), got
    assert not any(text == "outrepassé ses droits" for text, _ in got), got


def test_a_quotation_holding_its_own_subject_stays_direct():
    got = quotes("Le syndicaliste Paul Morel a affirmé que « nous ne céderons jamais à la pression ».")
    assert ("nous ne céderons jamais à la pression", "Paul Morel") in got, got
