"""Every page and its /api/ twin, on a store written by the real ingest (tests/web/corpus.py):
each answer is checked against what the store holds, read with plain SQL."""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict

import pytest


def test_home_counts_what_the_store_holds(client, facts, sql):
    data = client.get("/api/overview").json()
    assert data["counts"]["articles"] == facts["articles"]
    assert data["counts"]["entities"] == sql("SELECT count(*) FROM canonical_entities")[0][0]
    assert data["top_entities"][0]["n_articles"] == sql("SELECT max(n_articles) FROM canonical_entities")[0][0]
    page = client.get("/")
    assert page.status_code == 200 and f'/entities/{data["top_entities"][0]["kb_id"]}' in page.text


def test_article_page_highlights_and_links_everything(client, facts, sql):
    aid = facts["quoted_article"]
    html = client.get(f"/articles/{aid}").text
    for (kb,) in sql("SELECT DISTINCT kb_id FROM entities WHERE article_id = ?", aid):
        assert f'href="/entities/{kb}"' in html                   # every entity links to its page
    for value, text in sql("SELECT value, text FROM times WHERE article_id = ? AND value IS NOT NULL", aid):
        assert f'data-value="{value}"' in html and f'<sup class="value">{value}</sup>' in html
    for (eid,) in sql("SELECT event_id FROM events WHERE article_id = ?", aid):
        assert f'href="#event-{eid}"' in html and f'id="event-{eid}"' in html
    assert f'id="quote-{facts["quote_id"]}"' in html
    assert f'<a class="speaker" href="/entities/{facts["person"]}"' in html
    outlet, = sql("SELECT outlet FROM articles WHERE id = ?", aid)[0]
    assert outlet in html
    for (sid,) in sql("SELECT story_id FROM story_articles WHERE article_id = ?", aid):
        assert f'href="/stories/{sid}"' in html


def test_article_api_twin_is_what_the_store_holds(client, facts, sql):
    aid = facts["quoted_article"]
    data = client.get(f"/api/articles/{aid}").json()
    assert data["document"]["id"] == aid
    assert {e["kb_id"] for e in data["entities"]} == {r[0] for r in sql(
        "SELECT kb_id FROM entities WHERE article_id = ?", aid)}
    quote = next(q for q in data["quotes"] if q["quote_id"] == facts["quote_id"])
    assert quote["speaker_kb"] == facts["person"]
    assert len(data["events"]) == sql("SELECT count(*) FROM events WHERE article_id = ?", aid)[0][0]
    assert len(data["times"]) == sql("SELECT count(*) FROM times WHERE article_id = ?", aid)[0][0]


def test_copy_shows_its_original_and_late_printing(client, facts):
    if not facts["copy"]:
        pytest.skip("the ingest found no copy in the example corpus")
    data = client.get(f"/api/articles/{facts['copy']}").json()
    assert data["copy_group"]["is_original"] is False
    assert facts["original"] in [c["id"] for c in data["copies"]]
    html = client.get(f"/articles/{facts['copy']}").text
    assert f'href="/articles/{facts["original"]}"' in html
    if data["copy_group"]["printed_later"]:
        assert "printed later than the original" in html


def test_entity_page_spellings_timeline_quotes(client, facts, sql):
    html = client.get(f"/entities/{facts['person']}").text
    for spelling in facts["spellings"]:
        assert f'<tr class="spelling"><td>{spelling}</td>' in html.replace("&#39;", "'")
    dated = sql("""SELECT count(*) FROM events v JOIN entities e ON e.article_id = v.article_id
                   AND e.entity_id IN (v.actor, v.target, v.place) WHERE e.kb_id = ?""", facts["person"])[0][0]
    assert '<svg class="timeline"' in html and 0 < html.count('class="dot"') <= dated
    assert f'/articles/{facts["quoted_article"]}#quote-{facts["quote_id"]}' in html


