"""Character offsets to tokens and sentences, in O(log n) per lookup, for the quote stage.

spaCy's ``Doc.text``, ``Doc.char_span`` and ``Token.sent`` each walk the whole doc; the quote stage asks
hundreds of such questions per article, so it builds the text and two sorted lists once per doc (kept in
``doc.user_data`` while the stage runs, dropped by :func:`forget`).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

_STARTS = "newsgraph_quotes.token_starts"
_SENTS = "newsgraph_quotes.sentence_starts"
_TEXT = "newsgraph_quotes.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def _token_starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get(_STARTS)
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data[_STARTS] = [t.idx for t in doc]
    return starts


def token_range(doc: Doc, start: int, end: int, *, expand: bool = False) -> tuple[int, int]:
    """Token indices [i, j) of the tokens wholly inside [start, end), or overlapping it when
    ``expand``."""
    starts = _token_starts(doc)
    i = bisect.bisect_left(starts, start)
    if expand and i > 0 and starts[i - 1] + len(doc[i - 1]) > start:
        i -= 1
    j = bisect.bisect_left(starts, end)
    if not expand and j > i and doc[j - 1].idx + len(doc[j - 1]) > end:
        j -= 1
    return i, max(i, j)


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens lying wholly inside the character range [start, end)."""
    i, j = token_range(doc, start, end)
    return list(doc[i:j])


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where the parser's sentences start, plus every paragraph's first token."""
    starts = doc.user_data.get(_SENTS)
    if starts is None:
        starts = doc.user_data[_SENTS] = sorted(
            {s.start for s in doc.sents} | {t.i + 1 for t in doc if "\n" in t.text and t.i + 1 < len(doc)})
    return starts


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the sentence holding token i, never crossing a paragraph break."""
    starts = sentence_starts(doc)
    k = bisect.bisect_right(starts, i) - 1
    lo = starts[k] if k >= 0 else 0
    hi = starts[k + 1] if k + 1 < len(starts) else len(doc)
    while hi > lo + 1 and "\n" in doc[hi - 1].text:
        hi -= 1  # the paragraph break itself belongs to no sentence
    return lo, hi


def forget(doc: Doc) -> None:
    """Drop the lookup lists from ``doc.user_data`` (they are the stage's, not the record's)."""
    doc.user_data.pop(_STARTS, None)
    doc.user_data.pop(_SENTS, None)
    doc.user_data.pop(_TEXT, None)
