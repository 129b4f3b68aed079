"""A mention candidate (before clustering into entities) and the line test that drops banners.

Shared by the stages that find, type and cluster mentions (``nlp.mentions``,
``nlp.added_mentions``, ``nlp.mention_types``, ``nlp.titles``, ``nlp.coreference``).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    """One mention before clustering: char offsets, token range, type, and where it came from."""

    start: int
    end: int
    text: str
    label: str
    first: int
    last: int  # token index, exclusive
    source: str  # "ner", "lexicon" or "compound"
    org: int | None = None  # row of organisations.tsv, when the lexicon knows it
    retyped: bool = False  # the label was read off the sentence, not the model's (mention_types)
    defines: str | None = None  # an acronym defined in brackets after this full name ("UA" of "Union africaine")


def is_banner_line(line: str) -> bool:
    """A page banner or date line, never an entity: ALL-CAPS short line or one framed by '|'."""
    s = line.strip()
    if not s:
        return False
    if s.startswith("|") or s.endswith("|"):
        return True
    letters = [c for c in s if c.isalpha()]
    return len(s.split()) <= 8 and len(letters) >= 3 and all(c.isupper() for c in letters)


def line_of(text: str, start: int, end: int) -> str:
    """The line of ``text`` holding the span ``start:end``."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a: b if b >= 0 else len(text)]
