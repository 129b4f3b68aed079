"""Cross-article resolution on the OFAC SDN name clusters: are spellings of one person one entity?

Every spelling of every listed Middle East individual (``eval/data/names-ofac-sdn``) becomes
one PER entity in an article of its own, with nothing else to go on (no titles, no
co-occurring entities): the hardest case for ``link.resolve``. Then:

- **precision**: of all pairs of spellings put under one kb id, the share that are one person;
- **recall**: of the *spelling pairs* of one person (the definition of ``evaluation.names``:
  close in spelling, or the first given name shared with close family names; pseudonyms left
  out, as SOURCE.md asks), the share put under one kb id.

The baseline resolves by exact match after case and accent folding (one entity per folded
spelling).
"""
from __future__ import annotations

import json
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Callable

from newsgraph.evaluation.common import Figure
from newsgraph.evaluation.names import DATA, is_spelling_pair
from newsgraph.link.person_names import fold
from newsgraph.link.resolve import ArticleEntity, resolve

Resolver = Callable[[list[ArticleEntity]], dict[tuple[str, str], str]]


def spellings(person: dict) -> list[str]:
    """A listed person's distinct names: the primary, its aliases, the later aliases."""
    forms = [person["primary"]] + [a["name"] for a in person.get("aliases", ())]
    forms += [a["name"] if isinstance(a, dict) else a for a in person.get("aliases_2026", ())]
    return list(dict.fromkeys(forms))


def exact_resolution(entities: list[ArticleEntity]) -> dict[tuple[str, str], str]:
    """The baseline: one entity per spelling, equal after case and accent folding."""
    return {(e.article_id, e.entity_id): f"{e.type}|{fold(e.name)}" for e in entities}


def measure(shared: Path, *, resolver: Resolver = resolve) -> dict[str, float]:
    """Precision and recall of ``resolver`` on the OFAC spelling pairs (see the module doc)."""
    people = [json.loads(line) for line in (shared / DATA).read_text(encoding="utf-8").splitlines()
              if line.strip()]
    entities, truth, forms = [], {}, {}
    for person in people:
        forms[person["ent_num"]] = spellings(person)
        for k, name in enumerate(forms[person["ent_num"]]):
            e = ArticleEntity(article_id=f"{person['ent_num']}:{k}", entity_id="E1", type="PER", name=name)
            entities.append(e)
            truth[(e.article_id, e.entity_id)] = person["ent_num"]
    kb = resolver(entities)
    by_kb = Counter(kb.values())
    by_kb_person = Counter((kb[key], truth[key]) for key in kb)
    predicted = sum(n * (n - 1) // 2 for n in by_kb.values())
    correct = sum(n * (n - 1) // 2 for n in by_kb_person.values())
    reachable = found = 0
    for ent, names_ in forms.items():
        keys = [(f"{ent}:{k}", "E1") for k in range(len(names_))]
        for (a, ka), (b, kb_) in combinations(zip(names_, keys), 2):
            if is_spelling_pair(a, b):
                reachable += 1
                found += kb[ka] == kb[kb_]
    return {"precision": correct / predicted if predicted else 1.0,
            "recall": found / reachable if reachable else 1.0,
            "pairs_predicted": predicted, "pairs_reachable": reachable, "spellings": len(entities)}


def evaluate(shared: Path) -> list[Figure]:
    ours, base = measure(shared), measure(shared, resolver=exact_resolution)
    size = (f"exact folded match ({ours['spellings']} spellings of one PER entity each, "
            f"{ours['pairs_reachable']} spelling pairs, no context)")
    return [
        Figure("resolve (OFAC): same-entity precision", ours["precision"], base["precision"], size),
        Figure("resolve (OFAC): spelling-pair recall", ours["recall"], base["recall"], size),
    ]
