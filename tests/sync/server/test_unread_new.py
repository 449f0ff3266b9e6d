"""A device's first push takes its new records as new without reading them (service._push,
UNREAD_NEW_FROM_ROWS), within a savepoint; one headquarters holds already breaks the primary
key, the savepoint is undone, and the batch is applied again reading every record: on SQLite
and PostgreSQL (where the COPY of the records fails) alike."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from sync.server import accounts
from sync.server import service as service_module
from sync.server.schema import named_changelog, records
from sync.server.scopes import scope_for
from sync.server.service import DeviceContext
from sync.wire import COLUMNS_VERSION, ColumnBlock, PushBatch, SyncRequest
from tests.sync import records as valid
from tests.sync.credentials import PASSWORD
from tests.sync.test_push_columns import NOW, _columns, _row, _service

DEVICE = "ab" * 16


def _organizations(count: int, start: int) -> list[list[Any]]:
    return [_row("organizations", str(uuid.UUID(int=start + n)),
                 valid.organization(name=f"Organization {start + n}"), start + n) for n in range(count)]


def _push(engine: Engine, first: int, rows: list[list[Any]]) -> dict[str, Any]:
    device = DeviceContext(DEVICE, "hq", scope_for("hq", [], None))
    block = ColumnBlock("organizations", _columns("organizations"), rows)
    return _service(engine).sync(device, SyncRequest(
        version=COLUMNS_VERSION, clock=NOW, devices=[DEVICE],
        push=PushBatch(first, first, [], [block])).encode())


def test_a_record_held_already_is_applied_again_reading_it(
        hq_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Five organizations pushed; then a batch of ten new ones that holds one of the five
    again (sent as new): the first attempt breaks the primary key and is undone, the
    second reads the records and applies the batch: fifteen records stored once each, no
    refusal, one change-log entry for each of the new ten (the one held changed nothing)."""
    monkeypatch.setattr(service_module, "UNREAD_NEW_FROM_ROWS", 1)
    with hq_engine.begin() as connection:
        hq = accounts.add_user(connection, "hq", PASSWORD, role="hq")
        accounts.enrol_device(connection, hq, DEVICE, "hq laptop")
    first = _organizations(5, 100)
    assert _push(hq_engine, 1, first)["refused"] == []
    statements: list[str] = []
    event.listen(hq_engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_: statements.append(statement.upper()))
    answer = _push(hq_engine, 2, [first[2], *_organizations(10, 200)])
    assert answer["refused"] == [] and answer["pushed"] == 2
    assert any("ROLLBACK TO SAVEPOINT" in statement for statement in statements)
    with hq_engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(records)).scalar_one() == 15
        assert connection.execute(select(func.count()).select_from(named_changelog)).scalar_one() == 15


def test_a_refused_new_record_not_held_leaves_the_attempt_standing(
        hq_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A row of a first push that breaks a rule, for a record headquarters does not hold, is
    refused as it would have been with the records read, without applying the batch again
    (no savepoint rolled back); the good rows are stored, and the refusal says the record
    is not held."""
    monkeypatch.setattr(service_module, "UNREAD_NEW_FROM_ROWS", 1)
    with hq_engine.begin() as connection:
        hq = accounts.add_user(connection, "hq", PASSWORD, role="hq")
        accounts.enrol_device(connection, hq, DEVICE, "hq laptop")
    bad = _row("organizations", str(uuid.UUID(int=999)),
               valid.organization(name="Bad", org_type="not-a-type"), 999)
    statements: list[str] = []
    event.listen(hq_engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_: statements.append(statement.upper()))
    answer = _push(hq_engine, 1, [*_organizations(4, 300), bad])
    assert [(refusal["i"], refusal.get("held", False)) for refusal in answer["refused"]] == [
        (str(uuid.UUID(int=999)), False)]
    assert not any("ROLLBACK TO SAVEPOINT" in statement for statement in statements)
    with hq_engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(records)).scalar_one() == 4
