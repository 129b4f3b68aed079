"""One file on disk -> Article, with clear errors for bad input. (placeholder)"""
from pathlib import Path

from newsgraph import errors
from newsgraph.errors import InputError


def read_file(path: Path, **overrides):
    from newsgraph.ingest import read_text

    if not path.exists():
        raise InputError(str(path), errors.NOT_FOUND)
    return read_text(path.read_text(encoding="utf-8"), item=str(path), **overrides)
