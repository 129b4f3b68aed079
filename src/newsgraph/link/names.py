"""Name variants: transliteration-aware keys and similarity.

Arabic and Persian names reach French and English news in many romanisations: Esmaiil, Esmail,
Ismail and Esma'il are one given name; Qaani, Qani, Ghaani and Qa'ani one surname; al-Zawahiri and
Zawahiri one family name. This module reduces each word of a name to a *canonical spelling*
(letter groups that write one sound map to one form, vowels to three classes, doubled letters to
one, apostrophes and ayn marks dropped, particles such as al-/el-/bin ignored) and compares names
word by word on that form. The letter-group rules are data: ``lang/<code>/transliteration.tsv``,
``name_particles.txt`` and ``name_prefixes.txt``, every supported language read together because
an article in one language quotes spellings made for another.

API (used within an article by ``nlp.coreference`` and across articles by ``link.resolve``):

- ``name_keys(name) -> frozenset[str]``: blocking keys; two spellings of one name share at least one.
- ``name_similarity(a, b) -> float``: 0..1, how likely two spellings name the same referent.
- ``is_variant(a, b) -> bool``: ``name_similarity(a, b) >= VARIANT_THRESHOLD``.
- ``canonical_tokens(name)``, ``token_similarity(a, b)`` and ``align(ta, tb)``: the pieces, for
  callers that align words.
"""
from __future__ import annotations

from functools import lru_cache

from newsgraph.link import place_names
from newsgraph.link.name_spelling import _words, canonical_tokens, canonical_word, unshade
from newsgraph.link.name_words import skeleton, token_similarity  # noqa: F401

VARIANT_THRESHOLD = 0.8
#: Two canonical words at least this similar may be aligned as spellings of one word.
TOKEN_THRESHOLD = 0.6
#: A single word left over in two names of equal length still counts above this similarity.
LEFTOVER_THRESHOLD = 0.55
#: Score of a one-word name found inside a longer one ("Qaani" in "Esmail Qaani"): related, not a variant.
PART_SCORE = 0.6
#: Whole names compared as one string (words joined) at least this similar are variants.
JOINED_THRESHOLD = 0.88
#: A chain of this many leading names shared in order (given, father's, grandfather's) is one person
#: even under another family name; each pair of words at least LINEAGE_WORD alike.
LINEAGE = 3
LINEAGE_WORD = 0.85
#: A fuller form (extra middle or trailing words) scores its aligned words' mean times this.
FULLER = 0.95


def name_keys(name: str) -> frozenset[str]:
    """Blocking keys: the consonant skeleton of each identifying word (two spellings share one)."""
    return frozenset(skeleton(t) for t in canonical_tokens(name) if t)


