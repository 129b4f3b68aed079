"""The subject of a speech verb: the phrase that names who spoke, before the verb ("X a déclaré"),
after it ("a déclaré X", "said Smith") or as a clitic ("a-t-il déclaré"), looked for only inside
the incise or the introducing clause so a word of the quotation is never taken for its speaker.
What that phrase names is decided by ``speakers``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.nlp.event_syntax import detached_subject, stranded_auxiliary
from newsgraph.nlp.mention_index import MentionIndex
from newsgraph.nlp.speech_lexicon import SpeechLexicon


def governed(token: Token) -> bool:
    """Whether a preposition governs the word ("à X", "de X"): then it is no subject."""
    return any(c.dep_ == "case" for c in token.children)


class SubjectFinder:
    """Finds the subject token of speech verbs in one document."""

    def __init__(self, doc: Doc, mentions: MentionIndex, lex: SpeechLexicon):
        self.doc, self.mentions, self.lex = doc, mentions, lex
        # Time expressions found by the times stage are never speakers ("a déclaré mardi X").
        self.times = [(t.start, t.end) for t in (doc._.times or ())]

    def find(self, verb: Token, window: tuple[int, int]) -> Token | None:
        """The subject, looked for only inside ``window`` (the incise or the introducing clause),
        so a word of the quotation itself is never taken for its speaker."""
        hi = max(window[1], verb.i + 1)
        chain, v = [verb], verb
        while v.dep_ in ("conj", "advcl", "xcomp") and v.head != v and len(chain) < 3:
            v = v.head  # "a dit et ajouté", "reprit-il en disant": the subject of the governing verb
            chain.append(v)
        aux = stranded_auxiliary(verb)
        if aux is not None:
            chain.append(aux)  # "X a pour sa part déclaré": the parse gives the subject to the auxiliary
        for v in chain:
            subs = [c for c in v.children if window[0] <= c.i < hi
                    and (c.dep_.startswith("nsubj") or self._clitic_subject(c))
                    and "Yes" not in c.morph.get("Reflex") and c.lower_ not in self.lex.reflexive
                    and not (c.text.startswith("-") and self.lex.pronoun(c) is None)]
            if subs:
                return subs[0]
        detached = detached_subject(verb)
        if detached is not None and self.mentions.entity_at(detached.i, kinds=("PER", "ORG")):
            return detached  # "Qasim al-Fahdawi aurait assuré": the parse cut the name off as a root
        lo = window[0]
        after = self.doc[verb.i + 1:hi]
        for t in after:
            if t.is_punct:
                break
            if t.head != verb and not self._clitic_subject(t):
                if self._after_adverbial(t, verb):
                    return t  # "a déclaré de son côté X": the parse hangs X on "côté"
                continue  # a word of the clause the verb governs, not its inverted subject
            if t.pos_ in ("PROPN", "NOUN", "PRON") and not governed(t) and t.lower_ not in self.lex.reflexive \
                    and not any(s <= t.idx < e for s, e in self.times) \
                    and not (t.text.startswith("-") and self.lex.pronoun(t) is None) \
                    and not t.dep_.startswith(("obl", "nmod", "advmod", "npadvmod")):
                return t
        before = [t for t in self.doc[lo:verb.i] if not governed(t) and t.lower_ not in self.lex.reflexive
                  and (t.pos_ in ("PROPN", "NOUN") or t.dep_.startswith("nsubj") or self._clitic_subject(t))
                  and not self._in_relative(t)]
        return before[-1] if before else None

    def _after_adverbial(self, token: Token, verb: Token) -> bool:
        """A name right after an adverbial phrase of the verb ("de son côté", "pour sa part", "à son
        tour"), which the parse hangs on that phrase's noun: the verb's inverted subject. Not a
        name under an audience or a named noun ("a déclaré au ministre X": X is spoken to)."""
        phrase = token.head
        if token.pos_ != "PROPN" or governed(token) or phrase.head != verb or phrase.i > token.i \
                or not phrase.dep_.startswith(("obl", "advmod")) or token.i - phrase.i > 2:
            return False
        words = {phrase.lower_, phrase.lemma_.lower()}
        if words & (self.lex.role_words | self.lex.audiences | self.lex.org_nouns) \
                or self.mentions.entity_at(phrase.i, kinds=("PER", "ORG", "LOC", "MISC")):
            return False
        return self.mentions.entity_at(token.i, kinds=("PER", "ORG")) is not None

    def _clitic_subject(self, token: Token) -> bool:
        """An inverted subject clitic ("-il" in "a-t-il dit"), whatever label the parser gave it."""
        return token.text.startswith("-") and self.lex.pronoun(token) is not None

    def _in_relative(self, token: Token) -> bool:
        """Whether the word belongs to a relative or participial clause ("qui a requis l'anonymat")."""
        t = token
        for _ in range(4):
            if t.head == t:
                return False
            t = t.head
            if t.dep_.startswith("acl"):
                return True
        return False
