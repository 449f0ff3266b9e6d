"""Snapshot pages in columns (issue 15): headquarters sends whole rows at one version as
column blocks (``cols``: field names once, rows as arrays) when the device asks; the
replica inserts the rows it can take as they are in one tight pass and reads every other
one as the pulled row it stands for.

The property: whatever a block holds — good rows, values of the wrong kind, broken rules,
missing parents, malformed arrays, ids sent twice, erased people — a replica filled from
nothing that applies it in columns ends exactly as one that applies the same rows in the
pulled-row form: the same rows, versions, quarantine, rows asked for again and counts.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.search import search_organizations
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.replica import Replication
from sync.server.scopes import scope_for
from sync.server.service import DeviceContext, SyncService
from sync.server.snapshot import SnapshotService
from sync.wire import ColumnBlock, SnapshotPage, SnapshotRequest
from tests.sync import records

DEVICE = "ab" * 16


def _packed(clock: int) -> str:
    return f"{(1_700_000_000_000 << 16) + clock:x}.0"


def _columns(table: str) -> list[str]:
    return [name for name in REGISTRY.table(table).field_names if name != "id"]


def _row(table: str, record_id: str, values: dict[str, Any], clock: int) -> list[Any]:
    return [record_id, _packed(clock), *[values.get(name) for name in _columns(table)]]


ORGANIZATION_FAULTS: dict[str, Any] = {
    "good": None,
    "text is a number": ("name", 5),
    "unknown type": ("org_type", "not-a-type"),
    "no country": ("country", None),
    "bool is text": ("is_rlo", "yes"),
    "list of numbers": ("aliases", [1, 2]),
    "date is not one": ("verified_on", "yesterday"),
}
PARTICIPATION_FAULTS: dict[str, Any] = {
    "good": None,
    "negative": ("representatives", -1),
    "count is text": ("representatives", "3"),
    "count too large": ("representatives", 2**70),
    "unknown parent": ("organization_id", "missing"),
}
SHAPES = ["whole", "not an array", "short", "bad version", "twice"]


def _page(organizations: list[tuple[str, str]], participations: list[tuple[str, str, int]],
          erased: int) -> tuple[list[ColumnBlock], list[str]]:
    """Column blocks of organizations (fault, shape), an activity, participations (fault,
    shape, organization index) and contacts (some erased), with their ids."""
    ids = [str(uuid.UUID(int=index + 1)) for index in range(len(organizations))]
    org_rows: list[Any] = []
    clock = 1
    for record_id, (fault, shape) in zip(ids, organizations):
        values = records.organization(name=f"Organization {record_id[-4:]}")
        change = ORGANIZATION_FAULTS[fault]
        if change is not None:
            values = values | {change[0]: change[1]}
        row: Any = _row("organizations", record_id, values, clock)
        clock += 1
        if shape == "not an array":
            row = {"id": record_id}
        elif shape == "short":
            row = row[:-1]
        elif shape == "bad version":
            row[1] = "zz.9"
        org_rows.append(row)
        if shape == "twice":
            org_rows.append(_row("organizations", record_id, values | {"acronym": "TW"}, clock))
            clock += 1
    activity_id = str(uuid.UUID(int=10_000))
    activity = records.DEFAULTS["activities"] | {"title": "Workshop", "country": "KE",
                                                 "deleted": False}
    activity_values = {name: activity.get(name) for name in _columns("activities")}
    part_rows: list[Any] = []
    for index, (fault, shape, organization) in enumerate(participations):
        record_id = str(uuid.UUID(int=20_000 + index))
        values = records.DEFAULTS["participations"] | {
            "activity_id": activity_id, "deleted": False,
            "organization_id": ids[organization % len(ids)] if ids else str(uuid.uuid4())}
        change = PARTICIPATION_FAULTS[fault]
        if change is not None:
            values = values | {change[0]: str(uuid.UUID(int=99_999)) if change[1] == "missing"
                               else change[1]}
        row = _row("participations", record_id, values, clock)
        clock += 1
        if shape == "short":
            row = row[:-1]
        elif shape == "not an array":
            row = "participation"
        part_rows.append(row)
        if shape == "twice":
            part_rows.append(_row("participations", record_id, values | {"notes": "again"}, clock))
            clock += 1
    contact_rows: list[Any] = []
    for index in range(len(ids)):
        record_id = str(uuid.UUID(int=30_000 + index))
        values = records.DEFAULTS["contacts"] | {"organization_id": ids[index], "full_name": "A person",
                                                 "deleted": False}
        if index < erased:  # erased at headquarters: blank, with the date
            values = values | {"full_name": None, "consent_on": None, "erased_on": "2026-01-01"}
        contact_rows.append(_row("contacts", record_id, values, clock))
        clock += 1
    blocks = [ColumnBlock("organizations", _columns("organizations"), org_rows),
              ColumnBlock("activities", _columns("activities"),
                          [_row("activities", activity_id, activity_values, clock)]),
              ColumnBlock("contacts", _columns("contacts"), contact_rows),
              ColumnBlock("participations", _columns("participations"), part_rows)]
    return blocks, ids


def _fresh(folder: Path) -> tuple[Store, Replication]:
    store = Store.open(folder)
    replication = replication_for(store)
    replication.configure(server_url="http://127.0.0.1:9", user_name="someone")
    assert replication.snapshot_start() == ""
    return store, replication


def _holdings(store: Store) -> dict[str, Any]:
    """Rows with their versions (a row's one version written out per field), the
    quarantine and the rows asked for again."""
    found: dict[str, Any] = {}
    with store.engine.connect() as connection:
        for table in REGISTRY.names:
            names = ", ".join(REGISTRY.table(table).field_names)
            found[table] = sorted(
                tuple(str(v) for v in row[:-2]) + (json.dumps(
                    {name: (json.loads(row[-2]) if row[-2] else {}).get(name, row[-1])
                     for name in _columns(table)}, sort_keys=True),)
                for row in connection.execute(text(
                    f"SELECT {names}, sync_field_versions, sync_version FROM {table}")))
        found["quarantine"] = sorted(tuple(row) for row in connection.execute(text(
            "SELECT tbl, row_id, field, code, raw FROM sync_quarantine")))
        found["wanted"] = connection.execute(text("SELECT wanted FROM sync_state")).scalar()
    return found


def _apply(store: Store, replication: Replication, page: SnapshotPage) -> tuple[int, int]:
    outcome = replication.apply_snapshot_page(page, local_clock_ms=1_700_000_000_000)
    return outcome.pulled, outcome.quarantined


organization_cases = st.tuples(st.sampled_from(sorted(ORGANIZATION_FAULTS)),
                               st.sampled_from(SHAPES))
participation_cases = st.tuples(st.sampled_from(sorted(PARTICIPATION_FAULTS)),
                                st.sampled_from(["whole", "short", "not an array", "twice"]),
                                st.integers(0, 7))


@settings(max_examples=int(os.environ.get("LBD_PROPERTY_EXAMPLES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(organizations=st.lists(organization_cases, min_size=1, max_size=8),
       participations=st.lists(participation_cases, max_size=10),
       erased=st.integers(0, 2))
def test_columns_and_pulled_rows_end_the_same(tmp_path: Path, organizations: list[Any],
                                              participations: list[Any], erased: int) -> None:
    """Whatever a page's column blocks hold (good rows; values of the wrong kind; broken
    rules; a missing required value; a parent neither held nor in the page; arrays that
    are not rows or too short; an unreadable version; an id sent twice; erased people), a
    replica filled from nothing that applies them in columns holds exactly what one that
    applies the same rows as pulled rows holds: rows, versions, quarantine (with the row
    kept as it came), rows asked for again, and the same counts."""
    blocks, _ids = _page(organizations, participations, erased)
    folder = tmp_path / uuid.uuid4().hex
    columns_store, columns = _fresh(folder / "columns")
    rows_store, rows = _fresh(folder / "rows")
    try:
        in_columns = SnapshotPage(cursor=5, next=None, clock=1_700_000_000_000, blocks=blocks,
                                  devices=[DEVICE])
        as_rows = SnapshotPage(cursor=5, next=None, clock=1_700_000_000_000, devices=[DEVICE],
                               rows=[block.as_row(row) for block in blocks for row in block.rows])
        assert _apply(columns_store, columns, in_columns) == _apply(rows_store, rows, as_rows)
        assert _holdings(columns_store) == _holdings(rows_store)
    finally:
        columns_store.close()
        rows_store.close()


def test_a_good_block_is_inserted_whole_and_searchable(tmp_path: Path) -> None:
    """A block of good rows is inserted in full: every row held with its one version (kept
    once, as for a record made on the computer: no per-field list), and the organizations
    found by the search index built at the end."""
    blocks, ids = _page([("good", "whole")] * 5, [("good", "whole", i) for i in range(5)], 0)
    store, replication = _fresh(tmp_path / "device")
    try:
        pulled, quarantined = _apply(store, replication, SnapshotPage(
            cursor=9, next=None, clock=1_700_000_000_000, blocks=blocks, devices=[DEVICE]))
        assert (pulled, quarantined) == (5 + 1 + 5 + 5, 0)
        with store.engine.connect() as connection:
            found = [hit.id for hit in search_organizations(connection, "organization")]
            versions = connection.execute(text(
                "SELECT sync_version, sync_field_versions FROM organizations")).all()
        assert sorted(found) == sorted(ids)
        for version, field_versions in versions:  # the one version, kept once
            assert field_versions is None and version.endswith(DEVICE)
        assert replication.status().cursor == 9
    finally:
        store.close()


@pytest.mark.parametrize("asks_for_columns", [True, False])
def test_headquarters_sends_columns_only_to_a_device_that_asks(
        hq_engine: Any, asks_for_columns: bool, tmp_path: Path) -> None:
    """A device that asks for columns gets whole rows at one version in ``cols`` and the
    others (versions of their own) in ``rows``; one that does not ask (an older version)
    gets every row in ``rows``.  Both forms carry the same records with the same values
    and versions."""
    from lookingbeyond_desktop.headquarters import domain
    from sync.server.schema import counter
    from sync.server.schema import records as stored_records

    registry, validator = domain()
    version_one = f"{1:016x}{DEVICE}"
    version_two = f"{2:016x}{DEVICE}"
    organization = records.organization()
    with hq_engine.begin() as connection:
        connection.execute(stored_records.insert(), [
            {"tbl": "organizations", "id": str(uuid.UUID(int=1)), "deleted": False,
             "data": organization, "versions": dict.fromkeys(organization, version_one)},
            {"tbl": "organizations", "id": str(uuid.UUID(int=2)), "deleted": False,
             "data": organization, "versions": dict.fromkeys(organization, version_one)
             | {"name": version_two}},
        ])
        connection.execute(counter.update().values(seq=2))
    service = SnapshotService(SyncService(hq_engine, registry, validator=validator))
    device = DeviceContext("cd" * 16, "someone", scope_for("hq", [], None))
    page = service.page(device, SnapshotRequest(columns=asks_for_columns).encode())
    decoded = SnapshotPage.decode(page)
    if asks_for_columns:
        assert [(block.table, [row[0] for row in block.rows]) for block in decoded.blocks] == [
            ("organizations", [str(uuid.UUID(int=1))])]
        assert [row["i"] for row in decoded.rows] == [str(uuid.UUID(int=2))]
    else:
        assert "cols" not in page and decoded.blocks == []
        assert sorted(row["i"] for row in decoded.rows) == [str(uuid.UUID(int=1)), str(uuid.UUID(int=2))]
    every = [*decoded.rows, *(block.as_row(row) for block in decoded.blocks for row in block.rows)]
    by_id = {row["i"]: row for row in every}
    first = by_id[str(uuid.UUID(int=1))]
    assert {name: pair[0] for name, pair in first["f"].items()} == organization
    second = by_id[str(uuid.UUID(int=2))]
    assert second["f"]["name"][1] != second["f"]["country"][1]  # its own versions kept
