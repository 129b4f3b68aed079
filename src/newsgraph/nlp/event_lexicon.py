"""What the events stage knows about a language, read once from ``lang/<code>/``.

The files are ``event_triggers.yaml`` (trigger lemmas by event type, support verbs, prepositions by
argument role), ``negation.yaml``, ``modality.yaml`` and ``demonyms.tsv``. This module turns them into
lookup tables; it holds no language literals itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from newsgraph import lang as lang_files


@dataclass(frozen=True)
class TriggerSense:
    """One reading of a trigger lemma: its event type and whether it needs a reflexive clitic."""

    type: str
    reflexive: bool = False


@dataclass(frozen=True)
class EventLexicon:
    """Lookup tables for one language (lemmas are lower-case)."""

    lang: str
    cameo: Mapping[str, str | None]
    verbs: Mapping[str, tuple[TriggerSense, ...]]
    nouns: Mapping[str, str]
    object_role: Mapping[str, str]
    noun_of: Mapping[str, str]
    means: Mapping[str, frozenset[str]]
    symmetric: frozenset[str]
    support_verbs: frozenset[str]
    announcing_verbs: frozenset[str]
    reflexive: frozenset[str]
    prepositions: Mapping[str, frozenset[str]]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    negation_particles: frozenset[str]
    negation_determiners: frozenset[str]
    denial_verbs: frozenset[str]
    without: frozenset[str]
    modal_governors: Mapping[str, str]
    modal_modifiers: Mapping[str, str]
    modal_nouns: Mapping[str, str]
    conditions: frozenset[str]
    moods: Mapping[str, str]
    tenses: Mapping[str, str]
    #: moods that in a reported clause are a future seen from the past (French conditional)
    reported_future_moods: frozenset[str] = frozenset()
    demonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: verbs that are an event only with a named place ("est venu à Douala")
    place_only: frozenset[str] = frozenset()
    #: verbs that are an event only with one of these particles ("step down", not "step up")
    particle_only: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: verbs that are an event only with an infinitive to do ("a appelé X à voter")
    infinitive_only: frozenset[str] = frozenset()
    #: of those, verbs that are an event also with "à" + a noun called for ("a appelé à la retenue")
    noun_call: frozenset[str] = frozenset()
    #: verbs of taking part, written with their object noun ("participer", "take part"): the event
    #: is the noun of their complement ("took part in the strikes")
    joining_verbs: frozenset[str] = frozenset()
    #: verbs of giving, whose "à X" / "to X" is the one given to ("a accordé au Liban un prêt")
    giving_verbs: frozenset[str] = frozenset()
    #: verbs that are speech, not their event, with a content clause ("warned that ...")
    speech_with_clause: frozenset[str] = frozenset()
    #: attribution cues of one word ("selon"): a noun they govern is a source
    source_cues: frozenset[str] = frozenset()
    #: every attribution cue, lower-cased ("selon", "d'après", "according to"): a credit, no statement
    credit_cues: frozenset[str] = frozenset()
    #: verbs of motion whose "être" + participle the parser reads as a passive
    unaccusative: frozenset[str] = frozenset()
    #: common nouns for a group that acts ("les manifestants", "police")
    group_actors: frozenset[str] = frozenset()
    #: quantity and collective nouns that stand for what they count ("des milliers de", "a group of")
    group_quantities: frozenset[str] = frozenset()
    #: nouns for people sent for a body ("une délégation de X"): they stand for X or their leader
    delegations: frozenset[str] = frozenset()
    #: verbs whose subject hosts whom it receives: a visit hosted besides the meeting
    hosting_verbs: frozenset[str] = frozenset()
    #: nouns of a call to act ("à l'appel de X"): X is the doer
    calls: frozenset[str] = frozenset()
    #: machines a verb of killing only hits ("abattre un drone"): an attack, not a killing
    machines: frozenset[str] = frozenset()
    #: verbs of entrusting that name someone to a post when the task is an office's ("a chargé X
    #: de former un gouvernement", "tasked X with forming"): verb lemma -> the tasks' verb lemmas
    mandates: Mapping[str, frozenset[str]] = field(default_factory=dict)
    inflection: tuple[tuple[str, str], ...] = ()

    def role_of_preposition(self, prep: str) -> str | None:
        """The argument role a preposition gives ("avec" -> target), or None."""
        for role in ("agent", "target", "between", "place"):
            if prep in self.prepositions.get(role, ()):
                return role
        return None

    def base_forms(self, word: str) -> list[str]:
        """``word`` and the forms its inflected endings point to ("américaines" -> "américain")."""
        word = word.lower()
        out = [word]
        for ending, base in self.inflection:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                out.append(word[: len(word) - len(ending)] + base)
        return out

    def is_speech(self, lemma: str) -> bool:
        return any(s.type == "statement" for s in self.verbs.get(lemma, ()))


def _low(items) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items or ())


def _split_reflexive(entry: str, reflexive: frozenset[str]) -> tuple[str, bool]:
    """``"se rendre"`` -> (``rendre``, True); ``"s'entretenir"`` -> (``entretenir``, True)."""
    entry = entry.strip().lower()
    for clitic in sorted(reflexive, key=len, reverse=True):
        sep = "" if clitic.endswith(("'", "’")) else " "
        if entry.startswith(clitic + sep) and len(entry) > len(clitic + sep):
            return entry[len(clitic + sep):].strip(), True
    return entry, False


@lru_cache(maxsize=None)
def lexicon(lang: str) -> EventLexicon:
    """The cached :class:`EventLexicon` for ``lang`` (empty tables for a language without files)."""
    triggers = lang_files.data(lang, "event_triggers") or {}
    negation = lang_files.data(lang, "negation") or {}
    modality = lang_files.data(lang, "modality") or {}
    reflexive = _low(triggers.get("reflexive"))
    verbs: dict[str, list[TriggerSense]] = {}
    nouns: dict[str, str] = {}
    cameo, object_role, noun_of, means = {}, {}, {}, {}
    symmetric: set[str] = set()
    place_only: set[str] = set()
    infinitive_only: set[str] = set()
    noun_call: set[str] = set()
    speech_with_clause: set[str] = set()
    particle_only: dict[str, frozenset[str]] = {}
    for etype, spec in (triggers.get("types") or {}).items():
        cameo[etype] = spec.get("cameo")
        object_role[etype] = spec.get("object", "target")
        noun_of[etype] = spec.get("noun_of", "actor")
        means[etype] = _low(spec.get("means"))
        place_only.update(_split_reflexive(str(v), reflexive)[0] for v in spec.get("place_only") or ())
        infinitive_only.update(str(v).lower() for v in spec.get("infinitive_only") or ())
        noun_call.update(str(v).lower() for v in spec.get("noun_call") or ())
        speech_with_clause.update(str(v).lower() for v in spec.get("speech_with_clause") or ())
        particle_only.update({str(k).lower(): _low(v) for k, v in (spec.get("particle_only") or {}).items()})
        if spec.get("symmetric"):
            symmetric.add(etype)
        for entry in spec.get("verbs") or ():
            lemma, refl = _split_reflexive(str(entry), reflexive)
            verbs.setdefault(lemma, []).append(TriggerSense(etype, refl))
        for entry in spec.get("nouns") or ():
            nouns.setdefault(str(entry).lower(), etype)
    demonyms = {}
    for row in lang_files.table(lang, "demonyms"):
        if len(row) >= 2:
            demonyms[row[0].lower()] = tuple(row[1:])
    anaphora = triggers.get("anaphora") or {}
    return EventLexicon(
        lang=lang,
        cameo=MappingProxyType(cameo),
        verbs=MappingProxyType({k: tuple(v) for k, v in verbs.items()}),
        nouns=MappingProxyType(nouns),
        object_role=MappingProxyType(object_role),
        noun_of=MappingProxyType(noun_of),
        means=MappingProxyType(means),
        symmetric=frozenset(symmetric),
        support_verbs=_low(triggers.get("support_verbs")),
        announcing_verbs=_low(triggers.get("announcing_verbs")),
        reflexive=reflexive,
        prepositions=MappingProxyType(
            {k: _low(v) for k, v in (triggers.get("prepositions") or {}).items()}),
        pronouns=_low(anaphora.get("pronouns")),
        possessives=_low(anaphora.get("possessives")),
        negation_particles=_low(negation.get("particles")),
        negation_determiners=_low(negation.get("determiners")),
        denial_verbs=_low(negation.get("denial_verbs")) | _low(negation.get("cessation_verbs")),
        without=_low(negation.get("without")),
        modal_governors=MappingProxyType(
            {k.lower(): v for k, v in (modality.get("governors") or {}).items()}),
        modal_modifiers=MappingProxyType(
            {k.lower(): v for k, v in (modality.get("modifiers") or {}).items()}),
        modal_nouns=MappingProxyType({k.lower(): v for k, v in (modality.get("nouns") or {}).items()}),
        conditions=_low(modality.get("conditions")),
        moods=MappingProxyType(dict(modality.get("moods") or {})),
        tenses=MappingProxyType(dict(modality.get("tenses") or {})),
        reported_future_moods=frozenset(modality.get("reported_future_moods") or ()),
        demonyms=MappingProxyType(demonyms),
        place_only=frozenset(place_only),
        particle_only=MappingProxyType(particle_only),
        infinitive_only=frozenset(infinitive_only),
        noun_call=frozenset(noun_call),
        joining_verbs=frozenset(" ".join(_split_reflexive(str(v), reflexive)[0].split())
                                for v in triggers.get("joining_verbs") or ()),
        speech_with_clause=frozenset(speech_with_clause),
        giving_verbs=_low(triggers.get("giving_verbs")),
        source_cues=frozenset(c.strip().lower() for c in lang_files.words(lang, "quote_cues")
                              if c.strip() and " " not in c.strip() and "'" not in c and "\u2019" not in c),
        credit_cues=frozenset(" ".join(c.lower().replace("\u2019", "'").split())
                              for c in lang_files.words(lang, "quote_cues") if c.strip()),
        unaccusative=frozenset(_split_reflexive(str(v), reflexive)[0]
                               for v in triggers.get("unaccusative") or ()),
        group_actors=_low(triggers.get("group_actors")),
        group_quantities=_low(triggers.get("group_quantities")),
        delegations=_low(triggers.get("delegations")),
        hosting_verbs=_low(triggers.get("hosting_verbs")),
        calls=_low(triggers.get("calls")),
        machines=_low(triggers.get("machines")),
        mandates=MappingProxyType({str(k).lower(): _low(v)
                                   for k, v in (triggers.get("mandates") or {}).items()}),
        inflection=tuple((str(a), str(b or "")) for a, b in triggers.get("inflection") or ()),
    )
