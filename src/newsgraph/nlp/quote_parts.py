"""What every quotation found in a text has: its pieces, as character ranges, in text order."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pieces:
    """``parts``: (start, end) character ranges of the quoted words; an incise splits them."""

    parts: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]
