"""Command line: thin shells over the library. Only this package prints.

Each command group lives in its own module and registers on ``app``.
"""
from __future__ import annotations

import logging
import sys

from newsgraph.cli.app import app
from newsgraph.cli import corpus, extract, serve, spark  # noqa: F401  (register commands)
from newsgraph.errors import NewsgraphError


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except NewsgraphError as err:
        print(f"newsgraph: error: {err}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        sys.exit(130)
