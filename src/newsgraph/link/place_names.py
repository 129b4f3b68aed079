"""Known place names: which spellings name one country, capital or city, and which name two.

Place names must not be merged the way personal names are: a suffix turns a capital into its
country ("Tunis", "Tunisie"), one country into another ("Niger", "Nigeria") or a continent away
("Austria", "Australia"), while the letters a transliteration changes are few. ``places.tsv`` of
every language lists countries, capitals and major cities with their usual forms (Irak/Iraq,
Bagdad/Baghdad, Etats-Unis/USA), keyed by one shared key, so a French and an English article
name one place alike. ``link.names`` reads two names as places when the caller says so or when
both are known places: they are one place when their canonical spellings are equal (accents,
articles, particles and transliteration aside, whole words only) or one row lists both.
"""
from __future__ import annotations

from functools import lru_cache

from newsgraph import lang
from newsgraph.link.name_spelling import canonical_tokens


@lru_cache(maxsize=1)
def _places() -> dict[tuple[str, ...], frozenset[str]]:
    """Canonical spelling of every listed form -> the keys of the places it names."""
    out: dict[tuple[str, ...], set[str]] = {}
    for code in lang.SUPPORTED:
        for row in lang.table(code, "places"):
            if len(row) < 2:
                continue
            for form in row[1:]:
                tokens = canonical_tokens(form)
                if tokens:
                    out.setdefault(tokens, set()).add(row[0])
    return {k: frozenset(v) for k, v in out.items()}


def place_keys(name: str) -> frozenset[str]:
    """The keys of the known places ``name`` names; empty when it is not a listed place."""
    return _places().get(canonical_tokens(name), frozenset())


def same_place(a: str, b: str) -> bool:
    """Whether two place names name one place: equal canonical spellings of the whole name, or
    forms of one row of ``places.tsv``. No suffix or edit tolerance."""
    ta, tb = canonical_tokens(a), canonical_tokens(b)
    if not ta or not tb:
        return False
    return ta == tb or bool(place_keys(a) & place_keys(b))
