"""Whether two lists of given names could be one person's.

Cross-article resolution must tell "Ali Habib" (short for "Ali Muhammad Habib") from "Ibrahim
Ali" against "Ibrahim Isa", a son named after his father ("Yasir Sabawi Ibrahim") from the
father, and must accept given names written with other word breaks ("Mati ur" ~ "Matiur",
"Seyed Aliakbar" ~ "Seyedaliakbar"). Words are folded (``link.name_folding``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.link import names
from newsgraph.link.name_folding import MARKS, fold, lexicon, particles, word_similarity

if TYPE_CHECKING:
    from newsgraph.link.person_names import NameParts


@lru_cache(maxsize=200_000)
def _given_words(given_text: str) -> tuple[str, ...]:
    """The given part's folded words as written, particles kept ("Mati ur" -> mati, ur)."""
    return tuple(w for w in fold(MARKS.sub("", given_text).replace("-", " ")).split()
                 if w not in lexicon("name_honorifics"))


def _named(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in particles())


def joined_given_agree(a: "NameParts", b: "NameParts") -> bool:
    """Given names written with other word breaks ("Mati ur" ~ "Matiur", "Hameed ul" ~
    "Hameedul", "Seyed Aliakbar" ~ "Seyedaliakbar"): one side's first word, five letters or
    more, is alike the other's first two or three words run together (as long, give or take a
    letter: "Jamal" is not "Jama Ali"); once rejoined, the given names must still fit
    (:func:`given_compatible`), so "Abdul Malik" is not "Abd al-Khaliq"."""
    return _joined_given(a.given_text, b.given_text) if a.given and b.given else False


@lru_cache(maxsize=200_000)
def _joined_given(text_a: str, text_b: str) -> bool:
    x, y = _given_words(text_a), _given_words(text_b)
    for one, other in ((x, y), (y, x)):
        if not one or len(one[0]) < 5:
            continue
        for k in (2, 3):
            run = "".join(other[:k])
            if len(other) >= k and abs(len(run) - len(one[0])) <= 1 \
                    and word_similarity(one[0], run) >= names.VARIANT_THRESHOLD:
                return given_compatible((one[0],) + _named(one[1:]), (one[0],) + _named(other[k:]))
    return False


def given_compatible(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Given names one person could carry: the shorter list is the longer with words left out.

    The first given names must match: "Ali Habib" fits "Ali Muhammad Habib" and "K." fits
    "Karim"; "Ibrahim Ali" does not fit "Ibrahim Isa", nor "Karim" "Nabil", nor a son named
    after his father ("Yasir Sabawi Ibrahim") the father ("Sabawi Ibrahim").
    """
    if not x or not y:
        return True
    if " ".join(x) == " ".join(y) or word_similarity("".join(x), "".join(y)) >= names.VARIANT_THRESHOLD:
        return True  # "Abdul Rahim" ~ "Abdurrahim"
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if word_similarity(short[0], long_[0]) < names.VARIANT_THRESHOLD:
        return False  # "Yasir Sabawi Ibrahim" is the son of "Sabawi Ibrahim", not him
    missed, k = 0, 1
    for word in short[1:]:
        j = k
        while j < len(long_) and word_similarity(word, long_[j]) < names.VARIANT_THRESHOLD:
            j += 1
        if j == len(long_):
            missed += 1
        else:
            k = j + 1
    # a long chain of names may differ in one word (a nisba, a misspelt middle name)
    return missed == 0 or (len(short) >= 3 and missed == 1)
