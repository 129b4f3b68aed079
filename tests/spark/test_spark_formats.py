"""Input parsing and per-partition isolation, without a Spark cluster (plain Python, fast)."""
from __future__ import annotations

import gzip
import json

from newsgraph.errors import Rejection
from newsgraph.records import Article, ArticleRecord
from newsgraph.runners.spark_analyze import PartitionTiming, _guarded, analyze_partition
from newsgraph.runners.spark_formats import format_of, parse_file


def test_format_by_name():
    assert format_of("s3a://bucket/crawl/CC-NEWS-1.warc.gz") == "warc"
    assert format_of("feed.JSONL") == "jsonl"
    assert format_of("part-0001.snappy.parquet") == "parquet"
    assert format_of("notes.txt") is None


def test_jsonl_items_are_named_by_line_and_bad_lines_rejected():
    lines = [json.dumps({"text": "Une phrase assez longue pour être un article de presse en français.",
                         "outlet": "Le Quotidien"}), "", "{oops", json.dumps(["not", "an object"])]
    items = list(parse_file("in/feed.jsonl.gz", gzip.compress("\n".join(lines).encode()), "jsonl"))
    assert isinstance(items[0], Article) and items[0].source == "in/feed.jsonl.gz:1"
    assert items[0].outlet == "Le Quotidien"
    assert [i.item for i in items[1:]] == ["in/feed.jsonl.gz:3", "in/feed.jsonl.gz:4"]
    assert items[1].reason.startswith("not valid JSON")


def test_corrupt_file_is_one_rejection_after_its_good_items():
    good = gzip.compress(b'{"text": "An article long enough to be read as English news text."}\n' * 50)
    items = list(parse_file("x.jsonl.gz", good[:-8], "jsonl"))
    assert isinstance(items[-1], Rejection) and items[-1].item == "x.jsonl.gz"
    assert items[-1].reason.startswith("corrupt jsonl file")
    assert list(parse_file("y.warc", b"garbage, not WARC", "warc"))[0].reason.startswith("corrupt warc")


class _Boom(Exception):
    pass


def _analyze_failing_on(poison: str):
    def analyze(articles, **_):
        for a in articles:
            if poison in a.text:
                raise _Boom("stage crashed")
        return [ArticleRecord(article=a) for a in articles]
    return analyze


def test_a_poison_article_is_isolated_and_the_rest_analysed():
    articles = [Article(text=f"article {i}", source=f"f:{i}") for i in range(5)]
    articles[2] = Article(text="article POISON", source="f:2")
    results = _guarded(articles, _analyze_failing_on("POISON"), None)
    assert [type(r).__name__ for r in results] == ["ArticleRecord"] * 2 + ["Rejection"] + ["ArticleRecord"] * 2
    assert results[2].item == "f:2" and "stage crashed" in results[2].reason


def test_partition_keeps_keys_in_step_with_results():
    items = [((0, 0), Article(text="a", source="a")), ((0, 1), Rejection("b", "bad")),
             ((0, 2), Article(text="c", source="c"))]
    import newsgraph.pipeline as pipeline

    original = pipeline.analyze
    pipeline.analyze = _analyze_failing_on("nothing")
    try:
        out = list(analyze_partition(items, chunk=1))
    finally:
        pipeline.analyze = original
    pairs = [o for o in out if not isinstance(o, PartitionTiming)]
    assert [(k, getattr(r, "item", None) or r.article.source) for k, r in pairs] == \
        [((0, 0), "a"), ((0, 1), "b"), ((0, 2), "c")]
    assert isinstance(out[-1], PartitionTiming) and out[-1].articles == 2


def test_results_carry_each_articles_rows_its_rejections_and_the_copies_skipped(monkeypatch):
    """One result row per item: the article's rows of every table, or its rejection; the
    partition's timing row counts the extra copies of texts that were not analysed."""
    import newsgraph.pipeline as pipeline
    from newsgraph.runners.spark_results import ARTICLE, HEAD, REJECTION, TIMING, analyze_results
    from newsgraph.store import schema

    monkeypatch.setattr(pipeline, "analyze", _analyze_failing_on("POISON"))
    items = [((0, 0), Article(text="first article", source="f:0"), 3),
             ((0, 1), Rejection("f:1", "empty"), 1),
             ((0, 2), Article(text="POISON article", source="f:2"), 1)]
    out = list(analyze_results(items))
    assert sorted(r[0] for r in out) == sorted([ARTICLE, REJECTION, REJECTION, TIMING])
    assert out[-1][0] == TIMING
    (article,) = [r for r in out if r[0] == ARTICLE]
    tables = dict(zip((t.name for t in schema.ARTICLE_TABLES), article[len(HEAD):]))
    assert [row[0] for row in tables["articles"]] == [items[0][1].id]
    rejected = {r[1]: r[2] for r in out if r[0] == REJECTION}
    assert rejected["f:1"] == "empty" and "stage crashed" in rejected["f:2"]
    timing = dict(zip(HEAD, out[-1]))
    assert timing["analysed"] == 2 and timing["copies"] == 2 and timing["cpu"] >= 0


def test_daemon_preload_languages():
    from newsgraph.pipeline import MODELS
    from newsgraph.runners.spark_daemon import preload_languages

    assert preload_languages(None) == sorted(MODELS)
    assert preload_languages("fr, en") == ["fr", "en"]
    assert preload_languages("") == []
