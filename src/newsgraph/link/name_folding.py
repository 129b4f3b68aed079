"""Folded name words, the name lexicons read in every language, and the similarity of two words.

Person-name comparison (``link.person_names``, ``link.given_names``, ``link.kunya``) works on
accent-free, case-free words; honorifics, particles, kunyas and glued articles are language
data (``lang/*/name_*.txt``) read in every supported language together, since a name keeps its
shape whatever language the article is in.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsgraph.lang import SUPPORTED, words
from newsgraph.link import names

#: Apostrophes and ayn/hamza marks, dropped inside a name word ("Ba'ath", "Shi\u02bfi").
MARKS = re.compile(r"['\u2019\u2018\u02bc\u02bf\u02be`\u00b4]")


def fold(text: str) -> str:
    """Accent-free, case-free, punctuation-free form of a name or title."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", s))


@lru_cache(maxsize=200_000)
def word_similarity(x: str, y: str) -> float:
    """Similarity of two name words; an initial matches a word it begins."""
    if len(x) == 1 or len(y) == 1:
        return 1.0 if x[0] == y[0] else 0.0
    return 1.0 if x == y else names.name_similarity(x, y)


@lru_cache(maxsize=None)
def lexicon(name: str) -> frozenset[str]:
    """The folded words of ``lang/*/<name>.txt`` over every supported language."""
    return frozenset(fold(w) for lang in SUPPORTED for w in words(lang, name))


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    """Particles, the assimilated article ("ur") and the kunya's "Abu"/"Abi": never a name part."""
    return lexicon("name_particles") | lexicon("name_assimilated_articles") | lexicon("name_kunya")
