"""Mentions the model misses: organisations the lexicon knows, names inside compounds, and a
person's family name repeated alone.

Each reads only the Doc, the lexicon (``organisations.tsv``, compound prefixes, function words)
and the mentions found so far; ``nlp.mentions.find_mentions`` adds what they return before
keeping the longest of overlapping spans.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.candidates import Candidate, is_banner_line, line_of
from newsgraph.nlp.entity_lexicon import EntityLexicon


def organisation_matches(doc: Doc, lex: EntityLexicon) -> list[tuple[int, int, int]]:
    """(row, first, last) of organisation forms; a capitalised form must be capitalised in text."""
    out = []
    for matcher, exact in ((lex.org_matcher_exact, True), (lex.org_matcher_lower, False)):
        for match_id, first, last in matcher(doc):
            row = int(doc.vocab.strings[match_id])
            if not exact and not doc[first].text[:1].isupper():
                forms = lex.organisations[row].forms
                if not any(f[:1].islower() and f.casefold().split()[0] == doc[first].lower_ for f in forms):
                    continue
            out.append((row, first, last))
    return out


def compound_mentions(doc: Doc, lex: EntityLexicon, found: list[Candidate]) -> list[Candidate]:
    """Names inside compounds the model left untagged ("anti-Washington") when named elsewhere."""
    known = {c.text.casefold(): c.label for c in found}
    out = []
    for tok in doc:
        prefix, sep, rest = tok.text.partition("-")
        if sep and prefix.casefold() in lex.compound_prefixes and rest[:1].isupper():
            label = known.get(rest.casefold())
            if label:
                s = tok.idx + len(prefix) + 1
                out.append(Candidate(s, tok.idx + len(tok.text), rest, label, tok.i, tok.i + 1, "compound"))
    return out


def repeated_surnames(doc: Doc, full: str, lex: EntityLexicon, found: list[Candidate]) -> list[Candidate]:
    """A person's family name repeated where the model tagged nothing ("President Ruto", "Ruto's"
    after "William Ruto"): the same capitalised word, alone (not the start of a longer name)."""
    surnames = {doc[c.last - 1].text for c in found if c.label == "PER" and c.org is None
                and c.last - c.first >= 2 and doc[c.last - 1].text[:1].isupper()
                and len(doc[c.last - 1].text) >= 3}
    surnames = {w for w in surnames if w.casefold() not in lex.function_words
                and w.casefold() not in lex.stopwords}
    if not surnames:
        return []
    covered = {i for c in found for i in range(c.first, c.last)}
    out = []
    for tok in doc:
        if tok.text not in surnames or tok.i in covered:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start and nxt.is_alpha:
            continue  # "Ruto Foundation": part of another name
        if is_banner_line(line_of(full, tok.idx, tok.idx + len(tok.text))):
            continue
        out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "PER", tok.i, tok.i + 1, "repeat"))
    return out
