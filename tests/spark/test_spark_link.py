"""Corpus-level steps on Spark (local[2]) agree with the local store's on the same records.

Records are built by hand (no spaCy: fast, and rich where the stages may still be sparse):
one person under several spellings across French and English articles, a namesake who
shares the surname, a copy republished with a credit line, and two stories. The local side
is ``newsgraph.store.linking.link_corpus`` on a DuckDB holding the same rows.
"""
from __future__ import annotations

import shutil

import pytest

from newsgraph.records import Article, ArticleRecord, Entity, Mention

pytestmark = pytest.mark.spark

if shutil.which("java") is None:
    pytest.skip("Spark needs Java and no `java` is on PATH (make system-deps installs it)",
                allow_module_level=True)
pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'newsgraph[spark]')")

DAM_FR = ("La ministre de l'Énergie {name} a visité lundi la centrale de Valbonne. Elle a promis de "
          "doubler la capacité du barrage d'ici trois ans, devant les ouvriers et le maire Julien "
          "Perrault, qui réclame depuis longtemps des crédits pour la vallée. {extra}")
STRIKE = ("The dockers' union leader {name} called a strike at the port of Brindmoor on {day}, accusing "
          "the shipping company Nordal Lines of cutting wages by a tenth since the winter. {extra}")


def _ent(eid: str, type_: str, name: str, text: str, *, aliases=(), titles=()) -> Entity:
    start = text.find(name)
    mentions = (Mention(start, start + len(name), name),) if start >= 0 else ()
    return Entity(id=eid, type=type_, name=name, aliases=tuple(aliases), titles=tuple(titles),
                  mentions=mentions)


def _record(text: str, *, outlet: str, published: str, language: str, people, source=None) -> ArticleRecord:
    article = Article(text=text, outlet=outlet, published=published, language=language,
                      original_source=source, source=f"{outlet}:{published}")
    entities = tuple(_ent(f"E{i + 1}", t, n, text, titles=ti) for i, (t, n, ti) in enumerate(people))
    return ArticleRecord(article=article, entities=entities)


def corpus() -> list[ArticleRecord]:
    fr = DAM_FR.format(name="Sofia Marchetti", extra="")
    copy = DAM_FR.format(name="Sofia Marchetti", extra="Les travaux commenceront à l'automne.")
    en = ("Energy minister Sofia Marketti visited the Valbonne plant on Monday and promised to double "
          "the dam's capacity within three years. Mayor Julien Perrault welcomed the plan.")
    bare = ("Des manifestants se sont rassemblés samedi devant la mairie de Valbonne contre le barrage. "
            "Selon les organisateurs, la ministre Marchetti n'a pas répondu à leur lettre.")
    strike1 = STRIKE.format(name="Paolo Marchetti", day="Thursday", extra="")
    strike2 = ("Paolo Marchetti, who leads the dockers at Brindmoor, said on Friday the strike against "
               "Nordal Lines would go on until the wage cuts were withdrawn.")
    minister = "ministre de l'Énergie"
    return [
        _record(fr, outlet="Le Courrier du Sud", published="2024-03-04", language="fr",
                people=[("PER", "Sofia Marchetti", (minister,)), ("PER", "Julien Perrault", ("maire",)),
                        ("LOC", "Valbonne", ())]),
        _record(copy, outlet="Info Montagne", published="2024-03-07", language="fr",
                source="Le Courrier du Sud",
                people=[("PER", "Sofia Marchetti", (minister,)), ("PER", "Julien Perrault", ("maire",)),
                        ("LOC", "Valbonne", ())]),
        _record(en, outlet="Alpine Wire", published="2024-03-05", language="en",
                people=[("PER", "Sofia Marketti", ("energy minister",)), ("PER", "Julien Perrault", ("mayor",)),
                        ("LOC", "Valbonne", ())]),
        _record(bare, outlet="Le Courrier du Sud", published="2024-03-09", language="fr",
                people=[("PER", "Marchetti", ("ministre",)), ("LOC", "Valbonne", ())]),
        _record(strike1, outlet="Harbour Times", published="2024-03-07", language="en",
                people=[("PER", "Paolo Marchetti", ("union leader",)), ("LOC", "Brindmoor", ()),
                        ("ORG", "Nordal Lines", ())]),
        _record(strike2, outlet="Coastal Ledger", published="2024-03-08", language="en",
                people=[("PER", "Paolo Marchetti", ()), ("LOC", "Brindmoor", ()),
                        ("ORG", "Nordal Lines", ())]),
    ]


def _hashable(row) -> tuple:
    return tuple(tuple(v) if isinstance(v, list) else v for v in row)


@pytest.fixture(scope="module")
def both(spark):
    """(local tables, Spark tables): each a dict of table name -> set of rows."""
    import duckdb

    from newsgraph.runners.spark_link import corpus_frames
    from newsgraph.store import schema
    from newsgraph.store.db import insert_rows
    from newsgraph.store.linking import link_corpus
    from newsgraph.store.rows import batch_rows, record_rows

    records = corpus()
    con = duckdb.connect(":memory:")
    for table in schema.TABLES.values():
        con.execute(table.ddl())
    insert_rows(con, batch_rows(records))
    link_corpus(con)
    names = ["entities", *(t.name for t in schema.CORPUS_TABLES)]
    local = {}
    for name in names:
        cols = ", ".join(f'"{c}"' for c in schema.TABLES[name].column_names)
        local[name] = {_hashable(r) for r in con.execute(f'SELECT {cols} FROM "{name}"').fetchall()}
    rows = spark.sparkContext.parallelize(
        [(n, r) for rec in records for n, rs in record_rows(rec).items() for r in rs], 3)
    frames = corpus_frames(spark, rows)
    remote = {name: {_hashable(tuple(r)) for r in frames[name].collect()} for name in names}
    return local, remote


def test_kb_ids_agree_and_are_meaningful(both):
    local, remote = both
    assert remote["entities"] == local["entities"]
    kb = {(r[0][:8], r[3]): r[6] for r in remote["entities"]}
    by_name = {}
    for (_, name), k in kb.items():
        by_name.setdefault(name, set()).add(k)
    assert len(by_name["Paolo Marchetti"]) == 1
    assert by_name["Paolo Marchetti"].isdisjoint(by_name["Sofia Marchetti"])  # namesakes stay apart


@pytest.mark.parametrize("table", ["canonical_entities", "entity_names", "entity_titles", "copies",
                                   "reanchored_times", "stories", "story_articles"])
def test_corpus_tables_agree(both, table):
    local, remote = both
    assert remote[table] == local[table]


def test_the_copy_is_found(both):
    local, remote = both
    assert len(remote["copies"]) == 2
    assert len({r[1] for r in remote["copies"]}) == 1
