"""An entity's profile across the corpus: spellings, titles over time, events, quotes, company kept.

Read-only queries keyed by the canonical id (``kb_id``). "Independent sources" is
the number of distinct copy groups reporting an item: twenty reprints of one
dispatch count once (an article outside any copy group is its own source).
"""
from __future__ import annotations

from typing import Any

import duckdb

from newsgraph.web.rows import dicts, one

#: This entity's (article, article-entity) pairs; every query below starts from it.
_MINE = "SELECT article_id, entity_id FROM entities WHERE kb_id = ?"
#: The copy group of an article ``x`` (its own id when it has no copy).
_GROUP = "coalesce(cp.group_id, {0}.article_id)"
LIMIT = 200


def spellings(cur, kb_id: str) -> list[dict[str, Any]]:
    """Every spelling with its count per language, most used first."""
    rows = dicts(cur, """SELECT name, language, sum("count") AS n, sum(n_articles) AS articles,
                                min(first_seen) AS first_seen, max(last_seen) AS last_seen
                         FROM entity_names WHERE kb_id = ? GROUP BY name, language""", [kb_id])
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        s = out.setdefault(r["name"], {"name": r["name"], "total": 0, "by_language": {},
                                       "first_seen": r["first_seen"], "last_seen": r["last_seen"]})
        s["by_language"][r["language"] or "?"] = int(r["n"])
        s["total"] += int(r["n"])
        s["first_seen"] = min(filter(None, (s["first_seen"], r["first_seen"])), default=None)
        s["last_seen"] = max(filter(None, (s["last_seen"], r["last_seen"])), default=None)
    return sorted(out.values(), key=lambda s: (-s["total"], s["name"]))


def titles(cur, kb_id: str) -> list[dict[str, Any]]:
    """Titles and roles given to the entity, with first and last date seen, in order of first use."""
    return dicts(cur, f"""
        SELECT t.title, min(t.seen) AS first_seen, max(t.seen) AS last_seen,
               count(DISTINCT t.article_id) AS articles, count(DISTINCT {_GROUP.format('t')}) AS sources,
               list(DISTINCT t.language) AS languages
        FROM entity_titles t LEFT JOIN copies cp ON cp.article_id = t.article_id
        WHERE t.kb_id = ? GROUP BY t.title ORDER BY first_seen NULLS LAST, t.title""", [kb_id])


def events(cur, kb_id: str, *, limit: int = LIMIT) -> list[dict[str, Any]]:
    """Events the entity is actor, target or place of; one row per event reported, with the
    number of independent sources reporting the same (type, actor, target, date)."""
    return dicts(cur, f"""
        WITH mine AS ({_MINE}),
        ents AS (SELECT article_id, entity_id, name, kb_id FROM entities
                 WHERE article_id IN (SELECT article_id FROM mine)),
        ev AS (
            SELECT v.article_id, v.event_id, v.type, v.negated, v.trigger_text,
                   CASE WHEN m1.entity_id IS NOT NULL THEN 'actor'
                        WHEN m2.entity_id IS NOT NULL THEN 'target' ELSE 'place' END AS role,
                   ea.name AS actor_name, ea.kb_id AS actor_kb, et.name AS target_name,
                   et.kb_id AS target_kb, ep.name AS place_name, ep.kb_id AS place_kb,
                   coalesce(CASE WHEN regexp_matches(v.time, '^\\d{{4}}-\\d{{2}}') THEN v.time END,
                            CAST(a.published_date AS VARCHAR)) AS "when",
                   a.outlet, a.language, {_GROUP.format('v')} AS grp
            FROM events v
            JOIN articles a ON a.id = v.article_id
            LEFT JOIN mine m1 ON m1.article_id = v.article_id AND m1.entity_id = v.actor
            LEFT JOIN mine m2 ON m2.article_id = v.article_id AND m2.entity_id = v.target
            LEFT JOIN mine m3 ON m3.article_id = v.article_id AND m3.entity_id = v.place
            LEFT JOIN ents ea ON ea.article_id = v.article_id AND ea.entity_id = v.actor
            LEFT JOIN ents et ON et.article_id = v.article_id AND et.entity_id = v.target
            LEFT JOIN ents ep ON ep.article_id = v.article_id AND ep.entity_id = v.place
            LEFT JOIN copies cp ON cp.article_id = v.article_id
            WHERE v.article_id IN (SELECT article_id FROM mine)
              AND coalesce(m1.entity_id, m2.entity_id, m3.entity_id) IS NOT NULL
        )
        SELECT * EXCLUDE (grp), count(DISTINCT grp) OVER (
                   PARTITION BY type, actor_kb, target_kb, left("when", 10)) AS sources
        FROM ev ORDER BY "when" NULLS LAST, article_id, event_id LIMIT ?""", [kb_id, limit])


