"""An outlet's banner as a name: "L'ORIENT-LE JOUR" -> "L'Orient-Le Jour", "SYRIA NOW – ÉDITION
FRANÇAISE" -> "Syria Now".

A banner is often printed in capitals; we title-case it word by word (acronyms, particles and
articles inside the name keep their case) and drop an edition printed after the name (the
edition words are in ``lang/<code>/editions.txt``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsgraph import lang


def is_all_caps(line: str) -> bool:
    """Two letters or more, every one upper case."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Articles and prepositions of every supported language: lower case inside an outlet's name."""
    return frozenset(w.casefold() for code in lang.SUPPORTED for w in lang.words(code, "function_words"))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """Name particles ("al", "el", "ben"): lower case when glued by a hyphen inside a banner name."""
    return frozenset(w.casefold() for code in lang.SUPPORTED for w in lang.words(code, "name_particles"))


@lru_cache(maxsize=1)
def _edition_words() -> frozenset[str]:
    return frozenset(w.casefold() for code in lang.SUPPORTED for w in lang.words(code, "editions"))


def _without_edition(text: str) -> str:
    """A banner without the edition printed after its name ("SYRIA NOW – ÉDITION FRANÇAISE")."""
    parts = re.split(r"\s[-–—|]\s", text)
    for i, part in enumerate(parts[1:], start=1):
        if {w.casefold() for w in re.findall(r"[^\W\d_]+", part)} & _edition_words():
            return " – ".join(parts[:i]).strip()
    return text


#: A banner's name is short: at most this many words before its tagline.
MAX_NAME_WORDS = 6


def banner_with_tagline(line: str) -> str | None:
    """The name of a banner printed with its tagline after a dash or a bar ("GAZETTE DU NORD — Toute
    l'actualité de la région", "HARBOR TIMES | News that matters"): the name in capitals, the
    tagline not; None for any other line."""
    parts = re.split(r"\s[-–—|•]\s", line.strip().strip("|•*=#-–— \t"), maxsplit=1)
    if len(parts) != 2:
        return None
    name, tagline = (p.strip() for p in parts)
    if not is_all_caps(name) or len(name.split()) > MAX_NAME_WORDS or is_all_caps(tagline) \
            or not re.search(r"[^\W\d_]{2}", tagline):
        return None
    return name


def outlet_name(line: str) -> str:
    """A banner as a name: ALL CAPS words title-cased, except short ones without a vowel (BBC); a
    tagline after the name is dropped."""
    text = _without_edition(line.strip().strip("|•*=#-–— \t"))
    text = banner_with_tagline(text) or text
    if not is_all_caps(text):
        return text

    def word(i: int, w: str) -> str:
        letters = [c for c in w if c.isalpha()]
        if len(letters) <= 4 and not any(c.casefold() in "aeiouyàâéèêëîïôûù" for c in letters):
            return w  # an acronym
        if i and (len(letters) <= 2 or w.casefold() in _function_words()):
            return w.lower()  # a particle inside a name: "du", "des", "of", "the"
        elided = re.match(r"^([^\W\d_]{1,2}['’])(.+)$", w)  # "L'ORIENT", "D'AFRIQUE"
        if elided:
            head = elided.group(1).lower() if i else elided.group(1)[:1] + elided.group(1)[1:].lower()
            return head + word(0, elided.group(2))
        parts = [p[:1] + p[1:].lower() for p in w.split("-")]
        if i and len(parts) > 1 and parts[0].casefold() in _particles():
            parts[0] = parts[0].lower()  # an article glued inside a name: "SAWT AL-AHRAR", "Sawt al-Ahrar"
        return "-".join(parts)

    return " ".join(word(i, w) for i, w in enumerate(text.split()))
