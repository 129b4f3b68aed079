"""A story (one happening reported across outlets and languages) and the list of stories.

Read-only queries over ``stories`` and ``story_articles``, with each article's copy
group so the page can show which reports are independent.
"""
from __future__ import annotations

from typing import Any

import duckdb

from newsgraph.web.paging import Page
from newsgraph.web.rows import dicts, one, scalar

_IN_STORY = "SELECT article_id FROM story_articles WHERE story_id = ?"


def story(cur: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any] | None:
    """Everything the story page shows, or None when no story has id ``story_id``."""
    head = one(cur, """SELECT story_id, label, n_articles, n_groups, languages, first_date, last_date
                       FROM stories WHERE story_id = ?""", [story_id])
    if head is None:
        return None
    articles = dicts(cur, f"""
        SELECT a.id, a.title, a.outlet, a.language, a.published, a.original_source,
               cp.group_id, coalesce(cp.group_size, 1) AS group_size, cp.is_original
        FROM articles a LEFT JOIN copies cp ON cp.article_id = a.id
        WHERE a.id IN ({_IN_STORY})
        ORDER BY a.published_date NULLS LAST, a.outlet, a.id""", [story_id])
    entities = dicts(cur, f"""
        SELECT c.kb_id, c.name, c.type, count(DISTINCT e.article_id) AS articles
        FROM entities e JOIN canonical_entities c ON c.kb_id = e.kb_id
        WHERE e.article_id IN ({_IN_STORY})
        GROUP BY ALL ORDER BY articles DESC, c.name LIMIT 60""", [story_id])
    events = dicts(cur, f"""
        SELECT v.type, ea.name AS actor, ea.kb_id AS actor_kb, et.name AS target,
               et.kb_id AS target_kb, ep.name AS place, ep.kb_id AS place_kb,
               min(coalesce(v.time, CAST(a.published_date AS VARCHAR))) AS "when",
               count(*) AS reports, count(DISTINCT coalesce(cp.group_id, v.article_id)) AS sources,
               min(v.article_id) AS article_id, arg_min(v.event_id, v.article_id) AS event_id
        FROM events v JOIN articles a ON a.id = v.article_id
        LEFT JOIN entities ea ON ea.article_id = v.article_id AND ea.entity_id = v.actor
        LEFT JOIN entities et ON et.article_id = v.article_id AND et.entity_id = v.target
        LEFT JOIN entities ep ON ep.article_id = v.article_id AND ep.entity_id = v.place
        LEFT JOIN copies cp ON cp.article_id = v.article_id
        WHERE v.article_id IN ({_IN_STORY})
        GROUP BY v.type, ea.name, ea.kb_id, et.name, et.kb_id, ep.name, ep.kb_id
        ORDER BY "when" NULLS LAST, sources DESC LIMIT 200""", [story_id])
    by_outlet: dict[str, int] = {}
    by_language: dict[str, int] = {}
    for a in articles:
        by_outlet[a["outlet"] or "?"] = by_outlet.get(a["outlet"] or "?", 0) + 1
        by_language[a["language"] or "?"] = by_language.get(a["language"] or "?", 0) + 1
    return {"story": head, "articles": articles, "entities": entities, "events": events,
            "by_outlet": by_outlet, "by_language": by_language}


def stories(cur: duckdb.DuckDBPyConnection, page: Page) -> tuple[list[dict[str, Any]], Page]:
    """One page of stories, the most reported (by independent sources) first."""
    total = scalar(cur, "SELECT count(*) FROM stories")
    rows = dicts(cur, """SELECT story_id, label, n_articles, n_groups, languages, first_date, last_date
                         FROM stories ORDER BY n_groups DESC, n_articles DESC, first_date DESC NULLS LAST,
                         story_id LIMIT ? OFFSET ?""", [page.size, page.offset])
    return rows, Page(page.number, page.size, int(total))
