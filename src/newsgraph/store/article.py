"""One article as stored, with everything found in it: the article page's question.

The document, its entities (with their canonical ``kb_id`` and name, and their mentions),
quotes with speakers, time expressions with values, events with their parties, the copy
group it belongs to and the other copies, dates re-anchored on the original, and the
stories it is part of. Every read is keyed by the article id, so the cost does not grow
with the store.
"""
from __future__ import annotations

import json

from newsgraph.store.queries import NotFound, Row, _rows, reanchored


def _entities(con, aid: str) -> list[Row]:
    ents = _rows(con, """
        SELECT e.entity_id, e.type, e.name, e.aliases, e.titles, e.kb_id, c.name AS canonical
        FROM entities e LEFT JOIN canonical_entities c ON c.kb_id = e.kb_id
        WHERE e.article_id = ? ORDER BY e.entity_id""", [aid])
    mentions = _rows(con, """SELECT entity_id, start, "end", text FROM mentions
                             WHERE article_id = ? ORDER BY start""", [aid])
    for e in ents:
        e["mentions"] = [m for m in mentions if m["entity_id"] == e["entity_id"]]
    return ents


def _quotes(con, aid: str) -> list[Row]:
    return _rows(con, """
        SELECT q.quote_id, q.text, q.start, q."end", q.direct, q.cue, q.speaker,
               coalesce(e.name, q.speaker_text) AS speaker_name, e.kb_id AS speaker_kb,
               q.anonymous, q.addressee_text
        FROM quotes q LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker
        WHERE q.article_id = ? ORDER BY q.start""", [aid])


def _events(con, aid: str) -> list[Row]:
    return _rows(con, """
        WITH names AS (SELECT entity_id, name, kb_id FROM entities WHERE article_id = ?)
        SELECT v.event_id, v.type, v.cameo, v.time, v.negated, v.modality, v.confidence,
               v.trigger_start, v.trigger_end, v.trigger_text, v.sentence_start, v.sentence_end,
               a.name AS actor_name, a.kb_id AS actor_kb, t.name AS target_name, t.kb_id AS target_kb,
               p.name AS place_name, p.kb_id AS place_kb, s.name AS source_name, s.kb_id AS source_kb
        FROM events v
        LEFT JOIN names a ON a.entity_id = v.actor LEFT JOIN names t ON t.entity_id = v.target
        LEFT JOIN names p ON p.entity_id = v.place LEFT JOIN names s ON s.entity_id = v.source
        WHERE v.article_id = ? ORDER BY v.trigger_start, v.event_id""", [aid, aid])


def _copies(con, group_id: str, aid: str) -> list[Row]:
    return _rows(con, """
        SELECT a.id, a.outlet, a.title, a.published, a.language, o.is_original, o.similarity,
               o.credited_source, o.printed_later
        FROM copies o JOIN articles a ON a.id = o.article_id
        WHERE o.group_id = ? AND o.article_id <> ? ORDER BY a.published_date NULLS LAST, a.id""",
                 [group_id, aid])


def article(con, article_id: str) -> Row:
    """Everything stored about one article; :class:`NotFound` when no article has that id."""
    docs = _rows(con, """SELECT id, url, outlet, title, published, language, original_source, byline,
                                source, text, dates_seen FROM articles WHERE id = ?""", [article_id])
    if not docs:
        raise NotFound(f"no article with id {article_id}")
    doc = docs[0]
    doc["dates_seen"] = json.loads(doc["dates_seen"] or "[]")
    copy = _rows(con, """SELECT group_id, group_size, is_original, credited_source, credited_article,
                                original_date, printed_later FROM copies WHERE article_id = ?""",
                 [article_id])
    return {
        "document": doc,
        "entities": _entities(con, article_id),
        "quotes": _quotes(con, article_id),
        "times": _rows(con, """SELECT idx, text, start, "end", value, anchor, type FROM times
                               WHERE article_id = ? ORDER BY start, idx""", [article_id]),
        "events": _events(con, article_id),
        "copy_group": copy[0] if copy else None,
        "copies": _copies(con, copy[0]["group_id"], article_id) if copy else [],
        "reanchored": reanchored(con, article_id),
        "stories": _rows(con, """SELECT s.story_id, s.label, s.n_articles FROM story_articles sa
                                 JOIN stories s USING (story_id) WHERE sa.article_id = ?
                                 ORDER BY s.story_id""", [article_id]),
    }
