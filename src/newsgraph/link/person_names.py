"""A person's name read as given names, surname and particles, and compared part by part.

Cross-article resolution (``link.resolve``) needs more than a whole-name similarity: two
names of one person must agree on their first given name ("Karim Haddad" is not "Nabil
Haddad"), a son named after his father is not the father ("Yasir Sabawi Ibrahim" is not
"Sabawi Ibrahim"), and a surname written with or without its article ("Amin", "al-Amin")
is weaker evidence than one written alike. Words are folded; word similarity comes from
``link.names`` (transliteration-aware). Honorifics and particles are language data
(``lang/*/name_honorifics.txt``, ``name_particles.txt``), read in every language together.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.lang import SUPPORTED, words
from newsgraph.link import names
from newsgraph.link.name_spelling import full_given

#: A weaker name match (below ``names.VARIANT_THRESHOLD``) needs context to merge.
WEAK_MATCH = 0.6
#: Names with two given names in common may differ in family name when the whole is this close.
WHOLE_MATCH = 0.9


def fold(text: str) -> str:
    """Accent-free, case-free, punctuation-free form of a name or title."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", s))


@dataclass(frozen=True)
class NameParts:
    """A person's name cut into given names (or initials) and a surname, folded.

    ``family`` is the family part as written (all its words), ``given_text`` the given part
    as written, ``particle`` whether the family part carries an article or kinship particle
    ("al-Amin", "Ben Ali"), ``text`` the whole name.
    """

    given: tuple[str, ...]
    surname: str | None
    family: str = ""
    text: str = ""
    given_text: str = ""
    particle: bool = False

    @property
    def is_full(self) -> bool:
        """A given name (not only an initial) and a surname."""
        return bool(self.given and len(self.given[0]) > 1 and self.surname)

    @property
    def is_kunya(self) -> bool:
        """Whether the given part opens with a kunya ("Abu Muhammad", "Abou Moussab"): the man
        named after his son (``name_kunya.txt``)."""
        return kunya_son(self.given_text) is not None

    def compatible_given(self, other: "NameParts") -> bool:
        """Whether the given names of the two could be one person's (see :func:`given_compatible`);
        never a kunya against the son's name ("Abu Ahmad X" is the father of an Ahmad)."""
        if kunya_mismatch(self, other):
            return False
        if given_compatible(self.given, other.given) or joined_given_agree(self, other):
            return True
        # compound given names written apart or joined ("Abd al-Malik" ~ "Abdelmalek")
        return (min(len(self.given), len(other.given)) > 0 and bool(self.given_text and other.given_text)
                and len(self.given[0]) > 1 and len(other.given[0]) > 1
                and word_similarity(self.given_text, other.given_text) >= names.VARIANT_THRESHOLD)

    def fits(self, full: "NameParts") -> bool:
        """Can this partial name (bare surname, initial) be a short form of ``full``?"""
        return (bool(self.surname and full.surname)
                and surname_similarity(self, full) >= names.VARIANT_THRESHOLD
                and self.compatible_given(full))


@lru_cache(maxsize=200_000)
def kunya_son(given_text: str) -> str | None:
    """The son's name of a given part that opens with a kunya ("Abu Muhammad", "Abi l-Qasim" ->
    "muhammad", "qasim"), folded; None for any other given part. A glued form ("Abubakar",
    "Abolghasem") is a given name of its own and compared as one."""
    given = [w for w in fold(given_text).split() if w not in _lexicon("name_honorifics")]
    glued = _glued_kunya(given[0]) if given else None
    if glued:
        return glued  # "Abuobaida", as the list cuts it, is "Abu Obaida"
    if len(given) < 2 or given[0] not in _lexicon("name_kunya"):
        return None
    rest = [w for w in given[1:] if w not in _particles() and len(w) > 1]
    return rest[0] if rest else None


def _glued_kunya(word: str) -> str | None:
    """The son's name of a kunya written as one word ("abuobaida" -> "obaida") when the kunya
    is also a glued article (``name_glued_articles.txt``), so that :func:`_words` cuts it the
    same way; None otherwise."""
    for k in _lexicon("name_kunya") & _lexicon("name_glued_articles"):
        if word.startswith(k) and len(word) - len(k) >= 4:
            return word[len(k):]
    return None


def kunya_mismatch(a: NameParts, b: NameParts) -> bool:
    """One name is a kunya ("Abu Ahmad X"), the other opens with the son's name itself ("Ahmad
    X"): the father and the son, two people."""
    sa, sb = kunya_son(a.given_text), kunya_son(b.given_text)
    if bool(sa) == bool(sb):
        return False
    son, other = (sa, b) if sa else (sb, a)
    return bool(other.given) and len(other.given[0]) > 1 and \
        word_similarity(other.given[0], son) >= names.VARIANT_THRESHOLD


