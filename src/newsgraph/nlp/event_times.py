"""Which word of the parse each time expression dates: the anchors the events stage reads times from.

The times stage gives character spans with a normalised value; an event takes the value attached to
its trigger, to the verb that carries it, or to the first verb of its coordination. A time expression
is attached to the word its phrase hangs on ("on Monday" -> the verb, through the preposition). The
French parser often hangs a bare date on the place written before it ("arrivé à Tunis mercredi":
"mercredi" under "Tunis"); such a date is the verb's as well.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.nlp import event_syntax as syn
from newsgraph.records import TimeExpression


def _bare_on_a_complement(root: Token, head: Token) -> bool:
    """A time expression without preposition hung on a prepositional complement of a verb, or
    after its direct object ("a reçu une délégation dimanche": the parser makes the weekday a
    modifier of "délégation"; a date of the noun itself takes a preposition, "la réunion de lundi")."""
    if root.i == head.i or head.head.i == head.i or head.head.pos_ not in {"VERB", "AUX"} \
            or any(syn.dep(c) in {"case", "mark"} for c in root.children):
        return False
    if syn.dep(root).startswith(("nmod", "obl", "npadvmod")) and any(syn.dep(c) == "case" for c in head.children):
        return True
    return syn.dep(head) in {"obj", "dobj"} and root.i > head.i \
        and syn.dep(root).startswith(("nmod", "amod", "npadvmod", "appos"))


class TimeAnchors:
    """The time values of one Doc by the token they date, and the tokens time expressions cover."""

    def __init__(self, doc: Doc, times: list[TimeExpression]):
        self.value_at: dict[int, str] = {}
        self.tokens: set[int] = set()
        for t in times:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            self.tokens.update(range(span.start, span.end))
            if not t.value:
                continue
            head = span.root.head
            while head.pos_ == "ADP" and head.head.i != head.i:  # "on Monday": prep -> pobj
                head = head.head
            self.value_at.setdefault(head.i, t.value)
            if _bare_on_a_complement(span.root, head):
                self.value_at.setdefault(head.head.i, t.value)

    def of(self, *anchors: Token | None) -> str | None:
        """The value attached to the first of ``anchors`` that has one."""
        for a in anchors:
            if a is not None and a.i in self.value_at:
                return self.value_at[a.i]
        return None
