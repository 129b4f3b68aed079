"""Commands of the spark work (placeholder until it lands)."""
from newsgraph.cli.app import app  # noqa: F401
