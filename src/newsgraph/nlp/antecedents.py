"""Who a third-person pronoun stands for, by salience: the person the text is about, not the
nearest name.

News reports keep one person in focus and refer to them by pronoun ("X a été reçu par son
homologue Y, avec qui il a évoqué ... « ... », a-t-il déclaré": "il" is X). Each person seen in
the sentences before the pronoun gets a score from how it was mentioned and how long ago:

- the subject of a clause (a passive's subject too, or a name in apposition to the subject) and
  the speaker of an earlier quote weigh most;
- an object weighs less; a name inside a prepositional phrase or an apposition to one ("avec
  X", "par son homologue X", "with the majority leader, X") least;
- the weight halves with each sentence back (paragraph breaks end sentences);
- the topic, the person mentioned most in the reach, gets a bonus for each mention.

A subject that is an unnamed person ("un voisin", "a senior officer") is a candidate too: when it
wins, the pronoun has no entity and is anonymous if the phrase marks an unnamed source. People
mentioned inside quotations are not candidates (a speaker talks about others; the pronoun after
the quotation is still the speaker). Gender and number must agree.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.nlp.person_gender import compatible, token_gender
from newsgraph.nlp.speech_lexicon import SpeechLexicon

#: How many sentences back a pronoun may look for its antecedent.
PRONOUN_REACH = 6
#: Weight of a mention by its place in the clause.
WEIGHTS = {"subject": 3.0, "speaker": 3.0, "plain": 1.5, "oblique": 0.75}
#: Factor applied per sentence between the mention and the pronoun.
DECAY = 0.5
#: Factor for a person whose gender is unknown when the pronoun's is known: one known to agree is
#: the likelier antecedent.
UNKNOWN_GENDER = 0.8
#: Bonus per mention of the same person within the reach (the topic), and its cap.
TOPIC_BONUS, TOPIC_CAP = 0.25, 1.0
#: Dependencies that put a noun phrase inside a prepositional or possessive phrase.
OBLIQUE = ("obl", "nmod", "pobj", "poss", "iobj", "dative", "agent", "npadvmod")


@dataclass(frozen=True)
class Candidate:
    """A possible antecedent at token ``at``: an entity id, or an unnamed person (``eid`` None)."""

    at: int
    eid: str | None
    role: str
    anonymous: bool = False
    gender: str | None = None


def mention_role(doc: Doc, first: int, last: int) -> str:
    """"subject", "oblique" or "plain": how the mention spanning tokens first..last is used."""
    head = doc[first]
    for t in doc[first:last + 1]:
        if not (first <= t.head.i <= last) or t.head == t:
            head = t
            break
    anchor = head.head if head.dep_ == "appos" else head
    if anchor.dep_.startswith("nsubj") or _detached_subject(anchor):
        return "subject" if head is anchor or anchor.pos_ != "ADP" else "oblique"
    if head.dep_ == "appos" or anchor.dep_.startswith(OBLIQUE) or \
            any(c.dep_ == "case" for c in anchor.children) or anchor.head.pos_ == "ADP":
        return "oblique"
    return "plain"


def _detached_subject(noun: Token) -> bool:
    """A noun phrase the parser left unlabelled ("dep") before a verb that has no subject: the
    subject cut off by an apposition and an age ("Le prévenu, X, 58 ans, a nié")."""
    verb = noun.head
    return noun.dep_ == "dep" and noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i \
        and verb.pos_ in ("VERB", "AUX") and not any(c.dep_.startswith("nsubj") for c in verb.children)


def unnamed_subjects(doc: Doc, lex: SpeechLexicon, named: set[int]) -> list[Candidate]:
    """Subjects that name a person without naming them ("un voisin", "a senior officer"): a
    singular common noun that is a role word or marks an unnamed source."""
    out = []
    for t in doc:
        if not (t.dep_.startswith("nsubj") or _attributed_to(doc, lex, t)) or t.pos_ != "NOUN" \
                or t.i in named or "Plur" in t.morph.get("Number"):
            continue
        phrase = doc[t.left_edge.i:t.right_edge.i + 1].text
        anonymous = lex.is_anonymous(phrase)
        if anonymous or t.lower_ in lex.role_words or t.lemma_.lower() in lex.role_words:
            out.append(Candidate(t.i, None, "subject", anonymous, token_gender(t)))
    return out


def _attributed_to(doc: Doc, lex: SpeechLexicon, noun: Token) -> bool:
    """Whether ``noun`` heads the source of an attribution cue ("according to a spokesman", "selon
    un conseiller"): a speaker as much as a subject is, so a later "he said" may take it up."""
    first = noun.left_edge.i
    for n in (1, 2, 3):
        if first - n >= 0 and lex.cue_at(doc, first - n) == n:
            return True
    return False


def _worded(doc: Doc, starts: list[int]) -> list[int]:
    """Sentence starts without those of sentences made of marks alone: the parser often makes a
    lone opening « its own sentence, which would put a quotation's speaker one sentence further
    from the pronoun of its incise than the person just named."""
    ends = [*starts[1:], len(doc)]
    return [s for s, e in zip(starts, ends)
            if s == 0 or any(not (t.is_punct or t.is_space) for t in doc[s:e])]


class Antecedents:
    """Scores the candidates before a pronoun; built once per doc, speakers added as they come."""

    def __init__(self, doc: Doc, sent_starts: list[int], persons: list[Candidate],
                 genders: dict[str, str | None]):
        self.doc, self.sent_starts, self.genders = doc, _worded(doc, sent_starts), dict(genders)
        self.cands = sorted(persons, key=lambda c: c.at)
        self.ats = [c.at for c in self.cands]

    def skip_quoted(self, quoted: list[tuple[int, int]]) -> None:
        """Count no sentence inside a quotation (character ranges): a speaker's words are not
        narration, so an interview answer running over many sentences keeps the person
        introduced before it within reach of the ``poursuit-elle`` after it."""
        self.sent_starts = [s for s in self.sent_starts
                            if not any(a < self.doc[s].idx < b for a, b in quoted)] or self.sent_starts[:1]

    def name_roles(self, holder) -> None:
        """Give an unnamed subject with a definite article the person who holds its role
        (``holder(token)`` -> entity id or None): "la guide a rencontré ... dit-elle" is the guide
        the article named before, not an unknown person. A role whose own phrase names its
        holder ("Le président de la commission, Abbas X, a rejeté") is that person already: the
        name takes the role's place in the clause, counted once."""
        named = {c.at: c for c in self.cands if c.eid is not None}
        kept: list[Candidate] = []
        for c in self.cands:
            head = self.doc[c.at]
            if c.eid is not None or c.anonymous:
                kept.append(c)
                continue
            own = next((at for at in named if head.i < at <= head.right_edge.i and not any(
                t.pos_ in ("VERB", "AUX") for t in self.doc[head.i:at])), None)  # not "qui a reçu X"
            if own is None and not any(
                    "Def" in d.morph.get("Definite") for d in head.children if d.dep_ == "det"):
                kept.append(c)
                continue
            if own is not None:
                eid = named[own].eid
                named[own] = Candidate(own, eid, c.role)
                if self.genders.get(eid) is None and c.gender is not None:
                    self.genders[eid] = c.gender  # "La représentante ..., X": X is a woman
                continue
            eid = holder(head)
            kept.append(Candidate(c.at, eid, c.role) if eid is not None
                        and compatible(c.gender, self.genders.get(eid)) else c)
        self.cands = sorted([c if c.eid is None else named.get(c.at, c) for c in kept], key=lambda c: c.at)
        self.ats = [c.at for c in self.cands]

    def add_speaker(self, i: int, eid: str) -> None:
        """``eid`` spoke at token ``i``: from there on a strong antecedent."""
        k = bisect.bisect_right(self.ats, i)
        self.cands.insert(k, Candidate(i, eid, "speaker"))
        self.ats.insert(k, i)

    def resolve(self, pronoun: Token, info: dict) -> tuple[str | None, bool]:
        """(entity id or None, anonymous) for a third-person singular pronoun."""
        if info.get("number") == "plur":
            return None, False
        gender = info.get("gender")
        k = bisect.bisect_right(self.sent_starts, pronoun.i) - 1
        lo = self.sent_starts[max(0, k - PRONOUN_REACH + 1)] if k >= 0 else 0
        window = self.cands[bisect.bisect_left(self.ats, lo):bisect.bisect_left(self.ats, pronoun.i)]
        best: dict[object, tuple[float, int, Candidate]] = {}
        counts: dict[str, int] = {}
        for c in window:
            if c.eid is not None:
                counts[c.eid] = counts.get(c.eid, 0) + 1
            g = self.genders.get(c.eid) if c.eid is not None else c.gender
            if not compatible(gender, g):
                continue
            d = k - (bisect.bisect_right(self.sent_starts, c.at) - 1)
            w = WEIGHTS[c.role] * DECAY ** d
            key = c.eid if c.eid is not None else ("unnamed", c.at)
            if key not in best or (w, c.at) > best[key][:2]:
                best[key] = (w, c.at, c)
        if not best:
            return None, False

        def score(item) -> tuple[float, int]:
            w, at, c = item
            bonus = min(TOPIC_CAP, TOPIC_BONUS * (counts.get(c.eid, 0) - 1)) if c.eid else 0.0
            g = self.genders.get(c.eid) if c.eid is not None else c.gender
            return (w + bonus) * (UNKNOWN_GENDER if gender and g is None else 1.0), at

        _, _, chosen = max(best.values(), key=score)
        return chosen.eid, chosen.anonymous