def align(ta: tuple[str, ...], tb: tuple[str, ...]) -> list[tuple[float, int, int]]:
    """Greedy one-to-one alignment of words, best pairs first: (similarity, index in a, in b).

    Of equally good pairs the earliest wins, so a word repeated later in a longer name ("Mokhtar
    ben Mohamed ben Mokhtar") aligns with the other name's word in the same place."""
    pairs = sorted(((token_similarity(x, y), i, j) for i, x in enumerate(ta) for j, y in enumerate(tb)),
                   key=lambda p: (-p[0], p[1] + p[2], p[1]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    sims: list[tuple[float, int, int]] = []
    for s, i, j in pairs:
        if s < TOKEN_THRESHOLD:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        sims.append((s, i, j))
    return sims


@lru_cache(maxsize=65536)
def name_similarity(a: str, b: str, *, kind: str | None = None) -> float:
    """How likely two spellings name the same referent, 0..1.

    Places (``kind="LOC"``, or two names both listed in ``places.tsv``) score 1 or 0 by
    :func:`place_names.same_place`: no spelling tolerance, "Tunis" is not "Tunisie".

    Words are aligned one to one on their canonical spelling. Every word aligned: the mean word
    similarity. All words of the shorter aligned, with two or more words: a fuller form of the
    same name (slightly less). One word left over on each side: a variant if still loosely alike.
    Otherwise the share of aligned words of the longer name, so names that share only a family
    name ("Bashar al-Asad", "Maher al-Asad") stay well below the threshold. The given names
    (first words) must align for any score above ``PART_SCORE``; a one-word name inside a longer
    one scores ``PART_SCORE`` (a surname is related to a full name, not a variant of it).
    Names written joined or apart ("Abbasali", "Abbas Ali") are also compared as one string.
    """
    ta, tb = canonical_tokens(a, shaded=True), canonical_tokens(b, shaded=True)
    if not ta or not tb:
        return 0.0
    if kind == "LOC" or (place_names.place_keys(a) and place_names.place_keys(b)):
        return 1.0 if place_names.same_place(a, b) else 0.0
    # Joined only when one side writes fewer words: with as many words on each side the word
    # alignment decides ("Muhammad Amin" is not "Muhammad Mina'i" though the letters run alike).
    joined = token_similarity("".join(ta), "".join(tb)) if len(ta) != len(tb) else 0.0
    joined = joined if joined >= JOINED_THRESHOLD else 0.0
    return max(joined, _word_score(ta, tb))


def _word_score(ta: tuple[str, ...], tb: tuple[str, ...]) -> float:
    """The word-by-word part of :func:`name_similarity` (see there)."""
    ta, tb = _rejoin(ta, tb)
    tb, ta = _rejoin(tb, ta)
    aligned = align(ta, tb)
    if not aligned:
        return 0.0
    sims = [s for s, _, _ in aligned]
    short, long_ = sorted((len(ta), len(tb)))
    mean = sum(sims) / len(sims)
    first = next((s for s, i, j in aligned if i == 0 and j == 0), 0.0)  # the given names
    if not first and len(ta) != len(tb):
        first = _after_dropped_given(ta, tb, aligned)
    if len(sims) == short == long_:
        return mean if first >= 0.75 else min(mean, PART_SCORE)
    if len(sims) == short:
        if short == 1:
            return PART_SCORE * mean
        # A fuller form adds middle or trailing words; a different first word is another person
        # of the same line ("Uday Saddam Hussein" is the son of "Saddam Hussein").
        return FULLER * mean if first else min(sum(sims) / long_, PART_SCORE)
    if _same_lineage(ta, tb):
        return VARIANT_THRESHOLD
    if len(ta) == len(tb) and len(sims) == short - 1 and first:
        # One word of each left over: a variant when it is still a (loose) spelling of the other.
        i = next(k for k in range(len(ta)) if all(k != x for _, x, _ in aligned))
        j = next(k for k in range(len(tb)) if all(k != y for _, _, y in aligned))
        if token_similarity(ta[i], tb[j]) >= LEFTOVER_THRESHOLD:
            return VARIANT_THRESHOLD
    return sum(sims) / long_ if first else min(sum(sims) / long_, PART_SCORE)


def _same_lineage(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Whether two names of four or more words open with one chain of three names (given name,
    father's, grandfather's: "Walid Hamid Tawfiq al-Tikriti", "Walid Hamid Tawfiq al-Nasiri"),
    in order: one person under two family or place names (nisba). Two shared names are not
    enough ("Ali Muhammad Kazan", "Ali Muhammad Qansu" are two people)."""
    if min(len(ta), len(tb)) < LINEAGE + 1:
        return False
    return all(token_similarity(x, y) >= LINEAGE_WORD for x, y in zip(ta[:LINEAGE], tb[:LINEAGE]))


def _rejoin(ta: tuple[str, ...], tb: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``tb`` with two neighbouring words joined where ``ta`` writes them as one ("Mohammadhassan",
    "Mohammad Hassan"; "Gholamreza", "Gholam Reza"), when that one word has no spelling in ``tb``."""
    out = list(tb)
    for x in ta:
        if any(token_similarity(x, y) >= TOKEN_THRESHOLD for y in out):
            continue
        j = next((j for j in range(len(out) - 1)
                  if token_similarity(x, out[j] + out[j + 1]) >= VARIANT_THRESHOLD), None)
        if j is not None:
            out[j:j + 2] = [out[j] + out[j + 1]]
    return ta, tuple(out)


@lru_cache(maxsize=1)
def _dropped_given() -> frozenset[str]:
    """Canonical forms of ``name_dropped_given.txt``: first names a short form often leaves out."""
    return frozenset(canonical_word(w) for w in _words("name_dropped_given"))


def _after_dropped_given(ta: tuple[str, ...], tb: tuple[str, ...],
                         aligned: list[tuple[float, int, int]]) -> float:
    """The given names' similarity when the longer name opens with a dropped devotional name
    ("Mohammad Jawad Nasrallah", "Jawad Nasrallah"): its second word against the other's first."""
    if len(ta) > len(tb) and unshade(ta[0]) in _dropped_given():
        return next((s for s, i, j in aligned if i == 1 and j == 0), 0.0)
    if len(tb) > len(ta) and unshade(tb[0]) in _dropped_given():
        return next((s for s, i, j in aligned if i == 0 and j == 1), 0.0)
    return 0.0


def is_variant(a: str, b: str, *, kind: str | None = None) -> bool:
    """Whether ``a`` and ``b`` are spellings of one name (of one place when ``kind`` is "LOC")."""
    return name_similarity(a, b, kind=kind) >= VARIANT_THRESHOLD


def is_part_of(part: str, full: str) -> bool:
    """Whether every identifying word of ``part`` is a spelling of a word of the longer ``full``.

    "Qani" is part of "Esmail Qaani"; used within one article to link a bare surname (or a bare
    given name) to the full name it abbreviates.
    """
    tp, tf = canonical_tokens(part, shaded=True), canonical_tokens(full, shaded=True)
    if not tp or len(tp) >= len(tf):
        return False
    return len(align(tp, tf)) == len(tp)
