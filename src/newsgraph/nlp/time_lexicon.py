"""A language's time words (``lang/<code>/times.yaml``) compiled into patterns and lookups.

The YAML holds everything language-specific: month and weekday names, number words,
units, relative words and the expression patterns, written as regular expressions with
``{placeholders}``. This module fills the placeholders with named groups so that the
finder (:mod:`newsgraph.nlp.time_spans`) and the normaliser (:mod:`newsgraph.nlp.timex`)
never hold a word of any language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsgraph import lang
from newsgraph.errors import NewsgraphError

#: Four-digit years we read as years (a number like 3000 is a count, not a year).
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
APOSTROPHES = "'\u2019"


class TimeLexiconError(NewsgraphError):
    """A ``times.yaml`` file is malformed (a pattern does not compile, a key is missing)."""


def key(word: str) -> str:
    """The lookup form of a matched word: casefolded, straight apostrophe, single spaces, no final dot."""
    word = word.replace("\u2019", "'").casefold().rstrip(".")
    return re.sub(r"\s+", " ", word).strip()


def _alternation(words) -> str:
    """A regex alternation of literal words, longest first, spaces and apostrophes loosened."""
    out = []
    for w in sorted({key(w) for w in words}, key=len, reverse=True):
        out.append(_loosen(re.escape(w)))
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


def _loosen(regex: str) -> str:
    """Let a space (escaped or not) match any white space and ' match either apostrophe."""
    regex = regex.replace("\\ ", " ").replace(" ", r"\s+")
    return regex.replace("\\'", "'").replace("'", f"[{APOSTROPHES}]")


@dataclass(frozen=True)
class Pattern:
    """One compiled expression pattern: its kind, and options from the YAML entry."""

    kind: str
    regex: re.Pattern
    value: str | None = None
    offset: int | None = None
    nowadays: bool = False
    no_article: bool = False
    #: a span of time to come, or one that has passed when its verb is in a past tense ("in five
    #: years": "will open in five years" is a date, "has doubled in five years" a duration)
    past_duration: bool = False
    #: what may not follow the match: "de 2000 manifestants" is a count, "de 1994" a year
    not_before: re.Pattern | None = None
    #: what may not come right before the match: "vendredi de juillet" is no bare month
    not_after: re.Pattern | None = None


@dataclass(frozen=True)
class TimeLexicon:
    """Everything the time stage knows about one language."""

    lang: str
    months: dict
    weekdays: dict
    numbers: dict
    multipliers: frozenset
    joiners: re.Pattern
    vague_numbers: frozenset
    articles: frozenset
    units: dict
    relative: dict
    this: frozenset
    day_words: dict
    capitalised_only: frozenset
    stative_verbs: frozenset
    future_governors: frozenset
    future_endings: tuple
    date_order: str
    seasons: dict
    holidays: dict
    patterns: tuple[Pattern, ...]
    #: ordinal words of the quarters of a year ("troisième": 3, "third": 3)
    quarters: dict = field(default_factory=dict)
    #: verbs whose infinitive or bare participle lies after them ("appeler à", "prévu")
    prospective_verbs: frozenset = frozenset()
    #: words before a time that make it a deadline ("avant", "d'ici", "by")
    deadline_words: tuple = ()
    #: words that open a purpose infinitive ("pour payer en novembre"): what it aims at lies ahead
    purpose_markers: frozenset = frozenset()
    #: verbs of saying or mentioning: speech_verbs.txt plus times.yaml's mention_verbs
    saying_verbs: frozenset = frozenset()
    #: what follows a count of time that makes it a rate ("dix heures par jour"): a quantity,
    #: not a time of the story
    rate: re.Pattern | None = None
    #: what follows a vague count of time that makes it the measure of a stock ("de réserves")
    measure: re.Pattern | None = None
    #: endings of the conditional the tagger may read as an imparfait ("reprendrait")
    conditional_endings: tuple = ()

    def number(self, text: str) -> int | None:
        """The value of a number written in digits or words; None for a vague one ("quelques")."""
        text = key(text)
        if text.isdigit():
            return int(text)
        if text in self.vague_numbers:
            return None
        total = 0
        for part in self.joiners.split(text):
            if not part:
                continue
            if part in self.multipliers:
                total = max(total, 1) * self.numbers[part]
            else:
                total += self.numbers.get(part, 0)
        return total or None


@lru_cache(maxsize=None)
def lexicon(code: str) -> TimeLexicon:
    """The compiled time lexicon of language ``code`` (cached)."""
    raw: dict[str, Any] = lang.data(code, "times")
    if not raw:
        raise TimeLexiconError(f"no lang/{code}/times.yaml: the time stage has no words for '{code}'")
    try:
        return _build(code, raw)
    except (KeyError, re.error) as err:
        raise TimeLexiconError(f"lang/{code}/times.yaml: {err}") from err


