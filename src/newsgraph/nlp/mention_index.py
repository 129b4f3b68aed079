"""The article's entities seen from its tokens: which entity a token names, the roles each person
was given, and the person a pronoun most likely stands for.

Built from ``doc._.entities`` (mentions are character offsets) plus what the parse shows beside
the mentions (a title before a name, a noun in apposition), so roles resolve even when the entity
stage gave no titles. Mentions inside direct quotations are not pronoun antecedents: a speaker
talks about people, the pronoun after the quotation still stands for the speaker.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from newsgraph.nlp.person_gender import compatible, entity_genders
from newsgraph.nlp.speech_lexicon import SpeechLexicon
from newsgraph.nlp.token_offsets import sentence_starts, token_range
from newsgraph.records import Entity

#: How many sentences back a pronoun may look for its antecedent.
PRONOUN_REACH = 6
#: Words of a title that may be its head ("commandant de la Force" -> commandant, de).
TITLE_HEAD_WORDS = 2


def title_heads(title: str) -> set[str]:
    """Candidate head words of a title: its first words of three letters or more, lower-cased."""
    words = [w for w in re.findall(r"\w[\w-]*", title.lower()) if len(w) >= 3]
    return set(words[:TITLE_HEAD_WORDS])


class MentionIndex:
    """Token -> entity lookups, roles by entity, and pronoun antecedents, for one doc."""

    def __init__(self, doc: Doc, entities: list[Entity], lex: SpeechLexicon,
                 quoted: list[tuple[int, int]]):
        self.doc, self.lex = doc, lex
        self.types = {e.id: e.type for e in entities}
        self.by_token: dict[int, str] = {}
        spans: dict[str, list[tuple[int, int]]] = {}
        for e in entities:
            for m in e.mentions:
                i, j = token_range(doc, m.start, m.end, expand=True)
                if j <= i:
                    continue
                span = doc[i:j]
                spans.setdefault(e.id, []).append((span.start, span.end - 1))
                for t in span:
                    self.by_token.setdefault(t.i, e.id)
        self.names: dict[str, set[str]] = {}
        for e in entities:
            if e.type in ("PER", "ORG"):
                for n in {e.name, *e.aliases, *(m.text for m in e.mentions)}:
                    self.names.setdefault(n.casefold(), set()).add(e.id)
        self.roles = {e.id: set().union(*(title_heads(t) for t in e.titles)) if e.titles else set()
                      for e in entities}
        self._learn_roles(spans)
        self.genders = entity_genders(doc, lex, spans)
        self.persons = sorted(
            (first, last, eid) for eid, v in spans.items() if self.types.get(eid) == "PER"
            for first, last in v if not any(s <= doc[first].idx < e for s, e in quoted))
        self.all_mentions = sorted((first, eid) for eid, v in spans.items() for first, _ in v)
        self.sent_starts = sentence_starts(doc)
        self.said: list[tuple[int, str]] = []

    def _learn_roles(self, spans: dict[str, list[tuple[int, int]]]) -> None:
        """Roles the text gives beside a person's mentions ("le général X", "X, ministre de ...")."""
        doc = self.doc
        for eid, v in spans.items():
            if self.types.get(eid) != "PER":
                continue
            for first, last in v:
                near = [doc[first - 1]] if first > 0 else []
                for t in doc[first:last + 1]:
                    if t.dep_ == "appos":
                        near.append(t.head)
                    near.extend(c for c in t.children if c.dep_ == "appos")
                for t in near:
                    if t.pos_ == "NOUN" and not (first <= t.i <= last):
                        self.roles[eid].update({t.lower_, t.lemma_.lower()})

    def entity_at(self, i: int, *, kinds: tuple[str, ...]) -> str | None:
        eid = self.by_token.get(i)
        return eid if eid is not None and self.types.get(eid) in kinds else None

    def by_name(self, head: Token) -> str | None:
        """The one person or organisation whose name is written like the name at ``head``, for a
        mention the entity stage did not mark ("X a noté" after "X" was marked elsewhere)."""
        flat = [head] + [c for c in head.children if c.dep_ in ("flat", "flat:name", "compound")]
        first, last = min(t.i for t in flat), max(t.i for t in flat)
        for text in (self.doc[first:last + 1].text, head.text):
            ids = self.names.get(text.casefold(), set())
            if len(ids) == 1:
                return next(iter(ids))
        return None

    def type_of(self, eid: str) -> str | None:
        return self.types.get(eid)

    def by_role(self, head: Token, *, before: int) -> str | None:
        """The person given the role ``head`` names who was mentioned last before token ``before``."""
        words = {head.lower_, head.lemma_.lower()}
        best, best_at = None, -1
        for at, eid in self.all_mentions:
            if at < before and self.types.get(eid) == "PER" and words & self.roles.get(eid, set()) \
                    and at > best_at:
                best, best_at = eid, at
        return best

    def note(self, i: int, eid: str) -> None:
        """Record that ``eid`` spoke at token ``i``: the next pronoun's likeliest antecedent."""
        self.said.append((i, eid))

    def antecedent(self, pronoun: Token, info: dict) -> str | None:
        """The person a third-person singular pronoun stands for, or None.

        Looks back sentence by sentence (the pronoun's own sentence first, only before it); in the
        first sentence with a person of compatible gender, a subject or a speaker wins over other
        mentions, and among equals the nearest wins.
        """
        if info.get("number") == "plur":
            return None
        gender = info.get("gender")
        k = bisect.bisect_right(self.sent_starts, pronoun.i) - 1
        for s in range(k, max(-1, k - PRONOUN_REACH), -1):
            lo = self.sent_starts[s]
            hi = pronoun.i if s == k else (self.sent_starts[s + 1] if s + 1 < len(self.sent_starts)
                                           else len(self.doc))
            cands = [(first, eid, self._salient(first, last)) for first, last, eid in self.persons
                     if lo <= first < hi]
            cands += [(i, eid, True) for i, eid in self.said if lo <= i < hi]
            cands = [c for c in cands if compatible(gender, self.genders.get(c[1]))]
            if cands:
                salient = [c for c in cands if c[2]]
                return max(salient or cands)[1]
        return None

    def _salient(self, first: int, last: int) -> bool:
        for t in self.doc[first:last + 1]:
            if t.dep_.startswith("nsubj") or (t.dep_ == "appos" and t.head.dep_.startswith("nsubj")):
                return True
        return False
