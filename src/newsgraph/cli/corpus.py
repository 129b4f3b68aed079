"""Corpus commands: `ingest`, `relink`, `entity`, `quotes`, `events`, `story`, `export`.

Thin shells: parse options, call ``newsgraph.store`` (ingest, queries, export), print.
Every question takes ``--db`` and ``--json`` (the same data the web app serves).
"""
from __future__ import annotations

from typing import List, Optional

import typer

from newsgraph.cli.app import app
from newsgraph.store.db import DEFAULT_DB

DB = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.")
JSON = typer.Option(False, "--json", help="Print JSON instead of tables.")


def _dump(data) -> None:
    from newsgraph.store.serving import json_text

    print(json_text(data, indent=2))


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, folders, globs: text/HTML/JSON pages, "
                                                "JSONL, RSS/Atom feeds, WARC files."),
    db: str = DB,
    workers: int = typer.Option(1, "--workers", "-w", help="Processes running the NLP pipeline."),
    batch_size: int = typer.Option(32, "--batch-size", help="Articles committed per transaction."),
    link: bool = typer.Option(True, "--link/--no-link",
                              help="Recompute the corpus tables (who is who, copies, stories) at the "
                                   "end. --no-link stores the articles only, for many small batches "
                                   "into a large store: the next ingest or `newsgraph relink` links."),
    as_json: bool = JSON,
) -> None:
    """Ingest articles into the store (idempotent; committed batch by batch)."""
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)

    from newsgraph.store.ingest import ingest as run_ingest

    console = Console(stderr=True)
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                  TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                  TimeRemainingColumn(), console=console, transient=as_json) as bar:
        task = bar.add_task("ingest", total=None, rate="")

        def progress(done: int, total: int | None) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:.1f} items/s" if elapsed > 0 else ""
            bar.update(task, completed=done, total=total, rate=rate)

        summary = run_ingest(paths, db=db, workers=workers, batch_size=batch_size,
                             progress=progress, link=link)
    if as_json:
        _dump({"ingested": summary.ingested, "skipped": summary.skipped,
               "rejected": [{"item": r.item, "reason": r.reason} for r in summary.rejected],
               "seconds": round(summary.seconds, 2), "corpus": summary.corpus})
        return
    console = Console()
    console.print(f"[bold]{summary.ingested}[/] ingested, [bold]{summary.skipped}[/] skipped "
                  f"(already present), [bold]{len(summary.rejected)}[/] rejected "
                  f"in {summary.seconds:.1f}s into {db}")
    for r in summary.rejected:
        console.print(f"  rejected {r.item}: {r.reason}", markup=False, highlight=False)
    c = summary.corpus
    if c:
        console.print(f"corpus: {c.get('canonical_entities', 0)} entities, "
                      f"{c.get('copies', 0)} articles in copy groups, {c.get('stories', 0)} stories")
    elif not link and summary.ingested:
        console.print("corpus tables not updated (--no-link): the next ingest or "
                      "`newsgraph relink` links them")


@app.command()
def relink(db: str = DB, as_json: bool = JSON) -> None:
    """Recompute the corpus tables (who is who, copies, stories) and the answers kept ready for
    the web app from the stored articles: after upgrading newsgraph, or for a store written by
    an older version or imported from Spark."""
    from newsgraph.store.db import Store
    from newsgraph.store.linking import link_corpus

    with Store(_existing(db)) as store:
        counts = link_corpus(store.con)
    if as_json:
        _dump(counts)
        return
    print(f"relinked {db}: " + ", ".join(f"{n} {table}" for table, n in counts.items()))


def _existing(db: str) -> str:
    from pathlib import Path

    from newsgraph.errors import StoreError

    if not Path(db).is_file():
        raise StoreError(f"{db}: no such store; run `newsgraph ingest` first")
    return db


def _open(db: str):
    from newsgraph.store.db import Store

    return Store(db, read_only=True)


@app.command()
def entity(name: str = typer.Argument(..., help="Any spelling of the entity's name, or its kb id."),
           db: str = DB, as_json: bool = JSON) -> None:
    """Everything known about one entity: spellings, titles, quotes, events, related, articles."""
    from newsgraph.store.profile import entity_profile

    with _open(db) as store:
        profile = entity_profile(store.con, name)
    _dump(profile) if as_json else print_entity(profile)


