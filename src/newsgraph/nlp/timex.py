"""Normalising a found time expression to a TIMEX3-style value against the article's clock.

Values: ``2020-01-03`` (day), ``2020-01`` (month), ``2020`` (year), ``2023-W05`` (ISO week),
``P3M``/``PT2H``/``PXY`` (durations, X when the count is vague), ``PAST_REF``,
``PRESENT_REF``, ``FUTURE_REF``. Anchors: ``absolute`` when the text gives the value by
itself (a full date, a year, a duration), ``document`` when it was resolved against the
publication date, ``unknown`` when it needs a publication date the article lacks; the value
is then ``None``: we never guess from today's date.

Relative expressions (weekdays, "hier", "il y a trois jours", durations) are normalised in
:mod:`newsgraph.nlp.timex_relative`; the value record is :mod:`newsgraph.nlp.timex_value`.
Which side of the publication date a bare weekday or a year-less date falls on comes from
``direction`` (:mod:`newsgraph.nlp.tense`); see docs/times.md for the rules.
"""
from __future__ import annotations

import calendar
from datetime import date

from newsgraph.nlp import timex_relative as rel
from newsgraph.nlp.time_lexicon import TimeLexicon, key
from newsgraph.nlp.time_spans import TimeMatch
from newsgraph.nlp.tense import FUTURE, PAST
from newsgraph.nlp.timex_value import ABSOLUTE, DOCUMENT, TWO_DIGIT_PIVOT, UNKNOWN, Timex

def normalise(match: TimeMatch, lex: TimeLexicon, *, published: date | None,
              direction: str | None = None, nowadays: bool = False) -> Timex | None:
    """The value of ``match``; None when the words do not make a valid date (31 February)."""
    handler = _HANDLERS[match.kind]
    try:
        return handler(match, lex, published, direction, nowadays)
    except ValueError:
        return None


def _date(match, lex, pub, direction, _):
    p = match.parts
    day = lex.day_words.get(key(p["day"])) or int("".join(c for c in p["day"] if c.isdigit()))
    month = lex.months[key(p["month"])]
    if p.get("year"):
        return Timex(date(int(p["year"]), month, day).isoformat(), ABSOLUTE)
    date(2000, month, day)  # validates day and month (2000 is a leap year)
    if pub is None:
        return Timex(None, UNKNOWN)
    weekday = lex.weekdays.get(key(p["weekday"])) if p.get("weekday") else None
    return Timex(_year_for(pub, month, day, direction, weekday).isoformat(), DOCUMENT)


def _numeric(match, lex, pub, direction, _):
    a, b, c = match.parts["numeric"].split(match.parts["sep"])
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif lex.date_order == "mdy":
        month, day, year = int(a), int(b), int(c)
    else:
        day, month, year = int(a), int(b), int(c)
    if len(c) == 2 and len(a) != 4:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    elif len(str(year)) != 4:
        raise ValueError(match.text)
    return Timex(date(year, month, day).isoformat(), ABSOLUTE)


def _month(match, lex, pub, direction, _):
    month = lex.months[key(match.parts["month"])]
    if match.parts.get("year"):
        return Timex(f"{int(match.parts['year']):04d}-{month:02d}", ABSOLUTE)
    if pub is None:
        return Timex(None, UNKNOWN)
    here = pub.year * 12 + pub.month - 1
    candidates = [(pub.year + dy) * 12 + month - 1 for dy in (-1, 0, 1)]
    rel = lex.relative.get(key(match.parts.get("rel") or ""))
    if match.parts.get("this"):
        best = pub.year * 12 + month - 1           # "cette septembre": this year's
    elif rel == -1:
        best = max(c for c in candidates if c < here)  # "en mars dernier": strictly before
    elif rel == 1:
        best = min(c for c in candidates if c > here)
    elif direction == PAST:
        best = max(c for c in candidates if c <= here)
    elif direction == FUTURE:
        best = min(c for c in candidates if c >= here)
    else:
        best = min(candidates, key=lambda c: (abs(c - here), -c))
    return Timex(f"{best // 12:04d}-{best % 12 + 1:02d}", DOCUMENT)


