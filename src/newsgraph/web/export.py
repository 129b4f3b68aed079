"""What an explorer shows, as a download: CSV or JSON of exactly the rows on the page.

The explorers hand their rows here with the columns they display; the download
keeps that order, so the file is what the analyst saw. CSV cells that a
spreadsheet would run as a formula (starting with ``= + - @``) are prefixed with a
quote, since article text is untrusted input.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Mapping, Sequence

from fastapi.responses import Response

FORMATS = ("csv", "json")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def as_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Rows as CSV text, one column per name in ``columns``, header first."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buf.getvalue()


def download(rows: Sequence[Mapping[str, Any]], *, columns: Sequence[str], fmt: str,
             name: str) -> Response:
    """A response that downloads ``rows`` as ``name.csv`` or ``name.json``."""
    if fmt == "csv":
        body, media = as_csv(rows, columns), "text/csv; charset=utf-8"
    else:
        body = json.dumps([{c: row.get(c) for c in columns} for row in rows],
                          ensure_ascii=False, indent=1, default=str)
        media = "application/json"
    return Response(content=body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})
