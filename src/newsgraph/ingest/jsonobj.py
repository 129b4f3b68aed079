"""A JSON object -> Article: ``text`` (required), ``title``, ``published``, ``url``,
``outlet``, and optionally ``language``, ``byline``, ``original_source``.

The object's fields are taken as given; its text's own credit lines ("la source : X",
"(AFP) -", "avec AFP", a byline at the foot) are parsed off as in a plain-text page,
filling ``original_source`` and ``byline`` when the object does not say.
"""
from __future__ import annotations

import json
import logging

from newsgraph import errors
from newsgraph.errors import InputError
from newsgraph import errors as reasons
from newsgraph.ingest import credits
from newsgraph.ingest.dates import normalise_date
from newsgraph.ingest.header import parse_header
from newsgraph.ingest.plaintext import read_credits_in_body, split_lines
from newsgraph.records import Article, DateSeen

log = logging.getLogger(__name__)

FIELDS = ("text", "title", "published", "url", "outlet", "language", "byline", "original_source")
#: Where ``dates_seen`` says the object's date came from.
WHERE = "JSON field 'published'"


def _kind(value) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            type(None): "null"}.get(type(value), "a number")


def parse_json(raw: str, *, source: str | None = None) -> Article:
    """The article in one JSON object; :class:`InputError` for anything else."""
    item = source or "<json>"
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        raise InputError(item, errors.BAD_JSON.format(
            detail=f"{err.msg} at line {err.lineno} column {err.colno}")) from err
    if not isinstance(obj, dict):
        raise InputError(item, reasons.NOT_ONE_OBJECT.format(kind=_kind(obj)))
    return from_object(obj, source=item)


def from_object(obj: dict, *, source: str) -> Article:
    """An Article from an already-parsed JSON object (also used for JSON Lines)."""
    if "text" not in obj:
        raise InputError(source, errors.NO_TEXT_FIELD)
    for name in FIELDS:
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise InputError(source, reasons.FIELD_NOT_TEXT.format(field=name, kind=_kind(obj[name])))
    field = lambda name: (obj.get(name) or "").strip() or None  # noqa: E731
    if not field("text"):
        raise InputError(source, errors.EMPTY)
    lines = split_lines(obj["text"])
    head = parse_header(lines, meta_only=True)  # a date line or byline opening the body
    lines = lines[head.body_start:]
    trailer = credits.parse_trailer(lines)
    text, parts = read_credits_in_body("\n".join(lines[:trailer.keep]))
    seen = list(head.dates_seen) + list(parts.get("dates_seen", ()))
    published = None
    if field("published"):
        published = normalise_date(field("published"))
        if published is None:
            log.warning("%s: 'published' %r is not a date; ignored", source, field("published"))
        seen.insert(0, DateSeen(text=field("published"), value=published, where=WHERE))
    return Article(
        text=text,
        title=field("title"),
        published=published or head.published or parts.get("published"),
        published_from=WHERE if published else head.published_from or parts.get("published_from"),
        outlet=field("outlet"),
        url=field("url"),
        language=field("language"),
        original_source=field("original_source") or head.original_source or trailer.source
        or parts.get("source"),
        byline=field("byline") or head.byline or trailer.byline,
        source=source,
        dates_seen=tuple(seen),
    )
