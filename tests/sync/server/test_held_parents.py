"""The parents a push leaves for the next push of the same process (sync.server.held): taken
only while nothing has written since, so a parent changed by another process, or by anything
else that takes the counter lock, is read again.  On SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, Text, event, func, select

from lookingbeyond_desktop.demo import DemoGenerator
from sync.server import held
from sync.server.database import make_engine
from sync.server.held import Held, HeldRecords
from sync.server.schema import pack_keys, records
from sync.server.service import _Batch
from tests.sync.world import World

KEYS = pack_keys({"c:KE"})  # as stored (" KE " since migration 0028)


def _organization(generator: DemoGenerator) -> dict[str, Any]:
    return {k: v for k, v in generator.organization().items() if k != "id"}


def _contact(generator: DemoGenerator, organization_id: str) -> dict[str, Any]:
    values = generator.contact({**generator.organization(), "id": organization_id})
    return {k: v for k, v in values.items() if k != "id"} | {"organization_id": organization_id}


class _Reads:
    """The statements an engine runs that read ``records`` of one table by id."""

    def __init__(self, engine: Engine, table: str) -> None:
        self.found: list[str] = []
        self.table = table
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        flat = parameters if isinstance(parameters, (list, tuple)) else list((parameters or {}).values())
        if statement.lstrip().upper().startswith("SELECT") and " FROM records " in f"{statement} " \
                and self.table in flat:
            self.found.append(statement)


def test_a_keeper_gives_entries_only_at_the_state_they_were_given_at() -> None:
    """Entries given at a counter state are taken at that state alone; taking empties the
    keeper (a push that fails gives nothing back); past the limit the oldest go."""
    keeper = HeldRecords(limit=2)
    entry = Held(False, KEYS, ("merged_into",), (None,), 1)
    keeper.give((5, 50), {("organizations", "a"): entry, ("organizations", "b"): entry,
                          ("organizations", "c"): entry})
    assert len(keeper) == 2
    assert keeper.take((6, 60)) == {}  # another writer moved the counter
    assert keeper.take((5, 50)) == {}  # emptied by the take before
    keeper.give((7, 70), {("organizations", "a"): entry, ("organizations", "b"): entry,
                          ("organizations", "c"): entry})
    assert set(keeper.take((7, 70))) == {("organizations", "b"), ("organizations", "c")}
    assert len(keeper) == 0
    # A round trip that committed before another, giving after it: its older entries are
    # not kept over the newer.
    keeper.give((9, 90), {("organizations", "new"): entry})
    keeper.give((8, 80), {("organizations", "old"): entry})
    assert set(keeper.take((9, 90))) == {("organizations", "new")}


def test_records_whose_participants_changed_are_not_kept() -> None:
    """What a batch leaves holds the parents it read and the parents it wrote, the most
    recently read or written last, and not the activities whose ``p:`` keys the batch
    recomputes after it (grown, or joined by new participants)."""
    read = Held(False, KEYS, (), (), 2)
    batch = _Batch(None)  # type: ignore[arg-type]  # held_after reads no database
    batch.read = {("activities", "grown"): read, ("activities", "joined"): read,
                  ("activities", "kept"): read}
    batch.grown = {("activities", "grown")}
    batch.joined = {("activities", "joined"): {"p:x"}}
    batch.records = {("organizations", "written"): {"data": {"merged_into": None}, "deleted": False,
                                                   "versions": {}}}
    batch.keys = {("organizations", "written"): {"c:KE"}}
    batch.rids = {("organizations", "written"): 7}
    kept = {("activities", "kept"): read, ("organizations", "older"): read}
    left = batch.held_after(frozenset({"activities", "organizations"}), kept,
                            {"contacts": ("organization_id",)})
    assert list(left) == [("organizations", "older"), ("activities", "kept"), ("organizations", "written")]
    assert left[("organizations", "written")] == Held(False, KEYS, ("merged_into",), (None,), 7)


def test_the_next_push_takes_the_parents_the_last_one_wrote(world: World) -> None:
    """A push of organizations leaves them for the next push: the contacts pushed after
    them are stored without reading their organizations again."""
    generator = DemoGenerator(seed=11)
    device = world.device("laptop", "hq")
    with device.write() as writer:
        organizations = [writer.create("organizations", _organization(generator)) for _ in range(3)]
    device.sync()
    assert len(held.for_engine(world.engine)) >= 3
    reads = _Reads(world.engine, "organizations")
    with device.write() as writer:
        for organization_id in organizations:
            writer.create("contacts", _contact(generator, organization_id))
    report = device.sync()
    assert report.refused == 0
    assert reads.found == []
    with world.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(records)
                                  .where(records.c.tbl == "contacts")).scalar_one() == 3


@contextlib.contextmanager
def _second_process(world: World, tmp_path: Path) -> Iterator[World]:
    """Another serve process on the same database: an engine (and keeper) of its own."""
    engine = make_engine(world.engine.url.render_as_string(hide_password=False))
    other = World(engine, tmp_path / "second")
    try:
        yield other
    finally:
        other.close()
        engine.dispose()


def test_a_parent_another_process_deleted_is_read_again(world: World, tmp_path: Path) -> None:
    """A laptop pushes an organization through one process, which keeps it; another
    process takes a second laptop's deletion of it; the first laptop's contact in it,
    pushed through the first process, is refused as naming a deleted record: the first
    process read the organization again, as the counter had moved."""
    generator = DemoGenerator(seed=12)
    first = world.device("first", "hq")
    with first.write() as writer:
        organization_id = writer.create("organizations", _organization(generator))
    first.sync()
    kept = held.for_engine(world.engine)
    assert ("organizations", organization_id) in kept
    first.sync()  # an empty round trip: what the push left stays (a pull takes no lock)
    assert ("organizations", organization_id) in kept
    with _second_process(world, tmp_path) as other:
        second = other.device("second", "hq")
        second.sync()
        with second.write() as writer:
            writer.delete("organizations", organization_id)
        assert second.sync().refused == 0
    with first.write() as writer:
        contact_id = writer.create("contacts", _contact(generator, organization_id))
    report = first.sync()
    assert report.refused == 1
    with world.engine.connect() as connection:
        assert connection.execute(select(records.c.id).where(
            records.c.tbl == "contacts", records.c.id == contact_id)).first() is None


def test_a_parent_this_process_deleted_is_taken_as_deleted(world: World) -> None:
    """A deletion pushed through the same process leaves the organization deleted in what
    it keeps: a contact named in it afterwards is refused, without reading it again."""
    generator = DemoGenerator(seed=13)
    first = world.device("first", "hq")
    second = world.device("second", "hq")
    with first.write() as writer:
        organization_id = writer.create("organizations", _organization(generator))
    first.sync()
    second.sync()
    with second.write() as writer:
        writer.delete("organizations", organization_id)
    assert second.sync().refused == 0
    reads = _Reads(world.engine, "organizations")
    with first.write() as writer:
        writer.create("contacts", _contact(generator, organization_id))
    assert first.sync().refused == 1
    assert reads.found == []


def test_a_push_that_merges_or_moves_keys_leaves_nothing(world: World) -> None:
    """A push whose writes reach records beyond its batch leaves nothing for the next push:
    a merge (its references moved afterwards) and an organization's new country (its
    contacts' keys passed on); the contact pushed afterwards is stored with the keys its
    organization has now, read from the database."""
    from lookingbeyond_desktop.store.merges import merge

    generator = DemoGenerator(seed=14)
    device = world.device("laptop", "hq")
    with device.write() as writer:
        keep = writer.create("organizations", _organization(generator) | {"country": "KE"})
        other = writer.create("organizations", _organization(generator) | {"country": "KE"})
    device.sync()
    kept = held.for_engine(world.engine)
    assert ("organizations", keep) in kept
    with device.write() as writer:
        merge(writer, keep, other)
    assert device.sync().refused == 0
    assert len(kept) == 0  # the merge moved references after the batch
    with device.write() as writer:
        writer.create("contacts", _contact(generator, keep))
    device.sync()
    assert ("organizations", keep) in kept
    with device.write() as writer:
        writer.update("organizations", keep, {"country": "UG"})
    assert device.sync().refused == 0
    assert len(kept) == 0  # the contact's keys were passed on after the batch
    with device.write() as writer:
        contact_id = writer.create("contacts", _contact(generator, keep))
    assert device.sync().refused == 0
    with world.engine.connect() as connection:
        stored = connection.execute(select(records.c.scope_keys).where(
            records.c.tbl == "contacts", records.c.id == contact_id)).scalar_one()
    assert "c:UG" in stored and "c:KE" not in stored


def test_pushes_side_by_side_never_take_a_stale_parent(world: World, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Three devices push at once, round after round, through two serve processes (two
    engines, each with its own keeper): one adds contacts to a few organizations through
    the first process while the two others move those organizations from country to
    country and delete and restore one, one through each process.  However their round
    trips interleave, every parent a push takes from its keeper is, in that push's
    transaction, exactly what the database holds (deleted or not, keys, the fields read);
    and every contact ends with the keys its organization gives it (sync.server.held:
    entries are taken only at the counter state they were given at)."""
    generator = DemoGenerator(seed=15)
    adding = world.device("adding", "hq")
    with adding.write() as writer:
        organizations = [writer.create("organizations", _organization(generator) | {"country": "KE"})
                         for _ in range(4)]
    adding.sync()
    stale: list[tuple[str, str]] = []
    taken: list[int] = []
    prefetch = _Batch.prefetch

    def checked(batch: _Batch, *arguments: Any, **named: Any) -> None:
        """The real prefetch, then what it took compared with the database, in its transaction."""
        prefetch(batch, *arguments, **named)
        left = named.get("left") or {}
        took = {key: entry for key, entry in batch.read.items() if left.get(key) is entry}
        taken.append(len(took))
        for (table, record_id), entry in took.items():
            deleted, keys, data = batch.connection.execute(
                select(records.c.deleted, records.c.scope_keys.cast(Text), records.c.data).where(
                    records.c.tbl == table, records.c.id == record_id)).one()
            if (entry.deleted, entry.keys) != (bool(deleted), keys) \
                    or entry.fields != tuple(data.get(name) for name in entry.taken):
                stale.append((table, record_id))

    monkeypatch.setattr(_Batch, "prefetch", checked)
    with adding.write() as writer:  # before the threads: takes what the push above left
        for organization_id in organizations:
            writer.create("contacts", _contact(generator, organization_id))
    adding.sync()
    assert sum(taken) >= len(organizations)
    failures: list[BaseException] = []

    def add_contacts() -> None:
        for _ in range(10):
            with adding.write() as writer:
                for organization_id in organizations:
                    if not adding.value("organizations", organization_id, "deleted"):  # as pulled
                        writer.create("contacts", _contact(generator, organization_id))
            adding.sync()

    def move(device: Any, countries: list[str]) -> None:
        for country in countries:
            device.sync()
            with device.write() as writer:
                for organization_id in organizations[1:]:
                    writer.update("organizations", organization_id, {"country": country})
            device.sync()

    def delete_and_restore(device: Any) -> None:
        for _ in range(3):
            device.sync()
            with device.write() as writer:
                writer.delete("organizations", organizations[0])
            device.sync()
            with device.write() as writer:
                writer.restore("organizations", organizations[0])
            device.sync()

    def run(work: Any, *arguments: Any) -> None:
        try:
            work(*arguments)
        except BaseException as error:  # surfaced below
            failures.append(error)

    with _second_process(world, tmp_path) as other:
        near = world.device("near", "hq")
        far, gone = other.device("far", "hq"), other.device("gone", "hq")
        threads = [threading.Thread(target=run, args=(add_contacts,)),
                   threading.Thread(target=run, args=(move, near, ["UG", "TZ", "UG", "KE", "TZ"])),
                   threading.Thread(target=run, args=(move, far, ["TZ", "KE", "UG", "KE", "UG"])),
                   threading.Thread(target=run, args=(delete_and_restore, gone))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
        assert not failures, failures
        assert not any(thread.is_alive() for thread in threads)
    assert stale == []
    with world.engine.connect() as connection:
        stored = {(row.tbl, row.id): row for row in connection.execute(
            select(records.c.tbl, records.c.id, records.c.data, records.c.scope_keys))}
    for (table, _id), contact in stored.items():
        if table != "contacts":
            continue
        organization = stored[("organizations", contact.data["organization_id"])]
        assert {key for key in contact.scope_keys if key.startswith("c:")} == {f"c:{organization.data['country']}"}
        assert f"o:{organization.id}" in contact.scope_keys
