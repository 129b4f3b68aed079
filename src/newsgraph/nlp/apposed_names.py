"""Persons named beside a role rather than as its head: who a role subject stands for.

News introduces a speaker by a role and then the name, set off by commas: "Le chef de la
délégation, ancien ministre et proche du président, Nabil X, a salué ...", "The chief executive of
X, Laura Bennett, said". The parser hangs the name on any noun of the apposition (or on the verb),
so the name is found by position: after the role's last comma, closing just before the verb.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.nlp.mention_index import MentionIndex


def apposed_person(doc: Doc, mentions: MentionIndex, head: Token, end: int) -> str | None:
    """A person named in apposition after a comma ("The chief executive of X, Laura Bennett,
    said"), which the parse may hang on the last noun of the phrase rather than its head."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    for t in doc[end + 1:min(head.right_edge.i + 1, end + 6)]:
        if t.dep_ == "appos" or t.head.dep_ == "appos":
            eid = mentions.entity_at(t.i, kinds=("PER",))
            if eid is not None:
                return eid
    # "a réagi le délégué de la CFDT, Marc Guérin.": a name closing the sentence after the
    # comma, which the parse hung on the verb rather than on the role it names
    first = doc[end + 1] if end + 1 < len(doc) else None
    if first is None or first.dep_.startswith("nsubj") or first.head.i == first.i:
        return None
    eid = mentions.entity_at(first.i, kinds=("PER",))
    if eid is None:
        return None
    after = next((t for t in doc[first.i:first.sent.end]
                  if mentions.entity_at(t.i, kinds=("PER",)) != eid), None)
    return eid if after is None or after.is_punct else None


def named_before_verb(doc: Doc, mentions: MentionIndex, head: Token, verb: Token) -> tuple[str, str] | None:
    """(entity id, name) of the person whose name closes a role subject just before its verb:
    "ROLE, apposition ..., NAME, a déclaré". The name must stand between two commas, the second
    one directly before the verb and its auxiliaries, and no verb may come between the role and
    the name (so "Le ministre, qui a reçu X, a dit" does not give X)."""
    if head.pos_ != "NOUN" or head.i >= verb.i:
        return None
    k = verb.i - 1
    while k > head.i and doc[k].head == verb and doc[k].dep_.startswith(("aux", "advmod", "expl")) \
            and doc[k].text != ",":
        k -= 1  # "a toutefois salué": auxiliaries and adverbs of the verb
    if doc[k].text != ",":
        return None
    last = k - 1
    eid = mentions.entity_at(last, kinds=("PER",)) if last > head.i else None
    if eid is None:
        return None
    first = last
    while first - 1 > head.i and mentions.entity_at(first - 1, kinds=("PER",)) == eid:
        first -= 1
    if doc[first - 1].text != ",":
        return None
    between = doc[head.i + 1:first - 1]
    if any(t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm") for t in between) \
            or any("Rel" in t.morph.get("PronType") for t in between):
        return None
    return eid, doc[first:last + 1].text
