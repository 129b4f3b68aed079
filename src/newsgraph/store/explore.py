"""The explorers: filtered, paginated listings of every event and quote in the store.

``store.queries.events`` and ``store.queries.quotes`` answer the CLI's questions (one
entity's events or quotes, up to a limit); the explorers add what a browsing analyst
needs: more filters (target, place, a date range, a language), a total and a page.
A party filter (actor, target, place, speaker, about) is resolved the way every
question of the store resolves a name (``queries.resolve_name``: any stored spelling,
a transliterated variant, or a kb id) and then matched on the entity's own
``(article, entity)`` rows, which keeps the query selective. A name that resolves to
nothing yields no row. Every value is a bound parameter.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from newsgraph.store.queries import NotFound, Row, _rows, resolve_name

#: The day an event is placed on: its own calendar time, else the article's date.
_WHEN = ("coalesce(CASE WHEN regexp_matches(v.time, '^\\d{4}-\\d{2}-\\d{2}') "
         "THEN TRY_CAST(left(v.time, 10) AS DATE) END, a.published_date)")
#: The (article, entity) rows of one canonical entity.
_OWN = "(SELECT article_id, entity_id FROM entities WHERE kb_id = ?)"

EVENT_COLUMNS = ("when", "type", "actor", "target", "place", "trigger", "negated", "outlet",
                 "language", "sources", "article_id", "event_id")
QUOTE_COLUMNS = ("published", "speaker", "text", "cue", "direct", "outlet", "language", "sources",
                 "article_id", "quote_id")


@dataclass(frozen=True)
class Filters:
    """What the analyst asked for; None means "any". Parties take any spelling or a kb id."""

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
        return {f.name: getattr(self, f.name) for f in fields(self)}


class _NoMatch(Exception):
    """A filter that no row can satisfy (an unknown name, a malformed date)."""


def _kb(con, name: str) -> str:
    try:
        return resolve_name(con, name)["kb_id"]
    except NotFound:
        raise _NoMatch(name) from None


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _NoMatch(text) from None


def _dated(where: list[str], params: list[Any], f: Filters, *, when: str) -> tuple[str, list[Any]]:
    """Add the filters every explorer shares (date range on ``when``, language) and join them."""
    for op, value in ((">=", f.since), ("<=", f.until)):
        if value:
            where.append(f"{when} {op} ?")
            params.append(_day(value))
    if f.language:
        where.append("a.language = ?")
        params.append(f.language)
    return " AND ".join(where), params


def _event_where(con, f: Filters) -> tuple[str, list[Any]]:
    where, params = ["TRUE"], []
    if f.type:
        where.append("v.type = ?")
        params.append(f.type)
    for role, value in (("actor", f.actor), ("target", f.target), ("place", f.place)):
        if value:
            where.append(f"(v.article_id, v.{role}) IN {_OWN}")
            params.append(_kb(con, value))
    return _dated(where, params, f, when=_WHEN)


def _matching(con, where_of, filters: Filters, source: str) -> tuple[str, list, int]:
    """``FROM source WHERE ...`` for the rows ``filters`` select (``where_of`` builds the
    condition), its parameters, and how many rows match (0 when a filter names nothing)."""
    try:
        where, params = where_of(con, filters)
    except _NoMatch:
        return "", [], 0
    base = f"FROM {source} WHERE {where}"
    return base, params, con.execute(f"SELECT count(*) {base}", params).fetchone()[0]


def events(con, *, filters: Filters, offset: int = 0, limit: int = 50) -> tuple[list[Row], int]:
    """One page of the events matching ``filters`` in date order, and how many match in all.
    Each row says how many independent sources (copy groups) report the same type, actor,
    target, place and day, counted over the whole store."""
    base, params, total = _matching(con, _event_where, filters,
                                    "events v JOIN articles a ON a.id = v.article_id")
    if not total or offset >= total:
        return [], total
    rows = _rows(con, f"""
        WITH page AS (
            SELECT v.article_id, v.event_id, v.type, v.actor, v.target, v.place, v.time,
                   v.negated, v.trigger_text, a.outlet, a.language, {_WHEN} AS "when",
                   coalesce(left(v.time, 10), CAST(a.published_date AS VARCHAR)) AS day
            {base} ORDER BY "when" NULLS LAST, v.article_id, v.event_id LIMIT ? OFFSET ?),
        names AS (SELECT article_id, entity_id, name, kb_id FROM entities
                  WHERE article_id IN (SELECT article_id FROM page)),
        named AS (
            SELECT page.*, ac.name AS actor_name, ac.kb_id AS actor_kb, tg.name AS target_name,
                   tg.kb_id AS target_kb, pl.name AS place_name, pl.kb_id AS place_kb
            FROM page
            LEFT JOIN names ac ON ac.article_id = page.article_id AND ac.entity_id = page.actor
            LEFT JOIN names tg ON tg.article_id = page.article_id AND tg.entity_id = page.target
            LEFT JOIN names pl ON pl.article_id = page.article_id AND pl.entity_id = page.place)
        SELECT "when", type, actor_name AS actor, actor_kb, target_name AS target, target_kb,
               place_name AS place, place_kb, trigger_text AS trigger, negated, outlet, language,
               article_id, event_id, day
        FROM named ORDER BY "when" NULLS LAST, article_id, event_id""",
                 [*params, limit, offset])
    sources = _event_sources(con, rows)
    for r in rows:
        r["sources"] = sources.get(_event_key(r), 1)
        del r["day"]
    return rows, total


def _event_key(r: Row) -> tuple:
    return (r["type"], r["actor_kb"], r["target_kb"], r["place_kb"], r["day"])


def _event_sources(con, rows: list[Row]) -> dict[tuple, int]:
    """Independent reports of each shown event: every event of the same type and day with the
    same canonical actor, target and place, anywhere in the store (copies counted once).
    Only events of the shown types, in articles naming a shown actor (or any, for events
    without one), are read."""
    types = sorted({r["type"] for r in rows if r["type"]})
    actors = sorted({r["actor_kb"] for r in rows if r["actor_kb"]})
    if not types:
        return {}
    peers = con.execute("""
        WITH cand AS (
            SELECT v.*, coalesce(left(v.time, 10), CAST(a.published_date AS VARCHAR)) AS day
            FROM events v JOIN articles a ON a.id = v.article_id
            WHERE list_contains(?, v.type) AND (v.actor IS NULL OR v.article_id IN (
                SELECT article_id FROM entities WHERE list_contains(?, kb_id))))
        SELECT cand.type, ac.kb_id, tg.kb_id, pl.kb_id, cand.day,
               count(DISTINCT coalesce(cp.group_id, cand.article_id))
        FROM cand LEFT JOIN copies cp ON cp.article_id = cand.article_id
        LEFT JOIN entities ac ON ac.article_id = cand.article_id AND ac.entity_id = cand.actor
        LEFT JOIN entities tg ON tg.article_id = cand.article_id AND tg.entity_id = cand.target
        LEFT JOIN entities pl ON pl.article_id = cand.article_id AND pl.entity_id = cand.place
        GROUP BY ALL""", [types, actors]).fetchall()
    return {tuple(p[:5]): p[5] for p in peers}


def _quote_where(con, f: Filters) -> tuple[str, list[Any]]:
    where, params = ["TRUE"], []
    if f.speaker:
        where.append(f"(q.article_id, q.speaker) IN {_OWN}")
        params.append(_kb(con, f.speaker))
    if f.about:
        where.append(f"""EXISTS (SELECT 1 FROM mentions m
            WHERE m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"
              AND (m.article_id, m.entity_id) IN {_OWN})""")
        params.append(_kb(con, f.about))
    return _dated(where, params, f, when="a.published_date")


def quotes(con, *, filters: Filters, offset: int = 0, limit: int = 50) -> tuple[list[Row], int]:
    """One page of the quotes matching ``filters``, newest first, and how many match in all;
    each with how many independent sources in the store report the same words."""
    base, params, total = _matching(con, _quote_where, filters,
                                    "quotes q JOIN articles a ON a.id = q.article_id")
    if not total or offset >= total:
        return [], total
    return _rows(con, f"""
        WITH page AS (
            SELECT q.article_id, q.quote_id, q.text, q.cue, q.direct, q.speaker, q.speaker_text,
                   q.text_key, q.start, a.published, a.published_date, a.outlet, a.language
            {base} ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.start
            LIMIT ? OFFSET ?),
        independent AS (
            SELECT q.text_key, count(DISTINCT coalesce(cp.group_id, q.article_id)) AS sources
            FROM quotes q LEFT JOIN copies cp ON cp.article_id = q.article_id
            WHERE q.text_key IN (SELECT text_key FROM page) GROUP BY q.text_key)
        SELECT page.published, coalesce(s.name, page.speaker_text) AS speaker,
               s.kb_id AS speaker_kb, page.text, page.cue, page.direct, page.outlet,
               page.language, coalesce(i.sources, 1) AS sources, page.article_id, page.quote_id
        FROM page LEFT JOIN entities s ON s.article_id = page.article_id
                                      AND s.entity_id = page.speaker
        LEFT JOIN independent i ON i.text_key = page.text_key
        ORDER BY page.published_date DESC NULLS LAST, page.article_id, page.start""",
                 [*params, limit, offset]), total


def event_types(con) -> list[str]:
    """The event types present in the store (the explorer's type menu)."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY type").fetchall()]


def languages(con) -> list[str]:
    """The languages of the stored articles (the explorers' language menu)."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY language").fetchall()]


def story_list(con, *, offset: int = 0, limit: int = 50) -> tuple[list[Row], int]:
    """One page of stories, the most independently reported first, and how many there are."""
    total = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    return _rows(con, """SELECT story_id, label, n_articles, n_groups, languages, first_date, last_date
                         FROM stories ORDER BY n_groups DESC, n_articles DESC,
                         first_date DESC NULLS LAST, story_id LIMIT ? OFFSET ?""",
                 [limit, offset]), total
