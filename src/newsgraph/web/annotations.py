"""One article as the analyst reads it: its text, everything found in it, its copies and story.

Read-only queries over the store's per-article tables, joined to the canonical
entities (``kb_id``) so every name on the page can link to its entity page. The
marks for the highlighted text are built here from stored offsets; nothing is
extracted again.
"""
from __future__ import annotations

import json
from typing import Any

import duckdb

from newsgraph.web.highlight import Mark, segments
from newsgraph.web.rows import dicts, one


def _entities(cur, aid: str) -> list[dict[str, Any]]:
    ents = dicts(cur, """
        SELECT e.entity_id, e.type, e.name, e.aliases, e.titles, e.kb_id, c.name AS canonical
        FROM entities e LEFT JOIN canonical_entities c ON c.kb_id = e.kb_id
        WHERE e.article_id = ? ORDER BY e.entity_id""", [aid])
    mentions = dicts(cur, """SELECT entity_id, start, "end", text FROM mentions
                             WHERE article_id = ? ORDER BY start""", [aid])
    for e in ents:
        e["mentions"] = [m for m in mentions if m["entity_id"] == e["entity_id"]]
    return ents


def _quotes(cur, aid: str) -> list[dict[str, Any]]:
    return dicts(cur, """
        SELECT q.quote_id, q.text, q.start, q."end", q.direct, q.cue, q.speaker,
               coalesce(e.name, q.speaker_text) AS speaker_name, e.kb_id AS speaker_kb,
               q.anonymous, q.addressee_text
        FROM quotes q LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker
        WHERE q.article_id = ? ORDER BY q.start""", [aid])


def _events(cur, aid: str) -> list[dict[str, Any]]:
    return dicts(cur, """
        SELECT v.event_id, v.type, v.cameo, v.time, v.negated, v.modality, v.confidence,
               v.trigger_start, v.trigger_end, v.trigger_text, v.sentence_start, v.sentence_end,
               a.name AS actor_name, a.kb_id AS actor_kb, t.name AS target_name, t.kb_id AS target_kb,
               p.name AS place_name, p.kb_id AS place_kb, s.name AS source_name, s.kb_id AS source_kb
        FROM events v
        LEFT JOIN entities a ON a.article_id = v.article_id AND a.entity_id = v.actor
        LEFT JOIN entities t ON t.article_id = v.article_id AND t.entity_id = v.target
        LEFT JOIN entities p ON p.article_id = v.article_id AND p.entity_id = v.place
        LEFT JOIN entities s ON s.article_id = v.article_id AND s.entity_id = v.source
        WHERE v.article_id = ? ORDER BY v.trigger_start""", [aid])


def _copies(cur, aid: str) -> list[dict[str, Any]]:
    return dicts(cur, """
        SELECT a.id, a.outlet, a.title, a.published, a.language, o.is_original, o.similarity,
               o.credited_source, o.printed_later
        FROM copies me JOIN copies o ON o.group_id = me.group_id AND o.article_id <> me.article_id
        JOIN articles a ON a.id = o.article_id
        WHERE me.article_id = ? ORDER BY a.published_date NULLS LAST, a.id""", [aid])


def _title_marks(text: str, ents: list[dict[str, Any]]) -> list[Mark]:
    """Where each stored title string of an entity appears in the text (titles carry no offsets)."""
    marks = []
    folded = text.casefold()
    for e in ents:
        for title in e["titles"] or ():
            at = folded.find(title.casefold()) if title else -1
            while at >= 0:
                marks.append(Mark("title", at, at + len(title), key=f"{e['entity_id']}-t",
                                  label=f"title of {e['name']}: {title}",
                                  href=f"/entities/{e['kb_id']}" if e["kb_id"] else None))
                at = folded.find(title.casefold(), at + len(title))
    return marks


def marks(data: dict[str, Any]) -> list[Mark]:
    """Every highlight of the article page, from the stored offsets."""
    out: list[Mark] = []
    for e in data["entities"]:
        href = f"/entities/{e['kb_id']}" if e["kb_id"] else None
        for m in e["mentions"]:
            out.append(Mark("entity", m["start"], m["end"], key=e["entity_id"], href=href,
                            label=f"{e['type']}: {e['canonical'] or e['name']}",
                            info={"type": e["type"]}))
    for q in data["quotes"]:
        out.append(Mark("quote", q["start"], q["end"], key=q["quote_id"],
                        href=f"/entities/{q['speaker_kb']}" if q["speaker_kb"] else None,
                        label=f"quote of {q['speaker_name'] or 'unknown speaker'}",
                        info={"speaker": q["speaker_name"]}))
    for i, t in enumerate(data["times"]):
        day = t["value"] if t["value"] and len(t["value"]) == 10 and t["value"][4] == "-" else None
        out.append(Mark("time", t["start"], t["end"], key=f"T{i}", label=f"date: {t['value']}",
                        href=f"/events?since={day}&until={day}" if day else None,
                        info={"value": t["value"]}))
    for v in data["events"]:
        out.append(Mark("event", v["trigger_start"], v["trigger_end"], key=v["event_id"],
                        href=f"#event-{v['event_id']}",
                        label=f"{v['type']}: {v['actor_name'] or '?'} → {v['target_name'] or '?'}",
                        info={"type": v["type"]}))
    out.extend(_title_marks(data["document"]["text"], data["entities"]))
    return out


def article(cur: duckdb.DuckDBPyConnection, aid: str) -> dict[str, Any] | None:
    """Everything the article page shows, or None when no article has id ``aid``."""
    doc = one(cur, """
        SELECT id, url, outlet, title, published, language, original_source, byline, source, text,
               dates_seen FROM articles WHERE id = ?""", [aid])
    if doc is None:
        return None
    doc["dates_seen"] = json.loads(doc["dates_seen"] or "[]")
    copy = one(cur, """SELECT group_id, group_size, is_original, credited_source, credited_article,
                              original_date, printed_later FROM copies WHERE article_id = ?""", [aid])
    data = {
        "document": doc,
        "entities": _entities(cur, aid),
        "quotes": _quotes(cur, aid),
        "times": dicts(cur, """SELECT idx, text, start, "end", value, anchor, type FROM times
                               WHERE article_id = ? ORDER BY start""", [aid]),
        "events": _events(cur, aid),
        "copy_group": copy,
        "copies": _copies(cur, aid) if copy else [],
        "reanchored": dicts(cur, """SELECT idx, text, value_printed, value_original, original_date
                                    FROM reanchored_times WHERE article_id = ? ORDER BY idx""", [aid]),
        "stories": dicts(cur, """SELECT s.story_id, s.label, s.n_articles FROM story_articles sa
                                 JOIN stories s USING (story_id) WHERE sa.article_id = ?""", [aid]),
    }
    return data


def highlighted(data: dict[str, Any]):
    """The article text cut into highlighted segments (``web.highlight``)."""
    return segments(data["document"]["text"], marks(data))
