"""Input files of a Spark run: which files, in which format, as an RDD of Article | Rejection.

Every format is read with ``SparkContext.binaryFiles`` and parsed on the executors by
:mod:`newsgraph.runners.spark_formats`, one file per element. That costs one file's bytes of
executor memory, and buys three things the line- or row-based Spark readers cannot give:
a corrupt file (a truncated gzip, a broken Parquet footer, bytes that are not WARC) becomes
one counted rejection instead of a failed job or a silent skip (``ignoreCorruptFiles``);
every rejected item is named with its place (``feed.jsonl:17``); and a WARC file is read by
warcio as the stream it is. Files are listed through Hadoop's FileSystem API, so any
Hadoop-compatible URI works (``file://``, ``hdfs://``, ``s3a://``, ``gs://``...).
"""
from __future__ import annotations

import glob
import logging
import os
from dataclasses import dataclass
from typing import Sequence
from urllib.parse import urlparse

from newsgraph.errors import InputError, Rejection
from newsgraph.runners.spark_formats import format_of, parse_file

log = logging.getLogger(__name__)


class NoInput(InputError):
    """Nothing readable was found at the input paths."""


@dataclass(frozen=True)
class InputFile:
    """One input file: its URI, the name its items are reported under, its format."""

    uri: str
    name: str
    format: str


def list_inputs(spark, inputs: Sequence[str]) -> list[InputFile]:
    """Every input file under ``inputs`` (files, folders or globs), sorted by name.

    Folders are walked recursively; files of no known format (by extension) are skipped with
    a log line, since a crawl's folder often holds indexes and logs beside the data. Items of
    a local input are named as the user wrote the path (``corpus/feed.jsonl:3``), like the
    local runner names them; items of a remote input by their URI.
    """
    jvm = spark.sparkContext._jvm
    hadoop_conf = spark.sparkContext._jsc.hadoopConfiguration()
    found: dict[str, InputFile] = {}
    for pattern in inputs:
        path = jvm.org.apache.hadoop.fs.Path(pattern)
        fs = path.getFileSystem(hadoop_conf)
        statuses = fs.globStatus(path)
        if not statuses:
            raise NoInput(pattern, "no such file or folder")
        for status in statuses:
            root = status.getPath().toString()
            for uri in _walk(fs, status):
                fmt = format_of(uri)
                if fmt is None:
                    log.info("skipping %s: not JSONL, Parquet or WARC", uri)
                    continue
                found[uri] = InputFile(uri=uri, name=_display(pattern, root, uri), format=fmt)
    if not found:
        raise NoInput(", ".join(inputs), "no JSONL, Parquet or WARC file found")
    return sorted(found.values(), key=lambda f: f.name)


def _display(pattern: str, root: str, uri: str) -> str:
    """``uri`` as the user would write it: under their own spelling of a local input."""
    if "://" in pattern or not uri.startswith("file:"):
        return uri
    local_root = urlparse(root).path
    local = urlparse(uri).path
    if os.path.isdir(local_root) and not glob.has_magic(pattern):
        return os.path.join(pattern, os.path.relpath(local, local_root))
    return pattern if local == local_root and not glob.has_magic(pattern) else local


def _walk(fs, status) -> list[str]:
    if not status.isDirectory():
        return [status.getPath().toString()]
    files = fs.listFiles(status.getPath(), True)
    uris = []
    while files.hasNext():
        entry = files.next()
        name = entry.getPath().getName()
        if not name.startswith((".", "_")):  # Hadoop's hidden files: _SUCCESS, .crc
            uris.append(entry.getPath().toString())
    return uris


def read_inputs(spark, files: Sequence[InputFile], *, partitions: int | None = None):
    """An RDD of ``((file index, position), Article | Rejection, copies)``, parsed on the executors.

    The key is each item's place in the input, in the order the local runner reads it. Copies
    of one text (same article id) are reduced to the first in input order, with their count,
    before any analysis, as the local store skips an id it has seen. That reduction is also
    the shuffle that spreads the articles evenly (by id) over ``partitions`` slices for the
    analysis (the input files may be few and large); by default two per core.
    """
    sc = spark.sparkContext
    index = {_key(f.uri): (i, f) for i, f in enumerate(files)}
    by_format: dict[str, list[str]] = {}
    for f in files:
        by_format.setdefault(f.format, []).append(f.uri)
    rdds = []
    for fmt, uris in sorted(by_format.items()):
        raw = sc.binaryFiles(",".join(uris), minPartitions=min(len(uris), sc.defaultParallelism))
        rdds.append(raw.flatMap(lambda pair: _items(index, pair[0], pair[1])))
    items = rdds[0] if len(rdds) == 1 else sc.union(rdds)
    return (items.map(_by_text).reduceByKey(_first_copy, partitions or 2 * sc.defaultParallelism)
            .values())


def _by_text(key_item):
    """``(dedup key, (key, item, 1))``: an article by its id (its text), a rejection by its place."""
    key, item = key_item
    return (("rejection", key) if isinstance(item, Rejection) else item.id), (key, item, 1)


def _first_copy(a, b):
    """Of two copies of one text, the one read first (keys are (file index, position)), counting both."""
    first = a if a[0] <= b[0] else b
    return first[0], first[1], a[2] + b[2]


def _key(uri: str) -> str:
    """A URI's comparable form: Hadoop spells local files ``file:/x`` or ``file:///x``."""
    return uri.replace("file:///", "file:/")


def _items(index, uri: str, content: bytes):
    i, f = index[_key(uri)]
    for position, item in enumerate(parse_file(f.name, content, f.format)):
        yield (i, position), item
