"""`newsgraph extract PATH|-`: one article in, its record out (a rich view, or JSON)."""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from newsgraph.cli.app import app


@app.command()
def extract(
    path: str = typer.Argument(..., help="Article file (text, HTML or JSON), or - for standard input."),
    as_json: bool = typer.Option(False, "--json", help="Print the article record (SCHEMA.md v1) as JSON."),
    published: Optional[str] = typer.Option(None, help="Publication date (ISO 8601), overriding the page's."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name, overriding the page's."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language code (fr, en), overriding detection."),
    url: Optional[str] = typer.Option(None, help="URL of the article."),
) -> None:
    """Extract entities, titles, quotes, dates and events from one article.

    Bad input (missing, empty, binary, undecodable, too large, unknown or unsupported
    language) is one line on stderr naming the item and why, and exit status 2.
    """
    from newsgraph import analyze
    from newsgraph.errors import InputError, Rejection
    from newsgraph.ingest import read_bytes, read_path
    from newsgraph.ingest.files import read_limited

    overrides = dict(published=published, outlet=outlet, language=lang, url=url)
    if path == "-":
        data = read_limited(sys.stdin.buffer, item="<stdin>")
        article = read_bytes(data, item="<stdin>", **overrides)
    else:
        article = read_path(path, **overrides)
    (result,) = analyze([article])
    if isinstance(result, Rejection):
        raise InputError(result.item, result.reason)
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    from newsgraph.cli.view import show

    show(result)
