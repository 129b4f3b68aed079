"""A quotation handed to the clause after it: "« ... » : c'est en ces termes que X a accueilli Y".

The words after the colon restate who said the quotation, with a verb that need not be one of
saying (accueillir, réagir, résumer, "greeted"): the subject of that clause is the speaker. The
phrases that do this are language data (``lang/<code>/quote_restatements.txt``).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from newsgraph import lang
from newsgraph.nlp.direct_quotes import MarkedSpan
from newsgraph.nlp.token_offsets import doc_text, tokens_between

#: Characters that end the clause after the phrase.
ENDS = frozenset(".!?;…\n")


@lru_cache(maxsize=None)
def _phrases(code: str) -> tuple[str, ...]:
    return tuple(sorted((p.lower() for p in lang.words(code, "quote_restatements")), key=len, reverse=True))


def restated_cue(doc: Doc, q: MarkedSpan):
    """(verb, None, window) when a colon and a restating phrase follow the quotation, else None."""
    text = doc_text(doc)
    rest = text[q.close_at:q.close_at + 200]
    lead = len(rest) - len(rest.lstrip(" \t"))
    if not rest[lead:].startswith(":"):
        return None
    at = q.close_at + lead + 1
    while at < len(text) and text[at] in " \t":
        at += 1
    said = text[at:at + 60].lower().replace("’", "'")
    phrase = next((p for p in _phrases(doc.lang_) if said.startswith(p)), None)
    if phrase is None:
        return None
    start = at + len(phrase)
    end = next((i for i in range(start, len(text)) if text[i] in ENDS), len(text))
    clause = tokens_between(doc, start, end)
    if not clause:
        return None
    verb = next((t for t in clause if t.pos_ in ("VERB", "AUX")
                 and any(c.dep_.startswith("nsubj") and c.i >= clause[0].i for c in t.children)), None)
    if verb is None:
        return None
    return verb.i, None, (clause[0].i, clause[-1].i + 1)
