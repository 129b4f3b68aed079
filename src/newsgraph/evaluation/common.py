"""What every evaluation returns, and where the shared data lives."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    """One measured figure; ``baseline`` is spaCy's model alone on the same data, when it applies."""

    name: str
    value: float
    baseline: float | None = None
    detail: str = ""


def shared_dir(path: str | None = None) -> Path:
    """The shared data folder: given, or ``../shared`` beside the checkout."""
    if path:
        return Path(path)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared"
        if (parent / "pyproject.toml").exists() and cand.exists():
            return cand
    return Path.cwd().parent / "shared"
