"""What the entities stage knows about a language, read once per pipeline from ``lang/<code>/``.

Building the phrase matchers is the costly part, so a stage builds one :class:`EntityLexicon` when
it is created and every document reuses it: titles and roles (``titles.txt``), well-known
organisations (``organisations.tsv``), plus the small word lists the span clean-up reads
(function words, stop-entities, compound prefixes, organisation head nouns, nationality
adjectives from ``demonyms.tsv``, the nouns that head a place's or a street's name) and the model-label mapping (``entity_labels.tsv``); for the
span splits and type rules, the portfolios that complete a title (``title_complements.txt``), the
date words of ``times.yaml``, the locative prepositions and the speech verbs.
"""
from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from newsgraph import lang

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Organisation:
    """One row of ``organisations.tsv``: a canonical name, its type and every form."""

    name: str
    type: str
    forms: tuple[str, ...]


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6 and " " not in form


#: The apostrophes news text writes an elision with: typewriter, typographic, modifier letter.
APOSTROPHES = ("'", "\u2019", "\u02bc")


def with_apostrophes(form: str) -> list[str]:
    """A form and its spellings with each other apostrophe ("l'énergie", "l\u2019énergie"): the
    tokenizer keeps the apostrophe in the token, so a phrase matcher needs every spelling."""
    if not any(a in form for a in APOSTROPHES):
        return [form]
    plain = form.replace("\u2019", "'").replace("\u02bc", "'")
    return list(dict.fromkeys([form] + [plain.replace("'", a) for a in APOSTROPHES]))


def _bare_initials(form: str) -> str:
    """The form with each word's accented first letter written bare ("Etat", "Energie"): French
    news often drops the accent of a capital, which the lower-case matcher then reads as "etat"."""
    def bare(word: str) -> str:
        head = unicodedata.normalize("NFD", word[:1])
        return "".join(c for c in head if not unicodedata.combining(c)) + word[1:]
    return " ".join(bare(w) for w in form.split(" "))


def _docs(nlp: Language, forms) -> list:
    """Tokenised patterns of ``forms``: every apostrophe spelling, with and without accented initials."""
    spellings = (v for f in forms for a in with_apostrophes(f) for v in dict.fromkeys((a, _bare_initials(a))))
    return [nlp.make_doc(v) for v in spellings]


def _lower_set(code: str, name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lang.words(code, name))


