"""The web tests' store, built by the real ingest path: the packaged example corpus
(``src/newsgraph/examples/corpus``: French and English reports on one minister under several
spellings, a copy printed later, a sports namesake) analysed by ``analyze()`` and written by
``store.ingest``, plus one article written here whose text and headline hold markup and a
script, which the pages must show as text. The tests then read what the store really wrote.
"""
from __future__ import annotations

from pathlib import Path

import newsgraph
from newsgraph.records import Article

EXAMPLES = Path(newsgraph.__file__).resolve().parent / "examples" / "corpus"
SCRIPT = "<script>document.title='pwned'</script>"
HOSTILE_TITLE = "Markup <i>in</i> a headline"


def hostile_article() -> Article:
    text = (f"Readers of the harbour bulletin sent this snippet: {SCRIPT} and <b>bold</b> & "
            "<a href='x'>a link</a>. The port director Tomas Lindqvist did not comment on Monday.")
    return Article(text=text, title=HOSTILE_TITLE, published="2024-04-22", outlet="Harbour Times",
                   language="en", url="https://harbour.example/markup")


def build(path: Path) -> Path:
    """Ingest the example corpus and the hostile article into a new store at ``path``."""
    from newsgraph.ingest.sources import iter_sources
    from newsgraph.store.ingest import ingest

    items = [*iter_sources([str(EXAMPLES)]), hostile_article()]
    summary = ingest(articles=items, db=path, total=len(items))
    assert summary.ingested == len(items) and not summary.rejected, summary
    return path
