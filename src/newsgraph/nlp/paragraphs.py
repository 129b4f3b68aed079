"""Run the model paragraph by paragraph, then join the paragraphs into one Doc per article.

A blank line ends a sentence in news, but the French parser runs sentences across it (and
presetting boundaries makes it fragment the next sentence). Parsing each paragraph on its own
keeps every sentence inside its paragraph; ``Doc.from_docs`` joins them back so the Doc's text
is exactly the article's text and every offset stays valid.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


def paragraphs(text: str) -> list[str]:
    """``text`` cut after each blank-line run; the pieces concatenate back to ``text``."""
    pieces, start = [], 0
    for m in _BLANK_LINE.finditer(text):
        if m.end() > start and text[start:m.start()].strip():
            pieces.append(text[start:m.end()])
            start = m.end()
    if start < len(text):
        if pieces and not text[start:].strip():
            pieces[-1] += text[start:]
        else:
            pieces.append(text[start:])
    return pieces or [text]


def model_pipes(nlp: Language) -> list[str]:
    """The model's own components (newsgraph's stages excluded)."""
    return [name for name in nlp.pipe_names if not name.startswith("newsgraph_")]


def parse_by_paragraph(nlp: Language, texts: Iterable[str], *, batch_size: int = 64) -> Iterator[Doc]:
    """One parsed Doc per text, the model run on each paragraph separately (all texts parsed first)."""
    texts = list(texts)
    cuts = [paragraphs(t) for t in texts]
    flat = [p for pieces in cuts for p in pieces]
    with nlp.select_pipes(enable=model_pipes(nlp)):  # closed before any Doc is handed out
        parsed = iter(list(nlp.pipe(flat, batch_size=batch_size)))
    for text, pieces in zip(texts, cuts):
        docs = [next(parsed) for _ in pieces]
        doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:
            raise ValueError("joining the paragraphs changed the article's text")
        yield doc
