"""Quotes, fifth own gold set: the general rules its errors pointed to, on sentences of our own.

A reported clause ends before the reporter's comment that sums it up (", ce que X dément"); an
order (a court's "a ordonné que ...") is a decision, not words someone is quoted as saying.
"""
from __future__ import annotations

from quote_helpers import extract, quote, speaker


def test_reported_clause_ends_before_a_comment_that_sums_it_up(nlp_fr):
    record = extract(nlp_fr, "Le ministre de l'Intérieur, Karim Lahlou, a affirmé que le Qatar finançait "
                             "les milices du sud, ce que Doha dément.")
    q = quote(record, "finançait")
    assert q.text == "le Qatar finançait les milices du sud"
    assert speaker(record, q) == "Karim Lahlou"


def test_an_order_is_no_reported_speech(nlp_fr):
    record = extract(nlp_fr, "La Cour constitutionnelle avait ordonné en mars que les élections soient "
                             "reportées à l'automne.")
    assert not record.quotes
