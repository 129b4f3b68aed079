"""Fixtures of the web tests: a store built from the fictional corpus, and an app over it."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.web import corpus, storefile


@pytest.fixture(scope="session")
def records():
    return corpus.records()


@pytest.fixture(scope="session")
def ids(records):
    fr, en, reprint, hostile = records
    return {"fr": fr.id, "en": en.id, "reprint": reprint.id, "hostile": hostile.id}


@pytest.fixture(scope="session")
def store_path(tmp_path_factory, records, ids) -> Path:
    path = tmp_path_factory.mktemp("store") / "web.duckdb"
    return storefile.build(path, records, copies=[[ids["en"], ids["reprint"]]],
                           stories={"S1": [ids["fr"], ids["en"], ids["reprint"]]})


@pytest.fixture(scope="session")
def client(store_path):
    from newsgraph.web import create_app

    with TestClient(create_app(db=store_path)) as c:
        yield c
