"""A person's name read as given names, surname and particles, and compared part by part.

Cross-article resolution (``link.resolve``) needs more than a whole-name similarity: two
names of one person must agree on their first given name ("Karim Haddad" is not "Nabil
Haddad", ``link.given_names``), a father named by his son is not the son (``link.kunya``),
and a surname written with or without its article ("Amin", "al-Amin") is weaker evidence than
one written alike. Words are folded (``link.name_folding``); word similarity comes from
``link.names`` (transliteration-aware). Honorifics and particles are language data
(``lang/*/name_honorifics.txt``, ``name_particles.txt``), read in every language together.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.link import names
from newsgraph.link.given_names import given_compatible, joined_given_agree
from newsgraph.link.kunya import kunya_mismatch, kunya_son
from newsgraph.link.name_folding import MARKS, fold, lexicon, particles, word_similarity
from newsgraph.link.name_spelling import full_given

__all__ = ["WEAK_MATCH", "WHOLE_MATCH", "NameParts", "fold", "parse_name", "surname_similarity"]

#: A weaker name match (below ``names.VARIANT_THRESHOLD``) needs context to merge.
WEAK_MATCH = 0.6
#: Names with two given names in common may differ in family name when the whole is this close.
WHOLE_MATCH = 0.9


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


def surname_similarity(a: NameParts, b: NameParts) -> float:
    """Similarity of two family names, as one word or as written ("Al Rawi" ~ "Alrawi")."""
    x, y = a.surname or "", b.surname or ""
    if len(x) < 2 or len(y) < 2:
        return 0.0
    best = word_similarity(x, y)
    if best < names.VARIANT_THRESHOLD and a.family and b.family:
        best = max(best, word_similarity(a.family, b.family))
    return best


def _words(raw: str) -> tuple[list[str], bool]:
    """Folded words of one written token, and whether a particle was cut off it.

    Hyphen parts that are particles are dropped, the rest joined; a two-letter particle
    glued article (``name_glued_articles.txt``) is cut off a long word ("Alshaer" ~ "Al-Shaer").
    """
    parts = [fold(p).replace(" ", "") for p in MARKS.sub("", raw).split("-")]
    kept = [p for p in parts if p and p not in particles()]
    cut = len(kept) < len([p for p in parts if p])
    word = "".join(kept)
    glued = next((g for g in lexicon("name_glued_articles") if word.startswith(g)), None)
    if len(kept) == 1 and glued and len(word) - len(glued) >= 4:
        word, cut = word[len(glued):], True
    return ([word] if word else []), cut


def _honorific(raw: str) -> bool:
    """A form of address or an abbreviated title ("Dr.", "M.", "Mme", "Sheikh")."""
    folded = fold(raw)
    return (raw.endswith(".") and len(folded) > 1) or folded in lexicon("name_honorifics")


def _clean(text: str) -> tuple[list[str], bool]:
    """Identifying words of ``text`` (honorifics and particles left out), and whether a particle was."""
    out, particle = [], False
    for raw in text.split():
        if _honorific(raw):
            continue
        kept, cut = _words(raw)
        particle |= cut or any(w in particles() for w in kept)
        out.extend(w for w in kept if w not in particles())
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
