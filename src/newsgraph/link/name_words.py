"""Similarity of two words of a name, each in canonical spelling (``link.name_spelling``).

Romanisations of one Arabic, Persian, Pashto or Russian word differ mostly in vowels (Esmail,
Ismail; Yusuf, Yousef), in letters one source letter is written with (sh/s, kh/h, dh/z/d, p/b,
v/f) and in an article or kunya written glued to the word ("Alshaer", "Abubakar"). Two words are
compared on their consonant skeleton and their edit distance; vowel quality decides only when it
marks another name: an a against a u in one syllable (Hasan/Husayn, Muhammad/Mahmud). A vowel
shade (the Persian "o", see ``name_spelling``) is a u that may also write an a: alone it does
not clash with an a (Hotem/Hatim, Rosyid/Rasyid), with any other vowel difference it does
(Hossein/Hassan, Mohammad/Mahmoud stay apart). ``link.names`` aligns names on these scores.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from newsgraph import lang
from newsgraph.link.name_spelling import COMPOUND, _words, canonical_word, shades, unshade

_VOWELS = re.compile(r"[aiu]")
#: Similarity of a compound given name and its bare second part ("Abdul Samad", "Samad"): the
#: short form a second alias often gives, close but not identical.
BARE_COMPOUND = 0.85


def token_similarity(a: str, b: str) -> float:
    """Similarity of two canonical words (plain or shaded), 0..1.

    Two words with the same consonant skeleton (and not too far apart: "Irak" is not "Irki")
    score at least 0.9, 0.85 when the skeletons are equal only loosely; otherwise one minus the
    normalised edit distance, less 0.1, so that one changed consonant in a short word ("Samer",
    "Amer") is not enough. Vowels that clash cost 0.1 and rule out the skeleton bonus.
    """
    pa, pb = unshade(a), unshade(b)
    if pa == pb:
        return 1.0
    if not pa or not pb or pa.isdigit() or pb.isdigit():
        return 0.0
    if pa.startswith(COMPOUND) and pb.startswith(COMPOUND) and len(pa) > 3 and len(pb) > 3:
        return token_similarity(a[3:], b[3:])  # "Abd al-Amir", "Abd al-Hadi": the rest decides
    for x, y, px, py in ((a, b, pa, pb), (b, a, pb, pa)):
        if px.startswith(COMPOUND) and len(px) > len(COMPOUND) + 3 and not py.startswith(COMPOUND):
            # "Abdul Samad" and "Samad": the bare name is the same person's short form
            return min(BARE_COMPOUND, token_similarity(x[len(COMPOUND):], y))
    glued = _unglued(a, b)
    if glued is not None:
        return glued
    ratio = 1.0 - Levenshtein.distance(pa, pb) / max(len(pa), len(pb))
    if _vowels_clash(a, b):
        return max(0.0, ratio - 0.1)
    if ratio >= 0.6 and (skeleton(pa) == skeleton(pb) or _vowel_initial_alike(pa, pb)):
        return max(0.9, ratio)
    if ratio >= 0.6 and _loosely_equal(skeleton(pa), skeleton(pb)):
        return max(0.85, ratio)
    return max(0.0, ratio - 0.1)


@lru_cache(maxsize=1)
def _glued() -> tuple[str, ...]:
    """Canonical forms of ``name_glued_articles.txt`` (an article or kunya written glued to a name)."""
    return tuple(sorted({canonical_word(w) for w in _words("name_glued_articles")}, key=len, reverse=True))


def _unglued(a: str, b: str) -> float | None:
    """Similarity of two words when one carries a glued article the other lacks ("Alshaer",
    "al-Shaer"; "Abubakar", "Abu Bakr"): the rest compared, the article ignored. None otherwise."""
    for x, y in ((a, b), (b, a)):
        px, py = unshade(x), unshade(y)
        article = next((p for p in _glued() if px.startswith(p) and not py.startswith(p)), None)
        if article is not None and len(px) - len(article) >= 4:
            return token_similarity(px[len(article):], y)
    return None


@lru_cache(maxsize=1)
def _loose() -> frozenset[tuple[str, str]]:
    """Pairs of ``name_loose_letters.tsv``, both ways."""
    pairs = {(row[0], row[1]) for code in lang.SUPPORTED
             for row in lang.table(code, "name_loose_letters") if len(row) >= 2}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def _loosely_equal(x: str, y: str) -> bool:
    """Whether two skeletons of one length differ only by letters romanisations confuse."""
    return len(x) == len(y) and all(c == d or (c, d) in _loose() for c, d in zip(x, y))


def _syllables(word: str) -> list[str]:
    """The vowel groups of a word between its consonants (empty where two consonants meet)."""
    vowels = "aiu" + "".join(shades())
    return re.split(f"[^{vowels}]", word)


def _a_against_u(x: str, y: str) -> bool:
    return ("a" in x and "u" in y and "u" not in x and "a" not in y) or \
           ("u" in x and "a" in y and "a" not in x and "u" not in y)


def _vowels_clash(a: str, b: str) -> bool:
    """Whether two words with one consonant frame differ by an a where the other has a u.

    Romanisations disagree on i/e/a (Ahmad, Ahmed; Yusuf, Yusef) and on long or left-out vowels,
    but an a against a u in one syllable is another vowel in the source, so another name. A u
    written as a shade against an a clashes only when another syllable differs too.
    """
    va, vb = _syllables(a), _syllables(b)
    if len(va) != len(vb):
        return False
    soft = other = False
    for x, y in zip(va, vb):
        px, py = unshade(x), unshade(y)
        if _a_against_u(px, py):
            if _a_against_u(x, y):
                return True
            soft = True
        elif px != py and px and py:  # a left-out vowel is no other vowel
            other = True
    return soft and other


def _vowel_initial_alike(pa: str, pb: str) -> bool:
    """Two words opening with different vowels and the same consonants after them: romanisations
    write an initial short vowel as a, e or i (Inayat, Enayat, Anayat; Ismail, Esmail)."""
    return (pa[:1] != pb[:1] and bool(_VOWELS.match(pa)) and bool(_VOWELS.match(pb))
            and skeleton(pa)[1:] == skeleton(pb)[1:])


def skeleton(word: str) -> str:
    """First letter and the consonants after it: the blocking form of a canonical word."""
    word = unshade(word)
    return word[:1] + _VOWELS.sub("", word[1:])
