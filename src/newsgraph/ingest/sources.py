"""Many input items -> a stream of :class:`Article` or :class:`Rejection`.

``iter_sources(paths)`` walks files, folders (recursively, in name order) and glob
patterns, and reads each file by its kind: JSON Lines (one article object a line),
RSS/Atom feeds (feedparser), WARC archives (warcio: every HTML or text response),
and single pages (text, HTML, JSON) through ``ingest.read_path``. A bad item is a
:class:`Rejection` naming where it is ("feed.jsonl:17", "crawl.warc.gz@5120") and
why; the stream goes on with the rest, so one corrupt line never stops an ingest.
"""
from __future__ import annotations

import glob
import json
import logging
import time
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from newsgraph import errors, ingest
from newsgraph.errors import InputError, Rejection
from newsgraph.records import Article

log = logging.getLogger(__name__)

JSONL_SUFFIXES = (".jsonl", ".ndjson")
FEED_SUFFIXES = (".rss", ".atom")
WARC_SUFFIXES = (".warc", ".warc.gz")
BROKEN_FEED = "broken feed: {why}"
FEED_ENTRY_EMPTY = "feed entry has no content or summary"
BROKEN_WARC = "broken WARC file: {why}"
_GLOB = set("*?[")


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Rejection]:
    """Every file named by ``paths`` (folders walked, globs expanded), in a stable order."""
    for raw in paths:
        text = str(raw)
        if _GLOB & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield Rejection(text, errors.NOT_FOUND)
            for m in matches:
                yield from expand([m]) if Path(m).is_dir() else [Path(m)]
            continue
        path = Path(text)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file()
                              and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.exists():
            yield path
        else:
            yield Rejection(text, errors.NOT_FOUND)


def kind_of(path: Path) -> str:
    """"jsonl", "feed", "warc" or "page", by the file's name and, for XML, its first bytes."""
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(FEED_SUFFIXES):
        return "feed"
    if name.endswith(".xml"):
        try:
            head = path.open("rb").read(2048).lower()
        except OSError:
            return "page"
        return "feed" if b"<rss" in head or b"<feed" in head or b"<rdf" in head else "page"
    return "page"


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Article | Rejection]:
    """Articles and rejections from every item under ``paths``, in order."""
    readers = {"jsonl": read_jsonl, "feed": read_feed, "warc": read_warc, "page": read_page}
    for path in expand(paths):
        if isinstance(path, Rejection):
            yield path
            continue
        yield from readers[kind_of(path)](path)


def count_items(paths: Iterable[str | Path]) -> int:
    """A quick count of the items ``iter_sources`` will yield (for a progress bar's total)."""
    total = 0
    for path in expand(paths):
        if isinstance(path, Rejection):
            total += 1
            continue
        kind = kind_of(path)
        try:
            if kind == "jsonl":
                with path.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            elif kind == "feed":
                data = path.read_bytes().lower()
                total += max(1, data.count(b"<item") + data.count(b"<entry"))
            else:
                total += 1
        except OSError:
            total += 1
    return total


def read_page(path: Path) -> Iterator[Article | Rejection]:
    try:
        yield ingest.read_path(path)
    except InputError as err:
        yield Rejection.from_error(err)


def read_jsonl(path: Path) -> Iterator[Article | Rejection]:
    """One article object a line; a bad line is rejected as ``path:line``."""
    from newsgraph.ingest.jsonobj import from_object

    try:
        f = path.open("r", encoding="utf-8", errors="strict")
        lines = enumerate(f, start=1)
        for n, line in lines:
            item = f"{path}:{n}"
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise InputError(item, "JSON line is not an article object")
                yield ingest.finish(from_object(obj, source=item), item=item)
            except json.JSONDecodeError as err:
                yield Rejection(item, errors.BAD_JSON.format(detail=f"{err.msg} at column {err.colno}"))
            except InputError as err:
                yield Rejection(item, err.reason)
    except UnicodeDecodeError as err:
        yield Rejection(str(path), errors.UNDECODABLE.format(byte=err.object[err.start], offset=err.start)
                        + " (offset within a line)")
    except OSError as err:
        yield Rejection(str(path), errors.NOT_READABLE.format(why=err.strerror or err))


def read_feed(path: Path) -> Iterator[Article | Rejection]:
    """Entries of an RSS/Atom feed: content (or summary) as body, with title, link, date, outlet."""
    import feedparser

    parsed = feedparser.parse(str(path))
    if parsed.bozo and not parsed.entries:
        yield Rejection(str(path), BROKEN_FEED.format(why=parsed.get("bozo_exception", "unreadable")))
        return
    results = list(_feed_entries(path, parsed))
    if parsed.bozo and not any(isinstance(r, Article) for r in results):
        # nothing readable was salvaged: the feed itself is the bad item
        yield Rejection(str(path), BROKEN_FEED.format(why=parsed.get("bozo_exception", "unreadable")))
        return
    if parsed.bozo:
        log.warning("%s: feed is not well formed (%s); read what its entries hold",
                    path, parsed.get("bozo_exception"))
    yield from results


def _feed_entries(path: Path, parsed) -> Iterator[Article | Rejection]:
    from newsgraph.ingest.files import read_string

    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, start=1):
        item = f"{path}#{n}"
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary")
        if not body or not body.strip():
            yield Rejection(item, FEED_ENTRY_EMPTY)
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        try:
            yield read_string(body, item=item, title=entry.get("title"), url=entry.get("link"),
                              outlet=outlet, published=published)
        except InputError as err:
            yield Rejection(item, err.reason)


def read_warc(path: Path) -> Iterator[Article | Rejection]:
    """Every HTML or text response in a WARC file, read as a page; ``path@offset`` names each."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from newsgraph.ingest.files import read_bytes

    seen = 0
    try:
        with path.open("rb") as f:
            records = ArchiveIterator(f)
            for record in records:
                seen += 1
                if record.rec_type != "response" or not record.http_headers:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype and "text/plain" not in ctype:
                    continue
                body = record.content_stream().read()  # before the offset: asking it ends the record
                item = f"{path}@{records.get_record_offset()}"
                url = record.rec_headers.get_header("WARC-Target-URI")
                try:
                    yield read_bytes(body, item=item, url=url, suffix=".html" if "html" in ctype else "")
                except InputError as err:
                    yield Rejection(item, err.reason)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, zlib.error) as err:
        yield Rejection(str(path), BROKEN_WARC.format(why=err))
        return
    if not seen:
        yield Rejection(str(path), BROKEN_WARC.format(why="no WARC record could be read"))
