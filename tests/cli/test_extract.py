"""`newsgraph extract` through the real command: bad input is one line and a non-zero exit;
good input gives the record as JSON or the rich view."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "src" / "newsgraph" / "examples"
NEWSGRAPH = Path(sys.executable).parent / "newsgraph"


def run(*args, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(NEWSGRAPH), "extract", *map(str, args)], input=stdin,
                          capture_output=True, timeout=300)


def bad_inputs(tmp: Path) -> list[tuple[Path, str]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (tmp / "latin1.txt").write_bytes("Le député a présenté son rapport à la commission.".encode("latin-1"))
    with (tmp / "huge.txt").open("w", encoding="utf-8") as f:
        line = "Une ligne de texte pour remplir un très gros fichier sans intérêt.\n"
        f.write(line * (20_000_000 // len(line) + 1))
    (tmp / "gibberish.txt").write_text("qwzx vbnm plok jhyt rtew zxcv bnmq wert yuio asdf ghjk lzxc poiu\n")
    (tmp / "german.txt").write_text(
        "Die Stadtverwaltung hat am Dienstag mitgeteilt, dass die Brücke über den Fluss wegen "
        "Bauarbeiten bis zum Ende des Monats gesperrt bleibt.\n", encoding="utf-8")
    (tmp / "folder").mkdir()
    return [
        (tmp / "empty.txt", "empty"),
        (tmp / "image.png", "binary file"),
        (tmp / "latin1.txt", "undecodable bytes"),
        (tmp / "huge.txt", "too large"),
        (tmp / "gibberish.txt", "unknown language"),
        (tmp / "german.txt", "unsupported language 'de'"),
        (tmp / "missing.txt", "no such file"),
        (tmp / "folder", "is a directory"),
    ]


def test_each_bad_input_is_one_line_and_a_non_zero_exit(tmp_path):
    for path, reason in bad_inputs(tmp_path):
        done = run(path)
        err = done.stderr.decode("utf-8")
        assert done.returncode != 0, path
        assert "Traceback" not in err, err
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert str(path) in lines[0] and reason in lines[0], lines[0]
        assert done.stdout == b""


def test_bad_standard_input_is_named_too():
    done = run("-", stdin=b"\x00\x01\x02binary")
    err = done.stderr.decode()
    assert done.returncode != 0 and "<stdin>" in err and "binary file" in err and "Traceback" not in err


@pytest.mark.slow
def test_json_record_from_standard_input_with_overrides():
    page = (EXAMPLES / "fr_visite_ministre.txt").read_bytes()
    done = run("-", "--json", "--published", "2024-03-15", "--url", "https://example.org/a", stdin=page)
    assert done.returncode == 0, done.stderr.decode()
    doc = json.loads(done.stdout)["document"]
    assert doc["published"] == "2024-03-15" and doc["published_from"] == "option --published"
    assert doc["url"] == "https://example.org/a"
    assert doc["outlet"] == "Le Courrier du Levant" and doc["original_source"] == "Agence Levant Presse"
    assert doc["language"] == "fr" and doc["source"] == "<stdin>"
    assert "2024-03-14" in [d["value"] for d in doc["dates_seen"]]


@pytest.mark.slow
def test_rich_view_shows_fields_tables_and_body():
    from typer.testing import CliRunner

    from newsgraph.cli import app

    result = CliRunner().invoke(app, ["extract", str(EXAMPLES / "en_trade_talks.txt")],
                                env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    out = result.output
    for expected in ("Port workers and shipping firms resume talks", "The Northern Meridian",
                     "2024-03-12", "header line 2", "Reuters", "Anna Clarke", "Text",
                     "Negotiators for dock workers"):
        assert expected in out, expected
    assert "GENEVA (Reuters)" not in out  # the dateline is a credit, not body text


def test_view_renders_a_record_without_quotes_or_events():
    from rich.console import Console

    from newsgraph.cli.view import render
    from newsgraph.records import Article, ArticleRecord, Entity, Mention, TimeExpression

    text = "Lina Haddad est arrivée lundi à Tunis."
    record = ArticleRecord(
        article=Article(text=text, title="Visite", outlet="Le Quotidien", published="2024-03-14"),
        entities=(Entity("E1", "PER", "Lina Haddad", aliases=("Haddad",), titles=("ministre",),
                         mentions=(Mention(0, 11, "Lina Haddad"),)),),
        times=(TimeExpression("lundi", 28, 33, "2024-03-11", "document"),))
    console = Console(record=True, width=120, color_system=None)
    console.print(render(record))
    out = console.export_text()
    for expected in ("Le Quotidien", "Lina Haddad", "Haddad", "ministre", "2024-03-11",
                     "Quotes: none found", "Events: none found", text):
        assert expected in out, expected