def test_entity_api_is_the_store_profile(client, facts, sql):
    from newsgraph.store.profile import entity_profile
    from newsgraph.store.db import Store

    data = client.get(f"/api/entities/{facts['person']}").json()
    assert data["entity"]["kb_id"] == facts["person"]
    by_lang = defaultdict(lambda: defaultdict(int))
    for name, lang, n in sql("SELECT name, language, count FROM entity_names WHERE kb_id = ?", facts["person"]):
        by_lang[name][lang] += n
    assert {s["name"]: s["languages"] for s in data["spellings"]} == by_lang
    assert len(data["spellings"]) >= 3 and len(data["languages"]) == 2     # fr and en spellings
    # copies of one text are one source: an event reported only by one copy group counts once
    # (one event: the same type, day and canonical entities, whatever each article spells them)
    groups = {a["id"]: a["copy_group"] or a["id"] for a in data["articles"]}
    reports = defaultdict(set)

    def event_key(v):
        return v["type"], v["actor_kb"], v["target_kb"], v["place_kb"], v["day"]

    for v in data["events"]:
        reports[event_key(v)].add(groups[v["article_id"]])
    assert all(v["sources"] <= len(reports[event_key(v)]) for v in data["events"])
    assert any(v["sources"] >= 2 for v in data["events"])  # one meeting told in French and English
    with Store(client.app.state.store.path, read_only=True) as store:     # the CLI's answer
        assert entity_profile(store.con, facts["person"])["quotes_by"] == data["quotes_by"]


def test_story_page_and_list(client, facts, sql):
    sid = facts["story"]
    data = client.get(f"/api/stories/{sid}").json()
    members = {r[0] for r in sql("SELECT article_id FROM story_articles WHERE story_id = ?", sid)}
    assert {a["id"] for a in data["articles"]} == members
    html = client.get(f"/stories/{sid}").text
    assert all(f'href="/articles/{a}"' in html for a in members)
    listing = client.get("/api/stories", params={"per_page": 1}).json()
    assert listing["page"]["total"] == sql("SELECT count(*) FROM stories")[0][0]
    assert listing["stories"][0]["story_id"] == sid
    assert f'href="/stories/{sid}"' in client.get("/stories").text


def test_search_finds_the_person_by_every_stored_spelling(client, facts):
    for spelling in facts["spellings"]:
        found = [e["kb_id"] for e in client.get("/api/search", params={"q": spelling}).json()["entities"]]
        assert facts["person"] in found, spelling
        if " " in spelling and "." not in spelling:                       # a full name: first
            assert found[0] == facts["person"], spelling


def test_search_finds_the_person_by_a_spelling_never_stored(client, facts, sql):
    """A transliteration no article used still finds the person (the store's name variants)."""
    full = sorted(s for s in facts["spellings"] if len(s.split()) == 2 and "." not in s)
    given = {s.split()[0] for s in full}
    family = {s.split()[1] for s in full}
    unseen = sorted(f"{g} {f}" for g in given for f in family if f"{g} {f}" not in facts["spellings"])
    if not unseen:
        pytest.skip("every combination of the stored spellings is stored")
    found = [e["kb_id"] for e in client.get("/api/search", params={"q": unseen[0]}).json()["entities"]]
    assert found and found[0] == facts["person"], unseen[0]
    part = sorted(facts["spellings"], key=len)[-1][:4].upper()                # a prefix, other case
    assert facts["person"] in [e["kb_id"] for e in client.get("/api/search", params={"q": part}).json()["entities"]]


def test_search_finds_articles_and_quotes(client, facts, sql):
    text, = sql("SELECT text FROM quotes WHERE article_id = ? AND quote_id = ?",
                facts["quoted_article"], facts["quote_id"])[0]
    words = " ".join(text.split()[1:4])
    data = client.get("/api/search", params={"q": words.upper()}).json()
    assert facts["quoted_article"] in [a["id"] for a in data["articles"]]
    assert (facts["quoted_article"], facts["quote_id"]) in [(q["article_id"], q["quote_id"]) for q in data["quotes"]]
    assert client.get("/api/search", params={"q": "  "}).json()["articles"] == []


