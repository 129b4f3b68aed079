"""Screenshots of the article and entity pages for docs/screenshots/ (run by hand, commit the PNGs).

    .venv/bin/python -m tests.web.screenshots [OUT_DIR]

Builds the web tests' store with the real ingest (tests/web/corpus.py: the packaged example
corpus), serves it on loopback and photographs the pages in Debian's headless chromium.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import duckdb

from tests.web import browser, corpus
from tests.web.live import LiveServer

ROOT = Path(__file__).resolve().parents[2]


def main(out: Path) -> int:
    reason = browser.missing()
    if reason:
        print(f"cannot take screenshots: {reason}", file=sys.stderr)
        return 1
    from newsgraph.web import create_app

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = corpus.build(Path(tmp) / "shots.duckdb")
        con = duckdb.connect(str(db), read_only=True)
        person = con.execute("SELECT kb_id FROM canonical_entities WHERE type = 'PER' "
                             "ORDER BY n_articles DESC, kb_id LIMIT 1").fetchone()[0]
        article = con.execute("""SELECT a.id FROM articles a JOIN entities e ON e.article_id = a.id
                                 WHERE e.kb_id = ? AND a.language = 'en'
                                 ORDER BY (SELECT count(*) FROM events v WHERE v.article_id = a.id) DESC,
                                 a.id LIMIT 1""", [person]).fetchone()[0]
        con.close()
        with LiveServer(create_app(db=db)) as url, browser.chromium_page(width=1100, height=900) as page:
            for name, path in (("article", f"/articles/{article}"), ("entity", f"/entities/{person}"),
                               ("events", "/events"), ("docs", "/docs")):
                page.goto(url + path)
                page.screenshot(path=str(out / f"{name}.png"), full_page=True)
                print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
