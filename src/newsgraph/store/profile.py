"""The entity profile: everything known about a canonical entity, for one entity or many at once.

Every part of a profile lives in the articles that name the entity, so a profile reads
only those articles' rows (the entity's newest ``LIMIT`` articles when it has more),
table by table with the article ids as a list parameter, and joins and counts the few
hundred rows it gets in Python. :func:`profiles` does this for a whole batch of entities
with one read per table, so the store can keep every profile ready (``store.serving``)
at the cost of a few scans per batch, and the CLI's ``newsgraph entity`` asks for one.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from newsgraph.store.queries import Row, _rows, find_entities, is_kb, resolve_name

#: Most articles a profile reads (the newest), and most quotes and events it lists.
LIMIT = 500


def entity_profile(con, name: str) -> Row:
    """Spellings (with counts by language and outlet), titles over time, quotes by and about,
    events timeline, related entities and articles of the entity ``name`` refers to; ``also``
    lists the other entities the name may mean."""
    found = [] if is_kb(name) else find_entities(con, name)
    entity = found[0] if found else resolve_name(con, name)
    profile = profiles(con, [entity])[entity["kb_id"]]
    return {**profile, "also": [r for r in found if r["kb_id"] != entity["kb_id"]]}


def profiles(con, entities: Iterable[Row]) -> dict[str, Row]:
    """The profile of each canonical entity row given (``canonical_entities``), by kb id."""
    entities = {e["kb_id"]: e for e in entities}
    kbs = list(entities)
    if not kbs:
        return {}
    # every entity of every article naming one of these (their own rows among them), in one read
    rows = con.execute("""SELECT article_id, entity_id, name, kb_id, type FROM entities
                          WHERE article_id IN (SELECT article_id FROM entities WHERE kb_id = ANY(?))""",
                       [kbs]).fetchall()
    wanted = set(kbs)
    own: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    in_article: dict[str, list[tuple]] = defaultdict(list)
    for aid, eid, name, kb, type_ in rows:
        in_article[aid].append((eid, name, kb, type_))
        if kb in wanted:
            own[kb][aid].add(eid)
    names = {(aid, eid): (name, kb, type_) for aid, ents in in_article.items()
             for eid, name, kb, type_ in ents}
    dates = dict(con.execute("SELECT id, published_date FROM articles WHERE id = ANY(?)",
                             [list(in_article)]).fetchall())
    newest = lambda aid: (dates.get(aid) is not None, dates.get(aid) or 0, aid)  # noqa: E731
    kept = {kb: dict((aid, own[kb][aid]) for aid in sorted(own[kb], key=newest, reverse=True)[:LIMIT])
            for kb in kbs}
    ids = sorted({aid for arts in kept.values() for aid in arts})
    tables = _Tables.read(con, ids, kbs)
    return {kb: _profile(entities[kb], kept[kb], names, in_article, tables) for kb in kbs}


class _Tables:
    """The rows of the articles that a batch of profiles reads, indexed by article (and kb)."""

    def __init__(self):
        self.articles: dict[str, Row] = {}
        self.quotes: dict[str, list[Row]] = defaultdict(list)
        self.spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        self.events: dict[str, list[Row]] = defaultdict(list)
        self.moved: dict[tuple[str, str], str] = {}
        self.spellings: dict[str, list[Row]] = defaultdict(list)
        self.titles: dict[str, list[Row]] = defaultdict(list)

    @classmethod
    def read(cls, con, ids: list[str], kbs: list[str]) -> "_Tables":
        t = cls()
        for a in _rows(con, """
                SELECT a.id, a.title, a.outlet, a.published, a.published_date, a.language,
                       a.original_source, c.group_id AS copy_group, c.is_original, c.printed_later,
                       c.original_date
                FROM articles a LEFT JOIN copies c ON c.article_id = a.id WHERE a.id = ANY(?)""", [ids]):
            t.articles[a["id"]] = a
        for q in _rows(con, """SELECT article_id, quote_id, text, cue, direct, speaker, start, "end",
                                      text_key FROM quotes WHERE article_id = ANY(?)""", [ids]):
            t.quotes[q["article_id"]].append(q)
        for aid, kb, start, end in con.execute("""
                SELECT m.article_id, e.kb_id, m.start, m."end" FROM mentions m
                JOIN entities e USING (article_id, entity_id)
                WHERE m.article_id = ANY(?) AND e.kb_id = ANY(?)""", [ids, kbs]).fetchall():
            t.spans[(aid, kb)].append((start, end))
        for v in _rows(con, """SELECT article_id, event_id, type, actor, target, place, time, negated,
                                      modality, trigger_text FROM events WHERE article_id = ANY(?)""",
                       [ids]):
            t.events[v["article_id"]].append(v)
        later = [aid for aid, a in t.articles.items() if a["printed_later"]]
        if later:
            t.moved = {(r[0], r[1]): r[2] for r in con.execute(
                "SELECT article_id, value_printed, value_original FROM reanchored_times "
                "WHERE article_id = ANY(?)", [later]).fetchall()}
        for s in _rows(con, "SELECT kb_id, name, language, outlet, count FROM entity_names "
                            "WHERE kb_id = ANY(?)", [kbs]):
            t.spellings[s["kb_id"]].append(s)
        for r in _rows(con, """
                SELECT t.kb_id, t.title, min(t.seen) AS first_seen, max(t.seen) AS last_seen,
                       count(*) AS articles, count(DISTINCT coalesce(c.group_id, t.article_id)) AS sources
                FROM entity_titles t LEFT JOIN copies c ON c.article_id = t.article_id
                WHERE t.kb_id = ANY(?) GROUP BY t.kb_id, t.title
                ORDER BY first_seen NULLS LAST, t.title""", [kbs]):
            t.titles[r.pop("kb_id")].append(r)
        return t


def _profile(entity: Row, own: dict[str, set[str]], names: dict, in_article: dict,
             t: _Tables) -> Row:
    kb = entity["kb_id"]
    articles = sorted((t.articles[aid] for aid in own),
                      key=lambda a: (a["published_date"] is None, a["published_date"], a["id"]))
    by_id = {a["id"]: a for a in articles}
    return {
        "entity": entity,
        "also": [],
        **_spellings(t.spellings[kb]),
        "titles": t.titles[kb],
        **_quotes(kb, own, names, by_id, t),
        "events": _events(own, names, by_id, t),
        "related": _related(kb, own, in_article),
        "articles": [{k: v for k, v in a.items() if k != "published_date"} for a in articles],
    }


def _spellings(rows: list[Row]) -> Row:
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


def _quotes(kb: str, own, names, by_id, t: _Tables) -> Row:
    quotes = [q for aid in by_id for q in t.quotes[aid]]
    by = [q for q in quotes if q["speaker"] in own[q["article_id"]]]
    about = [q for q in quotes if any(q["start"] <= s and e <= q["end"]
                                      for s, e in t.spans[(q["article_id"], kb)])]
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


def _events(own, names, by_id, t: _Tables) -> list[Row]:
    events = [v for aid in by_id for v in t.events[aid]
              if own[aid] & {v["actor"], v["target"], v["place"]}]
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
                          "place": role["place"][0], "actor_kb": role["actor"][1],
                          "target_kb": role["target"][1], "place_kb": role["place"][1],
                          "published": a["published"],
                          "outlet": a["outlet"], "language": a["language"], "day": day,
                          **_reanchored(v["time"], a, t.moved)}))
    shown = [{**row, "sources": len(voices[key])} for key, row in out]
    shown.sort(key=lambda r: (r["day"] is None, r["day"] or "", r["article_id"], r["event_id"]))
    return shown[:LIMIT]


def _reanchored(value: str | None, article: Row, moved: dict) -> Row:
    """For a copy printed after its original: the event's date as re-anchored on the original's
    date (``reanchored_times``), shown beside the printed-date value and flagged as probable."""
    new = moved.get((article["id"], value)) if article["printed_later"] else None
    return {"time_reanchored": new, "reanchored": True} if new else {}


def _related(kb: str, own: dict[str, set[str]], in_article: dict) -> list[Row]:
    """Entities sharing articles with this one, most shared first (named as most often written)."""
    shared = {(aid, other): (name, type_) for aid in own
              for _, name, other, type_ in in_article[aid] if other and other != kb}
    counts = Counter(other for _, other in shared)
    spelled: dict[str, Counter] = defaultdict(Counter)
    for (_, other), named in shared.items():
        spelled[other][named] += 1
    out = []
    for other, n in sorted(counts.items(), key=lambda c: (-c[1], c[0]))[:20]:
        name, type_ = min(spelled[other].items(), key=lambda s: (-s[1], s[0]))[0]
        out.append({"kb_id": other, "name": name, "type": type_, "shared_articles": n})
    return out
