"""PostgreSQL's statistics kept up with a large push (``sync.server.statistics``): after a
push that made the records half as many again as the tables were last analysed with,
headquarters analyses them, so that the planner does not go on treating a table of
hundreds of thousands of rows as empty.  Nothing is done on SQLite; a failure is logged and
never fails the round trip.  On SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select

from lookingbeyond_desktop.demo import DemoGenerator
from sync.server import statistics
from sync.server.schema import records
from sync.server.statistics import TableStatistics
from tests.sync.world import World

VERSION = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"


def _records_known(engine: Engine) -> float:
    """What PostgreSQL's statistics say ``records`` holds (-1: never analysed)."""
    with engine.connect() as connection:
        return float(connection.exec_driver_sql(
            "SELECT reltuples FROM pg_class WHERE oid = 'records'::regclass").scalar_one())


def _store(engine: Engine, count: int) -> None:
    with engine.begin() as connection:
        connection.execute(insert(records), [
            {"tbl": "organizations", "id": str(uuid.uuid4()), "data": {"name": f"n{n}"},
             "versions": {"name": VERSION}, "deleted": False, "scope_keys": {"c:KE"}}
            for n in range(count)])


def test_the_tables_are_analysed_when_pushes_have_grown_them_by_half(
        hq_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Below ANALYZE_FROM_ROWS nothing is done; past it, and once the records created since
    the last analysis are half of what that analysis counted, the tables are analysed and
    the statistics count what the table holds.  On SQLite, never (no statistics needed)."""
    monkeypatch.setattr(statistics, "ANALYZE_FROM_ROWS", 10)
    postgres = hq_engine.dialect.name == "postgresql"
    if postgres:
        assert _records_known(hq_engine) == -1  # a new table
    kept = TableStatistics()
    _store(hq_engine, 9)
    assert not kept.created(hq_engine, 9)
    _store(hq_engine, 91)
    assert kept.created(hq_engine, 91) is postgres  # 100 since: past 10 and half of nothing
    if not postgres:
        with hq_engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar_one() == 0
        return
    assert _records_known(hq_engine) == 100
    _store(hq_engine, 49)
    assert not kept.created(hq_engine, 49)  # 49 < half of 100
    _store(hq_engine, 1)
    assert kept.created(hq_engine, 1)  # 50: half of 100
    assert _records_known(hq_engine) == 150


def test_a_push_through_headquarters_analyses_what_it_grew(
        hq_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A device's first push of many new records leaves PostgreSQL's statistics counting
    them (the round trip analysed the tables after its commit); the device's later small
    push does not analyse again; both are applied."""
    monkeypatch.setattr(statistics, "ANALYZE_FROM_ROWS", 40)
    world = World(hq_engine, tmp_path)
    try:
        world.user("hq")
        device = world.device("laptop", "hq")
        generator = DemoGenerator(seed=5)
        with device.store.write(author="test") as writer:
            for _ in range(60):
                values = generator.organization()
                writer.create("organizations", {k: v for k, v in values.items() if k != "id"})
        device.sync()
        with hq_engine.connect() as connection:
            held = connection.execute(select(func.count()).select_from(records)).scalar_one()
        assert held >= 60
        if hq_engine.dialect.name == "postgresql":
            assert _records_known(hq_engine) == held
        with device.store.write(author="test") as writer:
            values = generator.organization()
            writer.create("organizations", {k: v for k, v in values.items() if k != "id"})
        device.sync()
        with hq_engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(records)).scalar_one() == held + 1
        if hq_engine.dialect.name == "postgresql":
            assert _records_known(hq_engine) == held  # one record: not analysed again
    finally:
        world.close()


def test_an_analysis_that_fails_is_logged_and_forgotten(
        hq_engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """ANALYZE failing (here: a table that does not exist) is a warning in the server's log,
    not an error of the round trip whose push has committed."""
    if hq_engine.dialect.name != "postgresql":
        pytest.skip("nothing is analysed on SQLite")
    monkeypatch.setattr(statistics, "ANALYZE_FROM_ROWS", 1)
    monkeypatch.setattr(statistics, "ANALYZED", ("records", "no_such_table"))
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        assert not TableStatistics().created(hq_engine, 10)
    assert "could not analyse" in caplog.text
