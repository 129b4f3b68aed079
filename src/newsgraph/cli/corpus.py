"""Commands of the corpus work (placeholder until it lands)."""
from newsgraph.cli.app import app  # noqa: F401
