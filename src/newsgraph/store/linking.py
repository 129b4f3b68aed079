"""The corpus-level tables, recomputed from the per-article ones in one transaction.

After each ingest: who is who (``link.resolve`` -> ``entities.kb_id``, canonical
entities, their spellings and titles), copies (``link.copies``), re-anchored dates
of later-printed copies, and stories (``link.stories``); then the answers kept ready
for readers (``store.serving``). Recomputing from the stored records keeps the result
independent of the order articles arrived in; every step is blocked or indexed so the
cost grows near-linearly with the corpus.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from typing import Mapping

from newsgraph.link.copies import CopyItem, find_copies, reanchor
from newsgraph.link.entity_match import NameCounts
from newsgraph.link.person_names import fold
from newsgraph.link.resolve import ArticleEntity, resolve
from newsgraph.link.stories import StoryItem, find_stories
from newsgraph.store import schema, serving
from newsgraph.store.db import insert_rows

log = logging.getLogger(__name__)

#: How many other entities of an article describe an entity's context.
CONTEXT_SIZE = 12


def link_corpus(con) -> dict[str, int]:
    """Recompute every corpus table; return the row count of each."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table in schema.CORPUS_TABLES:
            con.execute(f'DELETE FROM "{table.name}"')
        _resolve_entities(con)
        _entity_tables(con)
        copy_rows = _copies(con)
        _stories(con, {r[0]: r[1] for r in copy_rows})
        serving.refresh(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return {t.name: con.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
            for t in schema.CORPUS_TABLES}


def _resolve_entities(con, *, counts: NameCounts | None = None) -> None:
    """Fill ``entities.kb_id`` by ``link.resolve``.

    ``counts``: how common each name word is; by default counted on the entities in ``con``.
    A runner resolving one piece of a larger corpus passes the whole corpus's counts
    (``NameCounts.of`` its person spellings) so that the piece decides as the whole would.
    """
    rows = con.execute("SELECT article_id, entity_id, type, name, aliases, titles FROM entities "
                       "ORDER BY article_id, entity_id").fetchall()
    by_article: dict[str, list[tuple]] = defaultdict(list)
    for r in rows:
        by_article[r[0]].append(r)
    entities = []
    for article_id, ents in by_article.items():
        names = [fold(r[3]) for r in ents]
        for r in ents:
            context = frozenset(n for n in names if n != fold(r[3]))
            context = frozenset(sorted(context)[:CONTEXT_SIZE])
            entities.append(ArticleEntity(article_id=r[0], entity_id=r[1], type=r[2], name=r[3],
                                          aliases=tuple(r[4] or ()), titles=tuple(r[5] or ()),
                                          context=context))
    mapping = resolve(entities, counts=counts)
    table = schema.Table("kb_map", (("article_id", "VARCHAR"), ("entity_id", "VARCHAR"),
                                    ("kb_id", "VARCHAR")), (), "")
    from newsgraph.store.db import to_arrow

    con.register("kb_map", to_arrow(table, [(a, e, k) for (a, e), k in mapping.items()]))
    try:
        con.execute("UPDATE entities SET kb_id = m.kb_id FROM kb_map m "
                    "WHERE entities.article_id = m.article_id AND entities.entity_id = m.entity_id")
    finally:
        con.unregister("kb_map")
    log.info("resolved %d article entities to %d canonical ones", len(mapping), len(set(mapping.values())))


def _entity_tables(con) -> None:
    con.execute("""
        INSERT INTO canonical_entities
        SELECT e.kb_id, any_value(e.type), mode(e.name), count(DISTINCT e.article_id),
               coalesce(sum(m.n), 0), min(a.published_date), max(a.published_date)
        FROM entities e JOIN articles a ON a.id = e.article_id
        LEFT JOIN (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY ALL) m
               USING (article_id, entity_id)
        WHERE e.kb_id IS NOT NULL GROUP BY e.kb_id""")
    con.execute("""
        INSERT INTO entity_names
        WITH spelled AS (
            SELECT e.kb_id, m.text AS name, e.article_id, 1 AS w
            FROM mentions m JOIN entities e USING (article_id, entity_id)
            UNION ALL
            SELECT kb_id, unnest(list_prepend(name, aliases)) AS name, article_id, 0 AS w
            FROM entities)
        SELECT s.kb_id, s.name, a.language, a.outlet,
               CASE WHEN sum(s.w) > 0 THEN sum(s.w) ELSE count(DISTINCT s.article_id) END,
               count(DISTINCT s.article_id), min(a.published_date), max(a.published_date),
               lower(strip_accents(s.name))
        FROM spelled s JOIN articles a ON a.id = s.article_id
        WHERE s.kb_id IS NOT NULL AND s.name IS NOT NULL
        GROUP BY s.kb_id, s.name, a.language, a.outlet""")
    con.execute("""
        INSERT INTO entity_titles
        SELECT DISTINCT t.kb_id, t.title, t.article_id, a.published_date, a.language
        FROM (SELECT kb_id, article_id, unnest(titles) AS title FROM entities) t
        JOIN articles a ON a.id = t.article_id WHERE t.kb_id IS NOT NULL""")


def _copies(con) -> list[tuple]:
    items = [CopyItem(article_id=r[0], signature=tuple(r[1] or ()), published=r[2], outlet=r[3],
                      original_source=r[4])
             for r in con.execute("SELECT id, minhash, published_date, outlet, original_source "
                                  "FROM articles ORDER BY id").fetchall()]
    links = find_copies(items)
    rows = [(c.article_id, c.group_id, c.group_size, c.is_original, c.similarity, c.credited_source,
             c.credited_article, c.original_date, c.printed_later) for c in links]
    insert_rows(con, {"copies": rows})
    later = {c.article_id: c for c in links if c.printed_later}
    re_rows = []
    if later:
        printed = dict(con.execute("SELECT id, published_date FROM articles WHERE id IN "
                                   "(SELECT article_id FROM copies WHERE printed_later)").fetchall())
        for aid, idx, text, value, lang in con.execute(
                "SELECT t.article_id, t.idx, t.text, t.value, a.language FROM times t "
                "JOIN articles a ON a.id = t.article_id WHERE t.anchor = 'document' AND "
                "t.article_id IN (SELECT article_id FROM copies WHERE printed_later)").fetchall():
            c = later[aid]
            moved = reanchor(value, printed=printed[aid], original=c.original_date,
                             weekday=_names_weekday(text, lang))
            if moved:
                re_rows.append((aid, idx, text, value, moved, c.original_date, printed[aid]))
    insert_rows(con, {"reanchored_times": re_rows})
    return rows


def _names_weekday(text: str, lang: str | None) -> bool:
    """Does the time expression name a day of the week (``lang/<code>/times.yaml``)?"""
    from newsgraph.nlp.time_lexicon import key, lexicon

    try:
        days = lexicon(lang or "").weekdays
    except Exception:  # a language without a times lexicon: no weekday words known
        return False
    return any(key(word) in days for word in text.split())


def _stories(con, group_of: dict[str, str], *, df: Mapping[str, int] | None = None) -> None:
    """Fill ``stories`` and ``story_articles`` by ``link.stories.find_stories``.

    ``group_of`` maps an article to its copy group. ``df``: how many reports name an entity
    in the whole corpus, for a runner that groups one piece of it (``find_stories``'s own).
    """
    kbs: dict[str, set[str]] = defaultdict(set)
    for aid, kb in con.execute("SELECT article_id, kb_id FROM entities WHERE kb_id IS NOT NULL "
                               "AND type <> 'MISC'").fetchall():
        kbs[aid].add(kb)
    items = [StoryItem(article_id=r[0], group_id=group_of.get(r[0], r[0]), published=r[1],
                       entities=frozenset(kbs.get(r[0], ())), signature=tuple(r[2] or ()),
                       language=r[3])
             for r in con.execute("SELECT id, published_date, minhash, language FROM articles "
                                  "ORDER BY id").fetchall()]
    stories = find_stories(items, df=df)
    titles = dict(con.execute("SELECT id, title FROM articles").fetchall()) if stories else {}
    insert_rows(con, {
        "stories": [(s.story_id, titles.get(s.article_ids[0]), len(s.article_ids), s.n_groups,
                     list(s.languages), s.first_date, s.last_date) for s in stories],
        "story_articles": [(s.story_id, a) for s in stories for a in s.article_ids],
    })


# Public names of the steps, for runners that compute them piece by piece (runners/spark_link.py).
resolve_entities = _resolve_entities
entity_tables = _entity_tables
copies = _copies
stories = _stories
