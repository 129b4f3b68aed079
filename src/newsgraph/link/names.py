"""Name variants: transliteration-aware keys and similarity. (placeholder API; the entities work fills it)

- ``name_keys(name) -> frozenset[str]``: blocking keys; two spellings of one name share at least one.
- ``name_similarity(a, b) -> float``: 0..1, how likely two spellings name the same referent.
- ``is_variant(a, b) -> bool``: ``name_similarity(a, b) >= VARIANT_THRESHOLD``.
"""
from __future__ import annotations

import unicodedata

VARIANT_THRESHOLD = 0.8


def _fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def name_keys(name: str) -> frozenset[str]:
    toks = _fold(name).split()
    return frozenset(toks[-1:])


def name_similarity(a: str, b: str) -> float:
    return 1.0 if _fold(a) == _fold(b) else 0.0


def is_variant(a: str, b: str) -> bool:
    return name_similarity(a, b) >= VARIANT_THRESHOLD
