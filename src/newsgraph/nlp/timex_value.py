"""A normalised time value (:class:`Timex`), its anchors, and calendar arithmetic shared by the
normalisers of :mod:`newsgraph.nlp.timex` and :mod:`newsgraph.nlp.timex_relative`."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

ABSOLUTE, DOCUMENT, UNKNOWN = "absolute", "document", "unknown"
#: Two-digit years below this are 20xx, the others 19xx ("05/05/89" is 1989).
TWO_DIGIT_PIVOT = 50
#: Calendar units, as months and days (decade and century as years).
YEARS_OF = {"Y": 1, "DE": 10, "CE": 100}


@dataclass(frozen=True)
class Timex:
    """A normalised value: ``value`` (None when it cannot be known), ``anchor``, TIMEX3 ``type``."""

    value: str | None
    anchor: str
    type: str = "DATE"


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
