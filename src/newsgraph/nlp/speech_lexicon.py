"""The language knowledge the quote stage uses, gathered once per language from ``lang/<code>/``.

Files read (one concept each): ``speech_verbs.txt`` (lemmas), ``quote_cues.txt`` ("selon",
"according to"), ``anonymous_sources.txt``, ``pronouns.yaml`` (pronouns with gender and number,
honorifics), ``quote_marks.yaml`` (paired marks, dialogue dashes) and ``speech_syntax.yaml``
(complementizers, addressee prepositions, verbs whose object is the addressee) and
``audiences.txt`` (nouns of those one speaks to: "la presse", "reporters"). Two files of the
entity stage are read too: ``titles.txt`` (the words of a role: an unresolved "a spokesman" is an
unnamed source) and ``org_heads.txt`` (nouns that stand for an organisation: "the ministry said").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph import lang


@dataclass(frozen=True)
class SpeechLexicon:
    """Everything language-specific the quote stage needs, as lookup-ready sets and maps."""

    speech_verbs: frozenset[str]
    cues: tuple[tuple[str, ...], ...]
    anonymous: tuple[re.Pattern, ...]
    pronouns: dict
    reflexive: frozenset[str]
    honorifics: dict
    pairs: dict
    dashes: tuple[str, ...]
    complementizers: frozenset[str]
    addressee_markers: frozenset[str]
    addressee_objects: frozenset[str]
    endings: tuple[tuple[str, str], ...] = ()
    audiences: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()
    org_nouns: frozenset[str] = frozenset()
    #: pronouns that, after a comma and before a relative, sum up the clause ("..., ce qu'X dément")
    resumptive: frozenset[str] = frozenset()

    def is_speech_verb(self, token, *, loose: bool = False) -> bool:
        """A verb (not an auxiliary) whose lemma, or its surface form, reports speech.

        ``loose`` also accepts a word the tagger took for a noun or adjective: in an incise
        ("! s'écria Paul") the position says it is a verb where the tagger, thrown by a rare
        tense, may not."""
        tags = ("VERB", "AUX", "NOUN", "ADJ", "PROPN") if loose else ("VERB", "AUX")
        if token.pos_ not in tags or token.dep_.startswith("aux"):
            return False
        lemma, form = token.lemma_.lower(), token.lower_
        if lemma in self.speech_verbs or form in self.speech_verbs:
            return True
        return lemma == form and (loose or token.pos_ == "VERB") and any(
            form.endswith(a) and form[:len(form) - len(a)] + b in self.speech_verbs for a, b in self.endings)

    def pronoun(self, token) -> dict | None:
        """Gender and number of a third-person pronoun that may stand for a speaker, else None."""
        return self.pronouns.get(token.lower_.lstrip("-"))

    def cue_at(self, doc, i: int) -> int:
        """Length in tokens of the attribution cue ("selon", "d'après") starting at token i, or 0."""
        if doc[i].lower_.replace("\u2019", "'") not in {c[0] for c in self.cues}:
            return 0
        for cue in self.cues:
            n = len(cue)
            if i + n <= len(doc) and tuple(t.lower_.replace("\u2019", "'") for t in doc[i:i + n]) == cue:
                return n
        return 0

    def is_anonymous(self, text: str) -> bool:
        """Whether a speaker phrase names an unnamed source ("une source informée", "officials")."""
        low = text.lower().replace("\u2019", "'")
        return any(p.search(low) for p in self.anonymous)


def _cue_tokens(phrase: str) -> tuple[str, ...]:
    # Cue phrases are matched token by token; split them the way spaCy splits elisions.
    parts = re.findall(r"\w+'|\w+|[^\w\s]", phrase.replace("\u2019", "'"))
    return tuple(p.lower() for p in parts)


def _role_words(code: str) -> frozenset[str]:
    """Titles of one word ("minister", "porte-parole"): nouns that name a person by a role."""
    return frozenset(t.lower() for t in lang.words(code, "titles") if " " not in t and "'" not in t)


@lru_cache(maxsize=None)
def speech_lexicon(code: str) -> SpeechLexicon:
    """The lexicon for language ``code`` (cached: files are read once a process)."""
    verbs = frozenset(v.lower() for v in lang.words(code, "speech_verbs"))
    cues = tuple(sorted((_cue_tokens(c) for c in lang.words(code, "quote_cues")),
                        key=len, reverse=True))
    anonymous = tuple(re.compile(r"(?<!\w)" + re.escape(a.lower().replace("\u2019", "'")) + r"(?!\w)")
                      for a in lang.words(code, "anonymous_sources"))
    pron = lang.data(code, "pronouns")
    marks = lang.data(code, "quote_marks")
    syntax = lang.data(code, "speech_syntax")
    return SpeechLexicon(
        speech_verbs=verbs,
        cues=cues,
        anonymous=anonymous,
        pronouns=dict(pron.get("subject", {})),
        reflexive=frozenset(w.lower() for w in pron.get("reflexive") or ()),
        honorifics={k.lower(): v for k, v in (pron.get("honorifics") or {}).items()},
        pairs=dict(marks.get("pairs", {})),
        dashes=tuple(marks.get("dialogue_dashes", ())),
        complementizers=frozenset(w.lower() for w in syntax.get("complementizers", ())),
        addressee_markers=frozenset(w.lower() for w in syntax.get("addressee_markers", ())),
        addressee_objects=frozenset(w.lower() for w in syntax.get("addressee_objects", ())),
        resumptive=frozenset(w.lower() for w in syntax.get("resumptive", ())),
        audiences=frozenset(w.lower() for w in lang.words(code, "audiences")),
        endings=tuple((str(a), str(b or "")) for a, b in syntax.get("inflection_endings", ())),
        role_words=_role_words(code),
        org_nouns=frozenset(w.lower() for w in lang.words(code, "org_heads")),
    )
