"""Safety: article text is shown as text, search input is data not SQL, the store is read-only,
unknown ids are 404 (page and JSON), never 500."""
from __future__ import annotations

import duckdb
import pytest

from tests.web.corpus import HOSTILE_TITLE, SCRIPT

HOSTILE_QUERIES = ["' OR 1=1 --", "\"; DROP TABLE articles; --", "Faruqi' UNION SELECT text FROM articles --",
                   "%", "_", "\\", "Nadia'Faruqi", "<script>alert(1)</script>", "'); SELECT 1; --"]


def test_article_markup_and_script_are_shown_as_text(client, facts):
    html = client.get(f"/articles/{facts['hostile']}").text
    assert SCRIPT not in html and "<b>bold</b>" not in html and "<a href='x'>" not in html
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href=&#39;x&#39;&gt;a link&lt;/a&gt;" in html
    assert "Markup &lt;i&gt;in&lt;/i&gt; a headline" in html
    assert html.count("<script") == 0                     # the app itself ships no script either
    # the JSON twin keeps the text exactly as written
    assert SCRIPT in client.get(f"/api/articles/{facts['hostile']}").json()["document"]["text"]


def test_markup_in_titles_is_escaped_everywhere_it_is_listed(client, facts, sql):
    named = [r[0] for r in sql("SELECT kb_id FROM entities WHERE article_id = ? AND kb_id IS NOT NULL",
                               facts["hostile"])]
    assert HOSTILE_TITLE == "Markup <i>in</i> a headline"
    for url in ("/", "/search?q=markup", *(f"/entities/{kb}" for kb in named)):
        html = client.get(url).text
        assert "<i>in</i>" not in html and "Markup &lt;i&gt;in&lt;/i&gt; a headline" in html


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_search_with_quotes_and_sql_fragments_is_an_ordinary_search(client, facts, q):
    for url in ("/api/search", "/search"):
        res = client.get(url, params={"q": q})
        assert res.status_code == 200
    assert "<script>alert(1)</script>" not in res.text        # the page echoes q escaped
    data = client.get("/api/search", params={"q": q}).json()
    assert data["q"] == q.strip()
    # a wildcard character is a literal: no name or text here contains it
    if q in ("%", "_", "\\"):
        assert data == {"q": q, "entities": [], "articles": [], "quotes": []}
    assert client.get("/api/overview").json()["counts"]["articles"] == facts["articles"]  # nothing dropped


def test_an_apostrophe_in_the_query_still_finds_the_text_it_is_part_of(client, sql):
    aid, text = sql("SELECT id, text FROM articles WHERE regexp_matches(text, '\\w''\\w') ORDER BY id")[0]
    at = text.index("'")
    data = client.get("/api/search", params={"q": text[at - 3:at + 6]}).json()
    assert aid in {a["id"] for a in data["articles"]}


@pytest.mark.parametrize("url", ["/api/events", "/api/quotes", "/events", "/quotes"])
@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_explorer_filters_with_sql_fragments_are_ordinary_filters(client, url, q):
    params = {"actor": q, "target": q, "place": q, "type": q} if "events" in url else \
        {"speaker": q, "about": q}
    res = client.get(url, params=params)
    assert res.status_code == 200
    if url.startswith("/api/"):
        assert res.json()["page"]["total"] == 0


def test_bad_dates_and_pages_are_client_errors_or_empty_not_500(client):
    assert client.get("/api/events", params={"since": "not-a-date"}).json()["page"]["total"] == 0
    assert client.get("/api/events", params={"page": "x"}).status_code == 422
    assert client.get("/api/events", params={"page": 0}).status_code == 422
    assert client.get("/api/events", params={"page": 99}).json()["events"] == []
    assert client.get("/events", params={"format": "xml"}).status_code == 422


def test_the_server_connection_is_read_only(client, facts):
    store = client.app.state.store
    cur = store.cursor()
    try:
        for sql in ("DELETE FROM articles", "INSERT INTO stories (story_id) VALUES ('x')",
                    "CREATE TABLE evil (x INTEGER)", "DROP TABLE quotes"):
            with pytest.raises(duckdb.Error, match="read-only"):
                cur.execute(sql)
    finally:
        cur.close()
    assert client.get("/api/overview").json()["counts"]["articles"] == facts["articles"]


@pytest.mark.parametrize("url", ["/articles/{x}", "/entities/{x}", "/stories/{x}"])
@pytest.mark.parametrize("x", ["0000000000000000", "K000000000000", "nope", "%27%20OR%20%271%27%3D%271",
                               "%3Cscript%3E"])
def test_unknown_ids_are_404_pages_and_json(client, url, x):
    page = client.get(url.format(x=x))
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Not found" in page.text and "<script>" not in page.text
    api = client.get("/api" + url.format(x=x))
    assert api.status_code == 404 and api.json()["detail"].startswith("not found")


def test_unknown_paths_are_404_too(client):
    assert client.get("/no/such/page").status_code == 404
    assert client.get("/api/no/such/thing").json()["detail"].startswith("not found")


def test_a_missing_store_file_is_a_named_error(tmp_path):
    from newsgraph.errors import StoreError
    from newsgraph.web import create_app

    with pytest.raises(StoreError, match="no such store file"):
        create_app(db=tmp_path / "absent.duckdb")
