"""Readers: files, text, HTML, JSON -> :class:`newsgraph.records.Article`.

``read_path(path)`` and ``read_text(text)`` raise :class:`newsgraph.errors.InputError`
naming the item and the reason for bad input.
"""
from __future__ import annotations

from pathlib import Path

from newsgraph import errors
from newsgraph.errors import InputError
from newsgraph.records import Article

#: Larger inputs are refused: no news article is this long, and spaCy would need gigabytes.
MAX_BYTES = 5_000_000


def read_text(text: str, *, item: str = "<text>", **overrides) -> Article:
    """A plain-text page as an Article (header and credit lines parsed off the body)."""
    from newsgraph.ingest.plaintext import parse_plaintext

    if not text.strip():
        raise InputError(item, errors.EMPTY)
    article = parse_plaintext(text, source=item)
    return apply_overrides(article, **overrides)


def apply_overrides(article: Article, **overrides) -> Article:
    """Options given by the user win over what the page says."""
    from dataclasses import replace

    from newsgraph.ingest.dates import override_published

    changes = {k: v for k, v in overrides.items() if v is not None and k != "published"}
    if overrides.get("published"):
        article = override_published(article, overrides["published"])
    return replace(article, **changes) if changes else article


def read_path(path: str | Path, **overrides) -> Article:
    """One file as an Article: HTML by content, JSON objects, else plain text."""
    from newsgraph.ingest.files import read_file

    return read_file(Path(path), **overrides)