def test_events_explorer_filters(client, facts, sql):
    def total(**params):
        return client.get("/api/events", params=params).json()["page"]["total"]

    assert total() == sql("SELECT count(*) FROM events")[0][0]
    kind, n = sql("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1 LIMIT 1")[0]
    assert total(type=kind) == n
    as_actor = sql("""SELECT count(*) FROM events v JOIN entities e ON e.article_id = v.article_id
                      AND e.entity_id = v.actor WHERE e.kb_id = ?""", facts["person"])[0][0]
    assert as_actor and total(actor=facts["person"]) == as_actor
    assert all(total(actor=s) == as_actor for s in facts["spellings"] if " " in s and "." not in s)
    assert total(language="en") == sql("""SELECT count(*) FROM events v JOIN articles a ON a.id = v.article_id
                                          WHERE a.language = 'en'""")[0][0]
    days = [v["when"] for v in client.get("/api/events", params={"per_page": 500}).json()["events"]]
    middle = sorted(d for d in days if d)[len(days) // 2]
    assert total(since=middle) + total(until=middle) - total(since=middle, until=middle) == \
        len([d for d in days if d])
    assert total(actor="Zyxwvut Qqqq") == 0
    assert 'name="actor"' in client.get("/events", params={"type": kind}).text


def test_events_explorer_paginates_and_exports_the_page(client):
    n = client.get("/api/events").json()["page"]["total"]
    first = client.get("/api/events", params={"per_page": 2}).json()
    second = client.get("/api/events", params={"per_page": 2, "page": 2}).json()
    assert first["page"] == {"page": 1, "per_page": 2, "total": n, "pages": -(-n // 2)}
    assert len(first["events"]) == 2 and second["events"] and second["events"][0] not in first["events"]
    assert 'rel="next"' in client.get("/events", params={"per_page": 2, "type": ""}).text
    exported = client.get("/events", params={"per_page": 2, "page": 2, "format": "csv"})
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [(r["article_id"], r["event_id"]) for r in rows] == [
        (v["article_id"], v["event_id"]) for v in second["events"]]
    kind = first["events"][0]["type"]
    assert {r["type"] for r in client.get("/events", params={"type": kind, "format": "json"}).json()} == {kind}


def test_quotes_explorer(client, facts, sql):
    def rows(**params):
        return client.get("/api/quotes", params={"per_page": 500, **params}).json()["quotes"]

    assert len(rows()) == sql("SELECT count(*) FROM quotes")[0][0]
    by = sql("""SELECT count(*) FROM quotes q JOIN entities e ON e.article_id = q.article_id
                AND e.entity_id = q.speaker WHERE e.kb_id = ?""", facts["person"])[0][0]
    assert {q["speaker_kb"] for q in rows(speaker=facts["person"])} == {facts["person"]}
    assert len(rows(speaker=facts["person"])) == by
    assert all(len(rows(speaker=s)) == by for s in facts["spellings"] if " " in s and "." not in s)
    assert {q["language"] for q in rows(language="fr")} <= {"fr"}
    for q in rows(about=facts["person"]):                 # the person is named inside the words
        spans = sql("""SELECT count(*) FROM mentions m JOIN entities e USING (article_id, entity_id)
                       JOIN quotes q ON q.article_id = m.article_id AND m.start >= q.start AND m."end" <= q."end"
                       WHERE e.kb_id = ? AND q.article_id = ? AND q.quote_id = ?""",
                    facts["person"], q["article_id"], q["quote_id"])[0][0]
        assert spans
    exported = list(csv.DictReader(io.StringIO(client.get("/quotes", params={"format": "csv"}).text)))
    assert len(exported) == min(50, len(rows())) and exported[0].keys() >= {"speaker", "text", "sources"}


def test_openapi_lists_every_api_route_and_docs_work_offline(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert paths >= {"/api/search", "/api/articles/{article_id}", "/api/entities/{kb_id}",
                     "/api/stories/{story_id}", "/api/stories", "/api/events", "/api/quotes",
                     "/api/overview"}
    docs = client.get("/docs")
    assert docs.status_code == 200 and "<script" not in docs.text
    assert not re.search(r'(src|href)="https?://', docs.text)            # nothing fetched from a CDN
    for path in paths:
        assert f"GET {path}" in docs.text
    assert "<code>per_page</code>" in docs.text and "<code>q</code>" in docs.text
    assert client.get("/redoc").status_code == 404
