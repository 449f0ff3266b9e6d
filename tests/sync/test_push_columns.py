"""A device's new records pushed in columns (issue 15: the first push of a whole region).

A device that heard ``push_cols`` from headquarters sends the records it made and has not
yet sent, every field at one version, as column blocks (``push.cols``: field names once,
each row ``[id, version, value, ...]``).  Headquarters stores a row that is plainly a new
record the device may write through a short path and reads every other row as the pushed
row it stands for (``ColumnBlock.as_row``), with every check.

The property: whatever the blocks hold — good rows, values of the wrong kind, broken rules,
missing or merged-away parents, records headquarters already has, rows out of the device's
scope, erasures, merges, other devices' versions, clocks far ahead, malformed arrays, ids
sent twice — headquarters that takes them in columns ends exactly as one that takes the
same rows in the row form: the same records, versions, keys, references, change log,
conflicts, counter and answer.
"""

from __future__ import annotations

import functools
import gc
import os
import shutil
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, event, select

from lookingbeyond_desktop.headquarters import domain
from sync.server import accounts, packer
from sync.server import service as service_module
from sync.server.database import init_database, make_engine
from sync.server.schema import (
    LOGGED_AUTHOR,
    DeviceNames,
    LOGGED_DEVICE,
    LOGGED_USER,
    audited_changelog,
    changelog,
    ENTRY_SEQ,
    conflicts,
    counter,
    records,
    withdrawals,
)
from sync.server.scopes import scope_for
from sync.server.service import DeviceContext, SyncService
from tests.sync.server.migrations import named_references
from sync.wire import (
    COLUMNS_VERSION,
    MAX_LIST,
    MAX_TEXT,
    PROTOCOL_VERSION,
    ColumnBlock,
    PushBatch,
    SyncRequest,
    record_bytes,
    record_fits,
)
from tests.sync import records as valid
from tests.sync.credentials import PASSWORD

DEVICE = "ab" * 16
OTHER = "cd" * 16
NOW = 1_700_000_000_000
EXISTING = str(uuid.UUID(int=1))  # an organization headquarters has (Kenya)
MERGED = str(uuid.UUID(int=2))  # merged into EXISTING
ABROAD = str(uuid.UUID(int=3))  # an organization of Uganda
ACTIVITY = str(uuid.UUID(int=4))  # an activity in Kenya
CONTACT = str(uuid.UUID(int=5))  # a contact of EXISTING


def _columns(table: str) -> list[str]:
    registry, _validator = domain()
    return [name for name in registry.table(table).field_names if name != "id"]


def _packed(clock: int, device: int = 0) -> str:
    return f"{((NOW << 16) + clock):x}.{device}"


def _row(table: str, record_id: str, values: dict[str, Any], clock: int, device: int = 0) -> list[Any]:
    return [record_id, _packed(clock, device), *[values.get(name) for name in _columns(table)]]


ORGANIZATION_CASES: dict[str, Any] = {
    "good": {},
    "not ASCII": {"name": "Fundación Ñandú — جمعية"},
    "text is a number": {"name": 5},
    "unknown type": {"org_type": "not-a-type"},
    "no country": {"country": None},
    "bool is text": {"is_rlo": "yes"},
    "list of numbers": {"aliases": [1, 2]},
    "date is not one": {"verified_on": "yesterday"},
    "NUL in text": {"notes": "a\x00b"},
    "a lone surrogate": {"notes": "caf\udce9"},
    "text too long": {"notes": "x" * (MAX_TEXT + 1)},
    "a list too long": {"aliases": ["a"] * (MAX_LIST + 1)},
    "a list of lists": {"aliases": [["a"]]},
    "a date of another kind": {"verified_on": 20240101},
    "abroad": {"country": "UG"},
    "at risk": {"at_risk": True},
    "merged": {"merged_into": EXISTING, "deleted": True},
    "merged and live": {"merged_into": EXISTING},
    "deleted": {"deleted": True},
}
SHAPES = ["whole", "already held", "another device", "clock ahead", "bad version",
          "not an array", "short", "twice"]
