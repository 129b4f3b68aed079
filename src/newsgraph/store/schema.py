"""The store's tables, declared once: table -> columns with DuckDB types.

This is the one place the layout lives. The DuckDB store creates its tables from
it, the exports write it, and the Spark runner writes the same tables as Parquet
with the same column names and types (``ARROW_TYPES`` maps each DuckDB type to
its Arrow/Parquet counterpart). ``newsgraph.store.rows`` builds the per-article
rows from records with no database in sight, so any runner can call it.

Two kinds of tables:

- per article (``ARTICLE_TABLES``): mirror the record of SCHEMA.md v1; written
  once per article, in the same transaction as its ``articles`` row.
- corpus level (``CORPUS_TABLES``): who is who across articles, copies, stories;
  recomputed from the per-article tables by ``newsgraph.store.linking``.

A third kind, ``SERVING_TABLES``, holds nothing new: answers derived from the two
others and kept ready so that a reader gets them in one lookup (each entity's profile,
the search words). ``newsgraph.store.serving`` rebuilds them after each linking; they
are neither exported nor written by Spark (``newsgraph import`` rebuilds them).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    """A table: its name, ordered ``(column, DuckDB type)`` pairs, its key and what a row is.

    ``key`` is the columns that identify a row; only ``enforced`` keys become a DuckDB
    PRIMARY KEY (the articles table): child rows are unique because they are written in the
    same transaction as their article, and an index on every child table costs memory at scale.
    """

    name: str
    columns: tuple[tuple[str, str], ...]
    key: tuple[str, ...]
    doc: str
    enforced: bool = False

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.columns)

    def ddl(self) -> str:
        """``CREATE TABLE IF NOT EXISTS`` for DuckDB."""
        cols = ",\n  ".join(f'"{c}" {t}' for c, t in self.columns)
        key = f',\n  PRIMARY KEY ({", ".join(chr(34) + k + chr(34) for k in self.key)})' if self.enforced else ""
        return f'CREATE TABLE IF NOT EXISTS "{self.name}" (\n  {cols}{key}\n)'


def _t(name: str, key: tuple[str, ...], doc: str, *columns: tuple[str, str],
       enforced: bool = False) -> Table:
    return Table(name=name, columns=tuple(columns), key=key, doc=doc, enforced=enforced)


V, I, D, B, L = "VARCHAR", "INTEGER", "DOUBLE", "BOOLEAN", "VARCHAR[]"

ARTICLES = _t(
    "articles", ("id",), "one row per article: the record's document part",
    ("id", V), ("url", V), ("outlet", V), ("title", V), ("published", V), ("published_date", "DATE"),
    ("published_from", V), ("dates_seen", V), ("language", V), ("original_source", V),
    ("byline", V), ("source", V), ("text", V), ("schema_version", V), ("minhash", "UBIGINT[]"),
    enforced=True,
)
ENTITIES = _t(
    "entities", ("article_id", "entity_id"), "the entities of each article, with the canonical kb_id",
    ("article_id", V), ("entity_id", V), ("type", V), ("name", V), ("aliases", L), ("titles", L),
    ("kb_id", V),
)
MENTIONS = _t(
    "mentions", ("article_id", "entity_id", "start"), "every mention of an article entity",
    ("article_id", V), ("entity_id", V), ("start", I), ("end", I), ("text", V),
)
QUOTES = _t(
    "quotes", ("article_id", "quote_id"), "quotes with their speaker (article entity id) and cue",
    ("article_id", V), ("quote_id", V), ("text", V), ("start", I), ("end", I), ("direct", B),
    ("speaker", V), ("cue", V), ("speaker_text", V), ("anonymous", B), ("addressee", V),
    ("addressee_text", V), ("text_key", V),
)
TIMES = _t(
    "times", ("article_id", "idx"), "time expressions, resolved against the article's date",
    ("article_id", V), ("idx", I), ("text", V), ("start", I), ("end", I), ("value", V),
    ("anchor", V), ("type", V),
)
EVENTS = _t(
    "events", ("article_id", "event_id"), "events; actor/target/place/source are article entity ids",
    ("article_id", V), ("event_id", V), ("type", V), ("cameo", V), ("actor", V), ("target", V),
    ("place", V), ("time", V), ("negated", B), ("source", V), ("trigger_start", I),
    ("trigger_end", I), ("trigger_text", V), ("sentence_start", I), ("sentence_end", I),
    ("confidence", D), ("modality", V),
)
REJECTIONS = _t(
    "rejections", ("item",), "input items that were not ingested, with the reason",
    ("item", V), ("reason", V), enforced=True,
)

CANONICAL = _t(
    "canonical_entities", ("kb_id",), "one row per real-world entity across the corpus",
    ("kb_id", V), ("type", V), ("name", V), ("n_articles", I), ("n_mentions", I),
    ("first_seen", "DATE"), ("last_seen", "DATE"),
)
NAMES = _t(
    "entity_names", ("kb_id", "name", "language", "outlet"),
    "every spelling of a canonical entity, counted by language and outlet",
    ("kb_id", V), ("name", V), ("language", V), ("outlet", V), ("count", I), ("n_articles", I),
    ("first_seen", "DATE"), ("last_seen", "DATE"), ("folded", V),
)
TITLES = _t(
    "entity_titles", ("kb_id", "title", "article_id"), "titles and roles given, with the date seen",
    ("kb_id", V), ("title", V), ("article_id", V), ("seen", "DATE"), ("language", V),
)
COPIES = _t(
    "copies", ("article_id",), "copy groups: articles sharing one text (near-duplicates or credited)",
    ("article_id", V), ("group_id", V), ("group_size", I), ("is_original", B), ("similarity", D),
    ("credited_source", V), ("credited_article", V), ("original_date", "DATE"),
    ("printed_later", B),
)
REANCHORED = _t(
    "reanchored_times", ("article_id", "idx"),
    "relative dates of a later-printed copy, re-anchored on the probable original date (flagged)",
    ("article_id", V), ("idx", I), ("text", V), ("value_printed", V), ("value_original", V),
    ("original_date", "DATE"), ("printed_date", "DATE"),
)
STORIES = _t(
    "stories", ("story_id",), "happenings reported across outlets and languages",
    ("story_id", V), ("label", V), ("n_articles", I), ("n_groups", I), ("languages", L),
    ("first_date", "DATE"), ("last_date", "DATE"),
)
STORY_ARTICLES = _t(
    "story_articles", ("story_id", "article_id"), "which articles form each story",
    ("story_id", V), ("article_id", V),
)

ARTICLE_TABLES: tuple[Table, ...] = (ARTICLES, ENTITIES, MENTIONS, QUOTES, TIMES, EVENTS)
CORPUS_TABLES: tuple[Table, ...] = (CANONICAL, NAMES, TITLES, COPIES, REANCHORED, STORIES,
                                    STORY_ARTICLES)
TABLES: dict[str, Table] = {t.name: t for t in (*ARTICLE_TABLES, REJECTIONS, *CORPUS_TABLES)}

PROFILES = _t(
    "entity_profiles", ("kb_id",), "each canonical entity's profile (store.profile), as zlib-compressed JSON",
    ("kb_id", V), ("profile", "BLOB"),
)
SEARCH_WORDS = _t(
    "search_words", ("word", "kind", "ref", "item"),
    "folded words of entity spellings, headlines, texts and quotes, sorted by word, with what "
    "ranks a hit: the spelling (folded too) and how often written, the date, a quote's place; an "
    "entity's rows carry its card (what a search shows of it, as JSON)",
    ("word", V), ("kind", V), ("ref", V), ("item", V), ("folded", V), ("day", "DATE"), ("rank", I),
    ("card", V),
)
SERVING_TABLES: tuple[Table, ...] = (PROFILES, SEARCH_WORDS)

#: DuckDB type -> pyarrow type name, for writers that do not go through DuckDB (Spark, Parquet).
ARROW_TYPES = {
    "VARCHAR": "string", "INTEGER": "int32", "DOUBLE": "float64", "BOOLEAN": "bool",
    "DATE": "date32", "VARCHAR[]": "list<string>", "UBIGINT[]": "list<uint64>", "BLOB": "binary",
}


def arrow_schema(table: Table):
    """The pyarrow schema of ``table`` (pyarrow imported here, only when asked)."""
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
        "DATE": pa.date32(), "VARCHAR[]": pa.list_(pa.string()), "UBIGINT[]": pa.list_(pa.uint64()),
        "BLOB": pa.binary(),
    }
    return pa.schema([(c, types[t]) for c, t in table.columns])
