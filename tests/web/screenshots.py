"""Screenshots of the article and entity pages for docs/screenshots/ (run by hand, commit the PNGs).

    .venv/bin/python -m tests.web.screenshots [OUT_DIR]

Builds the fictional test store (tests/web/corpus.py), serves it on loopback and
photographs the pages in Debian's headless chromium.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.web import browser, corpus, storefile
from tests.web.live import LiveServer

ROOT = Path(__file__).resolve().parents[2]


def main(out: Path) -> int:
    reason = browser.missing()
    if reason:
        print(f"cannot take screenshots: {reason}", file=sys.stderr)
        return 1
    from newsgraph.web import create_app

    out.mkdir(parents=True, exist_ok=True)
    records = corpus.records()
    fr, en, reprint, _ = records
    with tempfile.TemporaryDirectory() as tmp:
        db = storefile.build(Path(tmp) / "shots.duckdb", records, copies=[[en.id, reprint.id]],
                             stories={"S1": [fr.id, en.id, reprint.id]})
        with LiveServer(create_app(db=db)) as url, browser.chromium_page(width=1100, height=900) as page:
            for name, path in (("article", f"/articles/{en.id}"), ("entity", "/entities/P-farouki"),
                               ("events", "/events")):
                page.goto(url + path)
                page.screenshot(path=str(out / f"{name}.png"), full_page=True)
                print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
