"""Direct quotations found from the typography alone: paired quotation marks and dialogue dashes.

This module reads only characters, so it is cheap and independent of the parse. It handles
marks nested inside a quotation (only the outermost pair counts), quotations that run over
several paragraphs (the French and English convention reopens the mark at each new paragraph;
some texts only close it at the end) and lines of dialogue opened by a dash. Splitting a
quotation around an incise and attributing it is done on the parse, in ``quote_cues``.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.nlp.quote_parts import Pieces

#: How many following paragraphs may hold the closing mark of a quotation left open.
MAX_OPEN_PARAGRAPHS = 4


@dataclass(frozen=True)
class MarkedSpan(Pieces):
    """A stretch of quoted words: ``parts`` are (start, end) pieces without the marks.

    ``open_at`` is where the opening mark (or dash) stands and ``close_at`` is just after the
    closing mark (or the end of the dialogue line), so the words around can be read.
    """

    open_at: int
    close_at: int
    dash: bool = False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) past surrounding spaces and a trailing comma ("We will,” he said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _paragraph_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _next_paragraph(text: str, i: int) -> int:
    """Index of the first non-space character after the newline run at ``i`` (len(text) if none)."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def find_marked(text: str, pairs: dict[str, str]) -> list[MarkedSpan]:
    """Every outermost quotation between paired marks, in text order."""
    spans: list[MarkedSpan] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in pairs:
            i += 1
            continue
        found = _close(text, i, ch, pairs[ch])
        if found is None:
            i += 1
            continue
        parts, close_at = found
        parts = tuple(p for p in (_trim(text, s, e) for s, e in parts) if p[1] > p[0])
        if parts:
            spans.append(MarkedSpan(parts=parts, open_at=i, close_at=close_at))
        i = close_at
    return spans


def _close(text: str, open_at: int, opener: str, closer: str):
    """Parts and end of the quotation opened at ``open_at``, or None when it never closes."""
    parts: list[tuple[int, int]] = []
    start, depth, i, paragraphs = open_at + 1, 0, open_at + 1, 0
    while i < len(text):
        ch = text[i]
        if ch == closer and (depth == 0 or opener == closer):
            parts.append((start, i))
            return parts, i + 1
        if ch == closer:
            depth -= 1
        elif ch == opener:
            depth += 1
        elif ch == "\n":
            if opener == closer:
                return None  # straight marks never span paragraphs: this one is stray
            paragraphs += 1
            nxt = _next_paragraph(text, i)
            if paragraphs > MAX_OPEN_PARAGRAPHS or nxt >= len(text):
                return _closed_at_paragraph(text, parts, start, i)
            if text[nxt] == opener and opener != closer:
                # A reopened mark continues the quotation in a new paragraph.
                parts.append((start, i))
                start = i = nxt + 1
                continue
            if not _closes_later(text, nxt, opener, closer):
                return _closed_at_paragraph(text, parts, start, i)
            parts.append((start, i))
            start = i = nxt
            continue
        i += 1
    return _closed_at_paragraph(text, parts, start, len(text))


def _closed_at_paragraph(text: str, parts, start: int, end: int):
    """An unclosed mark: the quotation ends with its paragraph (a typo), if it holds words."""
    if end - start < 2:
        return None
    return [*parts, (start, end)], end


def _closes_later(text: str, i: int, opener: str, closer: str) -> bool:
    """Whether the closer comes in one of the next paragraphs before any new opening mark."""
    paragraphs = 0
    while i < len(text) and paragraphs <= MAX_OPEN_PARAGRAPHS:
        ch = text[i]
        if ch == closer:
            return True
        if ch == opener and opener != closer:
            return False
        if ch == "\n":
            paragraphs += 1
        i += 1
    return False


def find_dialogue(text: str, dashes: tuple[str, ...], taken: list[MarkedSpan],
                  pairs: dict[str, str]) -> list[MarkedSpan]:
    """Lines of dialogue: a paragraph opened by a dash is a quotation up to the line's end."""
    spans: list[MarkedSpan] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        body = line.lstrip()
        dash = next((d for d in dashes if body.startswith(d)), None)
        if dash is None:
            continue
        at = start + len(line) - len(body)
        words = at + len(dash)
        after = text[words:start + len(line)].lstrip()
        if not after or after[0] in pairs or any(s.open_at <= at < s.close_at for s in taken):
            continue  # "— « ... »" is read from the marks; a dash inside a quotation is not a line
        s, e = _trim(text, words, start + len(line))
        if e > s:
            spans.append(MarkedSpan(parts=((s, e),), open_at=at, close_at=start + len(line), dash=True))
    return spans


def find_direct(text: str, *, pairs: dict[str, str], dashes: tuple[str, ...]) -> list[MarkedSpan]:
    """Quotations by marks and dialogue lines together, in text order, without overlaps."""
    marked = find_marked(text, pairs)
    dialogue = find_dialogue(text, dashes, marked, pairs)
    return sorted(marked + dialogue, key=lambda s: s.open_at)
