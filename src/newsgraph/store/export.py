"""Export every table of the store, one file per table: Parquet, JSON Lines or CSV.

DuckDB's COPY writes the files, so the column names and types are those of
``store.schema`` (Parquet keeps them exactly; the Spark runner writes the same).
"""
from __future__ import annotations

from pathlib import Path

from newsgraph.errors import StoreError
from newsgraph.store import schema

FORMATS = {"parquet": ("parquet", "FORMAT parquet"), "jsonl": ("jsonl", "FORMAT json"),
           "csv": ("csv", "FORMAT csv, HEADER true")}


def export(con, *, fmt: str, out: str | Path) -> list[Path]:
    """Write each table to ``out/<table>.<ext>``; return the paths written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    ext, options = FORMATS[fmt]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in schema.TABLES.values():
        path = out / f"{table.name}.{ext}"
        target = str(path).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM \"{table.name}\") TO '{target}' ({options})")
        written.append(path)
    return written
