"""Entity mentions: the model's spans cleaned and completed, plus organisations the model misses.

spaCy's news models give spans an analyst cannot trust as they are: banner lines tagged as
entities, spans across line breaks, "commandant de la" as a person, names cut at an elided article
("qu'Esmaiil"), names inside compounds ("pro-Téhéran"), nationality adjectives and function words
glued to a name ("Corps Al-Qods iranien en Irak"). :func:`find_mentions` repairs or drops each span
with rules that read only the token attributes and the lexicon, and adds the organisations of
``organisations.tsv`` (lower-case forms included) with a phrase matcher built once per pipeline,
and the other mentions the model misses (:mod:`~newsgraph.nlp.added_mentions`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp.acronyms import acronym_names, bracketed_acronyms, to_acronym, translated_run_on
from newsgraph.nlp.added_mentions import (compound_mentions, organisation_matches,
                                          repeated_forms, repeated_surnames, street_names,
                                          untagged_full_names)
from newsgraph.nlp.candidates import Candidate, is_banner_line, line_of
from newsgraph.link.place_names import place_keys
from newsgraph.nlp.entity_lexicon import APOSTROPHES, EntityLexicon
from newsgraph.nlp.mention_types import listed_places
from newsgraph.nlp.span_bounds import (complement_ends, portfolio_heads, split_known, split_span,
                                      through_complement, with_complement, with_head,
                                      with_qualifiers)

_ELIDED = re.compile(rf"^\w{{1,4}}[{''.join(APOSTROPHES)}](?=[A-ZÀ-Ý])")
_TRIM_POS = {"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "VERB", "ADV", "PUNCT", "SYM", "NUM", "SPACE"}


def _pieces(doc: Doc, first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges of a span split at line breaks."""
    out, cur = [], first
    for i in range(first, last):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            if "\n" in doc[i].text:
                if cur < i:
                    out.append((cur, i))
            else:
                out.append((cur, i + 1))
            cur = i + 1
    if cur < last:
        out.append((cur, last))
    return out


def _hyphen_glued(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues a hyphenated word begun before it ("Al", "-", "Nasr")."""
    prev, tok = doc[i - 1], doc[i]
    if tok.text == "-":
        return i + 1 < len(doc) and not tok.whitespace_ and doc[i + 1].text[:1].isalnum()
    return prev.text == "-" and tok.text[:1].isalnum()


def _glued_before(doc: Doc, first: int, lex: EntityLexicon) -> bool:
    """Whether token ``first`` ends a hyphenated name whose first part the span left out: a
    capitalised word and a hyphen glued to it ("Addis-", "Al-"), not a place of its own
    ("Paris-Berlin") nor a lower-case prefix ("pro-Téhéran")."""
    hyphen, prefix = doc[first - 1], doc[first - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or prefix.whitespace_ or not doc[first].text[:1].isupper():
        return False
    if not (prefix.is_alpha and prefix.text[:1].isupper()):
        return False
    return prefix.lower_ in lex.particles or not place_keys(prefix.text)


def _named_article(doc: Doc, i: int) -> bool:
    """A capitalised article inside a sentence is a word of the name ("Les Républicains",
    "La France insoumise", "The Hague"); at a sentence or line start it is the sentence's."""
    tok = doc[i]
    if not tok.text[:1].isupper() or tok.pos_ != "DET" or i == 0 or tok.is_sent_start:
        return False
    prev = doc[i - 1]
    return "\n" not in prev.whitespace_ and prev.text not in (".", ":", "!", "?", "\u2014", "\u2013", "-")


def _hyphen_tail(doc: Doc, i: int, lex: EntityLexicon) -> bool:
    """A lower-case word glued by a hyphen to the capitalised word before it, ending one word of
    the name ("Coordination-cadre"); not a verb ("Iran-backed") nor a nationality adjective."""
    tok = doc[i]
    return (i >= 2 and tok.is_alpha and tok.text[:1].islower() and doc[i - 1].text == "-"
            and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].text[:1].isupper()
            and tok.pos_ != "VERB" and not lex.is_demonym(tok) and not lex.is_function_word(tok.text))