def quotes_by(cur, kb_id: str, *, limit: int = LIMIT) -> list[dict[str, Any]]:
    """The entity's quotes: one row per distinct quote, with where and how often it was reported."""
    return dicts(cur, f"""
        WITH mine AS ({_MINE})
        SELECT q.text_key, any_value(q.text ORDER BY a.published_date) AS text,
               min(a.published) AS first_published, count(*) AS reports,
               count(DISTINCT {_GROUP.format('q')}) AS sources,
               arg_min(q.article_id, coalesce(a.published, '9999')) AS article_id,
               arg_min(q.quote_id, coalesce(a.published, '9999')) AS quote_id,
               list(DISTINCT a.language) AS languages
        FROM quotes q JOIN mine ON mine.article_id = q.article_id AND mine.entity_id = q.speaker
        JOIN articles a ON a.id = q.article_id LEFT JOIN copies cp ON cp.article_id = q.article_id
        GROUP BY q.text_key ORDER BY first_published NULLS LAST, text LIMIT ?""", [kb_id, limit])


def quotes_about(cur, kb_id: str, *, limit: int = LIMIT) -> list[dict[str, Any]]:
    """Quotes by others that name the entity (a mention of it inside the quoted words)."""
    return dicts(cur, f"""
        WITH mine AS ({_MINE})
        SELECT q.text_key, any_value(q.text) AS text, any_value(s.name) AS speaker_name,
               any_value(s.kb_id) AS speaker_kb, min(a.published) AS first_published,
               count(DISTINCT {_GROUP.format('q')}) AS sources,
               arg_min(q.article_id, coalesce(a.published, '9999')) AS article_id,
               arg_min(q.quote_id, coalesce(a.published, '9999')) AS quote_id
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN (SELECT article_id, entity_id, name, kb_id FROM entities
                   WHERE article_id IN (SELECT article_id FROM mine)) s
               ON s.article_id = q.article_id AND s.entity_id = q.speaker
        LEFT JOIN copies cp ON cp.article_id = q.article_id
        WHERE q.article_id IN (SELECT article_id FROM mine)
          AND EXISTS (SELECT 1 FROM mentions m JOIN mine ON mine.article_id = m.article_id
                      AND mine.entity_id = m.entity_id
                      WHERE m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end")
          AND (s.kb_id IS NULL OR s.kb_id <> ?)
        GROUP BY q.text_key ORDER BY first_published NULLS LAST, text LIMIT ?""",
        [kb_id, kb_id, limit])


def related(cur, kb_id: str, *, limit: int = 30) -> list[dict[str, Any]]:
    """Canonical entities named in the same articles, by number of shared articles."""
    return dicts(cur, f"""
        WITH mine AS ({_MINE})
        SELECT c.kb_id, c.name, c.type, count(DISTINCT e.article_id) AS shared
        FROM entities e JOIN (SELECT DISTINCT article_id FROM mine) m ON m.article_id = e.article_id
        JOIN canonical_entities c ON c.kb_id = e.kb_id
        WHERE e.kb_id <> ? GROUP BY ALL ORDER BY shared DESC, c.name LIMIT ?""",
        [kb_id, kb_id, limit])


def articles(cur, kb_id: str, *, limit: int = LIMIT) -> list[dict[str, Any]]:
    """Articles naming the entity, newest first, with its mention count and the copy group size."""
    return dicts(cur, f"""
        WITH mine AS ({_MINE})
        SELECT a.id, a.title, a.outlet, a.published, a.language,
               (SELECT count(*) FROM mentions mm WHERE mm.article_id = a.id
                   AND mm.entity_id = mine.entity_id
                   AND mm.article_id IN (SELECT article_id FROM mine)) AS mentions,
               coalesce(cp.group_size, 1) AS copies, cp.is_original
        FROM mine JOIN articles a ON a.id = mine.article_id
        LEFT JOIN copies cp ON cp.article_id = a.id
        ORDER BY a.published_date DESC NULLS LAST, a.id LIMIT ?""", [kb_id, limit])


def profile(cur: duckdb.DuckDBPyConnection, kb_id: str) -> dict[str, Any] | None:
    """Everything the entity page shows, or None when no canonical entity has id ``kb_id``."""
    entity = one(cur, """SELECT kb_id, type, name, n_articles, n_mentions, first_seen, last_seen
                         FROM canonical_entities WHERE kb_id = ?""", [kb_id])
    if entity is None:
        return None
    return {"entity": entity, "spellings": spellings(cur, kb_id), "titles": titles(cur, kb_id),
            "events": events(cur, kb_id), "quotes_by": quotes_by(cur, kb_id),
            "quotes_about": quotes_about(cur, kb_id), "related": related(cur, kb_id),
            "articles": articles(cur, kb_id)}
