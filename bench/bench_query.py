"""`entity` query time on a generated 100k-article store (p50/p95), link time, peak memory.

The corpus is built by generating records (below) and writing their rows
directly (no NLP), then the corpus links are computed as after an ingest.
Usage: python bench/bench_query.py [N_ARTICLES]
"""
from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.records import (Article, ArticleRecord, Entity, Event, Mention, Quote, Span,
                               TimeExpression)
from newsgraph.store.db import Store, insert_rows
from newsgraph.store.linking import link_corpus
from newsgraph.store.profile import entity_profile
from newsgraph.store.rows import batch_rows

# --- generated corpus (fictional; also used by bench_ingest.py) ------------------------------
# Not news text: sentences assembled from invented names, places and topics, enough to give
# the store realistic shapes (two spellings per person, namesakes sharing surnames, quotes, events).

GIVEN = [("Karim", "Kareem"), ("Youssef", "Yousef"), ("Samir", "Sameer"), ("Leila", "Layla"),
         ("Omar", "Umar"), ("Nadia", "Nadiya"), ("Hassan", "Hasan"), ("Rania", "Raniya"),
         ("Tarek", "Tariq"), ("Mona", "Muna"), ("Walid", "Waleed"), ("Salma", "Selma")]
SURNAMES = ["Haddad", "Khoury", "Mansour", "Benali", "Farouk", "Touati", "Saadi", "Nasser",
            "Hamdan", "Jaber", "Rahal", "Sabbagh", "Daher", "Aoun", "Karam", "Zein"]
PLACES = ["Rabat", "Tunis", "Amman", "Beyrouth", "Le Caire", "Alger", "Doha", "Mascate"]
VERBS_FR = ["a rencontré", "a reçu", "s'est entretenu avec", "a appelé"]
TOPICS = ["le commerce", "les visas", "l'énergie", "la pêche", "les universités", "le tourisme",
          "les ports", "la santé", "l'eau", "les routes", "la culture", "le sport", "les douanes",
          "les banques", "l'agriculture", "les transports aériens"]
FILLERS = ["Les discussions ont porté sur {t} et sur {u}.", "Un accord sur {t} pourrait être signé en {m}.",
           "La délégation comptait {n} conseillers spécialisés dans {t}.",
           "Le dossier de {u} reste en suspens depuis {n} mois.",
           "Des représentants du secteur de {t} assistaient à la séance.",
           "Une nouvelle réunion est prévue en {m} pour faire le point sur {u}.",
           "Les deux parties ont salué des progrès sur {t}.", "Aucun communiqué n'a été publié sur {u}."]
MONTHS = ["avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]
OUTLETS = ["Le Courrier du Levant", "Gulf Evening Post", "The Northern Meridian", "Al-Manara Info",
           "La Vigie du Nord", "Sport Liban Hebdo"]


def people(n: int) -> list[tuple[str, str]]:
    """``n`` distinct persons as (given-name pair index, surname) with varied suffixes."""
    out = []
    for i in range(n):
        g = GIVEN[i % len(GIVEN)]
        s = SURNAMES[(i // len(GIVEN)) % len(SURNAMES)]
        k = i // (len(GIVEN) * len(SURNAMES))
        out.append((g[0] + ("" if k == 0 else f"-{k}"), g[1] + ("" if k == 0 else f"-{k}"), s))
    return out


def text_for(i: int, a: tuple, b: tuple, place: str, rng: random.Random) -> tuple[str, str, str]:
    name_a = rng.choice((f"{a[0]} {a[2]}", f"{a[1]} {a[2]}"))
    name_b = f"{b[0]} {b[2]}"
    verb = rng.choice(VERBS_FR)
    quote = f"Nous avons parlé du dossier {i % 97} et des échanges entre nos deux pays"
    text = (f"{name_a} {verb} {name_b} à {place} le {i % 28 + 1} mars pour la réunion numéro {i}. "
            f"« {quote} », a déclaré {a[2]}. " + " ".join(
                rng.choice(FILLERS).format(t=rng.choice(TOPICS), u=rng.choice(TOPICS), n=rng.randrange(2, 40),
                                           m=rng.choice(MONTHS)) for _ in range(rng.randrange(3, 7))))
    return text, name_a, name_b


def record(i: int, persons: list[tuple], rng: random.Random) -> ArticleRecord:
    a, b = rng.sample(persons, 2)
    place = rng.choice(PLACES)
    text, name_a, name_b = text_for(i, a, b, place, rng)
    day = f"2024-03-{i % 28 + 1:02d}"
    pa, pb, pp = text.index(name_a), text.index(name_b), text.index(place)
    q0 = text.index("« ") + 2
    q1 = text.index(" »")
    article = Article(text=text, title=f"Réunion {i}", published=day, outlet=OUTLETS[i % len(OUTLETS)],
                      language="fr", url=f"https://example.test/{i}")
    ents = (
        Entity("E1", "PER", name_a, (a[2],), ("ministre",), (Mention(pa, pa + len(name_a), name_a),)),
        Entity("E2", "PER", name_b, (), (), (Mention(pb, pb + len(name_b), name_b),)),
        Entity("E3", "LOC", place, (), (), (Mention(pp, pp + len(place), place),)),
    )
    quote = Quote("Q1", text[q0:q1], q0, q1, True, "E1", "a déclaré")
    time = TimeExpression(f"{i % 28 + 1} mars", 0, 0, day, "document")
    event = Event("V1", "meet", "040", "E1", "E2", "E3", day, False, None,
                  Span(pa, pa + 5, "verb"), Span(0, len(text)), 0.8)
    return ArticleRecord(article=article, entities=ents, quotes=(quote,), times=(time,), events=(event,))


# --- benchmark --------------------------------------------------------------------------------



def main(n: int = 100_000, queries: int = 60) -> None:
    rng = random.Random(7)
    persons = people(max(200, n // 50))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        for start in range(0, n, 5000):
            recs = [record(i, persons, rng) for i in range(start, min(n, start + 5000))]
            store.con.execute("BEGIN")
            insert_rows(store.con, batch_rows(recs))
            store.con.execute("COMMIT")
        t1 = time.perf_counter()
        counts = link_corpus(store.con)
        t2 = time.perf_counter()
        print(f"articles: {n}  rows written in {t1 - t0:.1f}s  corpus links in {t2 - t1:.1f}s  "
              f"({counts['canonical_entities']} canonical entities)")
        names = [f"{p[rng.randrange(2)]} {p[2]}" for p in rng.sample(persons, queries)]
        entity_profile(store.con, names[0])  # warm
        times = []
        for name in names:
            s = time.perf_counter()
            entity_profile(store.con, name)
            times.append((time.perf_counter() - s) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"entity query over {len(times)} names: p50 {statistics.median(times):.1f} ms  "
              f"p95 {p95:.1f} ms  (target p95 < 100 ms)")
        print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
