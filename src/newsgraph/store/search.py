"""Search across the store: entities by any spelling, articles by headline or text, quotes.

A query is folded as the store folds text (accents and case removed) and split into
words; a result must hold every word, each as the start of one of its words ("karim
hadd" while typing finds "Karim Haddad"; for an entity, all in one of its spellings).
The store's ``search_words`` index (``store.serving``), sorted by word, answers in one
query that reads a few row groups and groups the rows into hits, which carry their sort
keys (the date, a headline flag, the spelling) so the best of each kind are kept here;
a second query fetches what is shown of the articles and quotes kept, unless a server
already holds their cards (an entity's card comes with its index rows). Entities rank as ``queries.find_entities`` ranks (an exact
spelling first, then persons, then the most written); when no stored spelling holds
the words, the store's transliteration-aware resolution (``queries.find_entities``)
answers, so "Kareem Haddad" finds the person the articles call "Karim Haddad".
Quotes, ``%`` and SQL fragments in a query are characters to look for: only letters
and digits are searched, always bound as parameters.
"""
from __future__ import annotations

import heapq
import json
import re
import unicodedata
from collections import defaultdict
from typing import Any, Hashable, Protocol

from newsgraph.store.queries import Row, find_entities

LIMIT = 20
#: Words of a query looked up (the rest are ignored): enough for any name or phrase start.
MAX_WORDS = 8
#: Most spellings that hold the words, ranked in Python (a query rarely names more).
MAX_SPELLINGS = 500
#: Above every character: ``word < prefix + _TOP`` bounds the words starting with ``prefix``.
_TOP = "\U0010ffff"
_SPLIT = re.compile(r"[^\w]+|_")


class Cards(Protocol):
    """Where the cards of hits are kept between searches (a dict, or a bounded shared map)."""

    def get(self, key: Hashable, default: Any = None) -> Any: ...

    def __setitem__(self, key: Hashable, value: Any) -> None: ...


def fold(text: str) -> str:
    """``text`` without accents (every combining mark) and lower-cased: what DuckDB's
    ``lower(strip_accents(...))`` gives, which folded the index (``serving.WORDS``); done
    here so a search spends no query on it."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.category(c).startswith("M"))
    return unicodedata.normalize("NFC", bare).lower()


def words(q: str) -> list[str]:
    """``q``'s folded words, as the store splits its texts (``serving.WORDS``)."""
    return list(dict.fromkeys(w for w in _SPLIT.split(fold(q)) if w))[:MAX_WORDS]


class NeedsResolution(Exception):
    """Raised by :func:`search` with ``resolve=False`` when no stored spelling holds the words
    and only the (slower) transliteration-aware resolution can name the entities."""


def search(con, q: str, *, limit: int = LIMIT, cards: Cards | None = None,
           resolve: bool = True) -> dict[str, Any]:
    """Entities, articles and quotes holding the words of ``q`` (all empty for a blank query).

    ``cards``: a mapping that keeps what is shown of each hit across searches (the newest
    articles come up in many of them); a server passes a bounded one, shared by its threads.
    ``resolve`` False: raise :class:`NeedsResolution` instead of comparing names one by one
    (a server computes the index answer on its event loop and hands only that case to a
    thread)."""
    q = (q or "").strip()
    found = words(q) if q else []
    if not found:
        return {"q": q, "entities": [], "articles": [], "quotes": []}
    cards = {} if cards is None else cards
    hits = _index_hits(con, found, limit, cards)
    if not hits["entity"]:
        if not resolve:
            raise NeedsResolution(q)
        # a spelling no article used ("Kareem Haddad" for "Karim Haddad"): the store's
        # transliteration-aware resolution, which compares names one by one, so only when
        # no stored spelling holds what was typed
        hits["entity"] = [(r["kb_id"], "", False, None, 0, False)
                          for r in find_entities(con, q, limit=limit)]
    shown = _shown(con, hits, cards)
    return {"q": q, "entities": _entities(hits["entity"], shown["entity"], limit),
            "articles": [{**shown["article"][h[0]], "in_title": h[2]}
                         for h in hits["article"] if h[0] in shown["article"]],
            "quotes": [shown["quote"][h[:2]] for h in hits["quote"] if h[:2] in shown["quote"]]}


