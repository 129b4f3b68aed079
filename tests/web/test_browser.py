"""End to end in a real headless chromium: read an article, click a person, see every spelling
and the timeline, follow a quote back to its article."""
from __future__ import annotations

import re

import pytest

from tests.web import browser
from tests.web.corpus import SCRIPT
from tests.web.live import LiveServer

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(browser.missing() is not None, reason=browser.missing() or "")]


@pytest.fixture(scope="module")
def site(store_path):
    from newsgraph.web import create_app

    with LiveServer(create_app(db=store_path)) as url:      # its own app: uvicorn closes it after
        yield url


@pytest.fixture()
def page():
    with browser.chromium_page() as p:
        yield p


def test_article_to_person_to_quote_and_back(site, page, facts, sql):
    aid = facts["quoted_article"]
    title, = sql("SELECT title FROM articles WHERE id = ?", aid)[0]
    page.goto(f"{site}/articles/{aid}")
    assert page.locator("h1").inner_text() == title
    values = [r[0] for r in sql("SELECT value FROM times WHERE article_id = ? AND value IS NOT NULL "
                                "ORDER BY start", aid)]
    if values:                                                # a date shows its value
        assert page.locator("#text sup.value").first.inner_text() == values[0]
    assert page.locator(f"#text a.speaker[href='/entities/{facts['person']}']").count() >= 1

    page.locator(f"#text a.hl-entity[href='/entities/{facts['person']}']").first.click()
    page.wait_for_url(re.compile(rf"/entities/{facts['person']}$"))
    name, = sql("SELECT name FROM canonical_entities WHERE kb_id = ?", facts["person"])[0]
    assert page.locator("h1.entity-name").inner_text() == name
    assert set(page.locator("tr.spelling td:first-child").all_inner_texts()) == facts["spellings"]
    timeline = page.locator("svg#timeline")
    assert timeline.is_visible() and timeline.locator("a.dot").count() >= 1
    lanes = timeline.locator("text.lane-label").all_text_contents()
    assert lanes and all(re.fullmatch(r"\S+ \(\d+\)", lane) for lane in lanes)

    link = page.locator("#quotes-by a.quote-link").first
    href = link.get_attribute("href")
    quoted, quote_id = re.fullmatch(r"/articles/(\w+)#quote-(\w+)", href).groups()
    link.click()
    page.wait_for_url(re.compile(rf"/articles/{quoted}#quote-{quote_id}$"))
    text, = sql("SELECT text FROM quotes WHERE article_id = ? AND quote_id = ?", quoted, quote_id)[0]
    assert page.locator(f"#quote-{quote_id}").count() == 1
    assert text in page.locator("#text .hl-quote").all_inner_texts()


def test_timeline_dot_leads_to_the_event_in_its_article(site, page, facts):
    page.goto(f"{site}/entities/{facts['person']}")
    dot = page.locator("svg#timeline a.dot").last                # drawn last: on top of any neighbour
    kind = dot.get_attribute("data-type")
    dot.click()
    page.wait_for_url(re.compile(r"/articles/\w+#event-V\d+$"))
    event = page.url.rsplit("#", 1)[1]
    assert page.locator(f"tr#{event}").inner_text().startswith(kind)


def test_search_box_finds_the_person_by_another_spelling(site, page, facts):
    spelling = sorted(s for s in facts["spellings"] if " " in s and "." not in s)[-1]
    page.goto(site)
    page.fill("form.search input[name=q]", spelling.lower())
    page.press("form.search input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    page.locator("#entities a.ent").first.click()
    page.wait_for_url(re.compile(rf"/entities/{facts['person']}$"))


def test_script_in_an_article_stays_inert(site, page, facts):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{site}/articles/{facts['hostile']}")
    assert page.title().startswith("Markup <i>in</i> a headline")     # not "pwned"
    assert SCRIPT in page.locator("#text").inner_text()
    assert page.locator("#text script, #text b, #text a[href='x']").count() == 0
    assert dialogs == []


def test_events_explorer_filter_and_export_links(site, page, sql):
    kind, n = sql("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1 LIMIT 1")[0]
    page.goto(f"{site}/events")
    page.select_option("select[name=type]", kind)
    page.locator("form.filters button").click()
    page.wait_for_url(re.compile(rf"type={kind}"))
    assert page.locator("table.events tr").count() == 1 + min(n, 50)      # header + the reports
    href = page.locator("a.export", has_text="CSV").get_attribute("href")
    assert f"type={kind}" in href and "format=csv" in href


def test_api_reference_renders_offline(site, page):
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(f"{site}/docs")
    assert page.locator("h1").inner_text() == "API reference"
    assert page.locator("section.operation").count() >= 8 and failed == []
