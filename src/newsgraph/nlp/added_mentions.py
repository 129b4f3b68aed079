"""Mentions the model misses: organisations the lexicon knows, names inside compounds, a
person's family name repeated alone, a name written again where the model tagged it only once,
a full name ending in a known family name, streets named by a lower-case noun ("place X") and
geographic features named so ("corridor de X") (acronyms defined in brackets: ``nlp.acronyms``).

Each reads only the Doc, the lexicon (``organisations.tsv``, compound prefixes, function words)
and the mentions found so far; ``nlp.mentions.find_mentions`` adds what they return before
keeping the longest of overlapping spans.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.link import names
from newsgraph.link.place_names import place_keys
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
        first = tok.i
        if first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
                and not doc[first - 2].whitespace_ and doc[first - 2].lower_ in lex.particles:
            first -= 2  # the particle glued to it ("Al-Ameri" after "Hadi al-Ameri")
            if first in covered:
                continue
        out.append(Candidate(doc[first].idx, tok.idx + len(tok.text), full[doc[first].idx:tok.idx + len(tok.text)],
                             "PER", first, tok.i + 1, "repeat"))
    return out


def repeated_forms(doc: Doc, full: str, lex: EntityLexicon, found: list[Candidate]) -> list[Candidate]:
    """A place or organisation name written again where the model left it untagged ("basé à
    Addis-Abeba" after "signé à Addis-Abeba"): the same capitalised words, not inside a longer
    name, with the label of its other mentions when they agree."""
    labels: dict[tuple[str, ...], set[str]] = {}
    for c in found:
        words = tuple(t.text for t in doc[c.first:c.last])
        if c.label in ("LOC", "ORG") and c.source in ("ner", "lexicon") and c.text[:1].isupper() \
                and sum(ch.isalpha() for ch in c.text) >= 3 and c.text.casefold() not in lex.stopwords:
            labels.setdefault(words, set()).add(c.label)
    forms = {w: next(iter(ls)) for w, ls in labels.items() if len(ls) == 1}
    if not forms:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in forms:
        by_first.setdefault(words[0], []).append(words)
    covered = {i for c in found for i in range(c.first, c.last)}
    out = []
    for tok in doc:
        for words in by_first.get(tok.text, ()):
            last = tok.i + len(words)
            if last > len(doc) or tuple(t.text for t in doc[tok.i:last]) != words \
                    or any(i in covered for i in range(tok.i, last)):
                continue
            before = doc[tok.i - 1] if tok.i else None
            after = doc[last] if last < len(doc) else None
            if after is not None and (after.text == "-" and not doc[last - 1].whitespace_
                                      or after.text[:1].isupper() and after.is_alpha and not after.is_sent_start):
                continue  # part of a longer name
            if before is not None and before.text == "-" and not before.whitespace_:
                continue
            start, end = tok.idx, doc[last - 1].idx + len(doc[last - 1].text)
            if is_banner_line(line_of(full, start, end)):
                continue
            out.append(Candidate(start, end, full[start:end], forms[words], tok.i, last, "repeat"))
    return out


#: The most written words before a known family name that a full name untagged by the model takes.
MAX_GIVEN_WORDS = 3


def untagged_full_names(doc: Doc, full: str, lex: EntityLexicon, found: list[Candidate]) -> list[Candidate]:
    """A full name the model left untagged or cut ("Mohammad-Reza X", "Abu X" tagged MISC "Abu")
    that ends in a spelling of the family name of a person it did tag (X alone, or "Y X"): the
    capitalised words right before that word (hyphenated parts and name particles included; no
    title, place, organisation head, date or stop word) and the word itself are a person's name.
    A one-word mention inside the run gives way to it; a longer one keeps its words."""
    family = {toks[-1] for c in found
              if c.label == "PER" and c.org is None and (toks := names.canonical_tokens(c.text))}
    if not family:
        return []
    long_covered = {i for c in found if c.last - c.first >= 2 for i in range(c.first, c.last)}
    out = []
    for tok in doc:
        if not tok.text[:1].isupper() or not tok.is_alpha or tok.i in long_covered or tok.i == 0:
            continue
        key = names.canonical_tokens(tok.text)
        if len(key) != 1 or key[0] not in family:
            continue
        first, words = tok.i, 0
        while first > 0 and words < MAX_GIVEN_WORDS and _given_word(doc, first - 1, lex) \
                and first - 1 not in long_covered:
            first -= 1
            if doc[first].text == "-":
                if first == 0 or not _given_word(doc, first - 1, lex) or doc[first - 1].whitespace_:
                    first += 1
                    break
                first -= 1
            words += 1
        if words == 0 or is_banner_line(line_of(full, doc[first].idx, tok.idx + len(tok.text))):
            continue
        start, end = doc[first].idx, tok.idx + len(tok.text)
        out.append(Candidate(start, end, full[start:end], "PER", first, tok.i + 1, "repeat"))
    return out


def _given_word(doc: Doc, i: int, lex: EntityLexicon) -> bool:
    """A word that may open a full name before a family name: capitalised, alphabetic, no title,
    place, organisation head, date or stop word, on the same line; or a hyphen glued between two."""
    tok = doc[i]
    if "\n" in tok.whitespace_ or "\n" in tok.text:
        return False
    if tok.text == "-":
        return not tok.whitespace_
    word = tok.lower_
    return (tok.text[:1].isupper() and tok.is_alpha and not lex.is_function_word(tok.text)
            and word not in lex.titles and word not in lex.stopwords and word not in lex.org_heads
            and word not in lex.weekdays and word not in lex.months and not lex.is_people_noun(tok.text)
            and not place_keys(tok.text))


def street_names(doc: Doc, full: str, lex: EntityLexicon) -> list[Candidate]:
    """A street or a square named by a lower-case noun of ``street_heads.txt`` and the capitalised
    words right after it ("place Mohamed-Ali", "rue Hamra"): a place, the noun included, which
    then outranks the person or place the model read in the words alone. No "de" between: "à la
    place de X" is "instead of X"; the model finds "place de la Concorde" itself. A geographic
    feature named by a lower-case noun of ``feature_heads.txt`` ("corridor de X", "détroit d'Y",
    "mer Z") is one too, with or without a function word between."""
    out = []
    for tok in doc[:-1]:
        street = tok.lower_ in lex.street_heads
        if not (street or tok.lower_ in lex.feature_heads) or not tok.text[:1].islower() \
                or tok.pos_ not in ("NOUN", "PROPN") or "\n" in tok.whitespace_:
            continue
        first = tok.i + 1
        while not street and first < min(len(doc), tok.i + 3) and lex.is_function_word(doc[first].text) \
                and "\n" not in doc[first - 1].whitespace_:
            first += 1
        last = first
        while last < len(doc) and "\n" not in doc[last - 1].whitespace_ and (
                doc[last].text[:1].isupper() and doc[last].is_alpha
                or doc[last].text == "-" and not doc[last].whitespace_ and not doc[last - 1].whitespace_):
            last += 1
        while last > first and doc[last - 1].text == "-":
            last -= 1
        if last > first and not is_banner_line(line_of(full, tok.idx, doc[last - 1].idx)):
            end = doc[last - 1].idx + len(doc[last - 1].text)
            out.append(Candidate(tok.idx, end, full[tok.idx:end], "LOC", tok.i, last, "ner"))
    return out
