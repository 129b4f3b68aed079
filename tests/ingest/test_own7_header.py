"""Credit lines the seventh own gold set showed unread: a credit sentence with no subject
("Publié à l'origine par X."), after a note sentence on the same line ("Traduit de l'anglais."),
other verbs of first publication ("first ran in X") and a phrase closing the sentence after the
source ("and is republished with permission"). The credit line stays out of the body. Pages and
lines here are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest import credits
from newsgraph.ingest.plaintext import parse_plaintext


@pytest.mark.parametrize("line, source", [
    ("Publié à l'origine par Le Courrier des Plaines.", "Le Courrier des Plaines"),
    ("Traduit de l'arabe. Publiée initialement dans Gazette du Levant.", "Gazette du Levant"),
    ("Traduit par Marc Ollier. Paru à l'origine dans Revue Sahel.", "Revue Sahel"),
    ("Cette enquête a été publiée à l'origine par Mer Noire Hebdo et est reproduite avec autorisation.",
     "Mer Noire Hebdo"),
    ("Reproduit avec l'autorisation de Radio Atlas.", "Radio Atlas"),
    ("This story first ran in Harbour Business Daily and is republished with permission.",
     "Harbour Business Daily"),
    ("Translated from Turkish. Originally published by Anatolian Ledger.", "Anatolian Ledger"),
    ("This report originally ran on Andes Wire.", "Andes Wire"),
    ("Republished with permission from Baltic Notes.", "Baltic Notes"),
    ("Originally published in Sahel Post on March 3, 2025.", "Sahel Post"),
])
def test_credit_sentences(line, source):
    assert credits.match_sentence(line) == source


@pytest.mark.parametrize("line", [
    "Traduit de l'anglais.",                              # a note alone names no source
    "Le rapport a été publié à l'origine par erreur.",   # no name after the phrase
    "Il est paru à l'origine dans Paris.",               # a person, not the text
    "The minister first ran in Ohio and won.",           # a person ran, not the text
    "Publié le 3 mai 2025 à 10h00.",                     # a date line
])
def test_not_credit_sentences(line):
    assert credits.match_sentence(line) is None


PAGE_FR = """Frappes sur un dépôt près de la frontière

Un dépôt de carburant a été touché dimanche, selon les autorités locales.

Les dégâts sont importants, a indiqué le gouverneur.

Traduit du turc. Publié à l'origine par Observatoire des Plaines.
"""

PAGE_EN = """Port deal signed

A new terminal contract was signed on Monday, officials said.

This piece first ran in Harbour Business Daily and is republished with permission.
"""


def test_credit_sentence_read_and_kept_out_of_the_body():
    fr = parse_plaintext(PAGE_FR, language="fr")
    assert fr.original_source == "Observatoire des Plaines"
    assert "Publié" not in fr.text and "Traduit" not in fr.text
    assert fr.text.rstrip().endswith("a indiqué le gouverneur.")
    en = parse_plaintext(PAGE_EN, language="en")
    assert en.original_source == "Harbour Business Daily"
    assert "first ran" not in en.text
