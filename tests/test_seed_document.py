"""The seed article's document fields against its gold record, with the shared scorer.

Outlet from the ALL CAPS banner, the date from the "| day month year, weekday |" banner,
the headline, the language, and the original source from the bulleted "la source :"
trailer: 5 of 5. The body keeps none of those header or trailer lines.
"""
import pytest

from newsgraph.evaluation.seed import SEED, score_seed


@pytest.mark.slow
def test_seed_document_fields_are_all_right(shared):
    score = score_seed(shared)["document"]
    assert score["of"] == 5
    assert score["correct"] == 5, score["fields"]


def test_seed_document_fields_from_reading_alone(shared):
    """The same figure without the NLP stages: the document fields come from reading the page."""
    import json

    from newsgraph import read_path
    from newsgraph.evaluation.seed import scorer
    from newsgraph.records import ArticleRecord

    path = shared / "corpus" / f"{SEED}.txt"
    gold = json.loads((shared / "eval" / "gold" / f"{SEED}.gold.json").read_text(encoding="utf-8"))
    record = ArticleRecord(article=read_path(path)).to_dict()
    score = scorer(shared).score(record, gold, path.read_text(encoding="utf-8"))["document"]
    assert (score["correct"], score["of"]) == (5, 5), score["fields"]


def test_seed_body_has_no_header_or_credit_lines(shared):
    from newsgraph import read_path

    page = (shared / "corpus" / f"{SEED}.txt").read_text(encoding="utf-8")
    article = read_path(shared / "corpus" / f"{SEED}.txt")
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    banner, date_line, headline, credit_label, credit_value = lines[0], lines[1], lines[2], lines[-2], lines[-1]
    for gone in (banner, date_line, headline, credit_label, credit_value):
        assert gone not in article.text
    assert article.text.startswith(lines[3])
    assert article.text.endswith(lines[-3])
    assert article.published == "2023-02-04" and article.published_from == "header line 2"
    assert [d.value for d in article.dates_seen] == ["2023-02-04"]
    assert (article.outlet, article.original_source, article.language) == (
        "Sawt Beirut International", "Al-Ain", "fr")
