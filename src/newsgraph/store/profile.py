"""The entity profile: everything known about one canonical entity, in a few small queries.

Every part of a profile lives in the articles that name the entity, so the profile
first fetches that small set (the entity's own ``(article, entity)`` rows) and then
reads only those articles' rows, table by table, with the article ids as a list
parameter; joins and counts over a few hundred rows are done here, in Python. This
keeps the `entity` question well under 100 ms on a 100k-article store, where joins
planned over whole tables were not.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from newsgraph.store.queries import Row, _rows, find_entities, is_kb, resolve_name

#: Most quotes, events and articles a profile lists (newest kept when more).
LIMIT = 500


def entity_profile(con, name: str) -> Row:
    """Spellings (with counts by language and outlet), titles over time, quotes by and about,
    events timeline, related entities and articles of the entity ``name`` refers to."""
    found = [] if is_kb(name) else find_entities(con, name)
    entity = found[0] if found else resolve_name(con, name)
    kb = entity["kb_id"]
    # every entity of every article naming this one (its own rows among them), in one read
    rows = con.execute("""SELECT article_id, entity_id, name, kb_id, type FROM entities
                          WHERE article_id IN (SELECT article_id FROM entities WHERE kb_id = ?)""",
                       [kb]).fetchall()
    own: dict[str, set[str]] = defaultdict(set)
    for aid, eid, _, other, _ in rows:
        if other == kb:
            own[aid].add(eid)
    names = {(r[0], r[1]): (r[2], r[3], r[4]) for r in rows}
    ids = sorted(own)
    articles = _rows(con, """
        SELECT a.id, a.title, a.outlet, a.published, a.published_date, a.language, a.original_source,
               c.group_id AS copy_group, c.is_original, c.printed_later, c.original_date
        FROM articles a LEFT JOIN copies c ON c.article_id = a.id WHERE list_contains(?, a.id)""", [ids])
    articles.sort(key=lambda a: (a["published_date"] is None, a["published_date"], a["id"]))
    by_id = {a["id"]: a for a in articles}
    return {
        "entity": entity,
        "also": [r for r in found if r["kb_id"] != kb],
        **_spellings(con, kb),
        "titles": _rows(con, """
            SELECT title, min(seen) AS first_seen, max(seen) AS last_seen, count(*) AS articles
            FROM entity_titles WHERE kb_id = ? GROUP BY title ORDER BY first_seen NULLS LAST, title""",
                        [kb]),
        **_quotes(con, ids, own, names, by_id),
        "events": _events(con, ids, own, names, by_id),
        "related": _related(kb, names),
        "articles": [{k: v for k, v in a.items() if k != "published_date"} for a in articles[:LIMIT]],
    }


def _spellings(con, kb: str) -> Row:
    rows = _rows(con, "SELECT name, language, outlet, count FROM entity_names WHERE kb_id = ?", [kb])
    out: dict[str, Row] = {}
    for s in rows:
        row = out.setdefault(s["name"], {"name": s["name"], "count": 0, "languages": {}, "outlets": {}})
        row["count"] += s["count"]
        for field, value in (("languages", s["language"]), ("outlets", s["outlet"])):
            row[field][value or "?"] = row[field].get(value or "?", 0) + s["count"]
    return {"spellings": sorted(out.values(), key=lambda r: (-r["count"], r["name"])),
            "languages": sorted({s["language"] for s in rows if s["language"]})}


def _source(article: Row) -> str:
    """Copies of one text are one independent source."""
    return article["copy_group"] or article["id"]


def _quotes(con, ids, own, names, by_id) -> Row:
    quotes = _rows(con, """SELECT article_id, quote_id, text, cue, direct, speaker, start, "end", text_key
                           FROM quotes WHERE list_contains(?, article_id)""", [ids])
    spans = defaultdict(list)
    for aid, eid, start, end in con.execute(
            'SELECT article_id, entity_id, start, "end" FROM mentions WHERE list_contains(?, article_id)',
            [ids]).fetchall():
        if eid in own[aid]:
            spans[aid].append((start, end))
    by = [q for q in quotes if q["speaker"] in own[q["article_id"]]]
    about = [q for q in quotes if any(q["start"] <= s and e <= q["end"] for s, e in spans[q["article_id"]])]
    # independent sources of the same words, among the articles that name this entity: a report
    # of a quote by or about it names it too (copies of one text count once)
    voices = defaultdict(set)
    for q in quotes:
        voices[q["text_key"]].add(_source(by_id[q["article_id"]]))
    sources = {k: len(v) for k, v in voices.items()}

    def shown(q: Row) -> Row:
        a = by_id[q["article_id"]]
        speaker = names.get((q["article_id"], q["speaker"]), (None, None, None))
        return {"article_id": q["article_id"], "quote_id": q["quote_id"], "text": q["text"],
                "cue": q["cue"], "direct": q["direct"], "speaker": speaker[0], "speaker_kb": speaker[1],
                "published": a["published"], "outlet": a["outlet"], "language": a["language"],
                "sources": sources.get(q["text_key"], 1)}

    order = {a: i for i, a in enumerate(by_id)}
    key = lambda q: (order[q["article_id"]], q["start"])  # noqa: E731
    return {"quotes_by": [shown(q) for q in sorted(by, key=key)][:LIMIT],
            "quotes_about": [shown(q) for q in sorted(about, key=key)][:LIMIT]}


def _events(con, ids, own, names, by_id) -> list[Row]:
    rows = _rows(con, """SELECT article_id, event_id, type, actor, target, place, time, negated,
                                modality, trigger_text FROM events WHERE list_contains(?, article_id)""",
                 [ids])
    events = [v for v in rows if own[v["article_id"]] & {v["actor"], v["target"], v["place"]}]
    later = [a for a in by_id if by_id[a]["printed_later"]]
    moved = {(r[0], r[1]): r[2] for r in con.execute(
        "SELECT article_id, value_printed, value_original FROM reanchored_times "
        "WHERE list_contains(?, article_id)", [later]).fetchall()} if later else {}
    out, voices = [], defaultdict(set)
    for v in events:
        a = by_id[v["article_id"]]
        role = {r: names.get((v["article_id"], v[r]), (None, None, None))
                for r in ("actor", "target", "place")}
        day = (v["time"] or "")[:10] or (str(a["published_date"]) if a["published_date"] else None)
        key = (v["type"], role["actor"][1], role["target"][1], role["place"][1], day)
        voices[key].add(_source(a))
        out.append((key, {**{k: v[k] for k in ("article_id", "event_id", "type", "time", "negated",
                                                  "modality", "trigger_text")},
                          "actor": role["actor"][0], "target": role["target"][0],
                          "place": role["place"][0], "published": a["published"],
                          "outlet": a["outlet"], "language": a["language"], "day": day,
                          **_reanchored(v["time"], a, moved)}))
    shown = [{**row, "sources": len(voices[key])} for key, row in out]
    shown.sort(key=lambda r: (r["day"] is None, r["day"] or "", r["article_id"], r["event_id"]))
    return shown[:LIMIT]


def _reanchored(value: str | None, article: Row, moved: dict) -> Row:
    """For a copy printed after its original: the event's date as re-anchored on the original's
    date (``reanchored_times``), shown beside the printed-date value and flagged as probable."""
    new = moved.get((article["id"], value)) if article["printed_later"] else None
    return {"time_reanchored": new, "reanchored": True} if new else {}


def _related(kb: str, names: dict) -> list[Row]:
    """Entities sharing articles with this one, most shared first (named as most often written)."""
    shared = {(aid, v[1]): v for (aid, _), v in names.items() if v[1] and v[1] != kb}
    counts = Counter(other for _, other in shared)
    spelled: dict[str, Counter] = defaultdict(Counter)
    for (_, other), (name, _, type_) in shared.items():
        spelled[other][(name, type_)] += 1
    out = []
    for other, n in counts.most_common(20):
        name, type_ = spelled[other].most_common(1)[0][0]
        out.append({"kb_id": other, "name": name, "type": type_, "shared_articles": n})
    return out
