"""One file on disk (or standard input) -> Article, with clear errors for bad input.

Checks come before reading: a missing path, a directory, a file over
``ingest.MAX_BYTES`` (by its size on disk, so a huge file is never read), then the
bytes (empty, binary, undecodable; see ``encoding``). The reader is picked by content,
the extension only breaking ties: an HTML page, a JSON object, else plain text.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from newsgraph import errors, ingest
from newsgraph.errors import InputError
from newsgraph import errors as reasons
from newsgraph.ingest.encoding import decode_bytes
from newsgraph.records import Article

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"<(?:p|div|h1|title|meta|article|body)\b[^>]*>", re.IGNORECASE)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def read_file(path: Path, **overrides) -> Article:
    """The article in the file at ``path``; options in ``overrides`` win over what it says."""
    item = str(path)
    if not path.exists():
        raise InputError(item, errors.NOT_FOUND)
    if path.is_dir():
        raise InputError(item, reasons.IS_DIRECTORY)
    if not path.is_file():
        raise InputError(item, errors.NOT_A_FILE)
    size = path.stat().st_size
    if size > ingest.MAX_BYTES:
        raise InputError(item, errors.TOO_LARGE.format(size=size, limit=ingest.MAX_BYTES))
    try:
        with path.open("rb") as f:
            data = read_limited(f, item=item)
    except OSError as err:
        raise InputError(item, reasons.NOT_READABLE.format(why=err.strerror or err)) from err
    return read_bytes(data, item=item, suffix=path.suffix.lower(), **overrides)


def read_limited(stream: BinaryIO, *, item: str) -> bytes:
    """At most ``ingest.MAX_BYTES`` from ``stream``; more is refused without reading it all."""
    data = stream.read(ingest.MAX_BYTES + 1)
    if len(data) > ingest.MAX_BYTES:
        raise InputError(item, errors.TOO_LARGE.format(size=f"more than {ingest.MAX_BYTES}",
                                                        limit=ingest.MAX_BYTES))
    return data


def read_bytes(data: bytes, *, item: str, suffix: str = "", **overrides) -> Article:
    """Bytes of one article (a file's or standard input's) -> Article."""
    return read_string(decode_bytes(data, item=item), item=item, suffix=suffix, **overrides)


def kind_of(text: str, *, suffix: str = "") -> str:
    """"html", "json" or "text": by content first, the file's extension only to break ties."""
    head = text.lstrip("\ufeff \t\r\n")
    if suffix == ".json" and head.startswith(("{", "[")):
        return "json"
    if head.startswith("{") and head.rstrip().endswith("}"):
        return "json"
    if _HTML_START.match(head[:4096]):
        return "html"
    if head.startswith("<") and (suffix in _HTML_SUFFIXES or len(_HTML_TAGS.findall(head[:4096])) >= 2):
        return "html"
    return "text"


def read_string(text: str, *, item: str, suffix: str = "", **overrides) -> Article:
    """Decoded text of one article, dispatched to the reader its content calls for."""
    kind = kind_of(text, suffix=suffix)
    if kind == "json":
        from newsgraph.ingest.jsonobj import parse_json

        return ingest.finish(parse_json(text, source=item), item=item, **overrides)
    if kind == "html":
        from newsgraph.ingest.html import parse_html

        return ingest.finish(parse_html(text, source=item, url=overrides.get("url")), item=item,
                             **overrides)
    return ingest.read_text(text, item=item, **overrides)
