"""One input file's bytes -> its articles, or rejections naming where and why. No pyspark here.

Runs on Spark executors (and in plain Python for tests). Each item becomes an
:class:`Article` through the project's own readers in :mod:`newsgraph.ingest`, so a JSON
object or an HTML page reads the same here as in ``newsgraph ingest``; this module only
walks the containers (JSON lines, Parquet rows, WARC records) and names the items:
``file.jsonl:17`` (line), ``file.parquet#3`` (row), ``file.warc.gz@1234`` (record offset).
"""
from __future__ import annotations

import gzip
import io
import json
import logging
from typing import Any, Iterator

from newsgraph import errors
from newsgraph.errors import InputError, Rejection
from newsgraph.records import Article

log = logging.getLogger(__name__)

#: File name endings of each input format (compressed forms included).
SUFFIXES = {
    "jsonl": (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz"),
    "parquet": (".parquet", ".parq"),
    "warc": (".warc", ".warc.gz"),
}

#: Reason of a file that cannot be read at all, worded once.
CORRUPT_FILE = "corrupt {fmt} file: {detail}"
#: Reason of a WARC response whose payload is not an HTML or text page.
NOT_A_PAGE = "not an HTML or text page: {content_type}"
#: Reason of an item the reader failed on unexpectedly (the rest of its file is still read).
UNREADABLE = "unreadable item: {error}"
#: Content types of WARC payloads that are read as pages (an empty type is sniffed).
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/json")


def format_of(uri: str) -> str | None:
    """The input format a file name says, or None."""
    name = uri.lower()
    for fmt, suffixes in SUFFIXES.items():
        if name.endswith(suffixes):
            return fmt
    return None


def parse_file(uri: str, content: bytes, fmt: str) -> Iterator[Article | Rejection]:
    """Every item of one file; a file that cannot be read is one rejection with the reason."""
    readers = {"jsonl": _jsonl, "parquet": _parquet, "warc": _warc}
    produced = 0
    try:
        for item in readers[fmt](uri, content):
            produced += 1
            yield item
    except Exception as err:  # a corrupt container: report it, never fail the job
        log.warning("%s: corrupt %s file after %d items: %s", uri, fmt, produced, err)
        yield Rejection(uri, CORRUPT_FILE.format(fmt=fmt, detail=f"{type(err).__name__}: {err}"))


def _maybe_gunzip(uri: str, content: bytes) -> bytes:
    return gzip.decompress(content) if uri.lower().endswith(".gz") else content


def _jsonl(uri: str, content: bytes) -> Iterator[Article | Rejection]:
    text = _maybe_gunzip(uri, content).decode("utf-8")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        item = f"{uri}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejection(item, errors.BAD_JSON.format(detail=err.msg))
            continue
        yield _from_object(obj, item)


def _parquet(uri: str, content: bytes) -> Iterator[Article | Rejection]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(io.BytesIO(content))
    row = 0
    for batch in parquet.iter_batches(batch_size=256):
        for obj in batch.to_pylist():
            yield _from_object(obj, f"{uri}#{row}")
            row += 1


def _warc(uri: str, content: bytes) -> Iterator[Article | Rejection]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(io.BytesIO(content))
    for record in records:
        if record.rec_type not in ("response", "resource"):
            continue
        payload = record.content_stream().read()  # before the offset: asking it ends the record
        item = f"{uri}@{records.get_record_offset()}"
        url = record.rec_headers.get_header("WARC-Target-URI")
        http = record.http_headers
        if http is not None and http.get_statuscode() not in (None, "200"):
            continue  # redirects and errors are not pages
        content_type = (http.get_header("Content-Type") if http is not None
                        else record.rec_headers.get_header("Content-Type")) or ""
        yield _from_page(payload, content_type, item=item, url=url)


def _from_object(obj: Any, item: str) -> Article | Rejection:
    """A JSON object (or a Parquet row) as an Article, through the project's JSON reader."""
    from newsgraph import ingest
    from newsgraph.ingest import jsonobj

    if not isinstance(obj, dict):
        return Rejection(item, errors.NO_TEXT_FIELD)
    try:
        return ingest.finish(jsonobj.from_object(obj, source=item), item=item)
    except InputError as err:
        return Rejection.from_error(err)
    except Exception as err:  # a reader bug on one item must not cost the file's other items
        log.warning("%s: reader failed: %s", item, err)
        return Rejection(item, UNREADABLE.format(error=f"{type(err).__name__}: {err}"))


def _from_page(payload: bytes, content_type: str, *, item: str, url: str | None) -> Article | Rejection:
    """A fetched page as an Article, through the project's single-article reader.

    ``ingest.read_bytes`` decodes, refuses binary data, and reads HTML, a JSON object or
    plain text by content, as ``newsgraph extract`` does with a file.
    """
    from newsgraph import ingest

    kind = content_type.split(";")[0].strip().lower()
    if kind and kind not in PAGE_TYPES:
        return Rejection(item, NOT_A_PAGE.format(content_type=kind))
    if len(payload) > ingest.MAX_BYTES:
        return Rejection(item, errors.TOO_LARGE.format(size=len(payload), limit=ingest.MAX_BYTES))
    try:
        return ingest.read_bytes(payload, item=item, url=url)
    except InputError as err:
        return Rejection.from_error(err)
    except Exception as err:  # a reader bug on one page must not cost the archive's other pages
        log.warning("%s: reader failed: %s", item, err)
        return Rejection(item, UNREADABLE.format(error=f"{type(err).__name__}: {err}"))
