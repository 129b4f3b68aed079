"""The header of a plain-text news page: outlet banner, date lines, headline, byline.

A page pasted as text opens with a few short lines before the body: an outlet banner
(often ALL CAPS), a date line, the headline, a byline, a credit. We read the leading
short lines, tell each kind by its shape (length, capitals, final punctuation,
position) and by the date/credit/byline forms of ``lang/``, and stop at the first line
that reads like body text. A page that opens straight with a paragraph has no header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph import lang
from newsgraph.ingest import credits
from newsgraph.ingest.banner import banner_with_tagline, is_all_caps, outlet_name
from newsgraph.ingest.dates import DateLine, calendar_words, find_dates, parse_date_line
from newsgraph.ingest.title_credit import split_title_credit
from newsgraph.records import DateSeen

#: How many non-empty lines a header may take before the body starts.
MAX_HEADER_LINES = 8
#: A headline is short: at most this many characters and words.
MAX_HEADLINE_CHARS = 180
MAX_HEADLINE_WORDS = 30
#: A headline ending with a period is taken only right after a date line, and this short.
MAX_DOTTED_HEADLINE_WORDS = 15
#: A banner (outlet) line is shorter still.
MAX_BANNER_WORDS = 6

_SENTENCE_END = (".", ",", ";", ":", "…")
_INNER_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?]\s+[^\W\d_a-zß-ÿ]")  # "...vote. Le maire" (not "U.S. Army")


@dataclass(frozen=True)
class Header:
    """What the header said; the body starts at line index ``body_start``."""

    outlet: str | None
    title: str | None
    dates_seen: tuple[DateSeen, ...]
    published: str | None
    published_from: str | None
    byline: str | None
    original_source: str | None
    body_start: int


def is_headline(line: str) -> bool:
    """Short, one sentence at most, and no final period: a headline or banner, not body text."""
    text = line.strip()
    if not text or len(text) > MAX_HEADLINE_CHARS or len(text.split()) > MAX_HEADLINE_WORDS:
        return False
    if text.endswith(_SENTENCE_END) and not text.endswith("..."):
        return False
    return not _INNER_SENTENCE.search(text.rstrip("?!"))


@lru_cache(maxsize=1)
def _sections() -> frozenset[str]:
    return frozenset(w.casefold() for code in lang.SUPPORTED for w in lang.words(code, "sections"))


#: A breadcrumb's parts are short: section names, not a headline cut by a sign.
MAX_CRUMB_WORDS = 4


def is_navigation(line: str) -> bool:
    """A breadcrumb or menu line ("Accueil > Monde > Afrique", "Monde > Moyen-Orient") or a
    section label ("Monde")."""
    text = line.strip().strip("|•*=#-–—>» \t").casefold()
    if text in _sections() or len(re.findall(r"\s[>/|»›·]\s", line)) >= 2:
        return True
    crumbs = [p.strip() for p in re.split(r"\s[>»›]\s", text)]
    return len(crumbs) >= 2 and all(0 < len(p.split()) <= MAX_CRUMB_WORDS for p in crumbs) \
        and any(p in _sections() for p in crumbs)


def _classify(line: str, *, order: str) -> tuple[str, object]:
    date_line = parse_date_line(line, order=order)
    if date_line:
        return "date", date_line
    author = credits.match_byline(line)
    if author:
        return "byline", author
    label = credits.match_label(line)
    if label:
        return "credit", label
    agency = credits.match_with(line)
    if agency:
        return "credit", agency
    if is_headline(line):
        return "short", line.strip()
    return "body", None


def parse_header(lines: list[str], *, order: str = "DMY", meta_only: bool = False) -> Header:
    """Read the header off ``lines``; ``order`` decides all-numeric dates (DMY or MDY).

    ``meta_only`` reads only date, byline and credit lines (the body of an HTML page or a
    JSON object, whose title and outlet are given apart) and stops at any other line.
    """
    found: list[tuple[int, int, str, object]] = []  # (line index, non-empty number, kind, value)
    number = 0
    body_start = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        number += 1
        if number > MAX_HEADER_LINES:
            break
        kind, value = _classify(line, order=order)
        shared = _banner_and_date(line, order=order) if kind != "byline" and not meta_only else None
        if shared:  # "NEWSWIRE ASIA | March 14, 2024": a banner and a date on one line
            found += [(i, number, "short", shared[0]), (i, number, "date", shared[1])]
            continue
        if kind == "body" or (meta_only and kind == "short"):
            body_start = i
            break
        found.append((i, number, kind, value))
    if body_start is None or not found:
        return Header(None, None, (), None, None, None, None, 0)

    lines_by_number = {n: lines[i] for i, n, _, _ in found}
    seen: list[DateSeen] = []
    published = published_from = None
    best_rank = 9
    shorts: list[tuple[int, str]] = []
    byline = source = None
    for _, n, kind, value in found:
        if kind == "date":
            assert isinstance(value, DateLine)
            for d, label in zip(value.dates, value.labels):
                where = f"header line {n}" + (f" ({label})" if label else "")
                seen.append(DateSeen(text=d.text, value=d.value, where=where))
                rank = {"published": 0, None: 1, "updated": 2}[label]
                if rank < best_rank:
                    best_rank, published, published_from = rank, d.value, where
        elif kind == "byline":
            byline = byline or value
            for d in find_dates(lines_by_number[n], order=order):  # "Par X, publié le 3 mars 2024"
                where = f"header line {n} (byline)"
                seen.append(DateSeen(text=d.text, value=d.value, where=where))
                if best_rank > 1:
                    best_rank, published, published_from = 1, d.value, where
        elif kind == "credit":
            source = source or value
        else:
            shorts.append((n, value))
    outlet, title = _outlet_and_title(shorts, found)
    if title:  # "Le port rouvre (Gazette du Sud)": the source's name in brackets
        title, credit = split_title_credit(title)
        source = source or credit
    if title is None and seen and not meta_only and _headline_with_period(lines, body_start):
        title, body_start = lines[body_start].strip(), body_start + 1
    return Header(outlet, title, tuple(seen), published, published_from, byline, source, body_start)


def _banner_and_date(line: str, *, order: str) -> tuple[str, DateLine] | None:
    """A banner and a date line printed on one line, apart by a bar or a bullet: (banner, date)."""
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", line.strip()) if p.strip()]
    if len(parts) != 2:
        return None
    for banner, date in (parts, parts[::-1]):
        date_line = parse_date_line(date, order=order)
        words = [w.casefold() for w in re.findall(r"[^\W\d_]{3,}", banner)]
        if date_line and words and not set(words) & calendar_words() and is_all_caps(banner) \
                and len(banner.split()) <= MAX_BANNER_WORDS and not find_dates(banner, order=order):
            return banner, date_line
    return None


def _headline_with_period(lines: list[str], i: int) -> bool:
    """After a date line, a short one-sentence line followed by more text is the headline even
    with a final period ("Le port rouvre."): a lede is rarely this short."""
    text = lines[i].strip()
    if len(text.split()) > MAX_DOTTED_HEADLINE_WORDS or not text.endswith("."):
        return False
    if not is_headline(text[:-1]) or not any(line.strip() for line in lines[i + 1:]):
        return False
    return True


def _is_banner(text: str) -> bool:
    return is_all_caps(text) or banner_with_tagline(text) is not None


def _without_tagline(lines: list[tuple[int, str]], found) -> list[tuple[int, str]]:
    """The short lines without a banner's tagline: a line printed right under the banner (no blank
    line between), not in capitals, when a date line and then a headline (three words or more)
    come after it ("GAZETTE DU NORD" / "Toute l'actualité de la région" / date / headline)."""
    if len(lines) < 3 or not _is_banner(lines[0][1]) or is_all_caps(lines[1][1]):
        return lines
    index = {n: i for i, n, _, _ in found}
    (first, _), (second, _) = lines[0], lines[1]
    if index[second] != index[first] + 1:
        return lines
    dates = [n for _, n, kind, _ in found if kind == "date" and n > second]
    if not dates or not any(n > dates[0] and len(text.split()) >= 3 for n, text in lines[2:]):
        return lines
    return [lines[0]] + lines[2:]


def _outlet_and_title(shorts: list[tuple[int, str]], found) -> tuple[str | None, str | None]:
    """Of the header's short lines (menus, section labels and a banner's tagline aside), a first
    short one is the banner when a later one can be the headline (three words or more)."""
    lines = _without_tagline([(n, text) for n, text in shorts if not is_navigation(text)], found)
    if not lines:
        return None, None
    if len(lines) == 1:
        n, text = lines[0]
        date_after = any(kind == "date" and m >= n for _, m, kind, _ in found)
        banner = (is_all_caps(text) and len(text.split()) <= MAX_BANNER_WORDS) or banner_with_tagline(text)
        if banner and date_after:
            return outlet_name(text), None
        return None, text
    first = lines[0][1]
    later = [text for _, text in lines[1:] if len(text.split()) >= 3]
    if (_is_banner(first) or len(first.split()) <= MAX_BANNER_WORDS) and later:
        return outlet_name(first), later[0]
    return None, next((text for _, text in lines if len(text.split()) >= 3), first)
