"""HTML pages -> Article, with trafilatura: body, title, date, site name, URL, author.

trafilatura finds the article body and the page's metadata (its date comes from
htmldate reading meta tags and markup; no network). The body's own credit lines
("la source : X", "(AFP) -", "avec AFP", a byline at the foot) are then parsed off
as in a plain-text page, so HTML and text copies of one article give one body.
"""
from __future__ import annotations

import logging

from newsgraph.errors import InputError
from newsgraph import errors as reasons
from newsgraph.ingest import credits
from newsgraph.ingest.dates import normalise_date
from newsgraph.ingest.header import parse_header
from newsgraph.ingest.plaintext import read_credits_in_body, split_lines
from newsgraph.records import Article, DateSeen

log = logging.getLogger(__name__)

#: Where ``dates_seen`` says an HTML page's date came from.
WHERE = "html metadata"
#: Fewer words than this is a menu or a link list that trafilatura's fallback picked up, not an article.
MIN_BODY_WORDS = 10


def _extract(html: str, *, url: str | None):
    import trafilatura

    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True})


def _field(doc, name: str) -> str | None:
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def parse_html(html: str, *, source: str | None = None, url: str | None = None) -> Article:
    """The article of an HTML page; :class:`InputError` when it has no article text."""
    item = source or url or "<html>"
    try:
        doc = _extract(html, url=url)
    except Exception as err:  # noqa: BLE001  (lxml/trafilatura failures on broken markup)
        log.warning("trafilatura failed on %s: %s", item, err)
        raise InputError(item, reasons.NO_ARTICLE_TEXT) from err
    body = _field(doc, "text") if doc is not None else None
    if not body or len(body.split()) < MIN_BODY_WORDS:
        raise InputError(item, reasons.NO_ARTICLE_TEXT)
    title = _field(doc, "title")
    lines = split_lines(body)
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]
    head = parse_header(lines, meta_only=True)  # a date line or byline opening the body
    lines = lines[head.body_start:]
    trailer = credits.parse_trailer(lines)
    text, parts = read_credits_in_body("\n".join(lines[:trailer.keep]))
    seen = list(head.dates_seen) + list(parts.get("dates_seen", ()))
    raw_date = _field(doc, "date")
    published = normalise_date(raw_date) if raw_date else None
    if raw_date:
        seen.insert(0, DateSeen(text=raw_date, value=published, where=WHERE))
    return Article(
        text=text,
        title=title,
        published=published or head.published or parts.get("published"),
        published_from=WHERE if published else head.published_from or parts.get("published_from"),
        outlet=_field(doc, "sitename") or _field(doc, "hostname"),
        url=_field(doc, "url") or url,
        language=None,
        original_source=head.original_source or trailer.source or parts.get("source"),
        byline=_field(doc, "author") or head.byline or trailer.byline,
        source=source,
        dates_seen=tuple(seen),
    )
