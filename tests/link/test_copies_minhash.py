"""Copies: MinHash near-duplicates, credit lines, probable original date, re-anchored dates."""
from __future__ import annotations

import datetime as dt

from newsgraph.link.copies import CopyItem, find_copies, reanchor, signature, similarity

BODY = ("Les dockers du port de Sète ont voté mardi la reprise du travail après neuf jours de grève, "
        "a annoncé le syndicat. La direction du port a promis une nouvelle grille de primes de nuit "
        "et l'embauche de quarante agents avant la fin de l'année. Les premiers navires doivent être "
        "déchargés dès jeudi matin, selon la capitainerie, qui estime le retard à une semaine.")
OTHER = ("Le conseil municipal de Lorient a adopté lundi un budget en hausse pour les écoles, "
         "avec la rénovation de trois cantines et l'ouverture d'une classe bilingue à la rentrée.")


def _item(aid, text, day=None, outlet=None, credit=None):
    return CopyItem(article_id=aid, signature=signature(text),
                    published=dt.date(2024, 5, day) if day else None, outlet=outlet,
                    original_source=credit)


def test_near_duplicate_is_a_copy_and_unrelated_is_not():
    edited = BODY.replace("mardi", "mardi soir") + " Le trafic reste perturbé."
    assert similarity(signature(BODY), signature(edited)) > 0.6
    links = find_copies([_item("a", BODY, 2), _item("b", edited, 4), _item("c", OTHER, 3)])
    assert {link.article_id for link in links} == {"a", "b"}


def test_earliest_dated_copy_is_the_original_and_later_print_is_flagged():
    edited = BODY + " Reprise d'une dépêche."
    links = {c.article_id: c for c in find_copies([_item("late", edited, 6), _item("early", BODY, 2)])}
    assert links["late"].group_id == "early" and links["early"].is_original
    assert links["late"].printed_later and not links["early"].printed_later
    assert links["late"].original_date == dt.date(2024, 5, 2)


def test_credit_line_lowers_the_bar_for_a_trimmed_copy():
    trimmed = ". ".join(BODY.split(". ")[:2]) + ". " + OTHER[:120]
    assert 0.3 <= similarity(signature(BODY), signature(trimmed)) < 0.6  # the case under test
    plain = find_copies([_item("a", BODY, 2, outlet="Midi Littoral"), _item("b", trimmed, 3)])
    credited = find_copies([_item("a", BODY, 2, outlet="Midi Littoral"),
                            _item("b", trimmed, 3, credit="Midi Littoral")])
    assert plain == []
    assert {c.article_id for c in credited} == {"a", "b"}
    assert next(c for c in credited if c.article_id == "b").credited_article == "a"


def test_reanchor_shifts_day_values_by_the_print_delay():
    assert reanchor("2024-05-06", printed=dt.date(2024, 5, 8), original=dt.date(2024, 5, 2)) == "2024-04-30"
    assert reanchor("2024-W18", printed=dt.date(2024, 5, 8), original=dt.date(2024, 5, 2)) is None


def test_reanchor_keeps_a_named_weekday_on_its_side_of_the_new_anchor():
    # printed Saturday 2024-05-11, "mercredi" read as Wednesday 05-08; original Thursday 05-02
    assert reanchor("2024-05-08", printed=dt.date(2024, 5, 11), original=dt.date(2024, 5, 2),
                    weekday=True) == "2024-05-01"
    assert reanchor("2024-05-13", printed=dt.date(2024, 5, 11), original=dt.date(2024, 5, 2),
                    weekday=True) == "2024-05-06"


def test_banding_proposes_the_pairs_datasketch_lsh_proposes():
    """The array banding (`copies._lsh_candidates`) is datasketch's LSH computed at once: on
    random signatures with planted near-copies it proposes exactly the pairs that inserting
    each signature and querying the earlier ones proposes."""
    import random

    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from newsgraph.link import copies

    rng = random.Random(11)
    sigs = [tuple(rng.randrange(2 ** 32) for _ in range(copies.NUM_PERM)) for _ in range(300)]
    for k in range(0, 300, 3):  # a near-copy: most values kept, some redrawn
        sigs.append(tuple(v if rng.random() < 0.85 else rng.randrange(2 ** 32) for v in sigs[k]))
    array = np.array(sigs, dtype=np.uint64)
    found = [(j, i) for i, js in copies._lsh_candidates(array, np.arange(len(sigs)), copies.THRESHOLD)
             for j in js]
    ours = set(found)
    assert len(found) == len(ours)  # each pair proposed once
    lsh, theirs = MinHashLSH(threshold=copies.THRESHOLD, num_perm=copies.NUM_PERM), set()
    for i, sig in enumerate(sigs):
        m = MinHash(num_perm=copies.NUM_PERM, hashvalues=sig, scheme=copies._template().scheme)
        theirs |= {(j, i) for j in lsh.query(m)}
        lsh.insert(i, m)
    assert ours == theirs and len(ours) >= 50
