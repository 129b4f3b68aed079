"""`--workers N`: the same articles, in the same order, whatever the number of processes.

Workers are spawned processes that build their pipeline once; here spaCy's blank French
tokenizer (the storage path is under test, not the stages).
"""
from __future__ import annotations

import functools
import json

import duckdb
import spacy

from newsgraph.runners.local import run
from newsgraph.records import Article, ArticleRecord
from newsgraph.store.ingest import ingest


def _articles(n: int) -> list[Article]:
    return [Article(text=f"La régate numéro {i} a quitté le port de Lorient avec {i + 3} voiliers.",
                    language="fr", outlet="La Vigie du Nord", published="2024-07-01") for i in range(n)]


def test_two_workers_return_every_result_in_input_order():
    articles = _articles(10)
    factory = functools.partial(spacy.blank, "fr")
    chunks = list(run(iter(articles), workers=2, chunk_size=3, nlp_factory=factory))
    results = [r for chunk in chunks for r in chunk]
    assert [len(c) for c in chunks] == [3, 3, 3, 1]
    assert all(isinstance(r, ArticleRecord) for r in results)
    assert [r.id for r in results] == [a.id for a in articles]


def test_ingest_with_workers_stores_each_article_once(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"text": a.text, "language": "fr", "outlet": a.outlet})
                             for a in _articles(9)) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    summary = ingest([src], db=db, workers=2, batch_size=4,
                     nlp_factory=functools.partial(spacy.blank, "fr"))
    assert summary.ingested == 9 and summary.batches == 3
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (9, 9)
