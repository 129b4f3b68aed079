"""A wire dateline opening the body: "PARIS, 3 mars (Reuters) —", "(AFP) -", "RABAT - ".

The agency in brackets is the original source (a credit, as :mod:`~newsgraph.ingest.credits`
reads the others); the place and date before it are kept apart from the body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.ingest.credits import CAPITAL, clean_value

#: A dateline opening the body ("BEYROUTH, 3 mars 2024 (AFP) -") is short.
MAX_DATELINE = 80

_DATELINE = re.compile(
    rf"^(?P<place>{CAPITAL}[^()\n]{{0,60}}?)?\s*\(\s*(?P<source>{CAPITAL}[\w.&'’ /-]{{0,30}}?)\s*\)\s*[-–—]+\s*")

#: A dateline without an agency: a place in capitals, maybe a date, then a dash ("RABAT - ").
_PLAIN_DATELINE = re.compile(r"^(?P<place>[^\W\d_][^\W_]*(?:[ '’.-]+[^\W_]+){0,3}(?:,[^\n()–—-]{1,40}?)?)\s+[-–—]+\s+")


@dataclass(frozen=True)
class Dateline:
    """A wire dateline opening the body: the agency, the place-and-date text, where the body starts."""

    source: str | None
    place: str | None
    end: int


def _is_place(place: str) -> bool:
    """A dateline's place is capitalised words, maybe with a date: "BEYROUTH, 3 mars 2024"."""
    from newsgraph.ingest.dates import calendar_words, find_dates

    for d in reversed(find_dates(place)):
        place = place[:d.start] + place[d.end:]
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", place) if w.casefold() not in calendar_words()]
    return 0 < len(words) <= 4 and all(re.match(CAPITAL, w) for w in words)


def parse_dateline(text: str) -> Dateline | None:
    """The "PARIS (AFP) -" dateline at the very start of ``text``, or None."""
    m = _DATELINE.match(text)
    if not m or m.end() > MAX_DATELINE:
        return _plain_dateline(text)
    source = clean_value(m.group("source"))
    if not source:
        return None
    place = (m.group("place") or "").strip(" ,") or None
    if place and not _is_place(place):
        return None
    return Dateline(source=source, place=place, end=m.end())


def _plain_dateline(text: str) -> Dateline | None:
    """ "RABAT - ...": the place must be written in capitals, so a sentence's first words never are."""
    m = _PLAIN_DATELINE.match(text)
    if not m or m.end() > MAX_DATELINE:
        return None
    place = m.group("place").strip(" ,")
    head = place.split(",", 1)[0]
    letters = [c for c in head if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters) or not _is_place(place):
        return None
    return Dateline(source=None, place=place, end=m.end())
