"""The events and quotes explorers: filtered, paginated listings of the whole store.

Filters are optional and combine with AND. A party filter (actor, target, place,
speaker) takes a name in any stored spelling or a canonical id, matched like the
search (case and accents ignored, literal substring). Every value is a bound
parameter; the SQL text only ever holds this module's own fragments.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from newsgraph.web.paging import Page
from newsgraph.web.rows import dicts, scalar

_NORM = "strip_accents(lower({}))"
#: An article entity column ``{col}`` names the party given as a parameter.
_PARTY = (f"({{alias}}.kb_id = ? OR contains({_NORM.format('{alias}.name')}, {_NORM.format('?')}) "
          f"OR {{alias}}.kb_id IN (SELECT kb_id FROM entity_names "
          f"WHERE contains({_NORM.format('name')}, {_NORM.format('?')})))")
#: The date an event is placed on: its own calendar time, else the article's date.
_WHEN = ("coalesce(CASE WHEN regexp_matches(v.time, '^\\d{4}-\\d{2}-\\d{2}') "
         "THEN TRY_CAST(left(v.time, 10) AS DATE) END, a.published_date)")

EVENT_COLUMNS = ("when", "type", "actor", "target", "place", "trigger", "negated", "outlet",
                 "language", "sources", "article_id", "event_id")
QUOTE_COLUMNS = ("published", "speaker", "text", "cue", "direct", "outlet", "language", "sources",
                 "article_id", "quote_id")


@dataclass(frozen=True)
class Filters:
    """What the analyst asked for; empty strings and None mean "any"."""

    type: str | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    speaker: str | None = None
    about: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {k: v for k, v in self.__dict__.items()}


def _party(alias: str, value: str, where: list[str], params: list[Any]) -> None:
    where.append(_PARTY.format(alias=alias))
    params.extend([value, value, value])


def _event_where(f: Filters) -> tuple[str, list[Any]]:
    where, params = ["TRUE"], []
    if f.type:
        where.append("v.type = ?"); params.append(f.type)
    for alias, value in (("ea", f.actor), ("et", f.target), ("ep", f.place)):
        if value:
            _party(alias, value, where, params)
    if f.since:
        where.append(f"{_WHEN} >= TRY_CAST(? AS DATE)"); params.append(f.since)
    if f.until:
        where.append(f"{_WHEN} <= TRY_CAST(? AS DATE)"); params.append(f.until)
    if f.language:
        where.append("a.language = ?"); params.append(f.language)
    return " AND ".join(where), params


_EVENTS_FROM = """
    FROM events v JOIN articles a ON a.id = v.article_id
    LEFT JOIN entities ea ON ea.article_id = v.article_id AND ea.entity_id = v.actor
    LEFT JOIN entities et ON et.article_id = v.article_id AND et.entity_id = v.target
    LEFT JOIN entities ep ON ep.article_id = v.article_id AND ep.entity_id = v.place
    LEFT JOIN copies cp ON cp.article_id = v.article_id"""


def events(cur: duckdb.DuckDBPyConnection, f: Filters, page: Page) -> tuple[list[dict[str, Any]], Page]:
    """One page of events matching ``f``, in date order, and the page with its total filled."""
    where, params = _event_where(f)
    total = scalar(cur, f"SELECT count(*) {_EVENTS_FROM} WHERE {where}", params)
    rows = dicts(cur, f"""
        WITH hits AS (
            SELECT {_WHEN} AS "when", v.type, ea.name AS actor, ea.kb_id AS actor_kb,
                   et.name AS target, et.kb_id AS target_kb, ep.name AS place, ep.kb_id AS place_kb,
                   v.trigger_text AS trigger, v.negated, a.outlet, a.language,
                   coalesce(cp.group_id, v.article_id) AS grp, v.article_id, v.event_id
            {_EVENTS_FROM} WHERE {where})
        SELECT * EXCLUDE (grp), count(DISTINCT grp) OVER (
            PARTITION BY type, actor_kb, target_kb, "when") AS sources
        FROM hits ORDER BY "when" NULLS LAST, article_id, event_id LIMIT ? OFFSET ?""",
        [*params, page.size, page.offset])
    return rows, Page(page.number, page.size, int(total))


def _quote_where(f: Filters) -> tuple[str, list[Any]]:
    where, params = ["TRUE"], []
    if f.speaker:
        _party("s", f.speaker, where, params)
    if f.about:
        where.append(f"""EXISTS (SELECT 1 FROM mentions m JOIN entities me
            ON me.article_id = m.article_id AND me.entity_id = m.entity_id
            WHERE m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"
              AND {_PARTY.format(alias='me')})""")
        params.extend([f.about] * 3)
    if f.since:
        where.append("a.published_date >= TRY_CAST(? AS DATE)"); params.append(f.since)
    if f.until:
        where.append("a.published_date <= TRY_CAST(? AS DATE)"); params.append(f.until)
    if f.language:
        where.append("a.language = ?"); params.append(f.language)
    return " AND ".join(where), params


_QUOTES_FROM = """
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities s ON s.article_id = q.article_id AND s.entity_id = q.speaker
    LEFT JOIN copies cp ON cp.article_id = q.article_id"""


def quotes(cur: duckdb.DuckDBPyConnection, f: Filters, page: Page) -> tuple[list[dict[str, Any]], Page]:
    """One page of quotes matching ``f``, newest first, and the page with its total filled."""
    where, params = _quote_where(f)
    total = scalar(cur, f"SELECT count(*) {_QUOTES_FROM} WHERE {where}", params)
    rows = dicts(cur, f"""
        WITH hits AS (
            SELECT a.published, coalesce(s.name, q.speaker_text) AS speaker, s.kb_id AS speaker_kb,
                   q.text, q.cue, q.direct, a.outlet, a.language, q.text_key,
                   coalesce(cp.group_id, q.article_id) AS grp, q.article_id, q.quote_id,
                   a.published_date, q.start
            {_QUOTES_FROM} WHERE {where})
        SELECT * EXCLUDE (grp, text_key, published_date, start),
               count(DISTINCT grp) OVER (PARTITION BY text_key) AS sources
        FROM hits ORDER BY published_date DESC NULLS LAST, article_id, start LIMIT ? OFFSET ?""",
        [*params, page.size, page.offset])
    return rows, Page(page.number, page.size, int(total))


def event_types(cur: duckdb.DuckDBPyConnection) -> list[str]:
    """The event types present in the store, for the explorer's type menu."""
    return [r["type"] for r in dicts(cur, "SELECT DISTINCT type FROM events WHERE type IS NOT NULL "
                                          "ORDER BY type")]


def languages(cur: duckdb.DuckDBPyConnection) -> list[str]:
    return [r["language"] for r in dicts(cur, "SELECT DISTINCT language FROM articles "
                                              "WHERE language IS NOT NULL ORDER BY language")]
