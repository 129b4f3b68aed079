"""Bad items inside a batch are reported with location and reason; the rest is ingested.

The NLP here is spaCy's blank French tokenizer (no stages): these tests are about reading,
rejecting and storing, which do not depend on what the stages find.
"""
from __future__ import annotations

import json

import pytest
import spacy

from newsgraph.store.ingest import ingest


@pytest.fixture(scope="module")
def tokenizer_only():
    from newsgraph.nlp import extensions  # noqa: F401  (Doc._ attributes)

    return spacy.blank("fr")


def _page(i: int) -> str:
    return (f"LA VIGIE DU NORD\n\n| {i + 1} mars 2024 |\n\nLe port de Dunkerque rouvre le quai {i}\n\n"
            f"Le quai numéro {i} du port de Dunkerque a rouvert après des travaux de dragage "
            f"qui ont duré {i + 2} semaines, a indiqué la direction du port.\n")


def _bad_batch(root):
    good = [{"title": f"Quai {i}", "published": "2024-03-01", "outlet": "La Vigie du Nord",
             "language": "fr", "text": f"Le quai {i} du port a rouvert après {i} semaines de travaux."}
            for i in range(4)]
    lines = [json.dumps(good[0]), "{not json at all", json.dumps(good[1]), "[1, 2]",
             json.dumps({"title": "sans texte"}), json.dumps(good[2]), json.dumps(good[3])]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "broken.rss").write_text("<rss><channel><item><title>oops", encoding="utf-8")
    (root / "image.txt").write_bytes(bytes(range(256)) * 8)
    for i in range(3):
        (root / f"page{i}.txt").write_text(_page(i), encoding="utf-8")


def test_bad_items_are_reported_with_location_and_the_rest_ingested(tmp_path, tokenizer_only):
    src = tmp_path / "in"
    src.mkdir()
    _bad_batch(src)
    summary = ingest([src], db=tmp_path / "s.duckdb", nlp=tokenizer_only, batch_size=2)
    assert summary.ingested == 4 + 3
    where = {r.item: r.reason for r in summary.rejected}
    jsonl = str(src / "feed.jsonl")
    assert "not valid JSON" in where[f"{jsonl}:2"]
    assert f"{jsonl}:4" in where and "text" in where[f"{jsonl}:5"]
    assert "feed" in where[str(src / "broken.rss")]
    assert "binary" in where[str(src / "image.txt")]
    assert len(summary.rejected) == 5


def test_reingest_skips_everything_and_changes_nothing(tmp_path, tokenizer_only):
    src = tmp_path / "in"
    src.mkdir()
    _bad_batch(src)
    db = tmp_path / "s.duckdb"
    ingest([src], db=db, nlp=tokenizer_only)
    again = ingest([src], db=db, nlp=tokenizer_only)
    assert again.ingested == 0 and again.skipped == 7 and len(again.rejected) == 5
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (7, 7)
