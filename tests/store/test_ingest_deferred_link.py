"""`ingest --no-link`: many small batches into a large store without relinking the corpus each
time; the articles are stored at once, the corpus tables wait for the next linking ingest."""
from __future__ import annotations

import duckdb
import pytest
import spacy
from typer.testing import CliRunner

import newsgraph.cli  # noqa: F401  (registers the commands)
from newsgraph.cli.app import app
from newsgraph.store.ingest import ingest


@pytest.fixture(scope="module")
def tokenizer_only():
    from newsgraph.nlp import extensions  # noqa: F401  (Doc._ attributes)

    return spacy.blank("fr")


def _pages(root, start: int, n: int) -> None:
    for i in range(start, start + n):
        (root / f"p{i}.txt").write_text(
            f"LE COURRIER DU LAC\n\n| {i + 1} mai 2024 |\n\nLa digue {i} consolidée\n\n"
            f"Les travaux sur la digue numéro {i} se sont achevés après {i + 3} semaines.\n",
            encoding="utf-8")


def _searchable(db) -> int:
    """Articles whose text the search index (a serving table, built by linking) holds."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        if not con.execute("SELECT count(*) FROM information_schema.tables "
                           "WHERE table_name = 'search_words'").fetchone()[0]:
            return 0
        return con.execute("SELECT count(DISTINCT ref) FROM search_words WHERE kind = 'text'").fetchone()[0]
    finally:
        con.close()


def _articles(db) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_deferred_linking_stores_now_and_links_on_the_next_ingest(tmp_path, tokenizer_only):
    src, db = tmp_path / "in", tmp_path / "s.duckdb"
    src.mkdir()
    _pages(src, 0, 3)
    linked = ingest([src], db=db, nlp=tokenizer_only)
    assert linked.ingested == 3 and _searchable(db) == 3
    _pages(src, 3, 2)
    deferred = ingest([src], db=db, nlp=tokenizer_only, link=False)
    assert deferred.ingested == 2 and deferred.corpus == {}
    assert _articles(db) == 5 and _searchable(db) == 3  # stored, not linked yet
    # nothing new, but two articles are unlinked: a linking ingest links them
    again = ingest([src], db=db, nlp=tokenizer_only)
    assert again.ingested == 0 and again.skipped == 5
    assert again.corpus and _searchable(db) == 5


def test_the_cli_passes_no_link_through(tmp_path, monkeypatch):
    from newsgraph.store import ingest as store_ingest
    from newsgraph.store.ingest import IngestSummary

    seen = {}

    def fake(paths, **options):
        seen.update(options)
        return IngestSummary(ingested=1, skipped=0, rejected=(), batches=1, seconds=0.1,
                             link_seconds=0.0, corpus={})

    monkeypatch.setattr(store_ingest, "ingest", fake)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"),
                                      "--no-link"])
    assert result.exit_code == 0, result.output
    assert seen["link"] is False
    assert "newsgraph relink" in result.output
