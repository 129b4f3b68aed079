"""A credit in brackets closing the headline: "Le port rouvre après la grève (Gazette du Sud)".

Pages that republish a story often print the source's name in brackets after the headline. The
brackets hold a name (capitalised words, a few short lower-case ones inside: "Courrier du Nord"),
never a sentence, a number or a rubric ("(vidéo)", "(Mise à jour)"); a place in brackets
("Sommet régional (Amman)") says where, not who, and an acronym opening like a capitalised word just
before it ("... les Forces démocratiques syriennes (FDS)") names it: both stay. The headline keeps
its words without the brackets; the name is the page's original source.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsgraph import lang
from newsgraph.ingest.credits import CAPITAL, clean_value, phrases

#: The headline left once the credit is taken off has at least this many words.
MIN_HEADLINE_WORDS = 3
#: A credit in brackets is a short name.
MAX_CREDIT_WORDS = 5

_TAIL = re.compile(r"^(?P<head>.*\S)\s*\(\s*(?P<name>[^()]+?)\s*\)\s*$")
_WORD = re.compile(rf"^(?:{CAPITAL}[\w'’.&-]*|[a-zß-ÿ]{{1,3}}|[a-zß-ÿ]{{1,2}}['’]{CAPITAL}[\w'’.&-]*)$")


@lru_cache(maxsize=1)
def _not_sources() -> frozenset[str]:
    """Rubrics ("rubric" credit lines, section labels) and known places of every language
    (casefolded): brackets holding one are no credit."""
    words = {w.casefold() for code in lang.SUPPORTED for w in lang.words(code, "sections")}
    words |= {phrase.casefold() for phrase in phrases("rubric")}
    for code in lang.SUPPORTED:
        for row in lang.table(code, "places"):
            words.update(form.casefold() for form in row[1:])
    return frozenset(words)


def split_title_credit(title: str) -> tuple[str, str | None]:
    """``title`` without a credit in brackets closing it, and that credit (None when there is none)."""
    m = _TAIL.match(title)
    if not m or len(m.group("head").split()) < MIN_HEADLINE_WORDS:
        return title, None
    name = m.group("name")
    words = name.split()
    if not 0 < len(words) <= MAX_CREDIT_WORDS or not re.match(CAPITAL, name) \
            or not all(_WORD.match(w) for w in words) or name.casefold() in _not_sources():
        return title, None
    if _spells_initials(name, m.group("head")):
        return title, None
    value = clean_value(name)
    return (m.group("head").rstrip(" -–—:"), value) if value else (title, None)


#: How many words before an acronym in brackets may hold its initials.
ACRONYM_REACH = 8


def _spells_initials(name: str, head: str) -> bool:
    """``name`` is an acronym of a name just before it: its first letter opens a capitalised word
    among the last words ("Parti des travailleurs du Kurdistan (PKK)": a name's acronym may come
    from another language, so only its first letter is asked)."""
    if " " in name or not name.isupper() or not name.isalpha():
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", head)[-ACRONYM_REACH:]
    return any(w[0].isupper() and w[0].casefold() == name[0].casefold() for w in words)
