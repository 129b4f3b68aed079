"""Plain-text news pages: header (banner, date line, headline), body, credit lines.

``Article.text`` is the body alone, so every offset in the record points into the
article's own words, never into a banner or a credit line. What the header and the
trailer said goes to the article's fields; every date the page printed is kept in
``dates_seen`` with where it said it (a page's date banner may not be the
publication date).
"""
from __future__ import annotations

import re

from newsgraph.ingest import credits, datelines
from newsgraph.ingest.dates import find_dates, numeric_order
from newsgraph.ingest.header import parse_header
from newsgraph.records import Article, DateSeen


def split_lines(text: str) -> list[str]:
    """Lines of ``text`` with any newline convention, without a byte-order mark."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def parse_plaintext(text: str, *, source: str | None = None, language: str | None = None) -> Article:
    """A plain-text page as an Article; ``language`` decides all-numeric dates (03/04/2024)."""
    lines = split_lines(text)
    header = parse_header(lines, order=numeric_order(language))
    body_lines = lines[header.body_start:]
    trailer = credits.parse_trailer(body_lines)
    body, parts = read_credits_in_body("\n".join(body_lines[:trailer.keep]))
    return Article(
        text=body,
        title=header.title,
        published=header.published or parts.get("published"),
        published_from=header.published_from or parts.get("published_from"),
        outlet=header.outlet,
        language=language,
        original_source=_not_own(header.original_source or trailer.source or parts.get("source"),
                                 outlet=header.outlet),
        byline=header.byline or trailer.byline,
        source=source,
        dates_seen=header.dates_seen + parts.get("dates_seen", ()),
    )


def _not_own(source: str | None, *, outlet: str | None) -> str | None:
    """A credit naming the page's own outlet ("© Gazette du Nord" under the GAZETTE DU NORD banner)
    is the outlet's copyright, not a source it republishes: None then."""
    if source and outlet and source.casefold() == outlet.casefold():
        return None
    return source


def read_credits_in_body(body: str) -> tuple[str, dict]:
    """Take the wire dateline ("PARIS (AFP) -") off the body's start and "(avec AFP)" off its end.

    Returns the body and what was found: ``source``, ``dates_seen``, ``published`` and
    ``published_from`` (a dated dateline, "TRIPOLI, 12 mai 2025 (Agence X) -": a wire's dateline
    dates its story, so a page whose header prints no date is published on it). Shared by every
    reader whose body may carry them (text, HTML, JSON); each takes ``published`` only when
    nothing else dates the page.
    """
    found: dict = {}
    body = body.strip()
    dateline = datelines.parse_dateline(body)
    if dateline:
        body = body[dateline.end:].lstrip()
        if dateline.source:
            found["source"] = dateline.source
        if dateline.place:
            found["dates_seen"] = tuple(
                DateSeen(text=d.text, value=d.value, where="dateline") for d in find_dates(dateline.place))
            if found["dates_seen"]:
                found["published"], found["published_from"] = found["dates_seen"][0].value, "dateline"
    body, agency = credits.strip_with_tail(body)
    if agency:
        found.setdefault("source", agency)
    return re.sub(r"[ \t]+$", "", body, flags=re.M).strip(), found