PARENTS = ["pushed", "existing", "merged", "abroad", "missing"]
PARTICIPATION_CASES: dict[str, Any] = {
    "good": {},
    "negative": {"representatives": -1},
    "count is text": {"representatives": "3"},
    "count too large": {"representatives": 2**70},
    "count is a flag": {"representatives": True},
    "contact of another organization": {"contact_id": CONTACT},
}


def _organizations(cases: list[tuple[str, str]]) -> tuple[ColumnBlock, list[str]]:
    rows: list[Any] = []
    ids: list[str] = []
    for index, (case, shape) in enumerate(cases):
        record_id = EXISTING if shape == "already held" else str(uuid.UUID(int=100 + index))
        ids.append(record_id)
        values = valid.organization(name=f"Organization {index}") | ORGANIZATION_CASES[case]
        clock, device = 10 + index, 0
        if shape == "another device":
            device = 1
        elif shape == "clock ahead":
            clock += 3_600_000 << 16  # an hour ahead of headquarters' clock
        row: Any = _row("organizations", record_id, values, clock, device)
        if shape == "bad version":
            row[1] = "zz.9"
        elif shape == "not an array":
            row = {"id": record_id}
        elif shape == "short":
            row = row[:-1]
        rows.append(row)
        if shape == "twice":
            rows.append(_row("organizations", record_id, values | {"acronym": "TW"}, clock + 500))
    return ColumnBlock("organizations", _columns("organizations"), rows), ids


def _participations(cases: list[tuple[str, str, int]], pushed: list[str]) -> ColumnBlock:
    rows: list[Any] = []
    for index, (case, parent, which) in enumerate(cases):
        organization = {"pushed": pushed[which % len(pushed)] if pushed else EXISTING,
                        "existing": EXISTING, "merged": MERGED, "abroad": ABROAD,
                        "missing": str(uuid.UUID(int=99_999))}[parent]
        values = valid.DEFAULTS["participations"] | {
            "activity_id": ACTIVITY, "organization_id": organization, "deleted": False,
        } | PARTICIPATION_CASES[case]
        rows.append(_row("participations", str(uuid.UUID(int=1_000 + index)), values, 2_000 + index))
    return ColumnBlock("participations", _columns("participations"), rows)


