"""The article's entities seen from its tokens: which entity a token names, the roles each person
was given, and the person a pronoun most likely stands for (``antecedents``).

Built from ``doc._.entities`` (mentions are character offsets) plus what the parse shows beside
the mentions (a title before a name, a noun in apposition), so roles resolve even when the entity
stage gave no titles. A person's bare surname counts as a mention of that person even where the
entity stage left it unmarked or typed it as a place or an organisation ("Price said", a surname
tagged LOC): news refers to people by surname after the first mention.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.nlp.antecedents import Antecedents, Candidate, mention_role, unnamed_subjects
from newsgraph.nlp.person_gender import entity_genders
from newsgraph.nlp.speech_lexicon import SpeechLexicon
from newsgraph.nlp.token_offsets import sentence_starts, token_range
from newsgraph.records import Entity

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
        self.surnames = _surnames(entities)
        self.by_token: dict[int, str] = {}
        spans: dict[str, list[tuple[int, int]]] = {}
        for e in entities:
            for m in e.mentions:
                i, j = token_range(doc, m.start, m.end, expand=True)
                if j <= i:
                    continue
                eid = e.id
                ids = self.surnames.get(m.text.casefold(), ())
                if e.type != "PER" and len(ids) == 1:
                    eid = next(iter(ids))  # a surname typed LOC or ORG
                spans.setdefault(eid, []).append((i, j - 1))
                for t in doc[i:j]:
                    self.by_token.setdefault(t.i, eid)
        self._find_surnames(spans)
        self.names: dict[str, set[str]] = {}
        for e in entities:
            if e.type in ("PER", "ORG"):
                for n in {e.name, *e.aliases, *(m.text for m in e.mentions)}:
                    self.names.setdefault(n.casefold(), set()).add(e.id)
        self.org_words = {e.id: {w.lower() for n in (e.name, *e.aliases) for w in re.findall(r"\w[\w-]*", n)}
                          for e in entities if e.type == "ORG"}
        self.roles = {e.id: set().union(*(title_heads(t) for t in e.titles)) if e.titles else set()
                      for e in entities}
        self._learn_roles(spans)
        self.genders = entity_genders(doc, lex, spans)
        outside = [(first, last, eid) for eid, v in spans.items() if self.types.get(eid) == "PER"
                   for first, last in v if not any(s <= doc[first].idx < e for s, e in quoted)]
        persons = [Candidate(first, eid, mention_role(doc, first, last)) for first, last, eid in outside]
        persons += [c for c in unnamed_subjects(doc, lex, set(self.by_token))
                    if not any(s <= doc[c.at].idx < e for s, e in quoted)]
        self.all_mentions = sorted((first, eid) for eid, v in spans.items() for first, _ in v)
        self.pronouns = Antecedents(doc, sentence_starts(doc), persons, self.genders)

    def _find_surnames(self, spans: dict[str, list[tuple[int, int]]]) -> None:
        """Mark a person's bare surname where the entity stage left it unmarked ("Price said")."""
        last_pieces: dict[str, list[str]] = {}
        for surname in self.surnames:
            last_pieces.setdefault(re.findall(r"\w+", surname)[-1], []).append(surname)
        for t in self.doc:
            if not t.text[:1].isupper() or t.pos_ not in ("PROPN", "NOUN") or t.i in self.by_token:
                continue
            for surname in last_pieces.get(t.lower_, ()):
                first = t.i
                while first > 0 and len(self.doc[first:t.i + 1].text) < len(surname):
                    first -= 1
                ids = self.surnames[surname]
                if len(ids) == 1 and self.doc[first:t.i + 1].text.casefold() == surname \
                        and not any(k in self.by_token for k in range(first, t.i + 1)):
                    eid = next(iter(ids))
                    spans.setdefault(eid, []).append((first, t.i))
                    self.by_token.update({k: eid for k in range(first, t.i + 1)})

    def _learn_roles(self, spans: dict[str, list[tuple[int, int]]]) -> None:
        """Roles the text gives beside the mentions of a person ("le général X", "X, ministre de ...")
        or an organisation ("le groupe X", "X, the carmaker")."""
        doc = self.doc
        for eid, v in spans.items():
            if self.types.get(eid) not in ("PER", "ORG"):
                continue
            for first, last in v:
                near = [doc[first - 1]] if first > 0 else []
                for t in doc[first:last + 1]:
                    if t.dep_ == "appos":
                        near.append(_role_noun(t.head))
                    near.extend(c for c in t.children if c.dep_ == "appos")
                for t in near:
                    if t.pos_ == "NOUN" and not (first <= t.i <= last):
                        self.roles[eid].update({t.lower_, t.lemma_.lower()})
                        self.roles[eid].update(c.lower_ for c in t.children if c.lower_ in self.lex.role_words)

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

    def by_role(self, head: Token, *, before: int, forward: bool = False) -> str | None:
        """The person given the role ``head`` names who was mentioned last before token ``before``;
        ``forward`` (a headline, which names the role before the body names the person): the
        first one mentioned after it."""
        words = {head.lower_, head.lemma_.lower()}
        found = [(at, eid) for at, eid in self.all_mentions
                 if self.types.get(eid) == "PER" and words & self.roles.get(eid, set())]
        earlier = [f for f in found if f[0] < before]
        if earlier:
            return earlier[-1][1]
        later = [f for f in found if f[0] > before]
        return later[0][1] if forward and later else None

    def by_org_noun(self, head: Token, *, before: int) -> str | None:
        """The organisation a common noun stands for ("le ministère a affirmé", "the ministry
        said"): the last one mentioned before ``before`` whose name has that noun or that the
        text calls so ("le groupe X", "X, the carmaker"). A bare "the company" with no such
        link is left unresolved: the last organisation named is as often a news agency."""
        words = {head.lower_, head.lemma_.lower()}
        for at, eid in reversed(self.all_mentions):
            if at < before and self.types.get(eid) == "ORG" and \
                    words & (self.org_words.get(eid, set()) | self.roles.get(eid, set())):
                return eid
        return None

    def note(self, i: int, eid: str) -> None:
        """Record that ``eid`` spoke at token ``i``: the next pronoun's likeliest antecedent."""
        if self.types.get(eid) == "PER":
            self.pronouns.add_speaker(i, eid)

    def antecedent(self, pronoun: Token, info: dict) -> tuple[str | None, bool]:
        """(person, anonymous) a third-person singular pronoun stands for (see ``antecedents``)."""
        return self.pronouns.resolve(pronoun, info)


def _role_noun(token: Token) -> Token:
    """The noun a person is in apposition to, past the name of an organisation the parse may hang
    the apposition on ("The chief executive of Norvik Motors, Laura Bennett")."""
    t = token
    for _ in range(3):
        if t.pos_ == "NOUN" or t.head == t:
            return t
        t = t.head
    return t if t.pos_ == "NOUN" else token


def _surnames(entities: list[Entity]) -> dict[str, set[str]]:
    """Last word of each person's names of two words or more -> the persons with it."""
    out: dict[str, set[str]] = {}
    for e in entities:
        if e.type != "PER":
            continue
        for name in {e.name, *e.aliases}:
            words = name.split()
            if len(words) >= 2:
                out.setdefault(words[-1].casefold(), set()).add(e.id)
    return out
