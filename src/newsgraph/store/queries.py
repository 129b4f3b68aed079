"""The questions analysts ask of the store, as functions returning plain data.

The CLI prints what these return and the web app serves it; neither writes SQL of
its own. Names are looked up by any stored spelling (accents and case folded),
then by transliteration-aware similarity (``link.names``) when no spelling matches.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from newsgraph.errors import NewsgraphError
from newsgraph.link import names

Row = dict[str, Any]


class NotFound(NewsgraphError):
    """No entity, story or article answers to what was asked."""


def _rows(con, sql: str, params: list | tuple = ()) -> list[Row]:
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def find_entities(con, name: str, *, limit: int = 5) -> list[Row]:
    """Canonical entities a name may refer to, most mentioned first."""
    hits = _rows(con, """
        SELECT c.*, h.hits FROM canonical_entities c JOIN (
            SELECT kb_id, sum(count) AS hits FROM entity_names
            WHERE folded = lower(strip_accents(?)) GROUP BY kb_id) h USING (kb_id)
        ORDER BY (c.type = 'PER') DESC, h.hits DESC, c.n_mentions DESC LIMIT ?""", [name, limit])
    if hits:
        return hits
    keys = list(names.name_keys(name))
    if not keys:
        return []
    cands = _rows(con, """
        SELECT DISTINCT kb_id, name FROM entity_names
        WHERE list_has_any(string_split(folded, ' '), ?) LIMIT 2000""",
                  [[w for w in name.casefold().split()] + keys])
    scored = sorted(((names.name_similarity(name, c["name"]), c["kb_id"]) for c in cands), reverse=True)
    best = list(dict.fromkeys(kb for s, kb in scored if s >= names.VARIANT_THRESHOLD))[:limit]
    return [entity_row(con, kb) for kb in best]


def entity_row(con, kb_id: str) -> Row:
    rows = _rows(con, "SELECT * FROM canonical_entities WHERE kb_id = ?", [kb_id])
    if not rows:
        raise NotFound(f"no entity with id {kb_id}")
    return rows[0]


def is_kb(text: str) -> bool:
    return len(text) == 13 and text.startswith("K") and all(c in "0123456789abcdef" for c in text[1:])


def resolve_name(con, name: str) -> Row:
    """The one entity ``name`` most likely means (kb ids are accepted too)."""
    if is_kb(name):
        rows = _rows(con, "SELECT * FROM canonical_entities WHERE kb_id = ?", [name])
        if rows:
            return rows[0]
    found = find_entities(con, name, limit=1)
    if not found:
        raise NotFound(f"no entity is known by the name {name!r}")
    return found[0]


#: The (article, entity) pairs of one canonical entity: every query starts from this small set.
_MINE = "mine AS (SELECT article_id, entity_id FROM entities WHERE kb_id = ?)"


def _kb(con, name_or_kb: str | None) -> str | None:
    return None if name_or_kb is None else resolve_name(con, name_or_kb)["kb_id"]


def quotes(con, *, by: str | None = None, about: str | None = None, limit: int = 200) -> list[Row]:
    """Quotes by an entity (its speaker) and/or about one (a mention inside the quoted words),
    each with how many independent sources (copies counted once) report the same words."""
    by_kb, about_kb = _kb(con, by), _kb(con, about)
    ctes, where, params = [], [], []
    if by_kb:
        ctes.append("speakers AS (SELECT article_id, entity_id FROM entities WHERE kb_id = ?)")
        where.append("(q.article_id, q.speaker) IN (SELECT article_id, entity_id FROM speakers)")
        params.append(by_kb)
    if about_kb:
        ctes.append("""inside AS (
            SELECT DISTINCT q.article_id, q.quote_id FROM quotes q
            JOIN (SELECT m.article_id, m.start, m."end" FROM mentions m
                  WHERE (m.article_id, m.entity_id) IN
                        (SELECT article_id, entity_id FROM entities WHERE kb_id = ?)) m
              ON m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end")""")
        where.append("(q.article_id, q.quote_id) IN (SELECT article_id, quote_id FROM inside)")
        params.append(about_kb)
    ctes.append(f"""sel AS (
            SELECT q.article_id, q.quote_id, q.text, q.cue, q.direct, q.text_key, q.start, q.speaker
            FROM quotes q {"WHERE " + " AND ".join(where) if where else ""} LIMIT ?)""")
    params.append(limit)
    sql = f"""
        WITH {", ".join(ctes)},
        independent AS (
            SELECT q.text_key, count(DISTINCT coalesce(cp.group_id, q.article_id)) AS sources
            FROM quotes q LEFT JOIN copies cp ON cp.article_id = q.article_id
            WHERE q.text_key IN (SELECT text_key FROM sel) GROUP BY q.text_key),
        names AS (SELECT article_id, entity_id, name, kb_id FROM entities
                  WHERE article_id IN (SELECT article_id FROM sel))
        SELECT sel.article_id, sel.quote_id, sel.text, sel.cue, sel.direct, s.name AS speaker,
               s.kb_id AS speaker_kb, a.published, a.outlet, a.language, i.sources
        FROM sel JOIN articles a ON a.id = sel.article_id
        LEFT JOIN names s ON s.article_id = sel.article_id AND s.entity_id = sel.speaker
        JOIN independent i USING (text_key)
        ORDER BY a.published_date NULLS LAST, sel.article_id, sel.start"""
    return _rows(con, sql, params)


