"""The answers the store keeps ready (``store.serving``): built by the ingest, equal to what is
computed on demand, and what the web app serves; the search index's word semantics."""
from __future__ import annotations

import asyncio
import json
import shutil

import duckdb
import pytest

from newsgraph.store import profile as profiling
from newsgraph.store import search as searching
from newsgraph.store.serving import is_ready, json_text, stored_profile


@pytest.fixture()
def con(store_path):
    c = duckdb.connect(str(store_path), read_only=True)
    yield c
    c.close()


def test_every_entity_has_its_profile_kept_equal_to_the_computed_one(con):
    kbs = [r[0] for r in con.execute("SELECT kb_id FROM canonical_entities").fetchall()]
    assert kbs and is_ready(con)
    for kb in kbs:
        kept = stored_profile(con, kb)
        assert kept is not None, kb
        assert json.loads(kept) == json.loads(json_text(profiling.entity_profile(con, kb))), kb
    assert stored_profile(con, "K000000000000") is None


def test_a_profile_reads_the_newest_articles_when_there_are_more(con, facts, monkeypatch):
    dates = sorted((r[0], r[1]) for r in con.execute(
        "SELECT DISTINCT a.published_date, a.id FROM entities e JOIN articles a ON a.id = e.article_id "
        "WHERE e.kb_id = ?", [facts["person"]]).fetchall())
    assert len(dates) > 2
    monkeypatch.setattr(profiling, "LIMIT", 2)
    shown = profiling.entity_profile(con, facts["person"])["articles"]
    assert [a["id"] for a in shown] == [aid for _, aid in dates[-2:]]


