"""Every page and its /api/ twin, on a store built from the fictional corpus (tests/web/corpus.py)."""
from __future__ import annotations

import csv
import io

import pytest


def test_home_counts_what_the_store_holds(client):
    data = client.get("/api/overview").json()
    assert data["counts"]["articles"] == 4
    assert data["counts"]["entities"] == 3
    page = client.get("/")
    assert page.status_code == 200
    assert "Nadia" in page.text and "/entities/P-farouki" in page.text


def test_article_page_highlights_and_links_everything(client, ids):
    page = client.get(f"/articles/{ids['fr']}")
    assert page.status_code == 200
    html = page.text
    # entities link to their canonical entity page
    assert 'class="hl-entity ent-PER" href="/entities/P-farouki"' in html
    assert 'href="/entities/L-tunis"' in html
    # a date shows its value; an event links to its row; a quote shows its speaker, linked
    assert 'data-value="2024-03-04">lundi</a><sup class="value">2024-03-04</sup>' in html
    assert 'href="#event-V1"' in html and 'id="event-V1"' in html
    assert '<a class="speaker" href="/entities/P-farouki"' in html and 'id="quote-Q1"' in html
    # titles are marked, the outlet and the story are shown
    assert 'class="hl-title"' in html and "ministre des Transports" in html
    assert "Le Courrier du Port" in html and 'href="/stories/S1"' in html


def test_article_api_twin(client, ids):
    data = client.get(f"/api/articles/{ids['en']}").json()
    assert data["document"]["outlet"] == "Harbour Times"
    assert {e["kb_id"] for e in data["entities"]} == {"P-farouki", "P-lindqvist", "L-tunis"}
    (quote,) = data["quotes"]
    assert quote["speaker_name"] == "Tomas Lindqvist" and quote["speaker_kb"] == "P-lindqvist"
    assert data["times"][0]["value"] == "2024-03-05"
    assert data["events"][0]["type"] == "meet" and data["events"][0]["target_kb"] == "P-lindqvist"
    assert [c["id"] for c in data["copies"]] == [ids["reprint"]]
    assert data["stories"][0]["story_id"] == "S1"


def test_copy_shows_its_original_and_late_printing(client, ids):
    data = client.get(f"/api/articles/{ids['reprint']}").json()
    assert data["copy_group"]["is_original"] is False and data["copy_group"]["printed_later"] is True
    assert data["copies"][0]["id"] == ids["en"] and data["copies"][0]["is_original"] is True
    html = client.get(f"/articles/{ids['reprint']}").text
    assert "printed later than the original" in html


def test_entity_page_spellings_timeline_quotes(client, ids):
    page = client.get("/entities/P-farouki")
    assert page.status_code == 200
    html = page.text
    for spelling in ("Nadia Farouki", "Nadia Faruqi", "Farouki", "Faruqi"):
        assert f"<td>{spelling}</td>" in html
    assert '<svg class="timeline"' in html and html.count('class="dot"') == 3
    assert f'/articles/{ids["fr"]}#quote-Q1' in html          # quote by her, to its article
    assert "Faruqi listens before she decides" in html        # quote about her, by Lindqvist
    assert 'href="/entities/P-lindqvist"' in html              # related entity


def test_entity_api_counts_by_language_and_sources(client):
    data = client.get("/api/entities/P-farouki").json()
    spellings = {s["name"]: s["by_language"] for s in data["spellings"]}
    assert spellings["Nadia Farouki"] == {"fr": 1}
    assert spellings["Nadia Faruqi"] == {"en": 3}
    titles = {t["title"]: t for t in data["titles"]}
    assert titles["Transport minister"]["articles"] == 2
    assert titles["Transport minister"]["sources"] == 1          # the reprint is not a second source
    meets = [v for v in data["events"] if v["type"] == "meet"]
    assert len(meets) == 2 and {v["sources"] for v in meets} == {1}
    assert [q["speaker_kb"] for q in data["quotes_about"]] == ["P-lindqvist"]
    assert data["quotes_about"][0]["sources"] == 1
    assert {r["kb_id"]: r["shared"] for r in data["related"]} == {"L-tunis": 3, "P-lindqvist": 2}
    assert len(data["articles"]) == 4