def events(con, *, actor: str | None = None, type: str | None = None, since: str | None = None,
           any_role: bool = False, limit: int = 500) -> list[Row]:
    """Events (by actor, type, date), oldest first, each with its count of independent sources
    (reports of the same type, actor, target, place and day; copies of one text count once)."""
    kb = actor if (actor and any_role) else _kb(con, actor)
    ctes, where, params = [], [], []
    if kb:
        ctes.append(_MINE)
        params.append(kb)
        roles = ("actor", "target", "place") if any_role else ("actor",)
        where.append("(" + " OR ".join(f"(v.article_id, v.{r}) IN (SELECT * FROM mine)"
                                       for r in roles) + ")")
    if type:
        where.append("v.type = ?")
        params.append(type)
    if since:
        where.append("coalesce(try_cast(left(v.time, 10) AS DATE), "
                     "try_cast(left(a.published, 10) AS DATE)) >= ?")
        params.append(dt.date.fromisoformat(since))
    ctes.append(f"""ev AS (
            SELECT v.*, a.published, a.published_date, a.outlet, a.language,
                   coalesce(left(v.time, 10), CAST(a.published_date AS VARCHAR)) AS day
            FROM events v JOIN articles a ON a.id = v.article_id
            {"WHERE " + " AND ".join(where) if where else ""} LIMIT ?)""")
    params.append(limit)
    sql = f"""
        WITH {", ".join(ctes)},
        names AS (SELECT article_id, entity_id, name, kb_id FROM entities
                  WHERE article_id IN (SELECT article_id FROM ev)),
        named AS (
            SELECT ev.*, ac.kb_id AS actor_kb, ac.name AS actor_name, tg.kb_id AS target_kb,
                   tg.name AS target_name, pl.kb_id AS place_kb, pl.name AS place_name,
                   coalesce(cp.group_id, ev.article_id) AS source_key
            FROM ev LEFT JOIN copies cp ON cp.article_id = ev.article_id
            LEFT JOIN names ac ON ac.article_id = ev.article_id AND ac.entity_id = ev.actor
            LEFT JOIN names tg ON tg.article_id = ev.article_id AND tg.entity_id = ev.target
            LEFT JOIN names pl ON pl.article_id = ev.article_id AND pl.entity_id = ev.place)
        SELECT article_id, event_id, type, actor_name AS actor, target_name AS target,
               place_name AS place, time, negated, modality, trigger_text, published, outlet,
               language, count(DISTINCT source_key) OVER (
                   PARTITION BY type, actor_kb, target_kb, place_kb, day) AS sources
        FROM named ORDER BY day NULLS LAST, article_id, event_id"""
    return _rows(con, sql, params)


def story(con, story_id: str) -> Row:
    """A story: its articles (with copies), the entities it names, its events (each with its
    parties' names and kb ids, and its id in its article)."""
    rows = _rows(con, "SELECT * FROM stories WHERE story_id = ?", [story_id])
    if not rows:
        raise NotFound(f"no story with id {story_id}")
    ids = "(SELECT article_id FROM story_articles WHERE story_id = ?)"
    return {
        "story": rows[0],
        "articles": _rows(con, f"""
            SELECT a.id, a.title, a.outlet, a.published, a.language, a.original_source,
                   c.group_id AS copy_group, c.is_original
            FROM articles a LEFT JOIN copies c ON c.article_id = a.id WHERE a.id IN {ids}
            ORDER BY a.published_date NULLS LAST, a.id""", [story_id]),
        "entities": _rows(con, f"""
            SELECT c.kb_id, c.name, c.type, count(DISTINCT e.article_id) AS articles
            FROM entities e JOIN canonical_entities c USING (kb_id) WHERE e.article_id IN {ids}
            GROUP BY ALL ORDER BY articles DESC, c.name LIMIT 30""", [story_id]),
        "events": _rows(con, f"""
            SELECT v.article_id, v.event_id, v.type, v.time, v.trigger_text, v.negated,
                   x.name AS actor, x.kb_id AS actor_kb, y.name AS target, y.kb_id AS target_kb,
                   z.name AS place, z.kb_id AS place_kb, a.outlet, a.published
            FROM events v JOIN articles a ON a.id = v.article_id
            LEFT JOIN entities x ON x.article_id = v.article_id AND x.entity_id = v.actor
            LEFT JOIN entities y ON y.article_id = v.article_id AND y.entity_id = v.target
            LEFT JOIN entities z ON z.article_id = v.article_id AND z.entity_id = v.place
            WHERE v.article_id IN {ids}
            ORDER BY coalesce(v.time, a.published) NULLS LAST, v.article_id, v.event_id""", [story_id]),
    }


def stories(con, *, limit: int = 50) -> list[Row]:
    return _rows(con, "SELECT * FROM stories ORDER BY n_articles DESC, first_date LIMIT ?", [limit])


def reanchored(con, article_id: str) -> list[Row]:
    """Relative dates of a later-printed copy, re-anchored on the probable original date (flagged)."""
    return _rows(con, "SELECT * FROM reanchored_times WHERE article_id = ? ORDER BY idx", [article_id])
