"""Search across the store: entities by any spelling, articles by headline or text, quotes.

A query is folded as the store folds text (accents and case removed) and split into
words; a result must hold every word, each as the start of one of its words ("karim
hadd" while typing finds "Karim Haddad"). The words are looked up in the store's
``search_words`` index (``store.serving``), sorted by word, so a query reads a few row
groups instead of every text. The entities found rank as ``queries.find_entities``
ranks (an exact spelling first, then persons, then the most written); when no stored
spelling holds the words, the store's transliteration-aware resolution
(``queries.find_entities``) answers, so "Kareem Haddad" finds the person the articles
call "Karim Haddad". Quotes, ``%`` and SQL fragments in a query are characters to
look for: only letters and digits are searched, always bound as parameters.
"""
from __future__ import annotations

import re
from typing import Any

from newsgraph.store.queries import Row, _rows, find_entities

LIMIT = 20
#: Words of a query looked up (the rest are ignored): enough for any name or phrase start.
MAX_WORDS = 8
#: Above every character: ``word < prefix + _TOP`` bounds the words starting with ``prefix``.
_TOP = "\U0010ffff"
_SPLIT = re.compile(r"[^\w]+|_")


def words(con, q: str) -> list[str]:
    """``q``'s folded words, as the store splits its texts (``serving.WORDS``), by DuckDB itself."""
    folded = con.execute("SELECT lower(strip_accents(?))", [q]).fetchone()[0] or ""
    return list(dict.fromkeys(w for w in _SPLIT.split(folded) if w))[:MAX_WORDS]


def _hits(kinds: str, group: str, found: list[str]) -> tuple[str, list]:
    """SQL selecting ``group`` columns of the ``search_words`` rows of ``kinds`` that hold every
    word of ``found`` (as a word start), with ``matched``: the bit mask of words each holds."""
    ranges = " OR ".join("(word >= ? AND word < ?)" for _ in found)
    mask = " | ".join(f"(starts_with(word, ?)::INTEGER << {i})" for i in range(len(found)))
    full = (1 << len(found)) - 1
    sql = (f"SELECT {group}, bit_or({mask}) AS matched FROM search_words "
           f"WHERE kind IN ({kinds}) AND ({ranges}) GROUP BY {group} HAVING matched = {full}")
    return sql, [*found, *(x for w in found for x in (w, w + _TOP))]


def entities(con, q: str, *, limit: int = LIMIT, found: list[str] | None = None) -> list[Row]:
    """Canonical entities answering to ``q``: exact spellings first, then spellings holding its
    words (or, when none does, the names it resolves to as a variant); each with the spellings
    that matched. ``found``: ``q``'s words when the caller has them already."""
    found = words(con, q) if found is None else found
    if not found:
        return []
    hits, params = _hits("'entity'", "ref", found)
    rows = _spelled(con, f"kb_id IN (SELECT ref FROM ({hits}))", params, " ".join(found), limit)
    if not rows:
        # a spelling no article used ("Kareem Haddad" for "Karim Haddad"): the store's
        # transliteration-aware resolution, which compares names one by one, so only when
        # no stored spelling holds what was typed
        order = [r["kb_id"] for r in find_entities(con, q, limit=limit)]
        by_kb = {r["kb_id"]: r for r in _spelled(con, "kb_id = ANY(?)", [order], "", limit)}
        rows = [by_kb[kb] for kb in order if kb in by_kb]
    for r in rows:
        spelled = zip(r.pop("spellings"), r.pop("folded"))
        r["matched"] = [name for name, folded in spelled if _holds(folded, found)]
    return rows


def _spelled(con, where: str, params: list, exact: str, limit: int) -> list[Row]:
    """Canonical entities whose spellings pass ``where`` (on ``entity_names``), ranked: an exact
    spelling first, then persons, the most written, the most reported; with their spellings."""
    return _rows(con, f"""
        WITH spelled AS (
            SELECT kb_id, name, any_value(folded) AS folded, sum("count") AS hits,
                   max(folded = ?) AS exact
            FROM entity_names WHERE {where} GROUP BY kb_id, name)
        SELECT c.kb_id, c.type, c.name, c.n_articles, c.first_seen, c.last_seen,
               list(s.name ORDER BY s.hits DESC, s.name) AS spellings,
               list(s.folded ORDER BY s.hits DESC, s.name) AS folded
        FROM spelled s JOIN canonical_entities c USING (kb_id)
        GROUP BY c.kb_id, c.type, c.name, c.n_articles, c.first_seen, c.last_seen
        ORDER BY max(s.exact) DESC, (c.type = 'PER') DESC, sum(s.hits) DESC, c.n_articles DESC, c.name
        LIMIT ?""", [exact, *params, limit])


def _holds(folded: str, found: list[str]) -> bool:
    """Does the folded text hold every query word as the start of one of its words?"""
    own = [w for w in _SPLIT.split(folded or "") if w]
    return all(any(w.startswith(f) for w in own) for f in found)


def articles(con, q: str, *, limit: int = LIMIT, found: list[str] | None = None) -> list[Row]:
    """Articles whose headline or text holds ``q``'s words; headline hits first, then newest."""
    found = words(con, q) if found is None else found
    if not found:
        return []
    hits, params = _hits("'title', 'text'", "ref", found)
    title_hits, title_params = _hits("'title'", "ref", found)
    return _rows(con, f"""
        WITH hits AS ({hits}), in_title AS ({title_hits})
        SELECT a.id, a.title, a.outlet, a.published, a.language,
               a.id IN (SELECT ref FROM in_title) AS in_title
        FROM articles a WHERE a.id IN (SELECT ref FROM hits)
        ORDER BY in_title DESC, a.published_date DESC NULLS LAST, a.id LIMIT ?""",
                 [*params, *title_params, limit])


def quotes(con, q: str, *, limit: int = LIMIT, found: list[str] | None = None) -> list[Row]:
    """Quotes whose words hold ``q``'s words, newest first, with speaker and article."""
    found = words(con, q) if found is None else found
    if not found:
        return []
    hits, params = _hits("'quote'", "ref, item", found)
    return _rows(con, f"""
        WITH hits AS ({hits})
        SELECT q.article_id, q.quote_id, q.text, coalesce(e.name, q.speaker_text) AS speaker_name,
               e.kb_id AS speaker_kb, a.outlet, a.published, a.language
        FROM quotes q JOIN hits h ON h.ref = q.article_id AND h.item = q.quote_id
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker
        ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.start LIMIT ?""",
                 [*params, limit])


def search(con, q: str, *, limit: int = LIMIT) -> dict[str, Any]:
    """Entities, articles and quotes matching ``q`` (all empty for a blank query)."""
    q = (q or "").strip()
    if not q:
        return {"q": "", "entities": [], "articles": [], "quotes": []}
    found = words(con, q)
    return {"q": q, "entities": entities(con, q, limit=limit, found=found),
            "articles": articles(con, q, limit=limit, found=found),
            "quotes": quotes(con, q, limit=limit, found=found)}
