"""Shared fixtures: every test gets its own data folder and a fresh store in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import lookingbeyond_desktop.headquarters  # noqa: F401  (gives headquarters' accounts their places)
from lookingbeyond_desktop.store import Store


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
