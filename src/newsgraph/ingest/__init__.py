"""Readers: files, text, HTML, JSON -> :class:`newsgraph.records.Article`.

``read_path(path)``, ``read_bytes(data, item=...)`` and ``read_text(text)`` raise
:class:`newsgraph.errors.InputError` naming the item and the reason for bad input.
Options given by the user (``published``, ``outlet``, ``language``, ``url``, ``title``)
win over what the page says. See docs/ingest.md for the formats and conventions.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsgraph import errors
from newsgraph.errors import InputError
from newsgraph.records import Article

#: Larger inputs are refused: no news article is this long, and spaCy would need gigabytes.
MAX_BYTES = 5_000_000


def read_text(text: str, *, item: str = "<text>", **overrides) -> Article:
    """A plain-text page as an Article (header and credit lines parsed off the body)."""
    from newsgraph.ingest.language import detect_language
    from newsgraph.ingest.plaintext import parse_plaintext

    if not text.strip():
        raise InputError(item, errors.EMPTY)
    language = overrides.get("language") or detect_language(text)
    article = parse_plaintext(text, source=item, language=language)
    return finish(article, item=item, **overrides)


def finish(article: Article, *, item: str, **overrides) -> Article:
    """Check the body is there, apply the user's options, and name the language if unknown."""
    from newsgraph import errors as reasons
    from newsgraph.ingest.language import detect_language

    if not article.text.strip():
        raise InputError(item, reasons.NO_BODY)
    article = apply_overrides(article, **overrides)
    if article.source is None:
        article = replace(article, source=item)
    if article.language is None:
        article = replace(article, language=detect_language(article.text))
    return article


def apply_overrides(article: Article, **overrides) -> Article:
    """Options given by the user win over what the page says."""
    from newsgraph.ingest.dates import override_published

    changes = {k: v for k, v in overrides.items() if v is not None and k != "published"}
    if overrides.get("published"):
        article = override_published(article, overrides["published"])
    return replace(article, **changes) if changes else article


def read_path(path: str | Path, **overrides) -> Article:
    """One file as an Article: HTML or a JSON object by content, else plain text."""
    from newsgraph.ingest.files import read_file

    return read_file(Path(path), **overrides)


def read_bytes(data: bytes, *, item: str = "<stdin>", **overrides) -> Article:
    """Bytes of one article (standard input, an upload) as an Article; same checks as a file."""
    from newsgraph.ingest.files import read_bytes as _read_bytes

    return _read_bytes(data, item=item, **overrides)