def _build(code: str, raw: dict[str, Any]) -> TimeLexicon:
    months = {key(k): int(v) for k, v in raw["months"].items()}
    abbreviations = {key(k): int(v) for k, v in (raw.get("month_abbreviations") or {}).items()}
    numbers = {key(k): int(v) for k, v in raw["numbers"].items()}
    vague = [key(w) for w in raw.get("vague_numbers") or ()]
    day_words = {key(k): int(v) for k, v in (raw.get("day_words") or {}).items()}
    suffix = raw.get("day_suffix") or ""
    digits_day = r"(?:[12]\d|3[01]|0?[1-9])" + (f"{suffix}?" if suffix else "")
    number_words = _alternation(numbers)
    joiners = "(?:" + "|".join(_loosen(re.escape(j)) for j in sorted(
        raw.get("number_joiners") or [" "], key=len, reverse=True)) + ")"
    slots = {
        "month": f"(?P<month>{_alternation(months)})",
        "month_any": f"(?P<month>{_alternation({**months, **abbreviations})})",
        "weekday": f"(?P<weekday>{_alternation(raw['weekdays'])})",
        "day": f"(?P<day>{_alternation(day_words)}|{digits_day})" if day_words else f"(?P<day>{digits_day})",
        "year": f"(?P<year>{YEAR})",
        "num": f"(?P<num>\\d{{1,4}}|{_alternation(vague)}|{number_words}(?:{joiners}{number_words})*)",
        "unit": f"(?P<unit>{_alternation(raw['units'])})",
        "rel": f"(?P<rel>{_alternation(raw['relative'])})",
        "this": f"(?P<this>{_alternation(raw['this'])})",
        "day_part": f"(?P<part>{_alternation(raw.get('day_parts') or ())})",
        "season": f"(?P<season>{_alternation(raw.get('seasons') or ())})",
        "holiday": f"(?P<holiday>{_alternation(raw.get('holidays') or ())})",
        "quarter": f"(?P<quarter>{_alternation(raw.get('quarters') or ())})",
        "quarter_num": r"(?P<quarter>[1-4])",
        "decade": r"(?P<decade>(?:1[5-9]|20)\d0|\d0)",
        "month_num": r"(?P<month_num>0?[1-9]|1[0-2])",
        "numeric": r"(?P<numeric>\d{1,4}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{2,4})",
    }
    patterns = [_compile(p["kind"], p["body"], p.get("prefix"), slots, no_article=p.get("no_article", False),
                         past_duration=p.get("past_duration", False),
                         not_before=re.compile(_loosen(p["not_before"])) if p.get("not_before") else None,
                         not_after=re.compile(f"(?:{_fill(p['not_after'], slots)})$", re.IGNORECASE)
                         if p.get("not_after") else None)
                for p in raw["patterns"]]
    for entry in raw.get("deictic") or ():
        patterns.append(_compile("deictic", f"(?:{entry['text']})(?: {{day_part}})?", None, slots,
                                 offset=int(entry["offset"]), nowadays=bool(entry.get("nowadays"))))
    for entry in raw.get("vague") or ():
        patterns.append(_compile("vague", entry["text"], None, slots, value=entry["value"]))
    return TimeLexicon(
        lang=code, months={**abbreviations, **months}, weekdays={key(k): int(v) for k, v in raw["weekdays"].items()},
        numbers=numbers, multipliers=frozenset(key(w) for w in raw.get("number_multipliers") or ()),
        joiners=re.compile(joiners), vague_numbers=frozenset(vague),
        articles=frozenset(key(w) for w in raw.get("articles") or ()),
        units={key(k): str(v) for k, v in raw["units"].items()},
        relative={key(k): int(v) for k, v in raw["relative"].items()},
        this=frozenset(key(w) for w in raw["this"]), day_words=day_words,
        capitalised_only=frozenset(key(w) for w in raw.get("capitalised_only") or ()),
        stative_verbs=frozenset(raw.get("stative_verbs") or ()),
        future_governors=frozenset(raw.get("future_governors") or ()),
        future_endings=tuple(raw.get("future_endings") or ()),
        date_order=str(raw.get("numeric_date_order", "dmy")), patterns=tuple(patterns),
        seasons={key(k): str(v) for k, v in (raw.get("seasons") or {}).items()},
        holidays={key(k): str(v) for k, v in (raw.get("holidays") or {}).items()},
        quarters={key(str(k)): int(v) for k, v in (raw.get("quarters") or {}).items()},
        prospective_verbs=frozenset(raw.get("prospective_verbs") or ()),
        purpose_markers=frozenset(key(w) for w in raw.get("purpose_markers") or ()),
        deadline_words=tuple(sorted((key(w) for w in raw.get("deadline_words") or ()), key=len, reverse=True)),
        saying_verbs=frozenset(lang.words(code, "speech_verbs")) | frozenset(raw.get("mention_verbs") or ()),
        rate=_rate(raw, slots),
        measure=_measure(raw),
        conditional_endings=tuple(raw.get("conditional_endings") or ()),
    )


def _rate(raw: dict, slots: dict[str, str]) -> re.Pattern | None:
    """A rate word and a unit a few words after a count ("par jour", "per week"), in one clause."""
    words = raw.get("rate_words") or ()
    if not words:
        return None
    return re.compile(rf"^[^.;:!?«»\"]{{0,40}}?(?<!\w)(?:{_alternation(words)}) {slots['unit']}(?!\w)",
                      re.IGNORECASE)


def _measure(raw: dict) -> re.Pattern | None:
    """A measure word and a stock right after a count ("de réserves", "of supplies")."""
    words, nouns = raw.get("measure_words") or (), raw.get("measure_nouns") or ()
    if not words or not nouns:
        return None
    return re.compile(rf"^\s+(?:{_alternation(words)})\s*{_alternation(nouns)}(?!\w)", re.IGNORECASE)


def _compile(kind: str, body: str, prefix: str | None, slots: dict[str, str], **options) -> Pattern:
    """Compile one pattern: ``prefix`` (if any) is required but left out of the ``span`` group."""
    body = _fill(body, slots)
    regex = f"(?<![\\w-])(?P<span>{body})(?![\\w])"
    if prefix:
        joint = r"(?:(?<=[-'\u2019])|\s+)"  # "mi-juin", "d'avril"
        regex = f"(?<![\\w-])(?:{_loosen(prefix)}){joint}(?P<span>{body})(?![\\w])"
    return Pattern(kind=kind, regex=re.compile(regex, re.IGNORECASE), **options)


def _fill(body: str, slots: dict[str, str]) -> str:
    body = _loosen(body)
    return re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)], body)
