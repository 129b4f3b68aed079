"""Language knowledge, read from the plain files in ``lang/<code>/``.

One cached loader; code never holds language literals. Formats:

- ``*.txt``: one entry a line; ``#`` starts a comment; blank lines ignored.
- ``*.tsv``: tab-separated columns, ``#`` comments.
- ``*.yaml``: structured data (event triggers, time words).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).resolve().parent
SUPPORTED = ("fr", "en")


def _path(lang: str, name: str) -> Path:
    return LANG_DIR / lang / name


@lru_cache(maxsize=None)
def words(lang: str, name: str) -> tuple[str, ...]:
    """Entries of ``lang/<lang>/<name>.txt`` in file order; missing file gives ()."""
    p = _path(lang, f"{name}.txt")
    if not p.exists():
        return ()
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``lang/<lang>/<name>.tsv``; missing file gives ()."""
    p = _path(lang, f"{name}.tsv")
    if not p.exists():
        return ()
    rows = []
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(c.strip() for c in line.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def data(lang: str, name: str) -> Any:
    """Parsed ``lang/<lang>/<name>.yaml``; missing file gives {}."""
    p = _path(lang, f"{name}.yaml")
    if not p.exists():
        return {}
    return yaml.safe_load(p.read_text(encoding="utf-8")) or {}
