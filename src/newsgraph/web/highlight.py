"""Article text cut into segments, each knowing which highlights cover it.

The article page shows the text once, with entities, titles, quotes, dates and
events marked on it. Those spans overlap (a name inside a quote, a date inside an
event's sentence), and HTML cannot hold overlapping elements or a link inside a
link. So the text is cut at every span boundary: each :class:`Segment` is a run of
text with a fixed set of :class:`Mark` s over it, and at most one of them (by
:data:`LINK_ORDER`) is the segment's link. The template escapes every segment's
text, so whatever the article holds is shown as text.

This is presentation only: marks come from the store, nothing here finds them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

#: Outermost first: the order a segment's marks are nested in the page.
KINDS = ("quote", "title", "entity", "event", "time")
#: Which covering mark becomes the segment's one link, first that has an href wins.
LINK_ORDER = ("entity", "event", "time", "title")


@dataclass(frozen=True)
class Mark:
    """One highlighted span: what it is, where, and where a click on it goes."""

    kind: str
    start: int
    end: int
    key: str
    label: str = ""
    href: str | None = None
    info: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Segment:
    """A run of text with the marks covering it (outermost first)."""

    text: str
    marks: tuple[Mark, ...] = ()
    link: Mark | None = None
    opens: tuple[Mark, ...] = ()
    closes: tuple[Mark, ...] = ()

    def has(self, kind: str) -> Mark | None:
        return next((m for m in self.marks if m.kind == kind), None)


def _clean(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Marks inside the text, and per kind no two overlapping (the earlier, longer one stays)."""
    kept: list[Mark] = []
    by_kind: dict[str, list[Mark]] = {}
    for m in marks:
        start, end = max(0, m.start), min(length, m.end)
        if m.kind not in KINDS or end <= start:
            continue
        by_kind.setdefault(m.kind, []).append(
            m if (start, end) == (m.start, m.end) else Mark(
                m.kind, start, end, m.key, m.label, m.href, m.info))
    for kind, group in by_kind.items():
        group.sort(key=lambda m: (m.start, -(m.end - m.start)))
        last_end = -1
        for m in group:
            if m.start >= last_end:
                kept.append(m)
                last_end = m.end
    return kept


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each piece carries the marks over it."""
    clean = _clean(marks, len(text))
    cuts = sorted({0, len(text), *(m.start for m in clean), *(m.end for m in clean)})
    rank = {k: i for i, k in enumerate(KINDS)}
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        over = sorted((m for m in clean if m.start <= a and m.end >= b), key=lambda m: rank[m.kind])
        link = next((m for k in LINK_ORDER for m in over if m.kind == k and m.href), None)
        out.append(Segment(
            text=text[a:b], marks=tuple(over), link=link,
            opens=tuple(m for m in over if m.start == a),
            closes=tuple(m for m in over if m.end == b),
        ))
    return out or [Segment(text=text)]
