"""Blocking for cross-article resolution: which spellings are ever compared.

Resolution never compares all pairs. A spelling carries keys; only spellings sharing a key
meet. A full name's *pair keys* are two of its word keys (``link.names.name_keys`` of each
word, and of two neighbouring words written joined, so "Hamid Reza" meets "Hamidreza"), plus
its first given name's key with a looser key of its surname (and the converse), so a surname
spelled further apart ("Wakhitov", "Vakhitov") still meets its given name, and its surname's key
with the first letter of its given name, so a given name whose later consonants are written
another way ("Mevlut", "Mawlud"; "Mochtar", "Mukhtar") meets it too (the converse, a given
name's key with a surname's first letter, was measured: ~50 % more pairs for +0.002 recall).
A partial name (bare surname, initial) meets full names through *attach keys* (its surname's
word keys).
:func:`blocking_keys` is the union, for runners that cut a corpus into independent pieces.
"""
from __future__ import annotations

from itertools import combinations

from newsgraph.link import names
from newsgraph.link.person_names import NameParts, fold, parse_name

#: A blocking key shared by more spellings than this proposes no pairs (a stop key): its
#: spellings still meet through their rarer keys, and no block costs more than ~80k pairs.
MAX_BLOCK = 400


def _word_keys(name: str) -> set[str]:
    """Keys of each identifying word and of each two neighbouring words written joined."""
    tokens = names.canonical_tokens(name)
    keys = {k for t in tokens for k in names.name_keys(t)}
    keys |= {k for x, y in zip(tokens, tokens[1:]) for k in names.name_keys(x + y)}
    return keys


def _loose_keys(word: str | None) -> set[str]:
    """A looser key of one name word: the consonants after its first letter, two at most, so
    spellings that differ in their first letter or a late consonant meet ("Wakhitov",
    "Vakhitov"; "al-Kard", "Alkurd" once the glued article is cut)."""
    return {"~" + k[1:3] for k in names.name_keys(word or "") if len(k) > 2}


def pair_keys(type_: str, name: str, parts: NameParts | None = None) -> set[tuple]:
    """The keys by which a full name is compared pairwise.

    Other types: one word key. A person: two of its word keys (two spellings of one name
    share two words' keys), the first given name's key with the surname's loose key (and the
    converse), and the surname's key with the given name's first letter, for a surname or given
    name spelled further apart.
    """
    if type_ != "PER":
        return {("pair", type_, k) for k in names.name_keys(name)}
    keys = _word_keys(name)
    out = ({("pair", type_, *keys)} if len(keys) == 1
           else {("pair", type_, *sorted(p)) for p in combinations(keys, 2)})
    parts = parts or parse_name(name)
    if parts.is_full:
        given, surname = names.name_keys(parts.given[0]), names.name_keys(parts.surname)
        out |= {("pair", type_, g, k) for g in given for k in _loose_keys(parts.surname)}
        out |= {("pair", type_, k, s) for s in surname for k in _loose_keys(parts.given[0])}
        out |= {("pair", type_, "^" + g[:1], s) for g in given for s in surname}
    return out


def attach_keys(type_: str, name: str, parts: NameParts) -> set[tuple]:
    """The keys by which a partial name meets the full names it may shorten (surname keys)."""
    keys = set(names.name_keys(name))
    if parts.surname:
        keys |= names.name_keys(parts.surname)
    return {("block", type_, k) for k in keys}


def blocking_keys(type_: str, name: str) -> set[tuple]:
    """Every key by which ``resolve`` may bring this spelling together with another one.

    The pairwise keys of full names, the keys partial names attach through, and the key
    leftover partial names group by. Two spellings that share no key are never compared, so a
    distributed runner may cut the corpus into pieces along these keys (connected components)
    and resolve each piece alone with the same answers.
    """
    parts = parse_name(name) if type_ == "PER" else NameParts((), None)
    keys = attach_keys(type_, name, parts)
    if type_ != "PER" or parts.is_full:
        keys |= pair_keys(type_, name, parts)
    keys.add(("left", type_, fold(parts.surname or name), " ".join(parts.given)))
    return keys
