"""Canonical spelling of names: each word of a name reduced to one romanisation-neutral form.

Letter groups that romanisations write for one sound map to one form (``transliteration.tsv``),
doubled letters collapse, particles and honorifics are left out, compound given names ("Abd
al-Rahman", "Abdulrahman") become one word and compound endings ("Nasiruddin") are split off.
Every supported language's lexicons are read together, because an article in one language
quotes spellings made for another. ``link.names`` compares names on these forms.

A *shaded* spelling keeps a vowel that the canonical form merges with another when the merge
loses a distinction worth a second look: a third column of ``transliteration.tsv`` gives it (the
Persian and Central Asian "o" stands for an Arabic u in Hossein/Husayn but for an a in
Hotem/Hatim, Kamol/Kamal). ``link.name_words`` folds shades back for spelling and keys and reads
them only to decide whether two vowels clash.
"""
from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from newsgraph import lang

_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc\u02bf\u02be`\u00b4]")
_SPLIT = re.compile(r"[^a-z0-9]+")
#: How a compound given name opened by a prefix of ``name_prefixes.txt`` begins once canonical.
COMPOUND = "abd"


@lru_cache(maxsize=2)
def _rules(shaded: bool = False) -> tuple[re.Pattern, dict[str, str]]:
    """One regex over every letter group of every language (longest first) and its replacements
    (the shade of column 3 instead of the canonical form of column 2 when ``shaded``)."""
    mapping: dict[str, str] = {}
    for code in lang.SUPPORTED:
        for row in lang.table(code, "transliteration"):
            if len(row) >= 2 and row[0]:
                mapping.setdefault(row[0], row[2] if shaded and len(row) >= 3 and row[2] else row[1])
    groups = sorted(mapping, key=lambda g: (-len(g.rstrip("$")), g))
    alts = [re.escape(g[:-1]) + r"(?![a-z])" if g.endswith("$") else re.escape(g) for g in groups]
    replace = {g.rstrip("$"): mapping[g] for g in groups}
    return re.compile("|".join(alts)), replace


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    """Entries of ``lang/*/<name>.txt`` in every language, folded (particles, honorifics)."""
    return frozenset(w.casefold().strip("-'.") for code in lang.SUPPORTED for w in lang.words(code, name))


@lru_cache(maxsize=None)
def _pairs(name: str) -> dict[str, str]:
    """Rows of ``lang/*/<name>.tsv`` in every language as a folded mapping (abbreviations, suffixes)."""
    return {row[0].casefold(): row[1].casefold() for code in lang.SUPPORTED
            for row in lang.table(code, name) if len(row) >= 2}


def full_given(word: str) -> str:
    """The full form of a folded given name written short ("mike" -> "michael", "elie" -> "elias";
    ``name_short_forms.tsv``), else the word itself. Only for a word known to be a given name."""
    return _pairs("name_short_forms").get(word, word)


def _split_suffix(word: str) -> list[str]:
    """"nasiruddin" -> ["nasir", "din"]: a compound ending split off a longer word."""
    for ending, alone in sorted(_pairs("name_suffixes").items(), key=lambda kv: -len(kv[0])):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return [word[: -len(ending)], alone]
    return [word]


#: Last letters of a compound prefix that belong to the prefix itself ("Abdul": the article's l,
#: "Abdu", "Abdi": a vowel); any other last letter is the article assimilated to the next name's
#: first consonant ("Abdur-Rahman"), which a single-letter spelling ("Abdurahman") shares.
_KEEPS_OWN = frozenset("laeiouyd")


@lru_cache(maxsize=1)
def skipped_words() -> frozenset[str]:
    """Words a name's identity does not rest on: particles, the assimilated article ("ur" in
    "Inayat ur Rahman"), the kunya's "Abu"/"Abi", honorifics (every language's lexicons)."""
    return (_words("name_particles") | _words("name_assimilated_articles") | _words("name_kunya")
            | _words("name_honorifics"))


#: The cedilla makes a c an s (French, Portuguese, Catalan: "Fayçal" is "Faisal", "Françoise");
#: stripping it would leave a hard c, which the canonical spelling reads as k.
_CEDILLA = re.compile("[\u00e7\u00c7]")


def fold(name: str) -> str:
    """Latin letters without accents, case-folded (other scripts transliterated by anyascii)."""
    return anyascii(_CEDILLA.sub("s", _APOSTROPHES.sub("", name))).casefold()


@lru_cache(maxsize=1)
def shades() -> dict[str, str]:
    """Vowel shades (column 3 of ``transliteration.tsv``) -> the canonical letter they fold to."""
    return {row[2]: row[1] for code in lang.SUPPORTED for row in lang.table(code, "transliteration")
            if len(row) >= 3 and row[2]}


@lru_cache(maxsize=65536)
def unshade(word: str) -> str:
    """A shaded canonical word in plain canonical spelling (shades folded, doubles collapsed)."""
    out = "".join(shades().get(c, c) for c in word)
    return re.sub(r"(.)\1+", r"\1", out)


@lru_cache(maxsize=65536)
def canonical_word(word: str, *, shaded: bool = False) -> str:
    """One folded word in its canonical spelling: letter groups mapped, doubled letters collapsed."""
    pattern, replace = _rules(shaded)
    out = pattern.sub(lambda m: replace[m.group(0)], word)
    return re.sub(r"(.)\1+", r"\1", out)


def _plain_words(name: str) -> list[str]:
    """Folded words of ``name``; "SURNAME, Given" (list order) is read as "Given SURNAME"."""
    if name.count(",") == 1:
        surname, given = name.split(",")
        name = f"{given} {surname}"
    return [w for w in _SPLIT.split(fold(name)) if w]


@lru_cache(maxsize=65536)
def canonical_tokens(name: str, *, shaded: bool = False) -> tuple[str, ...]:
    """The words of ``name`` that identify it, each in canonical spelling, particles left out.

    A short form of a given name before the surname ("Mike Brandt", ``name_short_forms.tsv``)
    reads as the full form ("Michael Brandt"); a compound given name opened by a prefix ("Abd
    al-Rahman", "Abdel Rahman", "Abdulrahman") becomes one word; a particle alone (the whole name is "Al") is kept rather than lost. With
    ``shaded``, vowel shades are kept (same words, same order; see the module docstring).
    """
    words = _plain_words(name)
    particles = skipped_words()
    prefixes = sorted(_words("name_prefixes"), key=len, reverse=True)
    abbreviations = _pairs("name_abbreviations")
    last = max((k for k, w in enumerate(words) if w not in particles), default=-1)
    words = [part for k, w in enumerate(words)
             for part in ([w] if w in particles else
                          _split_suffix(abbreviations.get(w, full_given(w) if k < last else w)))]
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        prefix = next((p for p in prefixes if w.startswith(p)), None)
        if prefix is not None:
            rest = w[len(prefix):]
            j = i + 1
            if not rest:
                while j < len(words) and words[j] in particles:
                    j += 1
                if j < len(words):
                    rest, j = words[j], j + 1
            if prefix[-1] not in _KEEPS_OWN and rest and not rest.startswith(prefix[-1]):
                rest = prefix[-1] + rest  # "Abdurahim": the article's r is the next name's first
            out.append(COMPOUND + canonical_word(rest, shaded=shaded))
            i = j
            continue
        if w not in particles:
            out.append(canonical_word(w, shaded=shaded))
        i += 1
    if not out and words:
        out = [canonical_word(w, shaded=shaded) for w in words]
    return tuple(out)
