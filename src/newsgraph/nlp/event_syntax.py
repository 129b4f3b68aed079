"""The dependency relations the events stage reads, for both label sets it meets.

The French model speaks Universal Dependencies (``nsubj:pass``, ``obl:arg``, ``case``); the English one
speaks ClearNLP (``nsubjpass``, ``prep`` + ``pobj``, ``agent``). These helpers give one view of both:
subjects, objects, and prepositional dependents as (preposition, noun) pairs.
"""
from __future__ import annotations

from typing import Callable, Iterator

from spacy.tokens import Token

SUBJECT = frozenset({"nsubj", "csubj", "expl:subj"})
PASSIVE_SUBJECT = frozenset({"nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass"})
OBJECT = frozenset({"obj", "dobj", "iobj:obj"})
INDIRECT_OBJECT = frozenset({"iobj", "dative"})
OBLIQUE = ("obl", "nmod")
NAME_PARTS = frozenset({"flat", "flat:name", "appos", "compound", "fixed"})
CLAUSAL = frozenset({"xcomp", "ccomp", "advcl", "acl", "acl:relcl", "relcl", "conj", "csubj", "parataxis"})
PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})
MODIFIER = frozenset({"amod", "nmod:poss", "poss", "det"})


def dep(token: Token) -> str:
    return token.dep_.lower()


def is_passive(verb: Token) -> bool:
    """A passive verb: it has a passive auxiliary or subject, or is a bare past participle modifying a
    noun (not one cut from its auxiliary that still has its object: "a pour sa part accusé X"; a
    present participle, "tuant 14 civils", is active)."""
    if any(dep(c) in PASSIVE_AUX for c in verb.children) \
            or any(dep(c) in PASSIVE_SUBJECT for c in verb.children) and not misread_passive(verb):
        return True
    if dep(verb) in {"acl", "amod"} and "Part" in verb.morph.get("VerbForm") \
            and "Pres" not in verb.morph.get("Tense"):
        if stranded_auxiliary(verb) is not None and any(dep(c) in OBJECT for c in verb.children):
            return False
        return not any(dep(c).startswith("aux") for c in verb.children)
    return False


#: Tokens an adverbial inserted inside a compound tense is made of ("a pour sa part accusé").
INSERTED = frozenset({"ADP", "DET", "NOUN", "ADV", "PUNCT", "ADJ", "PRON"})
#: How far before its participle such an auxiliary may stand.
MAX_INSERTED = 6


def bare_participle(verb: Token) -> bool:
    """A past participle with neither auxiliary nor subject describes a noun ("les pertes,
    estimées à ...", "son nom, écrit en lettres noires"): nobody does or says anything with it."""
    return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
        and dep(verb).startswith(("acl", "amod", "advcl")) and stranded_auxiliary(verb) is None \
        and not any(dep(c).startswith(("aux", "nsubj")) for c in verb.children)


def stranded_auxiliary(verb: Token) -> Token | None:
    """The auxiliary of a compound tense that an inserted adverbial cut off its participle ("X a,
    pour sa part, accusé Y", "a de son côté affirmé"): the parser then heads the clause with the
    auxiliary, gives it the subject and hangs the participle on the adverbial's noun."""
    if "Part" not in verb.morph.get("VerbForm") or any(dep(c).startswith("aux") for c in verb.children):
        return None
    for t in reversed(verb.doc[max(verb.sent.start, verb.i - MAX_INSERTED):verb.i]):
        if t.pos_ == "AUX":
            inside = verb in t.subtree and not dep(t).startswith(("aux", "cop"))
            return t if inside and any(is_subject(c) for c in t.children) else None
        if t.pos_ not in INSERTED or t.text in ".;:!?":
            return None
    return None


def _misread_object(token: Token) -> bool:
    """A "subject" after its verb when another subject stands before it: the parser's misreading of
    an object ("X a rencontré Y", Y labelled nsubj); an inverted subject never has a second one."""
    verb = token.head
    return token.i > verb.i and any(
        dep(c) in SUBJECT and c.i < verb.i and c.pos_ in {"PROPN", "NOUN", "PRON"} for c in verb.children)