@dataclass
class EntityLexicon:
    """The language knowledge of the entities stage for one pipeline, matchers built once."""

    code: str
    labels: dict[str, str]
    function_words: frozenset[str]
    stopwords: frozenset[str]
    titles: frozenset[str]
    compound_prefixes: frozenset[str]
    org_heads: frozenset[str]
    demonyms: frozenset[str]
    particles: frozenset[str]
    organisations: tuple[Organisation, ...]
    weekdays: frozenset[str]
    months: frozenset[str]
    locatives: frozenset[str]
    speech_verbs: frozenset[str]
    title_matcher: PhraseMatcher = field(repr=False)
    org_matcher_lower: PhraseMatcher = field(repr=False)
    org_matcher_exact: PhraseMatcher = field(repr=False)
    complement_matcher: PhraseMatcher = field(repr=False)
    alias_cues: frozenset[str] = frozenset()  # "known as", "surnommé": Y is another name of X
    #: every form of every listed organisation (not places), casefolded: looked up per mention
    org_forms: frozenset[str] = frozenset()
    #: the feasts of ``times.yaml`` (fixed-date holidays and movable ones): "à Noël" is a time, not a place
    feasts: frozenset[str] = frozenset()
    #: nouns whose complement names a place ("la ville de X", "le camp de réfugiés de Y"), lower case
    place_heads: frozenset[str] = frozenset()
    #: nouns that open a street's or a square's name ("place X", "rue Y"), lower case
    street_heads: frozenset[str] = frozenset()
    #: nouns that open a geographic feature's name ("corridor de X", "détroit d'Y"), lower case
    feature_heads: frozenset[str] = frozenset()

    @classmethod
    def build(cls, nlp: Language) -> "EntityLexicon":
        """Read ``lang/<nlp.lang>/`` and compile the matchers against ``nlp``'s tokenizer."""
        code = nlp.lang
        titles = _lower_set(code, "titles")
        title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        title_matcher.add("TITLE", _docs(nlp, sorted(titles)))
        organisations = tuple(
            Organisation(row[0], row[1] if len(row) > 1 and row[1] else "ORG",
                         tuple(dict.fromkeys([row[0]] + [f.strip() for f in (row[2] if len(row) > 2 else "").split("|")
                                                          if f.strip()])))
            for row in lang.table(code, "organisations") if row and row[0])
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for i, org in enumerate(organisations):
            acronyms = _docs(nlp, [f for f in org.forms if _is_acronym(f)])
            others = _docs(nlp, [f for f in org.forms if not _is_acronym(f)])
            if acronyms:
                exact.add(str(i), acronyms)
            if others:
                lower.add(str(i), others)
        complements = PhraseMatcher(nlp.vocab, attr="LOWER")
        complements.add("COMPLEMENT", _docs(nlp, lang.words(code, "title_complements")))
        times = lang.data(code, "times") or {}
        demonyms = frozenset(row[0].casefold() for row in lang.table(code, "demonyms") if row)
        log.debug("entity lexicon %s: %d titles, %d organisations", code, len(titles), len(organisations))
        return cls(
            code=code,
            labels={row[0]: row[1] for row in cls.labels_of(code)},
            function_words=_lower_set(code, "function_words"),
            stopwords=_lower_set(code, "entity_stopwords"),
            titles=titles,
            compound_prefixes=_lower_set(code, "compound_prefixes"),
            org_heads=_lower_set(code, "org_heads"),
            demonyms=demonyms,
            particles=_lower_set(code, "name_particles"),
            organisations=organisations,
            org_forms=frozenset(f.casefold() for o in organisations if o.type == "ORG" for f in (o.name, *o.forms)),
            weekdays=frozenset(str(w).casefold() for w in times.get("weekdays") or ()),
            months=frozenset(str(w).casefold() for w in times.get("months") or ()),
            feasts=frozenset(str(w).casefold() for w in [*(times.get("holidays") or ()),
                                                          *(times.get("movable_feasts") or ())]),
            locatives=_lower_set(code, "locative_prepositions"),
            speech_verbs=_lower_set(code, "speech_verbs"),
            title_matcher=title_matcher,
            org_matcher_lower=lower,
            org_matcher_exact=exact,
            complement_matcher=complements,
            alias_cues=_lower_set(code, "alias_cues"),
            place_heads=_lower_set(code, "place_heads"),
            street_heads=_lower_set(code, "street_heads"),
            feature_heads=_lower_set(code, "feature_heads"),
        )

    @staticmethod
    def labels_of(code: str) -> tuple[tuple[str, ...], ...]:
        """Rows of ``entity_labels.tsv``: model label, record type."""
        return tuple(row for row in lang.table(code, "entity_labels") if len(row) >= 2)

    def is_function_word(self, text: str) -> bool:
        """An article, preposition or conjunction (elided forms with any apostrophe)."""
        t = text.casefold().replace("\u2019", "'")
        return t in self.function_words

    def is_demonym(self, token) -> bool:
        """A lower-case nationality adjective ("iranien", "américaines")."""
        return token.text[:1].islower() and (token.lemma_.casefold() in self.demonyms
                                             or token.text.casefold() in self.demonyms)

    def is_people_noun(self, text: str) -> bool:
        """A nationality noun naming a people ("les Français", "des Libanaises", "Americans"):
        a demonym capitalised, singular or plural; people, never a place."""
        w = text.casefold()
        if " " in w or not text[:1].isupper():
            return False
        stem = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        forms = {w, stem, stem[:-1] if stem.endswith("e") else stem,
                 stem[:-2] if stem.endswith("nne") else stem}
        return bool(forms & self.demonyms)