@app.command()
def quotes(by: Optional[str] = typer.Option(None, "--by", help="Speaker (any spelling)."),
           about: Optional[str] = typer.Option(None, "--about", help="Entity named in the quote."),
           db: str = DB, as_json: bool = JSON) -> None:
    """Quotes by and/or about an entity, with their count of independent sources."""
    from newsgraph.store.queries import quotes as query

    with _open(db) as store:
        rows = query(store.con, by=by, about=about)
    _dump(rows) if as_json else print_rows("quotes", rows, ("published", "outlet", "speaker", "text",
                                                            "sources"))


@app.command()
def events(actor: Optional[str] = typer.Option(None, "--actor", help="Actor (any spelling)."),
           type: Optional[str] = typer.Option(None, "--type", help="Event type (visit, meet...)."),
           since: Optional[str] = typer.Option(None, "--since", help="ISO date: events on or after."),
           db: str = DB, as_json: bool = JSON) -> None:
    """The events timeline, filtered by actor, type and date."""
    from newsgraph.store.queries import events as query

    with _open(db) as store:
        rows = query(store.con, actor=actor, type=type, since=since)
    _dump(rows) if as_json else print_rows("events", rows, ("time", "type", "actor", "target",
                                                            "place", "outlet", "sources"))


@app.command()
def story(story_id: Optional[str] = typer.Argument(None, help="Story id; omit to list stories."),
          db: str = DB, as_json: bool = JSON) -> None:
    """One story (articles, copies, entities, events), or the list of stories."""
    from newsgraph.store import queries

    with _open(db) as store:
        data = queries.story(store.con, story_id) if story_id else queries.stories(store.con)
    if as_json:
        _dump(data)
    elif story_id:
        print_story(data)
    else:
        print_rows("stories", data, ("story_id", "label", "n_articles", "languages", "first_date"))


@app.command()
def export(fmt: str = typer.Option("parquet", "--format", help="parquet, jsonl or csv."),
           out: str = typer.Option(..., "--out", help="Folder for one file per table."),
           db: str = DB) -> None:
    """Export every table, one file per table."""
    from newsgraph.store.export import export as run_export

    with _open(db) as store:
        paths = run_export(store.con, fmt=fmt, out=out)
    for p in paths:
        print(p)


# --- printing (rich tables) ---------------------------------------------------------------

def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def print_rows(title: str, rows: list[dict], columns: tuple[str, ...]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{title} ({len(rows)})", show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*(_cell(r.get(c)) for c in columns))
    Console().print(table)


def print_entity(p: dict) -> None:
    from rich.console import Console

    e = p["entity"]
    Console().print(f"[bold]{e['name']}[/] ({e['type']}, {e['kb_id']}): {e['n_articles']} articles, "
                    f"{e['n_mentions']} mentions, {_cell(e['first_seen'])} to {_cell(e['last_seen'])}; "
                    f"languages: {', '.join(p['languages'])}")
    if p["also"]:
        Console().print("also known by this name: " + "; ".join(
            f"{a['name']} ({a['kb_id']})" for a in p["also"]), markup=False)
    print_rows("spellings", p["spellings"], ("name", "count", "languages", "outlets"))
    print_rows("titles", p["titles"], ("title", "first_seen", "last_seen", "articles", "sources"))
    print_rows("quotes by", p["quotes_by"], ("published", "outlet", "text", "sources"))
    print_rows("quotes about", p["quotes_about"], ("published", "outlet", "speaker", "text"))
    print_rows("events", p["events"], ("time", "time_reanchored", "type", "actor", "target",
                                       "place", "outlet", "sources"))
    print_rows("related", p["related"], ("name", "type", "shared_articles"))
    print_rows("articles", p["articles"], ("published", "outlet", "language", "title",
                                           "original_source", "copy_group"))


def print_story(p: dict) -> None:
    from rich.console import Console

    s = p["story"]
    Console().print(f"[bold]{s['story_id']}[/] {s['label'] or ''}: {s['n_articles']} articles "
                    f"({s['n_groups']} independent), {_cell(s['languages'])}, "
                    f"{_cell(s['first_date'])} to {_cell(s['last_date'])}")
    print_rows("articles", p["articles"], ("published", "outlet", "language", "title", "copy_group"))
    print_rows("entities", p["entities"], ("name", "type", "articles"))
    print_rows("events", p["events"], ("time", "type", "actor", "target", "place", "trigger_text", "outlet"))