def _is_capitalised(token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def clean_span(doc: Doc, first: int, last: int, label: str, lex: EntityLexicon, *,
               lexicon_form: bool = False) -> tuple[int, int, int, int] | None:
    """Trim a token range to the name it holds: (start char, end char, first, last) or None.

    Leading function words and elided articles go, so do trailing function words, verbs and
    nationality adjectives (and everything after such an adjective glued to a proper name); a
    person's name does not open with lower-case words ("général Qaani" is a title and a name).
    A lower-case prefix joined by a hyphen ("pro-Téhéran") is cut off.
    """
    while first < last and (doc[first].is_punct or doc[first].is_space
                            or (lex.is_function_word(doc[first].text) and not _named_article(doc, first))):
        first += 1
    while last < len(doc) and not doc[last - 1].whitespace_ and _hyphen_glued(doc, last):
        last += 1  # a name cut inside a hyphenated word ("Brigade Al-" of "Brigade Al-Nasr")
    while first >= 2 and _glued_before(doc, first, lex):
        first -= 2  # a name cut after its hyphen ("Abeba" of "Addis-Abeba", "Ameri" of "Al-Ameri")
    # an adjective right after a generic head qualifies the organisation ("Fédération malienne de ...")
    kept = first + 1 if first < last and doc[first].lower_ in lex.org_heads else -1
    for k in range(first + 1, last):
        if lex.is_demonym(doc[k]) and _is_capitalised(doc[k - 1]) and not lexicon_form and k != kept:
            last = k
            break
    while last > first and not _hyphen_tail(doc, last - 1, lex) and (
            doc[last - 1].is_punct or doc[last - 1].is_space or lex.is_function_word(doc[last - 1].text)
            or (not lexicon_form and not _is_capitalised(doc[last - 1]) and last - 1 != kept
                and (doc[last - 1].pos_ in _TRIM_POS or lex.is_demonym(doc[last - 1])))):
        last -= 1
    if label == "PER" and first >= 2 and _is_capitalised(doc[first - 1]) and doc[first - 1].is_alpha \
            and doc[first - 2].text[-1:] in APOSTROPHES and not doc[first - 2].whitespace_ \
            and doc[first - 2].pos_ != "DET":  # an elided article opens a noun ("l'Intérieur"), not a name
        first -= 1  # a given name the model left out after an elision ("qu'" Esmaiil "Qaani")
    if label == "PER" and _initial_ending_sentence(doc, first, last, lex):
        first += 1  # "publié sur X. Samir Haddad a répondu": the platform X ends the sentence
    if label == "PER":
        while (first < last and not _is_capitalised(doc[first])
               and doc[first].text.casefold().strip("-") not in lex.particles):
            first += 1
    if first >= last:
        return None
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
    head = doc[first].text
    m = _ELIDED.match(head)
    if m:
        start += m.end()
    elif "-" in head[1:] and head.split("-", 1)[0].casefold() in lex.compound_prefixes:
        start += head.index("-") + 1
    elif (first + 2 < last and doc[first].text.casefold() in lex.compound_prefixes
          and doc[first + 1].text == "-"):
        first += 2
        start = doc[first].idx
    return start, end, first, last


def _initial_ending_sentence(doc: Doc, first: int, last: int, lex: EntityLexicon) -> bool:
    """Whether a person's span opens with a one-letter word and a full stop that end the sentence
    before: an initial in mid-sentence stands before a surname ("selon J. Dupont") or between
    names, not before a given name and a surname ("sur X. Samir Haddad a répondu"). An abbreviated
    honorific of ``entity_stopwords.txt`` is no such letter ("a répondu M. Le Maire")."""
    tok = doc[first]
    return len(tok.text) == 2 and tok.lower_ not in lex.stopwords and tok.text[0].isupper() and tok.text[1] == "." and first > 0 \
        and doc[first - 1].is_alpha and doc[first - 1].text[:1].islower() and last - first >= 3 \
        and all(_is_capitalised(t) and t.is_alpha for t in doc[first + 1:first + 3])


def _acceptable(doc: Doc, full: str, start: int, end: int, first: int, last: int,
                lex: EntityLexicon) -> bool:
    text = full[start:end]
    if len(text) < 2 or "\n" in text:
        return False
    if text.casefold() in lex.stopwords or text.casefold() in lex.titles:
        return False
    if doc[first].text[:1].islower() and (doc[first].lower_ in lex.titles or doc[first].lemma_ in lex.titles):
        return False  # a role, not a name: "ministre des Affaires étrangères", "les ministres des ..."
    if lex.is_people_noun(text) and not place_keys(text):
        return False  # "les Français": a people, not the country
    if _is_role_phrase(text, lex):
        return False  # "Premier ministre du Niger", "Secretary of State": a role, whatever its case
    if not any(_is_capitalised(doc[i]) for i in range(first, last)) and not text[:1].isupper():
        return False
    if not any(c.isalpha() for c in text):
        return False
    return not is_banner_line(line_of(full, start, end))


def _is_role_phrase(text: str, lex: EntityLexicon) -> bool:
    """A title alone or followed by its complement ("de la République", "of State")."""
    words = text.replace("\u2019", "'").casefold().split()
    for k in range(min(3, len(words)), 0, -1):
        if " ".join(words[:k]) in lex.titles:
            if k == len(words):
                return True
            nxt, rest = words[k], text.split()[k:]
            if all(w[:1].islower() for w in rest):
                return True  # "Premier ministre sortant", "ministre par intérim": qualified, still a role
            return nxt in lex.function_words or ("'" in nxt and nxt.split("'")[0] + "'" in lex.function_words)
    return False


def _region_of(doc: Doc, last: int, lex: EntityLexicon) -> bool:
    """Whether the nationality adjective right after a place qualifies it ("le Kurdistan irakien",
    "le Golan syrien", "the Iraqi Kurdistan" aside): a lower-case demonym that modifies the place's
    last word, on the same line. The part of a region a country holds is a place of its own."""
    if last >= len(doc) or "\n" in doc[last - 1].whitespace_:
        return False
    adj = doc[last]
    return lex.is_demonym(adj) and adj.dep_ == "amod" and adj.head.i == last - 1


def _recover_elided(doc: Doc, start: int, first: int) -> int:
    """Start of a name cut at an elided article: "qu'Esmaiil Qaani" tagged from "Qaani" only."""
    if first == 0 or doc[first - 1].whitespace_:
        return start
    prev = doc[first - 1]
    m = _ELIDED.match(prev.text)
    return prev.idx + m.end() if m and len(prev.text) > m.end() else start


def find_mentions(doc: Doc, lex: EntityLexicon) -> list[Candidate]:
    """Every entity mention of ``doc``, cleaned, non-overlapping, in text order."""
    full = doc.text  # built from the tokens on each access: read once
    found: list[Candidate] = []
    for org_i, first, last in organisation_matches(doc, lex):
        span = clean_span(doc, first, last, "ORG", lex, lexicon_form=True)
        if span:
            s, e, f, l_ = span
            found.append(Candidate(s, e, full[s:e], lex.organisations[org_i].type, f, l_, "lexicon", org_i))
    complements = complement_ends(doc, lex)
    ministries = portfolio_heads(doc, lex)
    in_titles = {k for _, a, b in lex.title_matcher(doc) for k in range(a, b)}  # "garde des Sceaux"
    for ent in doc.ents:
        label = lex.labels.get(ent.label_)
        if label is None:
            continue
        end = through_complement(doc, ent.start, ent.end, label, lex)  # "Banque centrale de" + "Syrie"
        pieces = [p for first, last in _pieces(doc, ent.start, end)
                  for p in split_span(doc, first, last, label, lex, complements)]
        for first, last, kind in pieces:
            spelled = to_acronym(doc, first, last, lex, label=kind) if kind != "PER" else None
            if spelled and kind != "ORG" and (doc[first].lower_ in lex.org_heads
                                              or translated_run_on(doc, first, last, spelled, lex, label=kind)):
                kind = "ORG"  # "Centre du Liban" + "pour les droits ..." (LCRF): an organisation
            listed = kind != "PER" and " " in doc[first:last].text and bool(place_keys(doc[first:last].text))
            stop = spelled or with_qualifiers(doc, first, with_complement(doc, first, last, lex), lex)
            span = clean_span(doc, first, stop, kind, lex,
                              lexicon_form=spelled is not None or listed)  # "Emirats arabes unis" whole
            if not span or not _acceptable(doc, full, *span, lex) or set(range(span[2], span[3])) <= in_titles:
                continue
            s, e, f, l_ = span
            if kind == "LOC" and _region_of(doc, l_, lex):
                e, l_ = doc[l_].idx + len(doc[l_].text), l_ + 1  # "Kurdistan irakien": a region of a country
            s = _recover_elided(doc, s, f)
            head, kind = with_head(doc, f, l_, kind, lex)
            if f in ministries:  # "du ministère de l'Energie": the ministry, not "Energie"
                head, kind = ministries[f], "ORG"
            if head < f:
                s, f = doc[head].idx, head
            found.append(Candidate(s, e, full[s:e], kind, f, l_, "ner"))
    found.extend(compound_mentions(doc, lex, found))
    found.extend(street_names(doc, full, lex))  # "place Mohamed-Ali", not the person "Mohamed-Ali"
    found = _non_overlapping(split_known(doc, full, found, lex))
    found = _non_overlapping(found + acronym_names(doc, full, lex, found))
    added = repeated_surnames(doc, full, lex, found) + bracketed_acronyms(doc, lex, found) \
        + repeated_forms(doc, full, lex, found)
    found = _non_overlapping(found + added)
    return _non_overlapping(found + untagged_full_names(doc, full, lex, found) + listed_places(doc, full, found))


def _non_overlapping(found: list[Candidate]) -> list[Candidate]:
    """Longest spans first (the lexicon's on ties), then text order."""
    rank = {"lexicon": 0, "acronym": 1, "ner": 2, "compound": 3, "repeat": 4}
    taken: list[Candidate] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), rank[c.source], c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)
