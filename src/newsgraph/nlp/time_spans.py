"""Finding time expressions in a text with the patterns of a language's time lexicon.

We find expressions ourselves rather than asking a date parser to search: parsers that
search ("dateparser.search") read the pronoun "Je" as *jeudi* and guess bare weekdays
forward. Every pattern here is built from ``lang/<code>/times.yaml``, matched on word
boundaries; overlapping matches are settled longest first, then leftmost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.nlp.time_lexicon import Pattern, TimeLexicon, key


@dataclass(frozen=True)
class TimeMatch:
    """One expression found in a text, with what its pattern captured (words as matched)."""

    kind: str
    start: int
    end: int
    text: str
    parts: dict = field(default_factory=dict)
    pattern: Pattern | None = None


def find_times(text: str, lex: TimeLexicon) -> list[TimeMatch]:
    """Every time expression of ``text``, in text order, none overlapping another."""
    found: list[TimeMatch] = []
    for pattern in lex.patterns:
        for m in pattern.regex.finditer(text):
            start, end = m.span("span")
            if text[end - 1] == ".":
                end -= 1  # "3 janv." and a date ending a sentence: the dot is punctuation
            parts = {k: v for k, v in m.groupdict().items() if v is not None and k != "span"}
            match = TimeMatch(pattern.kind, start, end, text[start:end], parts, pattern)
            if _acceptable(match, lex, text):
                found.append(match)
    return _settle(found)


def _acceptable(match: TimeMatch, lex: TimeLexicon, text: str) -> bool:
    """Checks a regex cannot express: month names that are common words, bare counts, names."""
    month = match.parts.get("month")
    if month and key(month) in lex.capitalised_only and not month[:1].isupper():
        return False
    num = match.parts.get("num")
    if match.pattern is not None and match.pattern.not_before is not None \
            and match.pattern.not_before.match(text[match.end:]):
        return False  # "plus de 2000 manifestants": a count before its noun, not a year
    if match.pattern is not None and match.pattern.not_after is not None \
            and match.pattern.not_after.search(text[:match.start]):
        return False  # "le premier vendredi de juillet": a day of the month, not the month
    if match.pattern is not None and match.pattern.no_article and num and key(num) in lex.articles:
        return False
    if match.kind == "duration" and num and key(num).isdigit() and len(key(num)) == 4:
        return False  # "2019 jours" is not a plausible duration; a year misread as a count
    if match.kind == "duration" and lex.rate is not None and lex.rate.match(text[match.end:]):
        return False  # "dix heures de courant par jour": a rate, a quantity of something
    if match.kind == "duration" and num and key(num) in lex.vague_numbers and lex.measure is not None \
            and lex.measure.match(text[match.end:]):
        return False  # "quelques jours de réserves": a stock measured in days, no time of the story
    if match.kind == "holiday" and re.match(r"\s+[^\W\d_]", text[match.end:]) \
            and text[match.end:].lstrip()[:1].isupper():
        return False  # "Noël Martin": a first name, not the holiday
    return True


def _settle(found: list[TimeMatch]) -> list[TimeMatch]:
    """Keep the longest of overlapping matches (then the leftmost), in text order."""
    kept: list[TimeMatch] = []
    taken: list[tuple[int, int]] = []
    for match in sorted(found, key=lambda t: (-(t.end - t.start), t.start)):
        if any(match.start < e and s < match.end for s, e in taken):
            continue
        kept.append(match)
        taken.append((match.start, match.end))
    return sorted(kept, key=lambda t: t.start)