def _month_numeric(match, *_):
    return Timex(f"{int(match.parts['year']):04d}-{int(match.parts['month_num']):02d}", ABSOLUTE)


def _season(match, lex, pub, direction, _):
    season = lex.seasons[key(match.parts["season"])]
    if match.parts.get("year"):
        return Timex(f"{int(match.parts['year']):04d}-{season}", ABSOLUTE)
    if pub is None:
        return Timex(None, UNKNOWN)
    offset = lex.relative.get(key(match.parts.get("rel") or ""), 0)
    return Timex(f"{pub.year + offset:04d}-{season}", DOCUMENT)


def _holiday(match, lex, pub, direction, _):
    month, day = (int(x) for x in lex.holidays[key(match.parts["holiday"])].split("-"))
    if match.parts.get("year"):
        return Timex(date(int(match.parts["year"]), month, day).isoformat(), ABSOLUTE)
    if pub is None:
        return Timex(None, UNKNOWN)
    return Timex(_year_for(pub, month, day, direction, None).isoformat(), DOCUMENT)


def _quarter(match, lex, pub, direction, _):
    """"au troisième trimestre", "Q3 2024": ``2024-Q3``; without a year, the quarter nearest the
    publication on the side of the verb, the earlier on a tie (results follow their quarter)."""
    word = match.parts["quarter"]
    quarter = int(word) if word.isdigit() else lex.quarters[key(word)]
    if match.parts.get("year") or pub is None:
        year = match.parts.get("year")
        return Timex(f"{int(year):04d}-Q{quarter}", ABSOLUTE) if year else Timex(None, UNKNOWN)
    here = pub.year * 4 + (pub.month - 1) // 3
    candidates = [c for c in ((pub.year + dy) * 4 + quarter - 1 for dy in (-1, 0, 1))
                  if (direction != PAST or c <= here) and (direction != FUTURE or c >= here)]
    best = min(candidates, key=lambda c: (abs(c - here), c))
    return Timex(f"{best // 4:04d}-Q{best % 4 + 1}", DOCUMENT)


def _decade(match, *_):
    digits = match.parts["decade"]
    century = digits[:2] if len(digits) == 4 else "19"  # "les années 80": the 1980s
    return Timex(f"{century}{digits[-2]}", ABSOLUTE)


def _year(match, *_):
    return Timex(f"{int(match.parts['year']):04d}", ABSOLUTE)


def _year_for(pub: date, month: int, day: int, direction: str | None, weekday: int | None) -> date:
    """The year that puts a year-less day nearest the publication date in ``direction``."""
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(date(year, month, day))
    if weekday is not None and any(c.isoweekday() == weekday for c in candidates):
        candidates = [c for c in candidates if c.isoweekday() == weekday]
    if direction == PAST and any(c <= pub for c in candidates):
        return max(c for c in candidates if c <= pub)
    if direction == FUTURE and any(c >= pub for c in candidates):
        return min(c for c in candidates if c >= pub)
    return min(candidates, key=lambda c: abs((c - pub).days))


_HANDLERS = {
    "date": _date, "numeric": _numeric, "month": _month, "year": _year, "weekday": rel.weekday,
    "deictic": rel.deictic, "unit_rel": rel.unit_rel,
    "ago": lambda m, lex, pub, d, n: rel.shifted(m, lex, pub, -1),
    "in": lambda m, lex, pub, d, n: rel.shifted(m, lex, pub, +1),
    "duration": rel.duration, "vague": rel.vague, "month_numeric": _month_numeric, "season": _season,
    "holiday": _holiday, "decade": _decade, "quarter": _quarter,
}
