"""Normalising expressions relative to the article's clock: weekdays, "hier", "la semaine
prochaine", "il y a trois jours", "dans deux mois", durations and vague references.

Each function takes (match, lexicon, publication date, direction, nowadays) like the handlers of
:mod:`newsgraph.nlp.timex`, which dispatches to them; see docs/times.md for the rules.
"""
from __future__ import annotations

from datetime import timedelta

from newsgraph.nlp.tense import FUTURE
from newsgraph.nlp.time_lexicon import key
from newsgraph.nlp.timex_value import DOCUMENT, UNKNOWN, ABSOLUTE, YEARS_OF, Timex, add_months


def weekday(match, lex, pub, direction, _):
    if pub is None:
        return Timex(None, UNKNOWN)
    target = lex.weekdays[key(match.parts["weekday"])]
    delta = target - pub.isoweekday()
    rel = lex.relative.get(key(match.parts.get("rel") or ""))
    if match.parts.get("this"):
        return Timex((pub + timedelta(days=delta)).isoformat(), DOCUMENT)  # the same ISO week
    back, ahead = (delta - 7) if delta > 0 else delta, (delta + 7) if delta <= 0 else delta
    if rel == -1:
        days = back if back < 0 else back - 7   # "lundi dernier": strictly before
    elif rel == 1:
        days = ahead                           # "mardi prochain": strictly after
    elif direction == FUTURE:
        days = ahead if delta else 0           # "doit le rencontrer mardi" on a Tuesday: that day
    else:
        days = back                            # past tense or no tense: on or before (news default)
    return Timex((pub + timedelta(days=days)).isoformat(), DOCUMENT)


def deictic(match, lex, pub, direction, nowadays):
    if match.pattern.nowadays and nowadays:
        return Timex("PRESENT_REF", DOCUMENT)
    if pub is None:
        return Timex(None, UNKNOWN)
    return Timex((pub + timedelta(days=match.pattern.offset)).isoformat(), DOCUMENT)


def unit_rel(match, lex, pub, direction, _):
    unit = lex.units[key(match.parts["unit"])]
    offset = lex.relative.get(key(match.parts.get("rel") or ""), 0)
    if unit not in ("D", "W", "M", *YEARS_OF):
        return None
    if pub is None:
        return Timex(None, UNKNOWN)
    if unit == "D":
        return Timex((pub + timedelta(days=offset)).isoformat(), DOCUMENT)
    if unit == "W":
        year, week, _ = (pub + timedelta(weeks=offset)).isocalendar()
        return Timex(f"{year:04d}-W{week:02d}", DOCUMENT)
    if unit == "M":
        shifted = add_months(pub, offset)
        return Timex(f"{shifted.year:04d}-{shifted.month:02d}", DOCUMENT)
    span = YEARS_OF[unit]
    if span == 1:
        return Timex(f"{pub.year + offset:04d}", DOCUMENT)
    first = pub.year // span + offset  # TIMEX3 decade "201" (the 2010s), century "20"
    return Timex(f"{first:0{4 - len(str(span)) + 1}d}", DOCUMENT)


def shifted(match, lex, pub, sign):
    count = lex.number(match.parts["num"])
    if count is None:
        return Timex("PAST_REF" if sign < 0 else "FUTURE_REF", DOCUMENT)
    if pub is None:
        return Timex(None, UNKNOWN)
    unit = lex.units[key(match.parts["unit"])]
    if unit in ("TH", "TM"):  # the article gives a day, not a clock: whole days only
        hours = count if unit == "TH" else count / 60
        return Timex((pub + timedelta(days=sign * int(hours // 24))).isoformat(), DOCUMENT)
    if unit == "D":
        return Timex((pub + timedelta(days=sign * count)).isoformat(), DOCUMENT)
    if unit == "W":
        return Timex((pub + timedelta(weeks=sign * count)).isoformat(), DOCUMENT)
    months = count * (1 if unit == "M" else 12 * YEARS_OF[unit])
    return Timex(add_months(pub, sign * months).isoformat(), DOCUMENT)


def duration(match, lex, *_):
    count = lex.number(match.parts["num"])
    unit = lex.units[key(match.parts["unit"])]
    amount = "X" if count is None else str(count)
    if unit in ("TH", "TM"):
        return Timex(f"PT{amount}{unit[1]}", ABSOLUTE, "DURATION")
    if unit in ("DE", "CE") and count is not None:
        return Timex(f"P{count * YEARS_OF[unit]}Y", ABSOLUTE, "DURATION")
    return Timex(f"P{amount}{unit}", ABSOLUTE, "DURATION")


def vague(match, *_):
    return Timex(match.pattern.value, DOCUMENT)
