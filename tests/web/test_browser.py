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


def test_article_to_person_to_quote_and_back(site, page, ids):
    page.goto(f"{site}/articles/{ids['en']}")
    assert page.locator("h1").inner_text() == "Minister meets dockers in Tunis"
    # the date shows its value, the quote its speaker
    assert page.locator("#text sup.value").first.inner_text() == "2024-03-05"
    assert page.locator("#text a.speaker").inner_text() == "— Tomas Lindqvist"

    page.locator("#text a.hl-entity", has_text="Nadia Faruqi").click()
    page.wait_for_url(re.compile(r"/entities/P-farouki$"))
    assert page.locator("h1.entity-name").inner_text() == "Nadia Faruqi"
    spellings = set(page.locator("tr.spelling td:first-child").all_inner_texts())
    assert spellings == {"Nadia Faruqi", "Faruqi", "Nadia Farouki", "Farouki"}
    timeline = page.locator("svg#timeline")
    assert timeline.is_visible()
    assert timeline.locator("a.dot").count() == 3
    assert timeline.locator("text.lane-label").all_text_contents() == ["meet (2)", "visit (1)"]

    page.locator("#quotes-by a.quote-link").first.click()
    page.wait_for_url(re.compile(rf"/articles/{ids['fr']}#quote-Q1$"))
    assert page.locator("h1").inner_text() == "La ministre Farouki au port de Tunis"
    assert page.locator("#text .hl-quote").inner_text() == "Nous allons moderniser chaque quai avant l'été"
    assert page.locator("#quote-Q1").count() == 1


def test_timeline_dot_leads_to_the_event_in_its_article(site, page, ids):
    page.goto(f"{site}/entities/P-farouki")
    page.locator("svg#timeline a.dot[data-type='visit']").click()
    page.wait_for_url(re.compile(rf"/articles/{ids['fr']}#event-V1$"))
    assert page.locator("tr#event-V1").inner_text().startswith("visit")


def test_search_box_finds_the_person_by_another_spelling(site, page):
    page.goto(site)
    page.fill("form.search input[name=q]", "farouki")
    page.press("form.search input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=farouki"))
    page.locator("#entities a.ent").first.click()
    page.wait_for_url(re.compile(r"/entities/P-farouki$"))


def test_script_in_an_article_stays_inert(site, page, ids):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{site}/articles/{ids['hostile']}")
    assert page.title().startswith("Markup <i>in</i> a headline")     # not "pwned"
    assert SCRIPT in page.locator("#text").inner_text()
    assert page.locator("#text script, #text b, #text a[href='x']").count() == 0
    assert dialogs == []


def test_events_explorer_filter_and_export_links(site, page):
    page.goto(f"{site}/events")
    page.select_option("select[name=type]", "meet")
    page.locator("form.filters button").click()
    page.wait_for_url(re.compile(r"type=meet"))
    assert page.locator("table.events tr").count() == 3            # header + two reports
    href = page.locator("a.export", has_text="CSV").get_attribute("href")
    assert "type=meet" in href and "format=csv" in href