@lru_cache(maxsize=200_000)
def _given_words(given_text: str) -> tuple[str, ...]:
    """The given part's folded words as written, particles kept ("Mati ur" -> mati, ur)."""
    return tuple(w for w in fold(_MARKS.sub("", given_text).replace("-", " ")).split()
                 if w not in _lexicon("name_honorifics"))


def _named(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in _particles())


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


@lru_cache(maxsize=200_000)
def word_similarity(x: str, y: str) -> float:
    """Similarity of two name words; an initial matches a word it begins."""
    if len(x) == 1 or len(y) == 1:
        return 1.0 if x[0] == y[0] else 0.0
    return 1.0 if x == y else names.name_similarity(x, y)


def surname_similarity(a: NameParts, b: NameParts) -> float:
    """Similarity of two family names, as one word or as written ("Al Rawi" ~ "Alrawi")."""
    x, y = a.surname or "", b.surname or ""
    if len(x) < 2 or len(y) < 2:
        return 0.0
    best = word_similarity(x, y)
    if best < names.VARIANT_THRESHOLD and a.family and b.family:
        best = max(best, word_similarity(a.family, b.family))
    return best


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


@lru_cache(maxsize=None)
def _lexicon(name: str) -> frozenset[str]:
    return frozenset(fold(w) for lang in SUPPORTED for w in words(lang, name))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """Particles, the assimilated article ("ur") and the kunya's "Abu"/"Abi": never a name part."""
    return _lexicon("name_particles") | _lexicon("name_assimilated_articles") | _lexicon("name_kunya")


_MARKS = re.compile(r"['\u2019\u2018\u02bc\u02bf\u02be`\u00b4]")


def _words(raw: str) -> tuple[list[str], bool]:
    """Folded words of one written token, and whether a particle was cut off it.

    Hyphen parts that are particles are dropped, the rest joined; a two-letter particle
    glued article (``name_glued_articles.txt``) is cut off a long word ("Alshaer" ~ "Al-Shaer").
    """
    parts = [fold(p).replace(" ", "") for p in _MARKS.sub("", raw).split("-")]
    kept = [p for p in parts if p and p not in _particles()]
    cut = len(kept) < len([p for p in parts if p])
    word = "".join(kept)
    glued = next((g for g in _lexicon("name_glued_articles") if word.startswith(g)), None)
    if len(kept) == 1 and glued and len(word) - len(glued) >= 4:
        word, cut = word[len(glued):], True
    return ([word] if word else []), cut


def _honorific(raw: str) -> bool:
    """A form of address or an abbreviated title ("Dr.", "M.", "Mme", "Sheikh")."""
    folded = fold(raw)
    return (raw.endswith(".") and len(folded) > 1) or folded in _lexicon("name_honorifics")


def _clean(text: str) -> tuple[list[str], bool]:
    """Identifying words of ``text`` (honorifics and particles left out), and whether a particle was."""
    out, particle = [], False
    for raw in text.split():
        if _honorific(raw):
            continue
        kept, cut = _words(raw)
        particle |= cut or any(w in _particles() for w in kept)
        out.extend(w for w in kept if w not in _particles())
    return out, particle


@lru_cache(maxsize=200_000)
def parse_name(name: str) -> NameParts:
    """Given names and surname of ``name`` ("Given Surname", or "SURNAME, Given" as lists write it).

    Honorifics (``lang/*/name_honorifics.txt``, or any abbreviation such as "Dr.") are dropped,
    a one-letter word is an initial, particles (``name_particles.txt``: al-, abou...) are skipped.
    In the list form the surname is the first word of the family part.
    """
    if "," in name:
        family, given = name.split(",", 1)
        fam, particle = _clean(family)
        fam = [w for w in fam if len(w) > 1]
        giv, _ = _clean(given.replace(",", " "))
        giv = [full_given(w) for w in giv]
        if fam:
            return NameParts(tuple(giv), fam[0], family.strip(), name, given.strip(), particle)
        name = given
    toks, _ = _clean(name)
    if not toks:
        return NameParts((), None)
    written = [w for w in name.split() if not _honorific(w)] or name.split()
    _, particle = _clean(" ".join(written[len(toks) - 1:])) if len(written) >= len(toks) else ((), False)
    given = tuple(full_given(w) for w in toks[:-1])  # "Mike" is "Michael" (name_short_forms.tsv)
    return NameParts(given, toks[-1], written[-1], name, " ".join(written[:-1]), particle)
