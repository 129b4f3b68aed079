"""Name-variant matching on the OFAC SDN list: pairs of spellings of one person vs different people.

Data: ``eval/data/names-ofac-sdn/sdn_middle_east_individuals.jsonl`` (one line a listed person:
the primary name and its aliases, "SURNAME, Given"). Pairs are built from it, deterministically:

- *spelling pairs* (positives): two names of one person that share their first given name or are
  close in spelling (normalised Indel similarity of the folded strings >= 0.7). These are what a
  transliteration rule should reach.
- *pseudonym pairs*: the other alias pairs of one person ("ABBAS, Abu" ~ "ZAYDAN, Muhammad"). No
  spelling rule can reach them; their recall is reported apart, for information.
- *different people* (negatives): each person's primary name against a random other person's
  (seeded), plus every *hard negative*: two different people who share a surname word.
- *same given names* (harder negatives, reported apart): two different people whose first two
  given names are the same words ("X, Ali Muhammad", "Y, Ali Muhammad"), up to 6 per pair of names:
  what a rule that forgives another family name would merge.

Precision is over spelling pairs and all negatives; the baseline is exact match after case and
accent folding.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from rapidfuzz.distance import Indel

from newsgraph.evaluation.common import Figure
from newsgraph.link import name_spelling, names

DATA = Path("eval") / "data" / "names-ofac-sdn" / "sdn_middle_east_individuals.jsonl"
CLOSE = 0.7
SURNAME_CLOSE = 0.6
MAX_PAIRS_PER_PERSON = 15
HARD_PER_SURNAME = 6


@dataclass(frozen=True)
class Pairs:
    """The three pair sets, each a tuple of (name, name)."""

    spelling: tuple[tuple[str, str], ...]
    pseudonym: tuple[tuple[str, str], ...]
    different: tuple[tuple[str, str], ...]
    same_given: tuple[tuple[str, str], ...] = ()


def _folded_words(text: str) -> list[str]:
    return [w for w in name_spelling._SPLIT.split(name_spelling.fold(text)) if w and w not in name_spelling._words("name_particles")]


def _given(name: str) -> list[str]:
    return _folded_words(name.split(",", 1)[1]) if "," in name else []


def _surname(name: str) -> list[str]:
    return _folded_words(name.split(",", 1)[0]) if "," in name else _folded_words(name)[-1:]


def is_spelling_pair(a: str, b: str) -> bool:
    """Close in spelling, or sharing the first given name with surnames close in spelling.

    The test-set definition, independent of the rule under test: plain string similarity of the
    folded names. Two aliases that share a given name under unrelated family names ("X, Omar",
    "Y, Omar") are pseudonyms, counted apart.
    """
    if Indel.normalized_similarity(name_spelling.fold(a), name_spelling.fold(b)) >= CLOSE:
        return True
    ga, gb = _given(a), _given(b)
    sa, sb = " ".join(_surname(a)), " ".join(_surname(b))
    return bool(ga and gb and ga[0] == gb[0]
                and Indel.normalized_similarity(sa, sb) >= SURNAME_CLOSE)


def build_pairs(shared: Path, *, seed: int = 13) -> Pairs:
    """The spelling, pseudonym and different-people pairs of the OFAC Middle East individuals."""
    people = [json.loads(line) for line in (shared / DATA).read_text(encoding="utf-8").splitlines()
              if line.strip()]
    spelling, pseudonym = [], []
    for p in people:
        forms = [p["primary"]] + [a["name"] for a in p.get("aliases", ())]
        forms += [a["name"] if isinstance(a, dict) else a for a in p.get("aliases_2026", ())]
        forms = list(dict.fromkeys(forms))
        for a, b in list(combinations(forms, 2))[:MAX_PAIRS_PER_PERSON]:
            (spelling if is_spelling_pair(a, b) else pseudonym).append((a, b))
    rng = random.Random(seed)
    different = []
    primaries = [p["primary"] for p in people]
    for i, name in enumerate(primaries):
        j = rng.randrange(len(primaries) - 1)
        different.append((name, primaries[j if j < i else j + 1]))
    by_surname: dict[str, list[str]] = {}
    for name in primaries:
        for w in _surname(name):
            if len(w) > 2:
                by_surname.setdefault(w, []).append(name)
    for group in by_surname.values():
        different.extend(list(combinations(group, 2))[:HARD_PER_SURNAME])
    by_given: dict[tuple[str, ...], list[str]] = {}
    for name in primaries:
        given = _given(name)
        if len(given) >= 2:
            by_given.setdefault(tuple(given[:2]), []).append(name)
    same_given = [pair for group in by_given.values() for pair in list(combinations(group, 2))[:HARD_PER_SURNAME]]
    return Pairs(tuple(spelling), tuple(pseudonym), tuple(dict.fromkeys(different)),
                 tuple(dict.fromkeys(same_given)))


def exact_match(a: str, b: str) -> bool:
    """The baseline: equal after case and accent folding (word order as written)."""
    return name_spelling._plain_words(a) == name_spelling._plain_words(b)


def pair_scores(pairs: Pairs, match) -> dict[str, float]:
    """Precision and recall of ``match`` on spelling pairs, recall on pseudonyms, and precision
    once the same-given-names negatives are added to the different people."""
    tp = sum(1 for a, b in pairs.spelling if match(a, b))
    fp = sum(1 for a, b in pairs.different if match(a, b))
    fp_given = sum(1 for a, b in pairs.same_given if match(a, b))
    pseudo = sum(1 for a, b in pairs.pseudonym if match(a, b))
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "precision_with_same_given": tp / (tp + fp + fp_given) if tp + fp + fp_given else 1.0,
        "same_given_false_positives": fp_given,
        "recall": tp / len(pairs.spelling) if pairs.spelling else 1.0,
        "pseudonym_recall": pseudo / len(pairs.pseudonym) if pairs.pseudonym else 1.0,
        "false_positives": fp,
    }


def evaluate(shared: Path) -> list[Figure]:
    pairs = build_pairs(shared)
    ours, base = pair_scores(pairs, names.is_variant), pair_scores(pairs, exact_match)
    size = (f"exact match after case/accent folding ({len(pairs.spelling)} spelling, "
            f"{len(pairs.different)} different-people, {len(pairs.pseudonym)} pseudonym pairs)")
    harder = f"{size[:-1]}, + {len(pairs.same_given)} different people with the same two given names)"
    return [
        Figure("names (OFAC): variant precision", ours["precision"], base["precision"], size),
        Figure("names (OFAC): variant precision, same-given-names negatives added",
               ours["precision_with_same_given"], base["precision_with_same_given"], harder),
        Figure("names (OFAC): variant recall", ours["recall"], base["recall"], size),
        Figure("names (OFAC): pseudonym recall (no spelling rule reaches)", ours["pseudonym_recall"],
               base["pseudonym_recall"], size),
    ]
