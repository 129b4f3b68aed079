"""Records -> table rows: a pure function, with no database in it.

``record_rows(record)`` gives, for each per-article table of
``newsgraph.store.schema``, the rows (tuples in the schema's column order) that
the record contributes. The DuckDB store inserts them; the Spark runner calls the
same function in its partitions and writes Parquet, so both produce one layout.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import Iterable

from newsgraph.link.copies import signature
from newsgraph.records import ArticleRecord, normalise_body
from newsgraph.store import schema

Rows = dict[str, list[tuple]]


def iso_date(value: str | None) -> dt.date | None:
    """The calendar date of an ISO 8601 date or datetime string, else None."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def quote_key(text: str) -> str:
    """The form of a quote's words that decides whether two articles report the same quote."""
    return normalise_body(text).strip(" .,;:!?\"'«»“”")


def record_rows(record: ArticleRecord) -> Rows:
    """The rows ``record`` adds to each per-article table (``articles``, ``entities``, ...)."""
    a = record.article
    aid = a.id
    rows: Rows = {t.name: [] for t in schema.ARTICLE_TABLES}
    rows["articles"].append((
        aid, a.url, a.outlet, a.title, a.published, iso_date(a.published), a.published_from,
        json.dumps([asdict(d) for d in a.dates_seen], ensure_ascii=False), a.language,
        a.original_source, a.byline, a.source, a.text, record.schema_version,
        list(signature(a.text)),
    ))
    for e in record.entities:
        rows["entities"].append((aid, e.id, e.type, e.name, list(e.aliases), list(e.titles), e.kb_id))
        for m in e.mentions:
            rows["mentions"].append((aid, e.id, m.start, m.end, m.text))
    for q in record.quotes:
        rows["quotes"].append((aid, q.id, q.text, q.start, q.end, q.direct, q.speaker, q.cue,
                               q.speaker_text, q.anonymous, q.addressee, q.addressee_text,
                               quote_key(q.text)))
    for i, t in enumerate(record.times):
        rows["times"].append((aid, i, t.text, t.start, t.end, t.value, t.anchor, t.type))
    for v in record.events:
        rows["events"].append((aid, v.id, v.type, v.cameo, v.actor, v.target, v.place, v.time,
                               v.negated, v.source, v.trigger.start, v.trigger.end, v.trigger.text,
                               v.sentence.start, v.sentence.end, float(v.confidence), v.modality))
    return rows


def batch_rows(records: Iterable[ArticleRecord]) -> Rows:
    """The rows of many records, table by table (one insert per table per batch)."""
    out: Rows = {t.name: [] for t in schema.ARTICLE_TABLES}
    for record in records:
        for name, rows in record_rows(record).items():
            out[name].extend(rows)
    return out