def is_subject(token: Token) -> bool:
    return dep(token) in SUBJECT and not _misread_object(token)


def misread_passive(verb: Token) -> bool:
    """A "passive subject" of a verb in an active compound tense ("X a rejeté", with no passive
    auxiliary nor reflexive): the parser's misreading of the subject."""
    children = [dep(c) for c in verb.children]
    return any(d in PASSIVE_SUBJECT for d in children) and not any(d in PASSIVE_AUX for d in children) \
        and any(d.startswith("aux") for d in children) and not any(d.startswith("expl") for d in children)


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of its auxiliary when an inserted adverbial cut the two apart;
    a passive subject the parser gave an active verb is its subject."""
    found = [c for c in verb.children if is_subject(c)
             or (dep(c) in PASSIVE_SUBJECT and misread_passive(verb))]
    aux = None if found else stranded_auxiliary(verb)
    if aux is not None:
        return [c for c in aux.children if is_subject(c)]
    detached = None if found else detached_subject(verb)
    return [detached] if detached is not None else found


#: What stands between a subject and its verb in a compound, negated or reflexive tense.
VERB_GROUP = frozenset({"AUX", "ADV", "PRON", "PART"})


def detached_subject(verb: Token) -> Token | None:
    """A subject the parser left as a root of its own right before the verb group ("Washington
    n'a pas condamné ...": "Washington" ROOT, often cut off as a sentence of one word): the noun
    heading its own tree that ends just before the verb's auxiliaries and negation, with no verb
    or punctuation in that tree, is the verb's subject."""
    if verb.head.i != verb.i:
        return None
    group = [c for c in verb.children if c.i < verb.i and dep(c).startswith(("aux", "advmod", "expl"))]
    first = min(group + [verb], key=lambda t: t.i)
    if first.i == 0 or any(t.pos_ not in VERB_GROUP for t in verb.doc[first.i:verb.i]):
        return None  # something other than the verb group stands between
    root = verb.doc[first.i - 1]
    while root.head.i != root.i and root.head.i < first.i:
        root = root.head
    words = verb.doc[root.left_edge.i:first.i]
    if root.head.i != root.i or root.pos_ not in {"PROPN", "NOUN"} \
            or any(t.pos_ in {"VERB", "AUX", "PUNCT"} for t in words):
        return None
    return root


def passive_subjects(verb: Token) -> list[Token]:
    return [] if misread_passive(verb) else [c for c in verb.children if dep(c) in PASSIVE_SUBJECT]


def objects(verb: Token) -> list[Token]:
    """The verb's direct objects, and those the parser hung on a noun between them ("a abattu
    dimanche un drone": "drone" under "dimanche"; a noun takes no object, so it is the verb's)."""
    found = [c for c in verb.children if dep(c) in OBJECT or (dep(c) in SUBJECT and _misread_object(c))]
    return found + [g for c in verb.children if dep(c).startswith("obl") and c.pos_ == "NOUN"
                    for g in c.children if dep(g) in OBJECT]


def indirect_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if dep(c) in INDIRECT_OBJECT]


def marker(token: Token) -> str | None:
    """The preposition or conjunction introducing ``token`` (lemma, lower-case), if any."""
    for c in token.children:
        if dep(c) in {"case", "mark"}:
            return c.lemma_.lower()
    if token.head.i != token.i and dep(token) == "pobj":
        return token.head.lemma_.lower()
    return None


