"""Answers kept ready for readers: each entity's profile and the index of search words.

A profile joins six tables and a search scans every text: tens of milliseconds each,
too slow for a web app with many analysts on a small machine. Both depend only on
the stored tables, which change only when an ingest links the corpus, so the writer
builds them then (:func:`refresh`, called at the end of ``store.linking.link_corpus``
and of ``newsgraph import``) and a reader gets either in one lookup:

- ``entity_profiles``: ``store.profile.profiles`` of every canonical entity, as JSON
  compressed with zlib (a tenth of the size: a lookup reads less than it decompresses),
  computed a chunk of entities at a time (a few scans per chunk, not per entity);
- ``search_words``: every folded word (accents and case removed, split on anything
  that is not a letter or a digit) of each entity spelling, headline, text and quote,
  with what it belongs to, sorted by word so a word-prefix range reads one or two
  row groups (DuckDB skips the others by their min/max).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import zlib
from typing import Any

from newsgraph.store import schema
from newsgraph.store.db import insert_rows
from newsgraph.store.profile import profiles
from newsgraph.store.queries import _rows

log = logging.getLogger(__name__)

#: Entities profiled per pass over the tables.
CHUNK = 2000

#: SQL: the folded words of a text column (what ``search.words`` does to a query).
WORDS = r"regexp_split_to_array(lower(strip_accents(coalesce({}, ''))), '[^\p{{L}}\p{{N}}]+')"

_TABLES = {t.name: t for t in schema.SERVING_TABLES}


def refresh(con) -> dict[str, int]:
    """Rebuild the serving tables from the stored ones (in the caller's transaction, if any);
    return the row count of each."""
    for table in schema.SERVING_TABLES:
        con.execute(f'DROP TABLE IF EXISTS "{table.name}"')
        con.execute(table.ddl())
    _profiles(con)
    _search_words(con)
    # a profile is one row fetched by its kb id: the index reads that row alone, where a
    # scan would fetch the profiles of a whole vector of rows around it
    con.execute("CREATE INDEX entity_profiles_kb ON entity_profiles (kb_id)")
    counts = {t.name: con.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
              for t in schema.SERVING_TABLES}
    log.info("serving tables rebuilt: %s", counts)
    return counts


def is_ready(con) -> bool:
    """Does the store hold its serving tables, as this version writes them (same columns), and
    are they filled (any row, or no article)? Whether every article is in them is the ingest's
    check (``store.ingest._unlinked``), which may afford a pass over the articles."""
    import duckdb

    for table in schema.SERVING_TABLES:
        try:
            columns = [r[0] for r in con.execute(f'DESCRIBE "{table.name}"').fetchall()]
        except duckdb.CatalogException:  # a store written before these tables existed
            return False
        if columns != list(table.column_names):  # written by another version
            return False
    words = con.execute("SELECT count(*) FROM (SELECT 1 FROM search_words LIMIT 1)").fetchone()[0]
    return bool(words) or not con.execute("SELECT count(*) FROM articles").fetchone()[0]


def stored_profile(con, kb_id: str) -> str | None:
    """The JSON text of the entity's profile as kept ready, or None (unknown, or not built)."""
    row = con.execute("SELECT profile FROM entity_profiles WHERE kb_id = ?", [kb_id]).fetchone()
    return zlib.decompress(row[0]).decode("utf-8") if row else None


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``value`` (a profile, any answer of the store's questions) as JSON text, dates in ISO
    form, any other value JSON does not know as its text (the web app and ``--json`` alike)."""
    return json.dumps(value, default=_json_value, ensure_ascii=False, indent=indent)


def _json_value(value: Any) -> str:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)


def _profiles(con) -> None:
    entities = _rows(con, "SELECT * FROM canonical_entities ORDER BY kb_id")
    for start in range(0, len(entities), CHUNK):
        done = profiles(con, entities[start:start + CHUNK])
        rows = [(kb, zlib.compress(json_text(p).encode("utf-8"))) for kb, p in done.items()]
        insert_rows(con, {"entity_profiles": rows}, tables=_TABLES)


def _search_words(con) -> None:
    """One row per (word, what holds it): an entity spelling (``ref`` the kb id, ``item`` the
    spelling, ``rank`` how often written, ``card`` the entity as a search shows it), a headline
    or a text (``ref`` the article), a quote (``ref`` the article, ``item`` the quote, ``rank``
    minus its offset); ``day`` the date."""
    con.execute(f"""
        INSERT INTO search_words
        SELECT DISTINCT word, kind, ref, item, folded, day, rank, card FROM (
            SELECT unnest({WORDS.format('n.folded')}) AS word, 'entity' AS kind, n.kb_id AS ref,
                   n.name AS item, n.folded, NULL::DATE AS day, n.hits AS rank,
                   to_json(struct_pack(kb_id := c.kb_id, type := c.type, name := c.name,
                                       n_articles := c.n_articles, first_seen := c.first_seen,
                                       last_seen := c.last_seen))::VARCHAR AS card
            FROM (SELECT kb_id, name, any_value(folded) AS folded, sum("count")::INTEGER AS hits
                  FROM entity_names GROUP BY kb_id, name) n
            JOIN canonical_entities c USING (kb_id)
            UNION ALL
            SELECT unnest({WORDS.format('title')}), 'title', id, '', NULL, published_date, 0, NULL
            FROM articles
            UNION ALL
            SELECT unnest({WORDS.format('text')}), 'text', id, '', NULL, published_date, 0, NULL
            FROM articles
            UNION ALL
            SELECT unnest({WORDS.format('q.text')}), 'quote', q.article_id, q.quote_id, NULL,
                   a.published_date, -q.start, NULL
            FROM quotes q JOIN articles a ON a.id = q.article_id)
        WHERE word <> ''
        ORDER BY word, kind, ref, item""")
