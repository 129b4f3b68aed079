"""Credit lines and bylines: who the text was taken from, and who wrote it.

The forms come from ``lang/<code>/credit_lines.txt`` and ``lang/<code>/bylines.txt``
(every supported language at once; the page's language is not known yet):

- a label and the source, "la source : X", "Source: X", possibly with the source on
  the next lines after a bullet ("la source :" / "• X");
- an agency after "avec"/"with": "avec AFP", "Le Monde avec AFP", "(avec Reuters)";
- a credit sentence closing the page, "This analysis first appeared in X.";
- a byline: "Par Jean Dupont", "By Jane Doe", "Reporting by X; Editing by Y".

A wire dateline opening the body ("(AFP) -") is read by :mod:`~newsgraph.ingest.datelines`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph import lang
from newsgraph.ingest.dates import find_dates

#: Credit values and bylines are names, not sentences.
MAX_VALUE_WORDS = 8
#: How many non-empty lines at the end of a page may be credit lines.
MAX_TRAILER_LINES = 5

_BULLETS = "•·▪◦‣*-–—>|"
#: An upper-case letter (also used by `ingest.datelines`).
CAPITAL = r"[^\W\d_a-zß-ÿ]"
_NAME_WORD = rf"(?:{CAPITAL}[\w'’.-]*|[a-zß-ÿ]{{1,3}}(?:[-'’]{CAPITAL}[\w'’.-]*)?)"
_NAME = rf"{CAPITAL}[\w'’.-]*(?:[ ,&]+{_NAME_WORD}){{0,7}}"


def _alternation(items) -> str:
    return "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in sorted(set(items), key=len, reverse=True))


@lru_cache(maxsize=None)
def phrases(kind: str) -> list[str]:
    """The phrases of one kind of credit line ("label", "with", "text", "sentence", "opening", "rubric",
    "note", "closing"), all languages."""
    return [phrase.strip() for code in lang.SUPPORTED for entry in lang.words(code, "credit_lines")
            for k, _, phrase in [entry.partition(":")] if k.strip() == kind]


@lru_cache(maxsize=1)
def _sentence() -> re.Pattern:
    """A short credit sentence: a few words, a word for the text, the phrase, then the
    source's name ("This analysis first appeared in X."); a person "first appeared in" a place is
    not one. A sentence may also open on a participle phrase with no subject ("Publié à l'origine
    par X.", "Originally published in X.")."""
    return re.compile(rf"^\s*(?:(?:[^\W\d_][\w'’-]*\s+){{0,4}}(?i:{_alternation(phrases('text'))})\s+"
                      rf"(?i:{_alternation(phrases('sentence'))})"
                      rf"|(?i:{_alternation(phrases('opening'))}))\s+"
                      rf"(?P<value>{_NAME})\s*\.?\s*$")


@lru_cache(maxsize=1)
def _notes() -> tuple[re.Pattern, re.Pattern]:
    """A short note sentence before a credit sentence on the same line ("Traduit de l'anglais."),
    and a phrase closing a credit sentence after the source ("... and is republished with
    permission."): neither is part of the source."""
    note = re.compile(rf"^\s*(?i:{_alternation(phrases('note'))})\b[^.!?]{{0,40}}\.\s+(?={CAPITAL})")
    closing = re.compile(rf"[\s,]+(?i:{_alternation(phrases('closing'))})\s*\.?\s*$")
    return note, closing


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The label form, the with form (a whole line) and the with form closing a paragraph."""
    labels, withs = phrases("label"), phrases("with")
    bullets = re.escape(_BULLETS)
    label = re.compile(rf"^[\s{bullets}]*(?:{_alternation(labels)})\s*[:：]\s*(?P<value>.*)$", re.I)
    agency = rf"(?P<value>{CAPITAL}[\w.&'’-]*(?:\s+(?:et|and|/)?\s*{CAPITAL}[\w.&'’-]*){{0,3}})"
    with_line = re.compile(
        rf"^[\s{bullets}]*\(?\s*(?:(?P<who>[^()]{{1,40}}?)\s+)?(?i:{_alternation(withs)})\s+{agency}\s*\)?\s*\.?\s*$")
    with_tail = re.compile(rf"\s*\(\s*(?i:{_alternation(withs)})\s+{agency}\s*\)\s*\.?\s*$")
    return label, with_line, with_tail


@lru_cache(maxsize=1)
def _byline() -> re.Pattern:
    prefixes = [p for code in lang.SUPPORTED for p in lang.words(code, "bylines")]
    return re.compile(
        rf"^[\s{re.escape(_BULLETS)}]*(?i:{_alternation(prefixes)})\s*:?\s+(?P<name>{_NAME}?)"
        rf"\s*(?P<rest>$|[,|(;—–/-].*$)")


def clean_value(value: str) -> str | None:
    """A credit value without bullets, quotes and closing punctuation; None if it is a sentence."""
    value = re.sub(r"\s+", " ", value).strip(f" {_BULLETS}\"«»“”.;,")
    if not value or len(value.split()) > MAX_VALUE_WORDS:
        return None
    return value


def match_label(line: str) -> str | None:
    """The value of a label credit line ("" when the value follows on the next lines), or None."""
    m = _forms()[0].match(line)
    if not m:
        return None
    value = m.group("value").strip()
    if not value:
        return ""
    return clean_value(value)


def match_with(line: str) -> str | None:
    """The agency of a short "avec AFP" / "Le Monde avec AFP" line, or None."""
    if len(line.split()) > MAX_VALUE_WORDS:
        return None
    m = _forms()[1].match(line)
    return clean_value(m.group("value")) if m else None


def match_sentence(line: str) -> str | None:
    """The source of a credit sentence ("This analysis first appeared in X.", "Publié à l'origine
    par X."), or None; the original's date closing it ("... par X le 9 avril 2025."), a note
    sentence before it ("Traduit de l'anglais.") and a closing phrase after the source ("and is
    republished with permission") are no part of the source."""
    note, closing = _notes()
    line = closing.sub(".", line)
    while m := note.match(line):
        line = line[m.end():]
    m = _sentence().match(_without_date_tail(line))
    return clean_value(m.group("value")) if m else None


def _without_date_tail(line: str) -> str:
    """``line`` without a full date closing it and the word before that date ("le", "on")."""
    body = line.rstrip().rstrip(".").rstrip()
    dates = find_dates(body)
    if not dates or dates[-1].end != len(body):
        return line
    head = body[:dates[-1].start].rstrip(" ,")
    dated = re.search(rf"\s+(?i:{_alternation(phrases('dated'))})$", head)
    return (head[:dated.start()] if dated else head) + "."


@lru_cache(maxsize=1)
def _mark() -> re.Pattern:
    """A copyright line: a sign or word ("©", "Copyright"), a year maybe, the source's name, a year
    maybe, and maybe a closing phrase ("Tous droits réservés")."""
    year = r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)"
    closing = _alternation(phrases("closing"))
    sign = r"[,.|•–—-]"
    return re.compile(rf"^[\s{re.escape(_BULLETS)}]*(?i:{_alternation(phrases('mark'))})(?![a-zß-ÿ])\s*"
                      rf"(?:{year}[\s,]*)?(?P<value>{_NAME}?)\s*(?:{sign}?\s*{year})?\s*"
                      rf"(?:{sign}?\s*(?i:{closing}))?\s*\.?\s*$")


def match_mark(line: str) -> str | None:
    """The name on a copyright line ("© Gazette du Nord", "Copyright 2025 X. All rights reserved."),
    or None."""
    m = _mark().match(line)
    return clean_value(m.group("value")) if m else None


def strip_with_tail(text: str) -> tuple[str, str | None]:
    """A body whose last paragraph closes with "(avec AFP)": the body without it, and the agency."""
    m = _forms()[2].search(text)
    if not m:
        return text, None
    return text[:m.start()].rstrip(), clean_value(m.group("value"))


@lru_cache(maxsize=1)
def _locatives() -> str:
    """The locative prepositions of every language, as a regex alternation ("in", "à", "en")."""
    return _alternation(w for code in lang.SUPPORTED for w in lang.words(code, "locative_prepositions"))


@lru_cache(maxsize=1)
def _where() -> re.Pattern:
    """A place after the author's name ("Duncan Miriri in Nairobi", "Jean Dupont à Beyrouth")."""
    return re.compile(rf"\s+(?:{_locatives()})\s+{CAPITAL}[\w'’.-]*(?:[ -]{CAPITAL}[\w'’.-]*)*$")


@lru_cache(maxsize=1)
def _where_inside() -> re.Pattern:
    """A place after one of several authors, before the next ("X Y in Washington and Z W in ...")."""
    return re.compile(rf"(?P<who>{CAPITAL}[\w'’.-]* {CAPITAL}[\w'’.-]*)\s+(?:{_locatives()})\s+"
                      rf"{CAPITAL}[\w'’.-]*(?:[ -]{CAPITAL}[\w'’.-]*)*(?=\s+(?i:and|et)\s+{CAPITAL}|\s*[,;])")


def match_byline(line: str) -> str | None:
    """The author names of a byline line ("Par Jean Dupont", "Reporting by X; Editing by Y"),
    without the place they wrote from ("Reporting by X in Nairobi")."""
    text = line.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()  # "(Reporting by X; Editing by Y)"
    if not text or len(text.split()) > 16 or (text.endswith(".") and not text.endswith(" .")
                                               and len(text.split()) > 6):
        return None
    m = _byline().match(text) or _byline().match(_where_inside().sub(r"\g<who>", text))
    if not m:
        return None
    rest = m.group("rest").strip()
    if rest and not rest.startswith((";", "|", "(", ",", "—", "–", "/", "-")):
        return None
    name = m.group("name")
    where = _where().search(name)
    if where and where.start() > 0 and len(name[:where.start()].split()) >= 2:
        name = name[:where.start()]
    return clean_value(name)


def _short_value_line(line: str) -> bool:
    words = line.strip(_BULLETS + " \t").split()
    return 0 < len(words) <= MAX_VALUE_WORDS and not line.rstrip().endswith((".", ":", ";", ","))


@dataclass(frozen=True)
class Trailer:
    """Credit lines found at the end of a page; the body keeps ``lines[:keep]``."""

    source: str | None
    byline: str | None
    keep: int


def parse_trailer(lines: list[str]) -> Trailer:
    """Read credit and byline lines off the end of ``lines`` (bottom-up)."""
    source = byline = None
    keep = len(lines)
    pending: list[str] = []
    seen = 0
    j = len(lines) - 1
    while j >= 0 and seen < MAX_TRAILER_LINES:
        line = lines[j]
        j -= 1
        if not line.strip():
            continue
        seen += 1
        label = match_label(line)
        if label is not None:
            value = label or clean_value(", ".join(filter(None, map(clean_value, reversed(pending)))))
            if not value:
                break
            source, pending, keep = source or value, [], j + 1
            continue
        if pending:
            if _short_value_line(line) and len(pending) < 2:
                pending.append(line)
                continue
            break
        agency = match_with(line) or match_sentence(line) or match_mark(line)
        author = match_byline(line)
        if agency or author:
            source, byline, keep = source or agency, byline or author, j + 1
            continue
        if _short_value_line(line):
            pending.append(line)
            continue
        break
    return Trailer(source=source, byline=byline, keep=keep)
