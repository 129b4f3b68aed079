"""Search across the store: entities by any spelling, articles by headline or text, quotes.

Entities come first from the store's own name resolution (``queries.find_entities``:
an exact stored spelling, accents and case folded, then transliteration-aware
variants), so "Kareem Hadad" finds the person most articles call "Karim Haddad";
then spellings that merely contain what was typed ("hada" while typing). Text
matching is a literal substring test on folded strings (DuckDB ``contains``, which
has no wildcard), so quotes, ``%`` and SQL fragments are characters to look for,
bound as parameters.
"""
from __future__ import annotations

from typing import Any

from newsgraph.store.queries import Row, _rows, find_entities

LIMIT = 20
_FOLD = "strip_accents(lower({}))"


def folded(con, q: str) -> str:
    """``q`` folded as the store folds spellings (``entity_names.folded``), by DuckDB itself."""
    return con.execute("SELECT lower(strip_accents(?))", [q]).fetchone()[0]


def entities(con, q: str, *, limit: int = LIMIT) -> list[Row]:
    """Canonical entities answering to ``q``: resolved names first, then spellings containing it;
    each with the spellings that matched."""
    key = folded(con, q)
    if not key:
        return []
    resolved = [r["kb_id"] for r in find_entities(con, q, limit=limit)]
    contained = [r[0] for r in con.execute("""
        SELECT e.kb_id FROM (SELECT DISTINCT kb_id FROM entity_names WHERE contains(folded, ?)) e
        JOIN canonical_entities c USING (kb_id)
        ORDER BY c.n_articles DESC, c.name LIMIT ?""", [key, limit]).fetchall()]
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
    title = _FOLD.format("coalesce(title, '')")
    return _rows(con, f"""
        SELECT id, title, outlet, published, language, contains({title}, ?) AS in_title
        FROM articles WHERE contains({title}, ?) OR contains({_FOLD.format('text')}, ?)
        ORDER BY in_title DESC, published_date DESC NULLS LAST, id LIMIT ?""",
                 [folded(con, q)] * 3 + [limit])


def quotes(con, q: str, *, limit: int = LIMIT) -> list[Row]:
    """Quotes whose words contain ``q`` (folded), newest first, with speaker and article."""
    return _rows(con, f"""
        WITH hits AS (SELECT article_id, quote_id, text, speaker, speaker_text, start FROM quotes
                      WHERE contains({_FOLD.format('text')}, ?))
        SELECT h.article_id, h.quote_id, h.text, coalesce(e.name, h.speaker_text) AS speaker_name,
               e.kb_id AS speaker_kb, a.outlet, a.published, a.language
        FROM hits h JOIN articles a ON a.id = h.article_id
        LEFT JOIN entities e ON e.article_id = h.article_id AND e.entity_id = h.speaker
        ORDER BY a.published_date DESC NULLS LAST, h.article_id, h.start LIMIT ?""",
                 [folded(con, q), limit])


def search(con, q: str, *, limit: int = LIMIT) -> dict[str, Any]:
    """Entities, articles and quotes matching ``q`` (all empty for a blank query)."""
    q = (q or "").strip()
    if not q:
        return {"q": "", "entities": [], "articles": [], "quotes": []}
    return {"q": q, "entities": entities(con, q, limit=limit),
            "articles": articles(con, q, limit=limit), "quotes": quotes(con, q, limit=limit)}
