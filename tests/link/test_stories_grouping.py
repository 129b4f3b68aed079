"""Stories: shared canonical entities within a time window, copies as one voice."""
from __future__ import annotations

import datetime as dt

from newsgraph.link.stories import StoryItem, find_stories


def _s(aid, day, ents, group=None, lang="fr"):
    return StoryItem(article_id=aid, group_id=group or aid, published=dt.date(2024, 6, day),
                     entities=frozenset(ents), language=lang)


def test_reports_sharing_entities_within_window_form_one_story_across_languages():
    stories = find_stories([_s("fr1", 3, {"K1", "K2", "K3"}), _s("en1", 4, {"K1", "K2"}, lang="en"),
                            _s("x", 4, {"K9"})])
    assert len(stories) == 1
    assert stories[0].article_ids == ("en1", "fr1") and stories[0].languages == ("en", "fr")


def test_outside_the_window_is_another_story():
    assert find_stories([_s("a", 1, {"K1", "K2"}), _s("b", 20, {"K1", "K2"})]) == []


def test_copies_count_as_one_report():
    stories = find_stories([_s("a", 1, {"K1", "K2"}), _s("a2", 2, {"K1", "K2"}, group="a"),
                            _s("b", 2, {"K1", "K2"})])
    assert stories[0].n_groups == 2 and len(stories[0].article_ids) == 3


def test_a_very_common_entity_alone_does_not_chain_everything():
    items = [_s(f"a{i}", 1, {"COUNTRY", f"K{i}"}) for i in range(30)]
    assert find_stories(items, max_df=10) == []