def _contacts(count: int, erased: int, pushed: list[str]) -> ColumnBlock:
    rows = []
    for index in range(count):
        values = valid.DEFAULTS["contacts"] | {
            "organization_id": pushed[index % len(pushed)] if pushed else EXISTING,
            "full_name": "A person", "deleted": False}
        if index < erased:
            values |= {"full_name": None, "erased_on": "2026-01-01"}
        rows.append(_row("contacts", str(uuid.UUID(int=3_000 + index)), values, 3_000 + index))
    return ColumnBlock("contacts", _columns("contacts"), rows)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A headquarters database holding users, two devices and a few records (one
    organization merged into another, one abroad, an activity, a contact), copied for
    each headquarters of each example."""
    folder = tmp_path_factory.mktemp("push-columns")
    engine = make_engine(f"sqlite:///{folder / 'hq.db'}")
    init_database(engine)
    _seed(engine)
    engine.dispose()
    return folder / "hq.db"


def _seed(engine: Engine) -> None:
    with engine.begin() as connection:
        hq = accounts.add_user(connection, "hq", PASSWORD, role="hq")
        field = accounts.add_user(connection, "kenya", PASSWORD, role="field", countries=["KE"])
        accounts.enrol_device(connection, hq, "ef" * 16, "seeding laptop")
        accounts.enrol_device(connection, hq, DEVICE, "hq laptop")
        accounts.enrol_device(connection, field, OTHER, "field laptop")
    seeding = DeviceContext("ef" * 16, "hq", scope_for("hq", [], None))
    contact = valid.DEFAULTS["contacts"] | {"organization_id": EXISTING, "full_name": "Someone",
                                            "deleted": False}
    activity = valid.DEFAULTS["activities"] | {"title": "Workshop", "country": "KE", "deleted": False}
    blocks = [
        ColumnBlock("organizations", _columns("organizations"), [
            _row("organizations", EXISTING, valid.organization(name="Held"), 1),
            _row("organizations", MERGED, valid.organization(name="Merged"), 2),
            _row("organizations", ABROAD, valid.organization(name="Abroad", country="UG"), 3)]),
        ColumnBlock("activities", _columns("activities"), [_row("activities", ACTIVITY, activity, 4)]),
        ColumnBlock("contacts", _columns("contacts"), [_row("contacts", CONTACT, contact, 5)]),
    ]
    rows = [block.as_row(row) for block in blocks for row in block.rows]
    merge = {"t": "organizations", "i": MERGED, "v": _packed(6),
             "f": {"merged_into": [EXISTING], "deleted": [True]}}
    service = _service(engine)
    answer = service.sync(seeding, SyncRequest(clock=NOW, devices=["ef" * 16],
                                               push=PushBatch(1, 2, [*rows, merge])).encode())
    assert answer["refused"] == []


def _service(engine: Engine) -> SyncService:
    registry, validator = domain()
    return SyncService(engine, registry, validator=validator, now_ms=lambda: NOW + 10_000)


def _holdings(engine: Engine) -> dict[str, Any]:
    """Everything a push writes, without the wall-clock times and random ids."""
    with engine.connect() as connection:
        def rows(statement: Any) -> list[tuple[Any, ...]]:
            return sorted((tuple(repr(value) for value in row) for row in connection.execute(statement)))
        return {
            "records": sorted((row.tbl, row.id, sorted(row.data.items(), key=str),
                               sorted(row.versions.of(row.data, DeviceNames(connection)).items()), row.deleted,
                               sorted(row.scope_keys))
                              for row in connection.execute(select(records))),
            # by the records' names: row ids depend on the order of creation
            "refs": [tuple(repr(value) for value in row) for row in named_references(connection)],
            "changelog": rows(select(ENTRY_SEQ, records.c.tbl, records.c.id, changelog.c.fields,
                                     LOGGED_DEVICE, changelog.c.what, changelog.c.changed,
                                     LOGGED_USER, LOGGED_AUTHOR)
                              .select_from(audited_changelog)),
            "conflicts": rows(select(conflicts.c.seq, conflicts.c.tbl, conflicts.c.row_id, conflicts.c.field,
                                     conflicts.c.kind, conflicts.c.winner_value, conflicts.c.winner_version,
                                     conflicts.c.loser_value, conflicts.c.loser_version)),
            "withdrawals": rows(select(withdrawals)),
            "counter": rows(select(counter)),
        }


def _push(template: Path, folder: Path, device: DeviceContext, blocks: list[ColumnBlock],
          in_columns: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    folder.mkdir(parents=True)
    shutil.copyfile(template, folder / "hq.db")
    engine = make_engine(f"sqlite:///{folder / 'hq.db'}")
    try:
        if in_columns:
            batch = PushBatch(1, 1, [], blocks)
        else:
            batch = PushBatch(1, 1, [block.as_row(row) for block in blocks for row in block.rows])
        answer = _service(engine).sync(device, SyncRequest(
            version=COLUMNS_VERSION if in_columns else PROTOCOL_VERSION, clock=NOW, devices=[DEVICE if device.device_id == DEVICE else OTHER, "99" * 16],
            push=batch).encode())
        answer.pop("clock")
        # A row that is not even an array is refused where its block is, and in the row
        # form where a row naming no table goes (last): the same refusals.
        answer["refused"].sort(key=repr)
        for conflict in answer["conflicts"]:  # a random id and the wall-clock time
            del conflict["id"], conflict["at"]
        return answer, _holdings(engine)
    finally:
        engine.dispose()


def _device(role: str) -> DeviceContext:
    if role == "hq":
        return DeviceContext(DEVICE, "hq", scope_for("hq", [], None))
    return DeviceContext(OTHER, "kenya", scope_for("field", ["KE"], None))


organization_cases = st.tuples(st.sampled_from(sorted(ORGANIZATION_CASES)), st.sampled_from(SHAPES))
participation_cases = st.tuples(st.sampled_from(sorted(PARTICIPATION_CASES)), st.sampled_from(PARENTS),
                                st.integers(0, 7))


@pytest.mark.parametrize("mode", ["read", "unread", "checked apart"])
@settings(max_examples=int(os.environ.get("LBD_PROPERTY_EXAMPLES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(role=st.sampled_from(["hq", "field"]),
       organizations=st.lists(organization_cases, max_size=8),
       participations=st.lists(participation_cases, max_size=8),
       contacts=st.integers(0, 3), erased=st.integers(0, 2))
def test_columns_and_rows_end_the_same(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       mode: str, role: str, organizations: list[Any],
                                       participations: list[Any], contacts: int, erased: int) -> None:
    """Whatever a push's column blocks hold (good rows, text that is not ASCII, values of the
    wrong kind or with NUL, broken rules, organizations out of a field device's scope or at
    risk, merges made and parents merged away, records headquarters already has, another
    device's versions, a clock an hour ahead, unreadable versions, arrays that are not rows
    or too short, ids sent twice, missing parents, erasures the device may not make),
    headquarters that takes them in columns holds and answers exactly what one that takes
    the same rows in the row form holds and answers.  ``unread``: the blocks' records are
    first taken as new without reading them, as for a device's first push (a record held or
    a refusal undoes that attempt and applies the batch again reading them); ``checked
    apart``: besides, the domain's rules that read only the record are checked by the
    worker process while the blocks are applied (a row stored without them that breaks
    them undoes the attempt too)."""
    monkeypatch.setattr(service_module, "UNREAD_NEW_FROM_ROWS", 10**9 if mode == "read" else 0)
    monkeypatch.setattr(packer, "CHECK_APART_FROM_ROWS", 1 if mode == "checked apart" else 10**9)
    organization_block, ids = _organizations(organizations)
    blocks = [organization_block, _contacts(contacts, erased, [i for i in ids if i != EXISTING]),
              _participations(participations, ids)]
    device = _device(role)
    folder = tmp_path / uuid.uuid4().hex
    in_columns = _push(template, folder / "columns", device, blocks, True)
    as_rows = _push(template, folder / "rows", device, blocks, False)
    assert in_columns == as_rows


def test_a_good_block_is_stored_whole(template: Path, tmp_path: Path) -> None:
    """Good new records in columns are all stored, each field at the row's one version,
    with their keys, references and one change-log entry each, and the answer says that
    this headquarters takes columns."""
    organizations, ids = _organizations([("good", "whole")] * 3)
    blocks = [organizations, _contacts(3, 0, ids), _participations([("good", "pushed", i) for i in range(3)], ids)]
    answer, held = _push(template, tmp_path / "hq", _device("field"), blocks, True)
    assert answer["refused"] == [] and answer["pushed"] == 1 and answer["push_cols"] is True
    stored = {row[1]: row for row in held["records"]}
    for record_id in ids:
        versions = dict(stored[record_id][3])
        assert len(set(versions.values())) == 1 and set(versions) == set(_columns("organizations"))
        assert "c:KE" in stored[record_id][5]
    assert sum(1 for entry in held["changelog"] if entry[4] == repr(OTHER)) == 9
    assert len([ref for ref in held["refs"] if ref[2] == "'participations'"]) == 6  # activity and organization


def test_a_first_push_reads_none_of_its_new_records(template: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A large push of new records in columns (here: from one row) does not read them from
    headquarters' records before storing them, and stores them as a push that reads them
    does; one that names a record headquarters holds is applied again, reading them."""
    monkeypatch.setattr(service_module, "UNREAD_NEW_FROM_ROWS", 1)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    organizations, ids = _organizations([("good", "whole")] * 3)
    blocks = [organizations, _contacts(3, 0, ids)]
    original = make_engine

    def engine_with_listener(*args: Any, **kwargs: Any) -> Engine:
        engine = original(*args, **kwargs)
        event.listen(engine, "before_cursor_execute", seen)
        return engine

    monkeypatch.setattr(sys.modules[__name__], "make_engine", engine_with_listener)
    unread = _push(template, tmp_path / "unread", _device("field"), blocks, True)
    new_ids = set(ids) | {row[0] for row in blocks[1].rows}
    assert not [s for s, p in statements if s.lstrip().upper().startswith("SELECT")
                and new_ids & set(_flat(p))]
    assert "ROLLBACK TO SAVEPOINT" not in " ".join(s.upper() for s, _p in statements)
    monkeypatch.setattr(service_module, "UNREAD_NEW_FROM_ROWS", 10**9)
    assert _push(template, tmp_path / "read", _device("field"), blocks, True) == unread
    # One of them held already (a batch sent again after a lost answer): applied again.
    statements.clear()
    monkeypatch.setattr(service_module, "UNREAD_NEW_FROM_ROWS", 1)
    held = [ColumnBlock("organizations", organizations.columns,
                        [*organizations.rows, _row("organizations", EXISTING, valid.organization(name="Held"), 9)])]
    again = _push(template, tmp_path / "held-unread", _device("hq"), held, True)
    assert "ROLLBACK TO SAVEPOINT" in " ".join(s.upper() for s, _p in statements)
    monkeypatch.setattr(service_module, "UNREAD_NEW_FROM_ROWS", 10**9)
    assert _push(template, tmp_path / "held-read", _device("hq"), held, True) == again


