"""Pages of a long result: which slice to fetch, and links to the neighbours that keep the filters."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping
from urllib.parse import urlencode

from fastapi import Query

PER_PAGE = 50
MAX_PER_PAGE = 500


@dataclass(frozen=True)
class Page:
    """Page ``number`` (from 1) of ``size`` rows; ``total`` is filled once counted."""

    number: int = 1
    size: int = PER_PAGE
    total: int = 0

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def last(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.last

    def link(self, path: str, params: Mapping[str, object], number: int, **extra: object) -> str:
        """``path`` with the same filters, on page ``number``; empty filters dropped."""
        query = {k: v for k, v in params.items() if v not in (None, "") and k not in ("page", "format")}
        query.update({k: v for k, v in extra.items() if v is not None})
        query["page"] = number
        if self.size != PER_PAGE:
            query["per_page"] = self.size
        return f"{path}?{urlencode(query)}"

    def counted(self, total: int) -> "Page":
        """The same page, knowing how many rows there are in all."""
        return Page(self.number, self.size, int(total))

    def as_dict(self) -> dict[str, int]:
        return {"page": self.number, "per_page": self.size, "total": self.total, "pages": self.last}


def page_of(number: int = 1, size: int = PER_PAGE) -> Page:
    """A page request clamped to sane bounds (a negative or huge value is not an error)."""
    return Page(number=max(1, number), size=min(MAX_PER_PAGE, max(1, size)))


def from_query(page: int = Query(1, ge=1, le=1_000_000, description="Page number, from 1"),
               per_page: int = Query(PER_PAGE, ge=1, le=MAX_PER_PAGE, description="Rows a page")) -> Page:
    """FastAPI dependency: the page asked for by ``page`` and ``per_page``."""
    return page_of(page, per_page)
