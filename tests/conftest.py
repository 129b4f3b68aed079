"""Shared fixtures: the ../shared folder and the loaded pipelines (loaded once per session)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "000_9f2c35486580cde8.txt"
SEED_GOLD = SHARED / "eval" / "gold" / "000_9f2c35486580cde8.gold.json"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def nlp_fr():
    from newsgraph import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="session")
def nlp_en():
    from newsgraph import load_pipeline

    return load_pipeline("en")