def test_a_first_push_has_the_rules_of_its_records_checked_by_the_worker(
        template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first push's block of at least CHECK_APART_FROM_ROWS rows is sent to headquarters'
    worker process to be checked against the domain's rules that read only the record, and
    applied meanwhile in one attempt when none breaks them.  One organization of an unknown
    type among them: the attempt is undone and the batch applied again with every rule in
    the serve process, that row refused for its type, the others stored: exactly what a
    push checked wholly in the serve process holds and answers."""
    monkeypatch.setattr(service_module, "UNREAD_NEW_FROM_ROWS", 1)
    monkeypatch.setattr(packer, "CHECK_APART_FROM_ROWS", 3)
    sent: list[bytes] = []
    round_trip = packer._round_trip

    def counted(process: Any, request: Any) -> list[bytes]:
        sent.append(request[0])
        return round_trip(process, request)

    attempts: list[bool] = []
    apply_batch = SyncService._apply_batch

    def attempt(self: SyncService, *arguments: Any, read_new: bool, **named: Any) -> Any:
        attempts.append(read_new)
        return apply_batch(self, *arguments, read_new=read_new, **named)

    monkeypatch.setattr(packer, "_round_trip", counted)
    monkeypatch.setattr(SyncService, "_apply_batch", attempt)
    good, ids = _organizations([("good", "whole")] * 4)
    answer, held = _push(template, tmp_path / "good", _device("field"), [good], True)
    assert answer["refused"] == [] and sent == [packer.CHECK] and attempts == [False]
    assert {row[1] for row in held["records"]} >= set(ids)

    sent.clear(), attempts.clear()
    broken, ids = _organizations([("good", "whole"), ("unknown type", "whole"), ("good", "whole")])
    apart = _push(template, tmp_path / "broken", _device("field"), [broken], True)
    assert sent == [packer.CHECK] and attempts == [False, True]
    refused = apart[0]["refused"]
    assert [(r["i"], r["code"]) for r in refused] == [(ids[1], "invalid_record")]
    assert "not a known organization type" in refused[0]["reason"]
    assert {row[1] for row in apart[1]["records"]} >= {ids[0], ids[2]}
    monkeypatch.setattr(packer, "CHECK_APART_FROM_ROWS", 10**9)
    assert _push(template, tmp_path / "here", _device("field"), [broken], True) == apart


def test_a_first_push_whose_worker_dies_during_the_check_is_checked_here(
        template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """The worker killed as a first push's block is sent to it to be checked: the serve
    process checks the rows itself, with a warning naming only the error's kind, and
    headquarters holds and answers exactly what a push checked wholly in the serve process
    does (the organization of an unknown type refused, the others stored)."""
    monkeypatch.setattr(service_module, "UNREAD_NEW_FROM_ROWS", 1)
    monkeypatch.setattr(packer, "CHECK_APART_FROM_ROWS", 3)
    round_trip = packer._round_trip

    def killed_at_the_check(process: Any, request: Any) -> list[bytes]:
        if request[0] == packer.CHECK:
            process.kill()
            process.wait(10)
        return round_trip(process, request)

    monkeypatch.setattr(packer, "_round_trip", killed_at_the_check)
    broken, ids = _organizations([("good", "whole"), ("unknown type", "whole"), ("good", "whole")])
    with caplog.at_level("WARNING", logger="lookingbeyond.server"):
        apart = _push(template, tmp_path / "killed", _device("field"), [broken], True)
    assert "the packing worker failed, checking in the serve process" in caplog.text
    assert "Organization" not in caplog.text
    assert [(r["i"], r["code"]) for r in apart[0]["refused"]] == [(ids[1], "invalid_record")]
    monkeypatch.setattr(packer, "_round_trip", round_trip)
    monkeypatch.setattr(packer, "CHECK_APART_FROM_ROWS", 10**9)
    assert _push(template, tmp_path / "here", _device("field"), [broken], True) == apart


def _flat(parameters: Any) -> list[Any]:
    """A statement's parameters as one flat list (lists of ids included)."""
    found: list[Any] = []
    items = parameters.values() if isinstance(parameters, dict) else parameters or ()
    for item in items:
        if isinstance(item, (list, tuple, dict)):
            found.extend(_flat(item))
        else:
            found.append(item)
    return found


def test_a_column_push_reaches_a_real_headquarters_and_another_device(world: Any) -> None:
    """End to end on both backends: a laptop's records travel in columns once headquarters
    has said it takes them (the first batch goes as rows), every record arrives, and a
    second laptop pulls exactly what the first holds."""
    from lookingbeyond_desktop.demo import generate

    source = world.device("source", "hq")
    generate(source.store, organizations=40, seed=5)
    source.client.push_bytes = 8 * 1024  # several batches: the first as rows, the rest in columns
    sent: list[int] = []
    build = source.replication.build_push

    @functools.wraps(build)  # keeps the signature the client reads (``columns``, ``after``)
    def counting(**options: Any) -> Any:
        batch = build(**options)
        if batch is not None:
            sent.append(sum(len(block.rows) for block in batch.blocks))
        return batch

    source.replication.build_push = counting  # type: ignore[method-assign]
    report = source.sync()
    assert report.refused == 0 and sent[0] == 0 and sum(sent) > 0
    other = world.device("other", "hq")
    other.sync()
    for table in ("organizations", "contacts", "activities", "participations", "grants"):
        with source.store.engine.connect() as a, other.store.engine.connect() as b:
            from sqlalchemy import text

            query = text(f"SELECT id FROM {table} ORDER BY id")
            assert a.execute(query).all() == b.execute(query).all()


def _held(engine: Engine, table: str) -> set[str]:
    """The ids of ``table`` headquarters holds."""
    with engine.connect() as connection:
        return set(connection.execute(select(records.c.id).where(records.c.tbl == table)).scalars())


def _local(device: Any, table: str) -> set[str]:
    """The ids of ``table`` a laptop holds."""
    with device.store.engine.connect() as connection:
        return {row[0] for row in connection.exec_driver_sql(f"SELECT id FROM {table}")}


def test_a_wipe_waits_for_the_records_sent_in_columns(world: Any, hq_engine: Engine) -> None:
    """A laptop ordered wiped that holds many records it never sent: every batch is
    applied, those carrying only column blocks included, before it is told to erase
    (**defect found** in review: a push of blocks alone counted as nothing to send, and
    headquarters ordered the erasure with a third of the records never stored)."""
    from lookingbeyond_desktop.demo import generate
    from sync.client import SyncError

    laptop = world.device("LAPTOP", "hq")
    laptop.sync()
    generate(laptop.store, organizations=40, seed=7)
    laptop.client.push_bytes = 8 * 1024  # several batches: the last ones blocks only
    with hq_engine.begin() as connection:
        accounts.request_wipe(connection, laptop.store.device_id)
    with pytest.raises(SyncError) as raised:
        laptop.sync()
    assert raised.value.code == "device_wipe"
    for table in ("organizations", "contacts", "participations"):
        assert _held(hq_engine, table) >= _local(laptop, table), table


def test_a_headquarters_of_before_columns_gets_the_records_as_rows(
        world: Any, hq_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Behind one address, an instance that does not take column blocks (a rolling upgrade,
    a rollback) refuses a request carrying them whole (``protocol_unsupported``: it says
    protocol 4, an older headquarters serves 3) instead of acknowledging records it never
    read; the laptop sends the same changes again as rows, and every record arrives."""
    from lookingbeyond_desktop.demo import generate
    import sync.wire

    laptop = world.device("LAPTOP", "hq")
    generate(laptop.store, organizations=40, seed=9)
    laptop.client.push_bytes = 8 * 1024
    monkeypatch.setattr(sync.wire, "COLUMNS_VERSION", 3)  # headquarters serves protocol 3 only
    seen: list[int] = []

    def status(response: Any, *args: Any, **kwargs: Any) -> None:
        if response.request.path_url.endswith("/v1/sync"):
            seen.append(response.status_code)

    laptop.client.session.hooks["response"].append(status)
    report = laptop.sync()
    assert 426 in seen and report.refused == 0 and laptop.replication.status().pending == 0
    for table in ("organizations", "contacts", "participations", "activities", "grants"):
        assert _held(hq_engine, table) == _local(laptop, table), table


def test_column_blocks_need_the_protocol_that_names_them() -> None:
    """A request whose push carries column blocks and says protocol 3 is refused
    (``bad_request``): only a device that knows an older headquarters refuses protocol 4
    sends them."""
    from sync.wire import ProtocolError

    block = {"t": "organizations", "c": ["name"], "r": []}
    document = {"v": PROTOCOL_VERSION, "cursor": 0, "push": {"from": 1, "upto": 1, "rows": [], "cols": [block]}}
    with pytest.raises(ProtocolError) as refused:
        SyncRequest.decode(document)
    assert refused.value.code == "bad_request"
    assert SyncRequest.decode({**document, "v": COLUMNS_VERSION}).push is not None


_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.text(max_size=300), st.lists(st.text(max_size=40), max_size=20),
    st.lists(st.integers(), max_size=5))


@settings(max_examples=300, deadline=None)
@given(record=st.dictionaries(st.text(min_size=1, max_size=20), _VALUES, max_size=12),
       limit=st.integers(0, 3_000))
def test_the_quick_size_check_agrees_with_the_encoded_size(record: dict[str, Any], limit: int) -> None:
    """``record_fits`` (headquarters' size check, which encodes only a record near the
    limit) says a record fits exactly when its compact JSON (``record_bytes``) is within the
    limit: any text (escapes, control characters, other scripts), numbers of any size,
    lists, nulls."""
    assert record_fits(record, limit) == (record_bytes(record) <= limit)


@pytest.mark.parametrize("rows, paused", [(3, True), (2, False)])
def test_a_large_push_is_applied_with_the_cycle_collector_paused(
        template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: int, paused: bool) -> None:
    """A push of at least PAUSE_COLLECTOR_FROM_ROWS rows (a device's first push) is read,
    checked and written with Python's cycle collector paused, a smaller one with it
    running; either way it runs again once the push is applied, and even when applying it
    fails half-way."""
    from sync.server import service as service_module

    monkeypatch.setattr(service_module, "PAUSE_COLLECTOR_FROM_ROWS", 3)
    seen: list[bool] = []
    applying = SyncService._apply_block

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return applying(*args, **kwargs)

    monkeypatch.setattr(SyncService, "_apply_block", watched)
    organizations, _ids = _organizations([("good", "whole")] * rows)
    assert gc.isenabled()
    answer, held = _push(template, tmp_path / "hq", _device("field"), [organizations], True)
    assert answer["refused"] == [] and len(held["records"]) == 5 + rows  # the seed's and these
    assert seen == [not paused] and gc.isenabled()

    def failing(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        raise OSError("disk full")

    monkeypatch.setattr(SyncService, "_flush", failing)
    seen.clear()
    with pytest.raises(OSError):
        _push(template, tmp_path / "failing", _device("field"), [organizations], True)
    assert seen == [not paused, not paused] and gc.isenabled()
