"""Shared fixtures: every test gets its own data folder and a fresh store in it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Hundreds of test users and sign-ins: argon2 with its cheapest parameters (the same code;
# set before headquarters is imported, and inherited by the servers tests start).  The
# memory bound of real sign-ins is measured with the real parameters (bench/bench_enrol.py,
# tests/sync/server/test_resources.py).
os.environ.setdefault("LOOKINGBEYOND_TEST_CHEAP_HASH", "1")

import lookingbeyond_desktop.headquarters  # noqa: E402,F401  (gives headquarters' accounts their places)
from lookingbeyond_desktop.store import Store  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder; the environment points nowhere else."""
    folder = tmp_path / "data"
    monkeypatch.setenv("LOOKINGBEYOND_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """A freshly migrated, empty store, closed after the test."""
    opened = Store.open(data_dir)
    try:
        yield opened
    finally:
        opened.close()


def make_org(store: Store, **values: object) -> str:
    """Create an organization with sensible required fields; returns its id."""
    record = {"name": "Transparencia Mexicana", "country": "MX"} | values
    with store.write(author="tester") as writer:
        return writer.create("organizations", record)
