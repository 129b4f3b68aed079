"""Commands of the serve work (placeholder until it lands)."""
from newsgraph.cli.app import app  # noqa: F401