def _index_hits(con, found: list[str], limit: int, cards: Cards) -> dict[str, list[tuple]]:
    """The best ``limit`` articles and quotes, and up to ``MAX_SPELLINGS`` entity spellings,
    holding every word of ``found``: ``kind -> [(ref, item, in_title, day, rank, exact)]``, in
    order (``exact``: a spelling equal to the query once folded).

    DuckDB groups the index rows (a few thousand at most) into hits; the ranking is done here:
    a window function in the query cost more to plan than all the rest to run. An entity's
    index rows carry its card, which goes into ``cards`` (no second query for it)."""
    ranges = " OR ".join("(word >= ? AND word < ?)" for _ in found)
    mask = " | ".join(f"(starts_with(word, ?)::INTEGER << {i})" for i in range(len(found)))
    full = (1 << len(found)) - 1
    rows = con.execute(f"""
        SELECT CASE WHEN kind IN ('title', 'text') THEN 'article' ELSE kind END AS k, ref, item,
               bit_or(CASE WHEN kind = 'title' THEN {mask} ELSE 0 END) = {full},
               max(day), max(rank), bool_or(folded = ?), any_value(card)
        FROM search_words WHERE {ranges} GROUP BY k, ref, item HAVING bit_or({mask}) = {full}""",
                       [*found, " ".join(found), *(x for w in found for x in (w, w + _TOP)), *found]
                       ).fetchall()
    grouped: dict[str, list[tuple]] = {"entity": [], "article": [], "quote": []}
    for k, *hit, card in rows:
        grouped[k].append(tuple(hit))
        if card is not None and cards.get((k, hit[0])) is None:  # an entity's card rides along
            cards[(k, hit[0])] = json.loads(card)
    best = {"entity": MAX_SPELLINGS, "article": limit, "quote": limit}
    return {k: heapq.nsmallest(best[k], hits, key=_rank) for k, hits in grouped.items()}


def _rank(hit: tuple) -> tuple:
    """Headline hits first, then the newest (undated last), then by article and place."""
    ref, item, in_title, day, rank, _ = hit
    return (not in_title, day is None, -(day.toordinal() if day else 0), ref, -(rank or 0), item)


#: SQL of what each kind of hit shows, for a list of keys (each ``?``): kind, ref, item, JSON row.
_CARDS = {
    "entity": """
        SELECT 'entity', kb_id, '', to_json(c) FROM (
            SELECT kb_id, type, name, n_articles, first_seen, last_seen FROM canonical_entities
            WHERE kb_id = ANY(?)) c""",
    "article": """
        SELECT 'article', id, '', to_json(a) FROM (
            SELECT id, title, outlet, published, language FROM articles WHERE id = ANY(?)) a""",
    "quote": """
        SELECT 'quote', article_id, quote_id, to_json(x) FROM (
            SELECT q.article_id, q.quote_id, q.text, coalesce(e.name, q.speaker_text) AS speaker_name,
                   e.kb_id AS speaker_kb, a.outlet, a.published, a.language
            FROM (SELECT article_id, quote_id, text, speaker, speaker_text FROM quotes
                  WHERE article_id = ANY(?)) q
            JOIN (SELECT id, outlet, published, language FROM articles
                  WHERE id = ANY(?)) a ON a.id = q.article_id
            LEFT JOIN (SELECT article_id, entity_id, name, kb_id FROM entities
                       WHERE article_id = ANY(?)) e
              ON e.article_id = q.article_id AND e.entity_id = q.speaker) x""",
}


def _shown(con, hits: dict[str, list[tuple]], cards: Cards) -> dict[str, dict]:
    """What the results show (headline, outlet, speaker...), for the few hits: from ``cards``
    when kept there, else in one query (and kept)."""
    out: dict[str, dict] = {"entity": {}, "article": {}, "quote": {}}
    wanted = {(kind, h[:2] if kind == "quote" else h[0]) for kind, rows in hits.items() for h in rows}
    for card in list(wanted):
        kept = cards.get(card)
        if kept is not None:
            out[card[0]][card[1]] = kept
            wanted.discard(card)
    if not wanted:
        return out
    keys = {kind: list({key[0] if kind == "quote" else key for k, key in wanted if k == kind})
            for kind in _CARDS}
    parts = [(_CARDS[kind], keys[kind]) for kind in _CARDS if keys[kind]]
    params = [ids for sql, ids in parts for _ in range(sql.count("?"))]
    rows = con.execute(" UNION ALL ".join(sql for sql, _ in parts), params).fetchall()
    for kind, ref, item, row in rows:
        key = (ref, item) if kind == "quote" else ref
        out[kind][key] = cards[(kind, key)] = json.loads(row)
    return out


def _entities(hits: list[tuple], shown: dict[str, Row], limit: int) -> list[Row]:
    """Entities ranked as ``queries.find_entities`` ranks: an exact spelling first, then
    persons, the most written, the most reported; each with its spellings that matched."""
    spelled: dict[str, list[tuple[str, int]]] = defaultdict(list)
    exact = set()
    for kb, name, _, _, count, is_exact in hits:
        spelled[kb].append((name, count or 0))
        if is_exact:
            exact.add(kb)
    order = sorted((kb for kb in spelled if kb in shown), key=lambda kb: (
        kb not in exact, shown[kb]["type"] != "PER",
        -sum(n for _, n in spelled[kb]), -shown[kb]["n_articles"], shown[kb]["name"]))
    return [{**shown[kb], "matched": [f for f, _ in sorted(spelled[kb], key=lambda s: (-s[1], s[0])) if f]}
            for kb in order[:limit]]
