"""Who holds a qualified role: "le ministre omanais", "the Saudi minister", "le chef de la mission
du FMI" said it, and the article named that person earlier with the same qualifier beside the name
("son homologue omanais X", "ministre syrien des Affaires étrangères, X", "une mission du FMI
conduite par X").

A role word alone ("le ministre") is matched on the titles the entity stage gave each person
(``MentionIndex.by_role``); a role with a qualifier (a nationality, an organisation, the body the
person leads) is matched here on the words written around each earlier mention of a person, which
also covers titles the article only paraphrases ("chef de la diplomatie syrienne" for "ministre
syrien des Affaires étrangères") and relations such as "conduite par". The qualifier decides: a
person mentioned with more of the role's qualifiers wins, the latest one on a tie.
"""
from __future__ import annotations

import unicodedata

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.mention_index import MentionIndex

#: Tokens before a mention (same sentence) read as the words that describe that person.
BEFORE = 8
#: Tokens of an apposition after a mention and its comma ("X, ministre syrien de ...").
AFTER = 6
#: Letters compared: "syrien", "syrienne" and "Syrie" share their first five.
STEM = 5
#: Parts of speech of a qualifier.
CONTENT = ("ADJ", "NOUN", "PROPN")


def _stem(token: Token) -> str:
    text = unicodedata.normalize("NFKD", token.text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))[:STEM]


def qualifiers(role: Span, head: Token) -> set[str]:
    """The stems of the role's content words other than its head ("omanais", "mission", "fmi")."""
    return {_stem(t) for t in role if t.i != head.i and t.pos_ in CONTENT and len(t.text) >= 3}


def _described(doc: Doc, first: int, mentions: MentionIndex, eid: str) -> set[str]:
    """Stems of the words around a mention of ``eid`` at ``first``: the phrase before it in its
    sentence and an apposition after it."""
    sent = doc[first].sent
    words = [t for t in doc[max(sent.start, first - BEFORE):first]
             if mentions.entity_at(t.i, kinds=("PER",)) is None]
    last = first
    while last + 1 < sent.end and mentions.entity_at(last + 1, kinds=("PER",)) == eid:
        last += 1
    if last + 1 < sent.end and doc[last + 1].text == ",":
        for t in doc[last + 2:min(sent.end, last + 2 + AFTER)]:
            if t.is_punct:
                break
            words.append(t)
    return {_stem(t) for t in words if t.pos_ in CONTENT and len(t.text) >= 3}


def holder(doc: Doc, mentions: MentionIndex, role: Span, head: Token, *, before: int) -> str | None:
    """The person mentioned before token ``before`` with most of the role's qualifiers; None when
    the role has none or nobody was described with any."""
    wanted = qualifiers(role, head)
    if not wanted:
        return None
    best: tuple[int, int, str] | None = None
    for at, eid in mentions.all_mentions:
        if at >= before or mentions.types.get(eid) != "PER" or role.start <= at < role.end:
            continue
        score = len(wanted & _described(doc, at, mentions, eid))
        if score and (best is None or (score, at) >= best[:2]):
            best = (score, at, eid)
    return best[2] if best else None
