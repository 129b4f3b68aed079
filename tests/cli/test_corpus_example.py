"""`newsgraph ingest` the example corpus, then ask `newsgraph entity`, `quotes`, `events`, `story`.

The corpus (src/newsgraph/examples/corpus, fictional) has one minister under several
spellings in French and English, a page republished with a credit line, and a namesake.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli.app import app
import newsgraph.cli  # noqa: F401  (registers the commands)

CORPUS = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "examples" / "corpus"
runner = CliRunner()


def _json(*args):
    result = runner.invoke(app, [*args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp_fr, nlp_en):
    path = tmp_path_factory.mktemp("corpus") / "demo.duckdb"
    summary = _json("ingest", str(CORPUS), "--db", str(path), "--json")
    assert summary["rejected"] == [] and summary["ingested"] == 9
    return str(path)


@pytest.mark.slow
def test_entity_shows_one_person_with_all_spellings_in_both_languages(db):
    profile = _json("entity", "Karim Haddad", "--db", db, "--json")
    spellings = {s["name"] for s in profile["spellings"]}
    assert {"Karim Haddad", "Kareem Hadad", "K. Haddad", "Haddad"} <= spellings
    assert profile["languages"] == ["en", "fr"]
    assert profile["entity"]["n_articles"] >= 6
    # any spelling finds the same entity
    for name in ("Kareem Hadad", "K. Haddad", "karim haddad"):
        assert _json("entity", name, "--db", db, "--json")["entity"]["kb_id"] == profile["entity"]["kb_id"]


@pytest.mark.slow
def test_namesakes_stay_apart(db):
    minister = _json("entity", "Karim Haddad", "--db", db, "--json")
    coach = _json("entity", "Nabil Haddad", "--db", db, "--json")
    assert coach["entity"]["kb_id"] != minister["entity"]["kb_id"]
    assert not any("Nabil" in s["name"] for s in minister["spellings"])
    assert not any(a["title"] and "Cedars" in a["title"] for a in minister["articles"])


@pytest.mark.slow
def test_the_republished_page_is_linked_to_its_original(db):
    minister = _json("entity", "Karim Haddad", "--db", db, "--json")
    copy = next(a for a in minister["articles"] if a["outlet"] == "Al-Manara Info")
    original = next(a for a in minister["articles"]
                    if a["outlet"] == "Le Courrier du Levant" and "Rabat" in a["title"])
    assert copy["copy_group"] == original["id"] and original["is_original"]
    assert copy["original_source"] == "Le Courrier du Levant" and copy["printed_later"]
    # the copy's relative dates, re-anchored on the original's date, shown beside its own
    # ("mercredi" in a page printed on Saturday is read again against the original's Thursday)
    shifted = [v for v in minister["events"] if v["article_id"] == copy["id"] and v.get("reanchored")]
    assert shifted
    first = {v["time"] for v in minister["events"] if v["article_id"] == original["id"]}
    assert all(v["time_reanchored"] in first for v in shifted)


@pytest.mark.slow
def test_copies_count_once_as_independent_sources(db):
    visits = _json("events", "--actor", "Karim Haddad", "--type", "visit", "--db", db, "--json")
    outlets = {v["outlet"] for v in visits}
    assert {"Le Courrier du Levant", "Al-Manara Info"} <= outlets
    rabat = [v for v in visits if v["outlet"] in ("Le Courrier du Levant", "Al-Manara Info")]
    assert all(v["sources"] == 1 for v in rabat)


@pytest.mark.slow
def test_stories_group_reports_across_languages(db):
    stories = _json("story", "--db", db, "--json")
    assert any(set(s["languages"]) == {"en", "fr"} for s in stories)
    one = _json("story", stories[0]["story_id"], "--db", db, "--json")
    assert len(one["articles"]) == stories[0]["n_articles"] and one["entities"]


@pytest.mark.slow
def test_quotes_by_and_unknown_name(db):
    rows = _json("quotes", "--by", "Nabil Haddad", "--db", db, "--json")
    assert rows and all(r["speaker_kb"] == rows[0]["speaker_kb"] for r in rows)
    result = runner.invoke(app, ["entity", "Zzyzx Qwerty", "--db", db])
    assert result.exit_code != 0


@pytest.mark.slow
def test_export_writes_one_file_per_table(db, tmp_path):
    result = runner.invoke(app, ["export", "--format", "csv", "--out", str(tmp_path), "--db", db])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "articles.csv").exists() and (tmp_path / "entity_names.csv").exists()
