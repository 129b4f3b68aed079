"""Ingest, kill -9 mid-run, ingest again: every article once, no duplicate row anywhere.

The run goes through the real French pipeline (model and stages), in a child process
that reports each committed batch on stdout; it is killed with SIGKILL after some
batches, then the same ingest runs to the end.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

N = 48
BATCH = 4
CITIES = ["Brest", "Lorient", "Vannes", "Quimper", "Rennes", "Nantes", "Saint-Malo", "Morlaix"]
NAMES = ["Paul Kerneis", "Anne Le Goff", "Yann Morvan", "Claire Tanguy", "Erwan Guillou", "Sophie Riou"]

SCRIPT = textwrap.dedent("""
    import sys
    from newsgraph.store.ingest import ingest
    ingest([sys.argv[1]], db=sys.argv[2], batch_size=int(sys.argv[3]),
           on_batch=lambda n: print("committed", n, flush=True))
    print("done", flush=True)
""")


def _articles(path):
    with path.open("w", encoding="utf-8") as f:
        for i in range(N):
            city, name = CITIES[i % len(CITIES)], NAMES[i % len(NAMES)]
            text = (f"Le maire de {city}, {name}, a présenté le {i % 27 + 1} mars le projet numéro {i} "
                    f"pour le centre-ville. « Ce chantier durera {i % 5 + 2} ans », a déclaré {name}.")
            f.write(json.dumps({"title": f"Projet {i}", "published": "2024-03-28", "language": "fr",
                                "outlet": "La Vigie du Nord", "text": text}, ensure_ascii=False) + "\n")


def _run(src, db, *, kill_after: int | None):
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(src), str(db), str(BATCH)],
                            stdout=subprocess.PIPE, text=True)
    committed = 0
    deadline = time.time() + 900
    for line in proc.stdout:
        if line.startswith("committed"):
            committed = int(line.split()[1])
            if kill_after and committed >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
        if time.time() > deadline:
            proc.kill()
            pytest.fail("ingest took too long")
    proc.wait()
    return committed, proc.returncode


@pytest.mark.slow
def test_kill_mid_run_then_rerun_stores_each_article_once(tmp_path):
    src, db = tmp_path / "articles.jsonl", tmp_path / "s.duckdb"
    _articles(src)
    committed, rc = _run(src, db, kill_after=3)
    assert rc == -signal.SIGKILL and committed >= 3
    con = duckdb.connect(str(db), read_only=True)
    partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert BATCH * 3 <= partial < N  # what was committed survived; the run had not finished
    _, rc = _run(src, db, kill_after=None)
    assert rc == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (N, N)
    for table, key in (("entities", "article_id, entity_id"), ("mentions", "article_id, entity_id, start"),
                       ("quotes", "article_id, quote_id"), ("times", "article_id, idx"),
                       ("events", "article_id, event_id")):
        total, distinct = con.execute(
            f"SELECT count(*), count(DISTINCT ({key})) FROM {table}").fetchone()
        assert total == distinct, table
    assert con.execute("SELECT count(*) FROM entities").fetchone()[0] >= N  # the stages ran
    assert con.execute("SELECT count(*) FROM entities WHERE kb_id IS NULL").fetchone()[0] == 0
