"""Stage ``newsgraph_entities``: one entity per real-world referent of the article.

Reads ``doc.ents`` (the model's spans) and sets ``doc._.entities``: a list of
:class:`records.Entity`, ids "E1", "E2"... in order of first mention, each with every spelling
it takes (``aliases``), its titles and its mentions as character offsets into ``doc.text``.

The work is split by concept: ``mentions`` cleans and completes the spans (``span_bounds`` cuts
them where the model glued two things), ``titles`` finds the roles given to people,
``mention_types`` reads each mention's type off its sentence, ``coreference`` groups mentions into
entities and votes their type; this module names them (fullest form, short forms).
The language knowledge is read once per pipeline into an ``EntityLexicon``; nothing re-parses.
"""
from __future__ import annotations

import logging
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.link.name_spelling import canonical_tokens
from newsgraph.link.place_names import place_keys
from newsgraph.nlp import coreference
from newsgraph.nlp.entity_lexicon import EntityLexicon
from newsgraph.nlp.headline import body_start
from newsgraph.nlp.mention_types import retype
from newsgraph.nlp.mentions import find_mentions
from newsgraph.nlp.titles import find_titles, inside_titles
from newsgraph.nlp.candidates import Candidate
from newsgraph.records import Entity, Mention

log = logging.getLogger(__name__)


@Language.factory("newsgraph_entities")
def make_entities(nlp: Language, name: str):
    return EntitiesStage(nlp)


class EntitiesStage:
    """The pipeline component; holds the lexicon and its compiled matchers."""

    def __init__(self, nlp: Language):
        self.lang = nlp.lang
        self.lexicon = EntityLexicon.build(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = extract_entities(doc, self.lexicon)
        return doc


def extract_entities(doc: Doc, lexicon: EntityLexicon) -> list[Entity]:
    """The entities of a parsed ``doc`` (see the module docstring)."""
    mentions = find_mentions(doc, lexicon)
    if not mentions:
        return []
    titled = find_titles(doc, mentions, lexicon)
    absorbed = inside_titles(doc, mentions, titled)
    if absorbed:
        keep = [i for i in range(len(mentions)) if i not in absorbed]
        titled = {keep.index(i): t for i, t in titled.items() if i in keep}
        mentions = [mentions[i] for i in keep]
    mentions = retype(doc, mentions, titled, lexicon)
    entities = []
    links = alias_links(doc.text, mentions, lexicon)
    body = body_start(doc)
    for group in coreference.cluster(mentions, titled, lexicon, links=links):
        in_body = [i for i in group if mentions[i].start >= body]
        if not in_body and not _headline_place(group, mentions):
            continue  # a headline's capitalised words are no entity unless the body names them
        etype = coreference.entity_type(in_body or group, mentions, titled, lexicon)
        name = canonical_name(in_body or group, mentions)
        forms = [mentions[i].text for i in group]
        written = {f.casefold() for f in forms} | {name.casefold()}
        forms += [f for t in dict.fromkeys(forms) for f in short_forms(t, etype, lexicon)
                  if f.casefold() not in written]  # "al-Ameri" adds nothing to a written "Al-Ameri"
        aliases = tuple(dict.fromkeys(f for f in forms if f != name))
        titles: tuple[str, ...] = ()
        if etype == "PER":
            titles = tuple(dict.fromkeys(t for i in in_body or group for t in titled.get(i, ())))
        entities.append(Entity(
            id=f"E{len(entities) + 1}",
            type=etype,
            name=name,
            aliases=aliases,
            titles=titles,
            mentions=tuple(Mention(mentions[i].start, mentions[i].end, mentions[i].text) for i in group),
        ))
    return entities


def _headline_place(group: list[int], mentions: list[Candidate]) -> bool:
    """An entity only the headline names is kept when it is a listed place the model calls one
    ("Liban : ..." over a body that says "le pays"): a rubric or the story's country."""
    return all(mentions[i].label == "LOC" and place_keys(mentions[i].text) for i in group)


_ALIAS_PUNCT = ",;:()\"\u00ab\u00bb\u201c\u201d\u2018"


def alias_links(full: str, mentions: list[Candidate], lex: EntityLexicon) -> tuple[tuple[int, int], ...]:
    """Pairs of consecutive mentions the words between call one referent: "X, known as Y",
    "X, connu sous le nom de « Y »", "X (alias Y)", "X, surnommé Y" (``alias_cues.txt``);
    punctuation, quotation marks and an article closing the cue aside ("known as the Y")."""
    out = []
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = full[a.end:b.start]
        if "\n" in gap or len(gap) > 60:
            continue
        gap = gap.casefold().replace("\u2019", "'").replace("d'", "de ")
        words = "".join(" " if c in _ALIAS_PUNCT else c for c in gap).split()
        while words and " ".join(words) not in lex.alias_cues and lex.is_function_word(words[-1]):
            words.pop()  # "known as the", "sous le nom de la"
        if words and " ".join(words) in lex.alias_cues:
            out.append((i, i + 1))
    return tuple(out)


def short_forms(text: str, etype: str, lex: EntityLexicon) -> list[str]:
    """Shorter forms a name is also referred by: a person's surname (with its particles), an organisation's distinctive
    part without its generic head ("Al-Qods" of "Force Al-Qods"). Cross-article resolution and
    quote attribution look entities up by these."""
    words = text.split()
    if etype == "PER" and len(words) >= 2:
        k = len(words) - 1  # the family name keeps its particles: "Le Maire", "de Gaulle"
        while k > 1 and words[k - 1].casefold() in lex.particles:
            k -= 1
        return [" ".join(words[k:])]
    if etype == "ORG" and coreference.org_key(text, lex):
        rest = " ".join(coreference.distinctive(words, lex))  # not the place it is of: "Liban" of "Banque du Liban"
        return [rest] if rest and not coreference.place_complement(rest, text, lex) else []
    return []


def canonical_name(group: list[int], mentions: list[Candidate]) -> str:
    """The fullest form used: most words, then most frequent, then first seen."""
    counts = Counter(mentions[i].text for i in group)
    order = {t: k for k, t in reversed(list(enumerate(mentions[i].text for i in group)))}
    return max(counts, key=lambda t: (len(canonical_tokens(t)), len(t.split()), counts[t], -order[t]))
