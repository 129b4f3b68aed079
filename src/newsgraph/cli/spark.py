"""`newsgraph spark-ingest INPUT... OUTPUT` and `newsgraph import OUTPUT --db FILE`.

Thin shells over :mod:`newsgraph.runners.spark` and :mod:`newsgraph.runners.spark_import`:
parse the options, call the library, print the summary.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from newsgraph.cli.app import app


@app.command("spark-ingest")
def spark_ingest(
    paths: List[str] = typer.Argument(..., metavar="INPUT... OUTPUT",
                                      help="Input files, folders or globs (JSONL, Parquet, WARC; local paths or "
                                           "Hadoop URIs), then the output folder for the Parquet tables."),
    master: Optional[str] = typer.Option("local[2]", help="Spark master (local[N], spark://host:7077, yarn); "
                                                          "'' leaves it to spark-submit."),
    partitions: Optional[int] = typer.Option(None, help="Slices the articles are analysed in "
                                                        "(default: two per core)."),
    shuffle_partitions: int = typer.Option(4, help="spark.sql.shuffle.partitions for the corpus-level jobs."),
    no_link: bool = typer.Option(False, "--no-link", help="Skip the corpus-level steps (entities across "
                                                          "articles, copies, stories)."),
    languages: Optional[str] = typer.Option(None, help="Languages whose models each executor loads once, "
                                                       "before its first task (comma-separated, e.g. fr,en; "
                                                       "default: every supported language)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Analyse articles on Apache Spark and write the store's tables as Parquet."""
    from newsgraph.runners.spark import spark_ingest as run
    from newsgraph.runners.spark_session import spark_session

    if len(paths) < 2:
        raise typer.BadParameter("give at least one INPUT and the OUTPUT folder")
    *inputs, output = paths
    preload = [code.strip() for code in languages.split(",") if code.strip()] if languages is not None else None
    with spark_session(master=master or None, shuffle_partitions=shuffle_partitions, preload=preload) as spark:
        summary = run(spark, inputs, output, partitions=partitions, link=not no_link)
    if as_json:
        print(json.dumps({
            "files": summary.files, "items": summary.items, "articles": summary.articles,
            "duplicates": summary.duplicates, "rejected": summary.rejected,
            "corrupt_files": summary.corrupt_files, "reasons": summary.reasons, "rows": summary.rows,
            "seconds": round(summary.seconds, 2), "extraction_seconds": round(summary.extraction_seconds, 2),
            "extraction_cpu_seconds": round(summary.extraction_cpu_seconds, 2),
            "phases": {k: round(v, 2) for k, v in summary.phases.items()},
            "rejections": [{"item": r.item, "reason": r.reason} for r in summary.rejections],
        }, ensure_ascii=False, indent=2))
        return
    print(f"{summary.articles} articles from {summary.files} files in {summary.seconds:.1f}s "
          f"({summary.duplicates} duplicate texts, {summary.rejected} rejected, "
          f"{summary.corrupt_files} corrupt files)")
    for reason, count in sorted(summary.reasons.items(), key=lambda rc: -rc[1]):
        print(f"  rejected {count:>6}  {reason}")
    for rejection in summary.rejections:
        print(f"    {rejection}")
    print("tables: " + ", ".join(f"{name} {count}" for name, count in summary.rows.items()))
    print("time: " + ", ".join(f"{k} {v:.1f}s" for k, v in summary.phases.items())
          + f" ({summary.extraction_seconds:.1f}s inside analyze, summed over partitions)")
    print(f"written under {output}")


@app.command("import")
def import_(
    output: Path = typer.Argument(..., help="A spark-ingest output folder."),
    db: Path = typer.Option(Path("newsgraph.duckdb"), "--db", help="DuckDB store file (created if missing)."),
) -> None:
    """Load a spark-ingest run's Parquet tables into the DuckDB store."""
    from newsgraph.runners.spark_import import import_output

    summary = import_output(output, db=db)
    print(f"imported into {db}: " + ", ".join(f"{n} +{c}" for n, c in summary.rows.items()))
    if summary.skipped_articles:
        print(f"{summary.skipped_articles} articles were already in the store (kept as they were)")
    if summary.relink_needed:
        print("the store holds articles from outside this run: re-run its linking")