def prepositional(head: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) for each prepositional dependent of ``head``.

    UD: ``obl``/``nmod`` children with their ``case``; an adverb in front ("près de", "lors de") names
    the preposition. ClearNLP: ``prep``/``agent`` children and their ``pobj``.
    """
    for c in head.children:
        d = dep(c)
        if d.startswith(OBLIQUE) and not d.startswith("nmod:poss"):
            adverb = next((a for a in c.children if dep(a) == "advmod" and a.i < c.i), None)
            case = next((a for a in c.children if dep(a) == "case"), None)
            before = head.doc[case.i - 1] if case is not None and case.i > 0 else None
            if adverb is None and before is not None and before.pos_ == "ADV" and dep(before) == "amod" \
                    and before.head in (c, head):
                adverb = before  # "un drone près de X": the parser hangs "près" on the noun as amod
            prep = adverb.lemma_.lower() if adverb is not None else marker(c)
            if prep:
                yield prep, c
        elif d in {"prep", "agent"}:
            for p in c.children:
                if dep(p) == "pobj":
                    yield ("by" if d == "agent" else c.lemma_.lower()), p
        elif d == "advmod":
            # "lors d'un raid": the adverb heads the prepositional phrase
            for p in c.children:
                if dep(p).startswith(OBLIQUE):
                    yield c.lemma_.lower(), p


def clause_of(token: Token) -> Token:
    """The verb whose clause holds ``token`` (the token itself when it is a verb)."""
    t = token
    while t.pos_ not in {"VERB", "AUX"} and t.head.i != t.i:
        t = t.head
    return t


def conjunct_root(verb: Token) -> Token:
    """The first verb of a coordination ("X arrived and met Y": ``met`` -> ``arrived``)."""
    t = verb
    while dep(t) == "conj" and t.head.i != t.i and t.head.pos_ in {"VERB", "AUX"}:
        t = t.head
    return t


def group_subject(verb: Token, nouns: frozenset[str], agent_preps, *, passive: bool,
                  quantities: frozenset[str] = frozenset(), of_preps=()) -> bool:
    """Whether who did ``verb`` is written as one of ``nouns`` (common nouns for a group: "les
    manifestants ont défilé", "arrested by police"): the subject of an active verb (or of the verb it
    is coordinated with), the agent of a passive one. A quantity or collective head counts by what it
    counts ("des milliers d'agriculteurs", "a group of gunmen")."""
    if passive:
        heads = [n for prep, n in prepositional(verb) if prep in agent_preps]
    else:
        heads = subjects(verb) or passive_subjects(verb)
        if not heads and dep(verb) == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            heads = subjects(verb.head)
    return any(_is_group(n, nouns, quantities, of_preps) for n in heads)


def _is_group(noun: Token, nouns: frozenset[str], quantities: frozenset[str], of_preps, depth: int = 0) -> bool:
    if noun.lemma_.lower() in nouns or noun.lower_ in nouns:
        return True
    if depth < 2 and (noun.lemma_.lower() in quantities or noun.lower_ in quantities):
        return any(_is_group(n, nouns, quantities, of_preps, depth + 1)
                   for prep, n in prepositional(noun) if prep in of_preps)
    return False


def subjects_or_governor(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it completes ("pourrait se rendre")."""
    found = subjects(verb)
    if not found and dep(verb) == "xcomp" and verb.head.i != verb.i:
        found = subjects(verb.head)
    return found


def named_pair(subject: Token, entity_at: Callable[[Token], str | None]) -> tuple[str, str] | None:
    """The two parties a coordinated subject names, in text order, however the parse hung them
    ("President X and President Y met": the first name often parsed as a modifier of the
    second). Exactly two named entities joined by a conjunction, with no verb in between; a
    plural description alone ("les deux ministres") names no one."""
    words = [t for t in subject.subtree if t.i <= subject.i]
    if not any(dep(t) == "cc" for t in words) or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    ids: list[str] = []
    previous = None
    for t in words:
        eid = entity_at(t)
        if eid and previous is not None and previous.i == t.i - 1 and ids:
            ids[-1] = eid  # a name the entities stage cut in two is one party: its last part
        elif eid and eid not in ids:
            ids.append(eid)
        previous = t if eid else None
    return (ids[0], ids[1]) if len(ids) == 2 and ids[0] != ids[1] else None
