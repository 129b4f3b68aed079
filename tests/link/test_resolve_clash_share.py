"""The clash guard of resolution: namesakes stay apart even through a vague bridge, by share of
contradicting pairs rather than by any one pair."""
from __future__ import annotations

from newsgraph.link.resolve import ArticleEntity, resolve


def _groups(names: list[str]) -> list[set[str]]:
    items = [ArticleEntity(article_id=f"a{i}", entity_id="E1", type="PER", name=n) for i, n in enumerate(names)]
    kb = resolve(items)
    out: dict[str, set[str]] = {}
    for e in items:
        out.setdefault(kb[(e.article_id, e.entity_id)], set()).add(e.name)
    return sorted(out.values(), key=len, reverse=True)


def test_vague_name_does_not_bridge_two_fathers_sons():
    groups = _groups(["Karim Haddad", "Karim Salih Haddad", "Karim Youssef Haddad"])
    assert not any({"Karim Salih Haddad", "Karim Youssef Haddad"} <= g for g in groups)


def test_spellings_of_one_person_join_and_the_namesake_stays_out():
    groups = _groups(["Karim Salih Haddad", "Kareem Salih Haddad", "Karim Saleh Haddad", "Karim Haddad",
                      "Karim Youssef Haddad"])
    assert {"Karim Salih Haddad", "Kareem Salih Haddad", "Karim Saleh Haddad"} <= groups[0]
    assert "Karim Youssef Haddad" not in groups[0]
