"""Search across the store: entities by any spelling, articles by headline or text, quotes.

Entities are found by their stored spellings, accents and case folded: an exact
spelling first (ranked as ``queries.find_entities`` ranks: persons, then the most
written), then spellings containing what was typed ("hada" while typing). When no
stored spelling holds it, the store's transliteration-aware resolution
(``queries.find_entities``) answers, so "Kareem Haddad" finds the person the articles
call "Karim Haddad" or "Kareem Hadad". Text
matching is a literal substring test on folded strings (DuckDB ``contains``, which
has no wildcard), so quotes, ``%`` and SQL fragments are characters to look for,
bound as parameters.
"""
from __future__ import annotations

from typing import Any

from newsgraph.store.queries import Row, _rows, find_entities

LIMIT = 20
_FOLD = "strip_accents(lower({}))"
#: Letters that carry accents in the languages stored: in the prefilter they match any letter.
_ACCENTABLE = frozenset("aeiouycn")


def _like(key: str) -> str:
    """A LIKE pattern every text whose folded form contains ``key`` matches before folding:
    the query's accentable letters become ``_`` (one character: "e" matches "é"), LIKE's own
    characters are escaped. Matching it (ILIKE, case ignored) is cheap; folding every text
    (``strip_accents``) is not, so only the texts it keeps are folded and compared."""
    out = []
    for ch in key:
        out.append("_" if ch in _ACCENTABLE else "\\" + ch if ch in "%_\\" else ch)
    return "%" + "".join(out) + "%"


def _contains(column: str) -> str:
    """SQL: ``column`` contains the folded query (parameters: the LIKE pattern, the key)."""
    return f"({column} ILIKE ? ESCAPE '\\' AND contains({_FOLD.format(column)}, ?))"


def folded(con, q: str) -> str:
    """``q`` folded as the store folds spellings (``entity_names.folded``), by DuckDB itself."""
    return con.execute("SELECT lower(strip_accents(?))", [q]).fetchone()[0]


def entities(con, q: str, *, limit: int = LIMIT) -> list[Row]:
    """Canonical entities answering to ``q``: exact spellings first, then spellings containing it
    (or, when none does, the names it resolves to as a variant);
    each with the spellings that matched."""
    key = folded(con, q)
    if not key:
        return []
    contained = [r[0] for r in con.execute("""
        SELECT e.kb_id FROM (SELECT kb_id, max(folded = ?) AS exact, sum("count") AS hits
                             FROM entity_names WHERE contains(folded, ?) GROUP BY kb_id) e
        JOIN canonical_entities c USING (kb_id)
        ORDER BY e.exact DESC, (c.type = 'PER') DESC, e.hits DESC, c.n_articles DESC, c.name
        LIMIT ?""", [key, key, limit]).fetchall()]
    # a spelling no article used ("Kareem Haddad" for "Karim Haddad"): the store's
    # transliteration-aware resolution, which compares names one by one, so only when
    # no stored spelling holds what was typed
    resolved = [] if contained else [r["kb_id"] for r in find_entities(con, q, limit=limit)]
    order = list(dict.fromkeys(resolved + contained))[:limit]
    if not order:
        return []
    rows = _rows(con, """
        SELECT c.kb_id, c.type, c.name, c.n_articles, c.first_seen, c.last_seen,
               list(n.name ORDER BY n.hits DESC, n.name) FILTER (WHERE contains(n.folded, ?)) AS matched
        FROM canonical_entities c JOIN (
            SELECT kb_id, name, any_value(folded) AS folded, sum("count") AS hits FROM entity_names
            WHERE list_contains(?, kb_id) GROUP BY kb_id, name) n USING (kb_id)
        GROUP BY ALL""", [key, order])
    by_kb = {r["kb_id"]: r for r in rows}
    return [{**by_kb[kb], "matched": by_kb[kb]["matched"] or []} for kb in order if kb in by_kb]


def articles(con, q: str, *, limit: int = LIMIT) -> list[Row]:
    """Articles whose headline or text contains ``q`` (folded); headline hits first, then newest."""
    key = folded(con, q)
    title = "coalesce(title, '')"
    return _rows(con, f"""
        WITH hits AS (SELECT id, title, outlet, published, published_date, language,
                             {_contains(title)} AS in_title
                      FROM articles WHERE {_contains(title)} OR {_contains('text')})
        SELECT id, title, outlet, published, language, in_title FROM hits
        ORDER BY in_title DESC, published_date DESC NULLS LAST, id LIMIT ?""",
                 [_like(key), key] * 3 + [limit])


def quotes(con, q: str, *, limit: int = LIMIT) -> list[Row]:
    """Quotes whose words contain ``q`` (folded), newest first, with speaker and article."""
    key = folded(con, q)
    return _rows(con, f"""
        WITH hits AS (SELECT article_id, quote_id, text, speaker, speaker_text, start FROM quotes
                      WHERE {_contains('text')})
        SELECT h.article_id, h.quote_id, h.text, coalesce(e.name, h.speaker_text) AS speaker_name,
               e.kb_id AS speaker_kb, a.outlet, a.published, a.language
        FROM hits h JOIN articles a ON a.id = h.article_id
        LEFT JOIN entities e ON e.article_id = h.article_id AND e.entity_id = h.speaker
        ORDER BY a.published_date DESC NULLS LAST, h.article_id, h.start LIMIT ?""",
                 [_like(key), key, limit])


def search(con, q: str, *, limit: int = LIMIT) -> dict[str, Any]:
    """Entities, articles and quotes matching ``q`` (all empty for a blank query)."""
    q = (q or "").strip()
    if not q:
        return {"q": "", "entities": [], "articles": [], "quotes": []}
    return {"q": q, "entities": entities(con, q, limit=limit),
            "articles": articles(con, q, limit=limit), "quotes": quotes(con, q, limit=limit)}
