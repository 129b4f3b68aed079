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


def _warc(path, pages):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          http_headers=headers))


def test_warc_responses_are_read_and_bad_ones_located(tmp_path, tokenizer_only):
    page = ("<html><head><title>Le quai Est rouvre</title></head><body><article><h1>Le quai Est "
            "rouvre</h1><p>Le quai Est du port de Dunkerque a rouvert lundi après six semaines de "
            "travaux de dragage, a indiqué la direction du port dans un communiqué.</p><p>Les "
            "premiers cargos sont attendus mardi matin selon la capitainerie.</p></article></body></html>")
    _warc(tmp_path / "crawl.warc.gz", [
        ("https://vigie.example/quai-est", "text/html; charset=utf-8", page.encode("utf-8")),
        ("https://vigie.example/logo.png", "image/png", bytes(range(256))),
        ("https://vigie.example/vide", "text/html", b"<html><body></body></html>"),
    ])
    (tmp_path / "truncated.warc.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    summary = ingest([tmp_path / "crawl.warc.gz", tmp_path / "truncated.warc.gz"],
                     db=tmp_path / "s.duckdb", nlp=tokenizer_only)
    assert summary.ingested == 1
    items = {r.item for r in summary.rejected}
    assert any(i.startswith(f"{tmp_path / 'crawl.warc.gz'}@") for i in items)  # the empty page
    assert str(tmp_path / "truncated.warc.gz") in items
