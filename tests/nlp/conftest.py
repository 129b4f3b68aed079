"""Fixtures of the stage tests: pipelines loaded once per test run."""
from __future__ import annotations

import pytest
from time_helpers import times_pipeline


@pytest.fixture(scope="session")
def times_fr():
    """French model with the times stage alone after it."""
    return times_pipeline("fr")


@pytest.fixture(scope="session")
def times_en():
    """English model with the times stage alone after it."""
    return times_pipeline("en")
