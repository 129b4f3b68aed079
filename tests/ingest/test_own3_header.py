"""Document fields the third own gold set showed wrong: a page closing with a credit sentence
("This analysis first appeared in X.") names its original source in that sentence, and the
sentence leaves the body. Every page and line is written for these tests."""
from __future__ import annotations

import pytest

from newsgraph.ingest.credits import match_sentence
from newsgraph.ingest.plaintext import parse_plaintext

PAGE = """HARBOUR LETTER
11/03/2025 09:15 GMT
Port fees climb as shipping lines return to the northern route
Shipping lines are slowly returning to the northern route after a quiet winter, port officials said.
Fees at the two main terminals rose by a tenth in February, the port authority said.

This commentary first appeared in The Lighthouse Review.
"""


@pytest.mark.parametrize("line,source", [
    ("This analysis first appeared in Baltic Trade Weekly.", "Baltic Trade Weekly"),
    ("A version of this article first appeared on Harbour Notes.", "Harbour Notes"),
    ("This story was originally published by The Mountain Courier", "The Mountain Courier"),
    ("Cet article a d'abord paru dans Le Journal des Deux Rives.", "Le Journal des Deux Rives"),
    ("Cette analyse a été publiée initialement dans La Lettre du Sahel.", "La Lettre du Sahel"),
])
def test_credit_sentence_names_the_source(line, source):
    assert match_sentence(line) == source


@pytest.mark.parametrize("line", [
    "The minister first appeared in Parliament.",            # a person, not the text
    "He first appeared in Lyon in 1990 and left the city for good after the war ended there.",
    "This analysis first appeared in the spring of that year, when prices rose sharply again.",
])
def test_other_sentences_are_not_credits(line):
    assert match_sentence(line) is None


def test_credit_sentence_closing_a_page():
    article = parse_plaintext(PAGE, language="en")
    assert article.original_source == "The Lighthouse Review"
    assert "first appeared" not in article.text
    assert "port authority said" in article.text