def test_story_page_and_list(client, ids):
    data = client.get("/api/stories/S1").json()
    assert {a["id"] for a in data["articles"]} == {ids["fr"], ids["en"], ids["reprint"]}
    assert data["by_language"] == {"fr": 1, "en": 2}
    assert {e["kb_id"] for e in data["entities"]} >= {"P-farouki", "L-tunis"}
    meet = next(v for v in data["events"] if v["type"] == "meet")
    assert meet["reports"] == 2 and meet["sources"] == 1
    html = client.get("/stories/S1").text
    assert "Coastal Wire" in html and "original" in html
    listing = client.get("/api/stories").json()
    assert listing["page"]["total"] == 1 and listing["stories"][0]["story_id"] == "S1"
    assert 'href="/stories/S1"' in client.get("/stories").text


@pytest.mark.parametrize("q, kb_id", [("faruqi", "P-farouki"), ("FAROUKI", "P-farouki"),
                                      ("nadia far", "P-farouki"), ("lindq", "P-lindqvist")])
def test_search_finds_the_person_by_any_spelling(client, q, kb_id):
    data = client.get("/api/search", params={"q": q}).json()
    assert data["entities"][0]["kb_id"] == kb_id
    assert kb_id in client.get("/search", params={"q": q}).text


def test_search_finds_articles_and_quotes(client, ids):
    data = client.get("/api/search", params={"q": "moderniser"}).json()
    assert [a["id"] for a in data["articles"]] == [ids["fr"]]
    assert data["quotes"][0]["speaker_kb"] == "P-farouki"
    assert client.get("/api/search", params={"q": "  "}).json()["articles"] == []


def test_events_explorer_filters(client, ids):
    def kinds(**params):
        return sorted(v["type"] for v in client.get("/api/events", params=params).json()["events"])

    assert kinds() == ["meet", "meet", "visit"]
    assert kinds(type="visit") == ["visit"]
    assert kinds(actor="Faruqi") == ["meet", "meet", "visit"]      # any spelling, every language
    assert kinds(target="Lindqvist") == ["meet", "meet"]
    assert kinds(place="tunis", language="fr") == ["visit"]
    assert kinds(since="2024-03-05") == ["meet", "meet"]
    assert kinds(until="2024-03-04") == ["visit"]
    assert 'name="actor"' in client.get("/events", params={"type": "meet"}).text


def test_events_explorer_paginates_and_exports_the_page(client):
    first = client.get("/api/events", params={"per_page": 2}).json()
    second = client.get("/api/events", params={"per_page": 2, "page": 2}).json()
    assert first["page"] == {"page": 1, "per_page": 2, "total": 3, "pages": 2}
    assert len(first["events"]) == 2 and len(second["events"]) == 1
    assert 'rel="next"' not in client.get("/events", params={"type": "meet"}).text   # 2 rows, 1 page
    html = client.get("/events", params={"per_page": 2, "type": ""}).text
    assert 'rel="next"' in html
    exported = client.get("/events", params={"per_page": 2, "page": 2, "format": "csv"})
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [r["event_id"] for r in rows] == [second["events"][0]["event_id"]]
    as_json = client.get("/events", params={"type": "visit", "format": "json"}).json()
    assert [r["type"] for r in as_json] == ["visit"]


def test_quotes_explorer(client, ids):
    def speakers(**params):
        return [q["speaker_kb"] for q in client.get("/api/quotes", params=params).json()["quotes"]]

    assert sorted(speakers()) == ["P-farouki", "P-lindqvist", "P-lindqvist"]
    assert speakers(speaker="Farouki") == ["P-farouki"]
    assert speakers(about="Nadia Farouki") == ["P-lindqvist", "P-lindqvist"]
    assert speakers(language="fr") == ["P-farouki"]
    assert speakers(since="2024-03-05", until="2024-03-05") == ["P-lindqvist"]
    rows = list(csv.DictReader(io.StringIO(client.get("/quotes", params={"format": "csv"}).text)))
    assert len(rows) == 3 and rows[0].keys() >= {"speaker", "text", "sources"}
    assert "Faruqi listens" in client.get("/quotes").text


def test_openapi_lists_every_api_route(client):
    paths = set(client.get("/openapi.json").json()["paths"])
    assert paths >= {"/api/search", "/api/articles/{article_id}", "/api/entities/{kb_id}",
                     "/api/stories/{story_id}", "/api/stories", "/api/events", "/api/quotes",
                     "/api/overview"}
    assert client.get("/docs").status_code == 200