def test_search_words_are_word_starts_anywhere_in_the_text(con):
    title, text = con.execute("SELECT title, text FROM articles WHERE language = 'fr' "
                              "ORDER BY id LIMIT 1").fetchone()
    words = [w for w in searching._SPLIT.split(text.lower()) if len(w) > 6]
    middle = words[len(words) // 2]
    aid = con.execute("SELECT id FROM articles WHERE language = 'fr' ORDER BY id LIMIT 1").fetchone()[0]
    for q in (middle, middle[:5].upper(), f"{words[0]} {middle[:4]}"):
        assert aid in [a["id"] for a in searching.search(con, q, limit=200)["articles"]], q
    # inside a word is not a word start; every word must be there
    assert aid not in [a["id"] for a in searching.search(con, middle[2:], limit=200)["articles"]
                       if middle[2:] not in searching._SPLIT.split(text.lower())]
    assert searching.search(con, f"{middle} zqxwvutsr")["articles"] == []
    assert searching.search(con, "'; DROP TABLE articles; --")["q"]


def test_a_store_without_its_serving_tables_is_relinked_by_the_next_ingest(store_path, tmp_path):
    from newsgraph.store.ingest import ingest

    old = tmp_path / "old.duckdb"
    shutil.copy(store_path, old)
    with duckdb.connect(str(old)) as c:
        c.execute("DROP TABLE search_words")
        c.execute("DROP TABLE entity_profiles")
        assert not is_ready(c)
    summary = ingest(articles=[], db=old, total=0)
    assert summary.ingested == 0 and summary.corpus
    with duckdb.connect(str(old), read_only=True) as c:
        assert is_ready(c) and c.execute("SELECT count(*) FROM entity_profiles").fetchone()[0]


def test_entity_page_shows_the_latest_rows_of_a_long_list(client, facts, monkeypatch):
    from newsgraph.web import pages

    data = client.get(f"/api/entities/{facts['person']}").json()
    assert len(data["articles"]) > 1
    monkeypatch.setitem(pages.templates.env.globals, "SHOWN", 1)
    kept = client.app.state.answers
    client.app.state.answers = type(kept)()                            # render anew, then restore
    try:
        html = client.get(f"/entities/{facts['person']}").text
    finally:
        client.app.state.answers = kept
    assert f"Showing articles, the newest 1 of {len(data['articles'])}" in html
    section = html[html.index('<section id="articles">'):]
    assert section.count('<td><a href="/articles/') == 1
    assert f'href="/articles/{data["articles"][-1]["id"]}"' in section


def test_search_cards_kept_between_searches_give_the_same_answers(con, facts):
    name = sorted(facts["spellings"], key=len)[-1]
    cards: dict = {}
    first = searching.search(con, name, cards=cards)
    assert cards and first == searching.search(con, name)
    # a second search reuses the cards it shares with the first, and answers as without them
    word = name.split()[-1]
    assert searching.search(con, word, cards=cards) == searching.search(con, word)


def test_profile_events_name_the_kb_ids_of_their_parties(client, facts):
    data = client.get(f"/api/entities/{facts['person']}").json()
    assert data["events"]
    for v in data["events"]:      # the entity is one of the parties, and each party links
        assert facts["person"] in (v["actor_kb"], v["target_kb"], v["place_kb"]), v
    html = client.get(f"/entities/{facts['person']}").text
    assert html.count(f'href="/entities/{facts["person"]}"') >= 1


def test_story_events_link_their_parties_and_the_event_in_its_article(client, facts, sql):
    data = client.get(f"/api/stories/{facts['story']}").json()
    stored = sql("""SELECT count(*) FROM events WHERE article_id IN
                    (SELECT article_id FROM story_articles WHERE story_id = ?)""", facts["story"])[0][0]
    assert len(data["events"]) == stored
    html = client.get(f"/stories/{facts['story']}").text
    for v in data["events"]:
        assert f'/articles/{v["article_id"]}#event-{v["event_id"]}' in html
        for party in ("actor", "target", "place"):
            if v[f"{party}_kb"]:
                assert f'href="/entities/{v[party + "_kb"]}"' in html


def test_titles_count_independent_sources(client, facts, sql):
    data = client.get(f"/api/entities/{facts['person']}").json()
    assert data["titles"]
    for t in data["titles"]:
        groups = sql("""SELECT count(DISTINCT coalesce(c.group_id, t.article_id)) FROM entity_titles t
                        LEFT JOIN copies c ON c.article_id = t.article_id
                        WHERE t.kb_id = ? AND t.title = ?""", facts["person"], t["title"])[0][0]
        assert 1 <= t["sources"] == groups <= t["articles"]


def test_the_app_refuses_a_store_without_its_serving_tables_and_relink_mends_it(store_path, tmp_path):
    import subprocess
    import sys

    from newsgraph.errors import StoreError
    from newsgraph.web import create_app

    old = tmp_path / "old.duckdb"
    shutil.copy(store_path, old)
    with duckdb.connect(str(old)) as c:
        c.execute("DROP TABLE search_words")
    with pytest.raises(StoreError, match="newsgraph relink"):
        create_app(db=old)
    cli = [sys.executable, "-c", "from newsgraph.cli import main; main()"]
    done = subprocess.run([*cli, "relink", "--db", str(old)], capture_output=True, text=True)
    assert done.returncode == 0 and "relinked" in done.stdout, done.stderr
    create_app(db=old).state.store.close()
    missing = subprocess.run([*cli, "relink", "--db", str(tmp_path / "none.duckdb")],
                             capture_output=True, text=True)
    assert missing.returncode == 2 and "no such store" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_query_folding_is_the_index_folding(con):
    """A query is folded in Python, the index by DuckDB: they must agree, or words go unfound."""
    sample = ("Élysée ÇA déjà vu Ærø Straße İstanbul Ğ ﬁn Œuvre naïve Québec Mañana Łódź "
              "Ẓarīf al-Ḥusaynī Đorđe 한국어 ﻿Qā'ānī ĲSSEL Ǆ ½")
    assert searching.fold(sample) == con.execute("SELECT lower(strip_accents(?))", [sample]).fetchone()[0]


def test_serving_tables_of_another_version_are_not_ready(store_path, tmp_path):
    old = tmp_path / "other.duckdb"
    shutil.copy(store_path, old)
    with duckdb.connect(str(old)) as c:
        assert is_ready(c)
        c.execute("ALTER TABLE search_words DROP COLUMN card")
        assert not is_ready(c)


def test_a_spelling_no_article_used_is_resolved_off_the_event_loop(client, con, facts, monkeypatch):
    """The word index answers on the event loop; a spelling it does not hold raises
    NeedsResolution there and the name comparison runs in a worker thread instead."""
    stored = sorted(s for s in facts["spellings"] if len(s.split()) == 2 and "." not in s)[0]
    given, family = stored.split()
    unseen = f"{given} {family}{family[-1]}"                 # a doubled last letter
    assert unseen not in facts["spellings"]
    assert searching.search(con, stored, resolve=False)["entities"]
    with pytest.raises(searching.NeedsResolution):
        searching.search(con, f"{unseen} zqxwvutsr", resolve=False)
    threads = []
    real = searching.find_entities

    def spy(*args, **kwargs):
        try:
            asyncio.get_running_loop()
            threads.append("event loop")
        except RuntimeError:
            threads.append("worker thread")
        return real(*args, **kwargs)

    monkeypatch.setattr(searching, "find_entities", spy)
    html = client.get("/search", params={"q": unseen}).text
    assert threads == ["worker thread"]                # resolved once, not on the loop
    assert f'href="/entities/{facts["person"]}"' in html
