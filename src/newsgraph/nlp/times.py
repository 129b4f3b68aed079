"""Stage ``newsgraph_times``: dates and durations, read against the article's own clock.

Reads ``doc._.article.published`` (an ISO date or datetime, or None) and sets
``doc._.times``: a list of :class:`records.TimeExpression` with offsets into ``doc.text``.
Expressions are found with the patterns of ``lang/<code>/times.yaml``
(:mod:`newsgraph.nlp.time_spans`), the governing verb's tense decides past or future for
bare weekdays and year-less dates (:mod:`newsgraph.nlp.tense`), and the value is computed
from the publication date (:mod:`newsgraph.nlp.timex`). A relative expression in an article
without a publication date gets ``value=None, anchor="unknown"``, never today's date.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.tense import PAST, direction, is_stative_present
from newsgraph.nlp.headline import body_start
from newsgraph.nlp.time_lexicon import lexicon
from newsgraph.nlp.time_spans import find_times
from newsgraph.nlp.timex import normalise
from newsgraph.records import TimeExpression

log = logging.getLogger(__name__)

#: Kinds whose value depends on which side of the publication date they fall.
DIRECTED = frozenset({"date", "month", "weekday", "holiday", "quarter"})


@Language.factory("newsgraph_times")
def make_times(nlp: Language, name: str):
    return TimesStage(nlp.lang)


def publication_date(published: str | None) -> date | None:
    """The calendar day of an ISO date or datetime string; None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        log.warning("publication date %r is not ISO 8601; relative times stay unresolved", published)
        return None


class TimesStage:
    """The spaCy component: finds, anchors and normalises every time expression of a doc."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.times = extract_times(doc, lang=self.lang)
        return doc


def extract_times(doc: Doc, *, lang: str) -> list[TimeExpression]:
    """The time expressions of ``doc`` (see the module docstring)."""
    lex = lexicon(lang)
    article = doc._.article
    pub = publication_date(getattr(article, "published", None))
    out: list[TimeExpression] = []
    body = body_start(doc)  # the headline's times are told again, in context, in the body
    for match in find_times(doc.text, lex):
        if match.start < body:
            continue
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        way = direction(span, lex) if span is not None and match.kind in DIRECTED else None
        if span is not None and match.pattern is not None and match.pattern.past_duration \
                and direction(span, lex) == PAST:
            match = replace(match, kind="duration")  # "has doubled in five years": how long, not when
        nowadays = (span is not None and match.pattern is not None and match.pattern.nowadays
                    and is_stative_present(span, lex))
        timex = normalise(match, lex, published=pub, direction=way, nowadays=nowadays)
        if timex is None:
            continue
        out.append(TimeExpression(text=match.text, start=match.start, end=match.end,
                                  value=timex.value, anchor=timex.anchor, type=timex.type))
    return out
