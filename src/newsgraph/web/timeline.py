"""An entity's events as a chart: geometry for a server-rendered SVG, one lane per event type.

The entity page draws its timeline without JavaScript: this module turns dated
events into positions (x by date, y by event type), axis ticks and lane labels; the
template writes them as SVG, escaping every label. Events whose time is not a
calendar date (``PAST_REF``, a duration) cannot be placed and are counted apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Sequence

from markupsafe import Markup, escape

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

WIDTH = 760
LANE = 28
LEFT = 110
RIGHT = 20
PAD = 24  # keeps the first and last dots and tick labels off the chart's edges
TOP = 16
AXIS = 34
LISTED = 8  # labels a dot of several events lists in its tooltip


@dataclass(frozen=True)
class Point:
    """An event to place: when, what type, a label for the tooltip, where a click goes."""

    when: str | None
    type: str
    label: str
    href: str


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    type: str
    label: str
    href: str
    when: str
    count: int = 1

    @property
    def svg(self) -> Markup:
        """The dot as SVG: a circle (larger for more events) with its label as tooltip, linking
        to its (first) event, every value escaped. Written here rather than in the template:
        a chart draws hundreds."""
        r = 6 + min(4, self.count - 1)
        return Markup(f'<a href="{escape(self.href)}" class="dot" data-type="{escape(self.type)}" '
                      f'data-date="{escape(self.when)}" data-count="{self.count}"><circle '
                      f'cx="{self.x}" cy="{self.y}" r="{r}"><title>{escape(self.label)}</title>'
                      f'</circle></a>')


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Lane:
    y: float
    type: str
    count: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    right: int
    axis_y: float
    dots: tuple[Dot, ...]
    ticks: tuple[Tick, ...]
    lanes: tuple[Lane, ...]
    undated: int


def calendar_date(value: str | None) -> date | None:
    """The first day a TIMEX-style value names (``2023-01-30``, ``2023-01``, ``2023``), else None."""
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _ticks(first: date, last: date, x_of) -> tuple[Tick, ...]:
    span = (last - first).days
    if span <= 31:
        step, fmt = max(1, span // 6 or 1), "%d %b"
        days = [first + timedelta(days=d) for d in range(0, span + 1, step)]
    else:
        fmt = "%b %Y" if span <= 3 * 366 else "%Y"
        months = 1 if span <= 200 else 3 if span <= 800 else 12
        days, y, mo = [], first.year, first.month
        while date(y, mo, 1) <= last:
            if date(y, mo, 1) >= first:
                days.append(date(y, mo, 1))
            mo += months
            y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
        days = days or [first]
    return tuple(Tick(x=x_of(d), label=d.strftime(fmt)) for d in days)


def _label(points: list[Point]) -> str:
    """One event's label, or for several of one type on one day their count and labels."""
    if len(points) == 1:
        return points[0].label
    listed = [p.label for p in points[:LISTED]]
    more = f"\n... and {len(points) - LISTED} more" if len(points) > LISTED else ""
    return f"{len(points)} events:\n" + "\n".join(listed) + more


def chart(points: Iterable[Point], *, width: int = WIDTH) -> Chart:
    """Lay out ``points``: lanes in order of first appearance by count, x linear in time; the
    events of one type on one day are one dot that counts them (side by side, a busy day
    would spill over the next days and hide them)."""
    placed: list[tuple[date, Point]] = []
    undated = 0
    for p in points:
        d = calendar_date(p.when)
        if d is None:
            undated += 1
        else:
            placed.append((d, p))
    counts: dict[str, int] = {}
    for _, p in placed:
        counts[p.type] = counts.get(p.type, 0) + 1
    types: Sequence[str] = sorted(counts, key=lambda t: (-counts[t], t))
    lane_y = {t: TOP + LANE * i + LANE / 2 for i, t in enumerate(types)}
    axis_y = TOP + LANE * max(1, len(types)) + 4
    if not placed:
        return Chart(width, int(axis_y + AXIS), LEFT, RIGHT, axis_y, (), (), (), undated)
    first = min(d for d, _ in placed)
    last = max(d for d, _ in placed)
    span = max(1, (last - first).days)
    inner = width - LEFT - RIGHT - 2 * PAD

    def x_of(d: date) -> float:
        return round(LEFT + PAD + inner * ((d - first).days / span if last != first else 0.5), 1)

    same: dict[tuple[date, str], list[Point]] = {}
    for d, p in sorted(placed, key=lambda dp: dp[0]):
        same.setdefault((d, p.type), []).append(p)
    dots = [Dot(x=x_of(d), y=lane_y[t], type=t, label=_label(ps), href=ps[0].href,
                when=d.isoformat(), count=len(ps)) for (d, t), ps in same.items()]
    ticks = _ticks(first, last, x_of) if last != first else (Tick(x_of(first), first.isoformat()),)
    lanes = tuple(Lane(y=lane_y[t], type=t, count=counts[t]) for t in types)
    return Chart(width, int(axis_y + AXIS), LEFT, RIGHT, axis_y, tuple(dots), ticks, lanes, undated)
