"""How likely two spellings of one type name one real-world entity: the pair score of resolution.

The evidence, in order: the names (``link.names`` for the whole name, ``link.person_names``
for given names and surname), then, for a match that names alone do not settle, the titles
and co-occurring entities the two spellings' articles give them. Type is never crossed.

A short, common name is weak evidence even when spelled alike: many people are called
"Muhammad al-Amin". How common a name is comes from the corpus itself (:class:`NameCounts`,
the number of distinct spellings each name word appears in), so the rule holds for any
language and any corpus: when the expected number of *other* spellings combining the same
words by chance is high, a match that is not exact (a particle more, a word more, another
spelling) needs a shared title or co-occurring entity.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from newsgraph.link import names
from newsgraph.link.given_names import joined_given_agree
from newsgraph.link.kunya import kunya_mismatch
from newsgraph.link.name_folding import word_similarity
from newsgraph.link.person_names import WEAK_MATCH, WHOLE_MATCH, NameParts, surname_similarity

#: A name whose words combine by chance in at least this many other spellings of the corpus is common.
COMMON = 0.3
#: A family name at least this alike lets the whole-name matcher read the names (weaker: only
#: when one side writes more or fewer words).
SURNAME_MATCH = 0.7
#: A fuller form read whole with a loosely alike family name needs at least this score.
FULLER_MATCH = 0.85
#: Fewer person spellings than this in the corpus: no name is called common.
MIN_SPELLINGS = 50


@dataclass(frozen=True)
class Evidence:
    """What one spelling (a node of resolution) brings to a comparison."""

    type: str
    name: str
    parts: NameParts
    titles: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()


@dataclass
class NameCounts:
    """In how many distinct person spellings each canonical name word appears."""

    words: Counter = field(default_factory=Counter)
    total: int = 0

    @classmethod
    def of(cls, spellings: Iterable[str]) -> "NameCounts":
        counts = cls()
        for name in spellings:
            counts.words.update(set(names.canonical_tokens(name)))
            counts.total += 1
        return counts

    def chance(self, name: str) -> float:
        """Expected number of *other* spellings of the corpus combining these words by chance
        (0 below ``MIN_SPELLINGS``: a small corpus says nothing about how common a name is)."""
        others = self.total - 1
        if others < MIN_SPELLINGS:
            return 0.0
        out = float(others)
        for w in set(names.canonical_tokens(name)):
            out *= max(self.words.get(w, 1) - 1, 0) / others
        return out


def person_score(a: NameParts, b: NameParts) -> float:
    """How likely two full names of persons name one person (0 when given names clash).

    The structural reading: surnames compared as family names, given names compared as lists
    (first names must match). A second family name or nisba is accepted when two or more
    given names agree in order.
    """
    if not a.compatible_given(b):
        return 0.0
    surname = surname_similarity(a, b)
    given = word_similarity(a.given[0], b.given[0])
    if given < names.VARIANT_THRESHOLD and joined_given_agree(a, b):
        given = names.VARIANT_THRESHOLD  # the same letters with other word breaks
    if surname < WEAK_MATCH and min(len(a.given), len(b.given)) >= 2:
        whole = word_similarity(a.text, b.text)
        if whole >= WHOLE_MATCH:
            return min(whole, given)
        # given names counted as names, not words: "Abd al-Rahman Muhammad" is two
        ga, gb = names.canonical_tokens(a.given_text), names.canonical_tokens(b.given_text)
        same = len(ga) == len(gb) >= 3 and all(
            names.token_similarity(x, y) >= names.VARIANT_THRESHOLD for x, y in zip(ga, gb))
        return names.VARIANT_THRESHOLD if same else 0.0
    if surname < WEAK_MATCH:
        return 0.0
    return WEAK_MATCH if _apart_both_ways(a, b) else min(surname, given)


#: Words left unaligned on both sides together, at least this many: two different fuller forms.
APART_WORDS = 3


def _apart_both_ways(a: NameParts, b: NameParts) -> bool:
    """Each name holds words the other lacks, three or more in all ("ALI ABKAR, Hasan" and "ALI,
    Hasan Dahir Aweys"): not a fuller form of one name but two people who share a given name and
    a first family word; only context merges them."""
    ta, tb = names.canonical_tokens(a.text, shaded=True), names.canonical_tokens(b.text, shaded=True)
    aligned = len(names.align(ta, tb))
    return aligned < min(len(ta), len(tb)) and len(ta) + len(tb) - 2 * aligned >= APART_WORDS


def _same_words(a: NameParts, b: NameParts) -> bool:
    """The same words in another order ("MIRE, Mohamed Ali" ~ "ALI, Mohamed Mire")."""
    ta, tb = names.canonical_tokens(a.text), names.canonical_tokens(b.text)
    return len(ta) == len(tb) >= 3 and sorted(ta) == sorted(tb)


def name_score(a: NameParts, b: NameParts) -> float:
    """The names' score: the structural reading, or the whole-name matcher when the first given
    names agree (written joined or apart, a fuller form) or the words are the same."""
    if kunya_mismatch(a, b):
        return 0.0
    score = person_score(a, b)
    if score >= names.VARIANT_THRESHOLD:
        return score
    surname = surname_similarity(a, b)
    if _same_words(a, b) or surname >= SURNAME_MATCH:
        return max(score, names.name_similarity(a.text, b.text))
    if surname >= WEAK_MATCH and _given_agree(a, b):
        # two given names alike in order: the whole-name reading may still align the family names
        return max(score, names.name_similarity(a.text, b.text))
    if surname >= WEAK_MATCH and len(names.canonical_tokens(a.text)) != len(names.canonical_tokens(b.text)):
        # words written joined or apart, a fuller form: read whole, but a loosely alike family name
        # averaged into it must leave a clear match; otherwise it stays a weak one
        whole = names.name_similarity(a.text, b.text)
        return max(score, whole if whole >= FULLER_MATCH else min(whole, WEAK_MATCH))
    return score


def _given_agree(a: NameParts, b: NameParts) -> bool:
    """Two or more given names on each side, alike in order as far as the shorter list goes."""
    ga, gb = names.canonical_tokens(a.given_text), names.canonical_tokens(b.given_text)
    return min(len(ga), len(gb)) >= 2 and all(
        names.token_similarity(x, y) >= names.VARIANT_THRESHOLD for x, y in zip(ga, gb))


def clash(a: NameParts, b: NameParts) -> bool:
    """Two full names that cannot be one person's (the guard against chaining in clusters):
    their given names contradict ("Karim", "Nabil"; "Yasir Sabawi", "Sabawi") and the whole
    names are not variants either (another word order, a dropped devotional name). Family
    names alone never clash: romanisations of one surname may share few letters."""
    if not (a.is_full and b.is_full) or a.compatible_given(b):
        return False
    if kunya_mismatch(a, b):
        return True
    return names.name_similarity(a.text, b.text) < names.VARIANT_THRESHOLD


def _skeletons(name: str) -> tuple[frozenset[str], ...]:
    return tuple(names.name_keys(t) for t in names.canonical_tokens(name))


def exact(a: NameParts, b: NameParts) -> bool:
    """The same words in the same order, each with the same consonants (vowels may differ:
    "Omer", "Umar"), and the surname's particle written in both or neither."""
    return a.particle == b.particle and _skeletons(a.text) == _skeletons(b.text)


def shares_context(a: Evidence, b: Evidence) -> bool:
    """A title word or a co-occurring entity in common."""
    return bool(a.context & b.context) or bool(a.titles & b.titles)


def pair_score(a: Evidence, b: Evidence, *, counts: NameCounts | None = None) -> float:
    """Score of one candidate pair (0..1); merging needs ``names.VARIANT_THRESHOLD``.

    Other types: the whole-name matcher. Persons: :func:`name_score`; a weaker match
    (``WEAK_MATCH`` up to the threshold), or a common name matched less than exactly, counts
    only with shared context.
    """
    if a.type != b.type:
        return 0.0
    if a.type != "PER":
        score = names.name_similarity(a.name, b.name)
    else:
        score = name_score(a.parts, b.parts)
        common = counts is not None and max(counts.chance(a.name), counts.chance(b.name)) >= COMMON
        if score >= names.VARIANT_THRESHOLD and common and not exact(a.parts, b.parts):
            score = WEAK_MATCH
    if WEAK_MATCH <= score < names.VARIANT_THRESHOLD:
        return names.VARIANT_THRESHOLD if shares_context(a, b) else WEAK_MATCH
    return score
