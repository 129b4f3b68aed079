"""Dates as pages print them (banners, date lines, metadata), normalised to ISO 8601.

Only full dates (day, month, year) count: a page's date line names a day. We find
dates ourselves with patterns built from ``lang/<code>/calendar.yaml`` (every supported
language at once: a French page may print an English banner) and build the ISO value
from the parts; ``dateparser`` is only a last resort to normalise a string that is
already known to be a date (a metadata field). We never let a parser search free text:
on French it reads "Je" as jeudi and resolves bare weekdays forward.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from newsgraph import lang
from newsgraph.records import Article, DateSeen

#: Date lines are short; a long line with a date in it is a sentence of the body.
MAX_DATE_LINE = 90
#: Words a date line may keep beyond its dates and known date-line words (a city, a zone).
MAX_LEFTOVER_WORDS = 1


@dataclass(frozen=True)
class DateMatch:
    """A full date found in a line: its text, offsets in the line and ISO value."""

    text: str
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class DateLine:
    """A line that is a date line: its dates, each with what the line says it is.

    ``labels[i]`` is "published", "updated" or None for ``dates[i]``: the label
    printed between the previous date and this one ("Publié le X, mis à jour le Y").
    """

    dates: tuple[DateMatch, ...]
    labels: tuple[str | None, ...]


def _alternation(items) -> str:
    return "|".join(re.escape(x) for x in sorted(set(items), key=len, reverse=True))


def _month_key(name: str) -> str:
    """A month name as looked up: casefolded, a space or a hyphen inside it one space ("Kanoun
    el-Tani", "kanoun el tani")."""
    return re.sub(r"[\s-]+", " ", name.strip().casefold())


def _month_alternation(months) -> str:
    """Month names as a regex alternation, longest first; a space or a hyphen inside a name
    matches either."""
    return "|".join(re.escape(m).replace(r"\ ", r"[\s-]+")
                    for m in sorted(set(months), key=len, reverse=True))


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], tuple[str, ...], tuple[str, ...]]:
    months: dict[str, int] = {}
    weekdays: list[str] = []
    suffixes: list[str] = []
    for code in lang.SUPPORTED:
        cal = lang.data(code, "calendar")
        months.update({_month_key(str(k)): int(v) for k, v in (cal.get("months") or {}).items()})
        weekdays += [str(w).casefold() for w in cal.get("weekdays") or ()]
        suffixes += [str(s) for s in cal.get("day_suffixes") or ()]
    return months, tuple(weekdays), tuple(suffixes)


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names (casefolded) of every supported language."""
    months, weekdays, _ = _calendar()
    return frozenset(months) | frozenset(weekdays)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    months, _, suffixes = _calendar()
    mon = rf"(?P<m>{_month_alternation(months)})\.?"
    day = rf"(?P<d>[0-3]?\d)(?:{_alternation(suffixes)})?" if suffixes else r"(?P<d>[0-3]?\d)"
    year = r"(?P<y>(?:19|20)\d\d)"
    flags = re.IGNORECASE
    return (
        re.compile(rf"\b{year}-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?\S*)?", flags),
        re.compile(rf"\b{day}\s+(?:de\s+)?{mon}(?:\s+|,\s*){year}\b", flags),
        re.compile(rf"\b{mon}\s+{day},?\s+{year}\b", flags),
        re.compile(rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.]{year}\b", flags),
        # Day and month joined by hyphens (18-03-2025): both hyphens, so a range of
        # days before a year ("12-15 2025") or a score is no date.
        re.compile(rf"(?<![\w-])(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-{year}(?![\w-])", flags),
        # A two-digit year (15.03.24, 03/15/24): the same sign twice and nothing number-like
        # around it, so a version ("v1.2.10") or a score is no date.
        re.compile(r"(?<![\w.,/:-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<yy>\d\d)"
                   r"(?![\w/:-]|[.,]\d)", flags),
    )


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


#: Two-digit years up to this one are 20yy, later ones 19yy (the POSIX strptime pivot).
TWO_DIGIT_PIVOT = 68


def _full_year(yy: int) -> int:
    return 2000 + yy if yy <= TWO_DIGIT_PIVOT else 1900 + yy


def _value(m: re.Match, order: str) -> str | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else _full_year(int(g["yy"]))
    if g.get("a"):
        a, b = int(g["a"]), int(g["b"])
        if a > 12 or (order == "DMY" and b <= 12):
            return _iso(year, b, a)
        return _iso(year, a, b)
    month = int(g["mn"]) if g.get("mn") else _calendar()[0][_month_key(g["m"])]
    return _iso(year, month, int(g["d"]))


def find_dates(line: str, *, order: str = "DMY") -> list[DateMatch]:
    """Every full date in ``line``, left to right, without overlaps.

    ``order`` ("DMY" or "MDY") decides an all-numeric date whose two numbers could
    both be the month.
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns():
        for m in pattern.finditer(line):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _value(m, order)
            if value:
                found.append(DateMatch(m.group(0), m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


@lru_cache(maxsize=1)
def _line_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Patterns of the published labels, the updated labels and the filler words."""
    published, updated, fillers = [], [], []
    for code in lang.SUPPORTED:
        conf = lang.data(code, "date_lines")
        published += conf.get("published") or []
        updated += conf.get("updated") or []
        fillers += conf.get("fillers") or []
    fillers += _calendar()[1]
    word = lambda items: re.compile(rf"(?<!\w)(?:{_alternation(items)})(?!\w)", re.IGNORECASE)
    return word(published), word(updated), word(fillers)


_TIME = re.compile(r"(?<!\w)[0-2]?\d\s*[h:.]\s*[0-5]\d(?::[0-5]\d)?(?!\w)|(?<!\w)[0-2]?\d\s*h(?!\w)", re.I)
_ZONE = re.compile(r"(?<!\w)(?:[A-Z]{2,4}|[+-]\d\d:?\d\d)(?!\w)")


def parse_date_line(line: str, *, order: str = "DMY") -> DateLine | None:
    """``line`` read as a page's date line, or None when it is something else.

    A date line holds at least one full date and, once its dates, times, weekdays,
    time zones and known date-line words are taken away, at most one other word.
    """
    if len(line.strip()) > MAX_DATE_LINE:
        return None
    dates = find_dates(line, order=order)
    if not dates:
        return None
    published, updated, fillers = _line_words()
    labels, prev = [], 0
    for d in dates:
        before = line[prev:d.start]
        labels.append("updated" if updated.search(before) else
                      "published" if published.search(before) else None)
        prev = d.end
    rest = line
    for d in reversed(dates):
        rest = rest[:d.start] + " " + rest[d.end:]
    rest = updated.sub(" ", rest)
    rest = published.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = fillers.sub(" ", rest)
    rest = _ZONE.sub(" ", rest)
    leftover = re.findall(r"[^\W\d_]{2,}", rest)
    if len(leftover) > MAX_LEFTOVER_WORDS:
        return None
    return DateLine(dates=tuple(dates), labels=tuple(labels))


def normalise_date(text: str, *, order: str = "DMY") -> str | None:
    """An ISO date for a string known to be a date (a metadata field), or None.

    ISO strings keep their date part; printed dates go through :func:`find_dates`;
    dateparser is the last resort, asked for a day, a month and a year.
    """
    text = str(text).strip()
    if not text:
        return None
    found = find_dates(text, order=order)
    if found:
        return found[0].value
    import dateparser

    parsed = dateparser.parse(text, languages=list(lang.SUPPORTED), settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "DATE_ORDER": order, "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def numeric_order(code: str | None) -> str:
    """How ``code``'s pages write all-numeric dates; day first when unknown."""
    if code:
        order = lang.data(code, "date_lines").get("numeric_order")
        if order in ("DMY", "MDY"):
            return order
    return "DMY"


def override_published(article: Article, published: str) -> Article:
    """``published`` given by the user wins; the page's own dates stay in ``dates_seen``."""
    value = normalise_date(published) or published
    seen = article.dates_seen + (DateSeen(text=published, value=value, where="option --published"),)
    return replace(article, published=value, published_from="option --published", dates_seen=seen)
