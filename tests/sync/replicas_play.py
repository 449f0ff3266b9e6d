"""Four replicas and one headquarters playing a script of offline operations, then the
checks every sync property test makes (used by test_convergence_property.py and
test_merges_property.py): convergence to headquarters' state, no acknowledged edit lost
silently, and no reference anywhere to a merged-away organization.

Sync by file (issue 16) plays beside the network: a device writes a file ("file"),
headquarters imports any file in transit, one imported before included ("carry"), and the
device reads any reply in transit, in any order, one read before included ("reply"); files
and replies never carried are lost.  Each round trip by file checks what is its own: a
reply read again changes nothing, reading a reply never moves the cursor or the
acknowledgement back, and a file whose changes headquarters already holds adds nothing to
its log."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import event, note
from sqlalchemy import func, select

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.headquarters import validate_pushed
from lookingbeyond_desktop.store.merges import merge
from sync.bundle_client import export_bundle, import_reply
from sync.client import SyncError
from sync.server.bundles import import_bundle
from sync.server.database import init_database, make_engine
from sync.server.schema import DeviceNames, conflicts, named_changelog, records
from sync.server.schema import devices as enrolled
from sync.server.erasure import erase, settle
from tests import rawdb
from tests.sync.world import Device, World

DEVICES = 4
FIELDS = ("acronym", "notes", "phone")


@dataclass
class Edit:
    """One local write of one field, as the test saw it happen."""

    device: int
    step: int
    row: str
    field: str
    version: str
    value: Any
    server_step: int | None = None  # the first sync (reaching headquarters) after it
    table: str = "organizations"


@dataclass
class InTransit:
    """A file (or a reply) carried by hand: its bytes and the step it was made at."""

    data: bytes
    step: int
    read: bool = False  # a reply: read on its device (wholly) before


@dataclass
class Model:
    """What the test knows: every edit, when each device last heard from headquarters, and
    the files and replies on their way."""

    edits: list[Edit] = field(default_factory=list)
    # device -> (as of, at) of each reply received: at step ``at`` the device learnt what
    # headquarters held at step ``as of`` (the same step over the network; a reply by file
    # tells what headquarters held when it imported the file).
    heard: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    files: dict[int, list[InTransit]] = field(default_factory=dict)  # device -> its files
    replies: dict[int, list[InTransit]] = field(default_factory=dict)  # device -> its replies
    # (device, table, id) of changes headquarters refused and the device gave up: they are
    # kept on its Conflicts page (kind "refused"), not lost silently.
    given_up: set[tuple[int, str, str]] = field(default_factory=set)
    # People whose data headquarters erased ("erase"): their edits are gone by design.
    erased: set[str] = field(default_factory=set)
    first_phone: dict[str, str] = field(default_factory=dict)  # person -> phone at the start

    def saw(self, later: Edit, earlier: Edit) -> bool:
        """Whether the device that made ``later`` had ``earlier`` when it made it."""
        if earlier.device == later.device:
            return earlier.step < later.step
        if earlier.server_step is None:
            return False
        return any(earlier.server_step <= as_of and at < later.step
                   for as_of, at in self.heard.get(later.device, []))


def field_version(device: Device, row: str, name: str, table: str = "organizations") -> str:
    """The version of one field on a device."""
    versions = json.loads(device.value(table, row, "sync_field_versions") or "{}")
    return versions.get(name) or device.value(table, row, "sync_version")


def play(script: list[tuple[Any, ...]], template: Path | None = None) -> None:
    """Play ``script`` on four fresh replicas, sync everyone (giving up, as a person would,
    what headquarters refused), and check.  ``template``: a new data folder the replicas are
    copies of, each with its own random device id (``World(template=...)``; the test's
    examples share one instead of migrating four new folders each)."""
    note(f"script = {script!r}")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        engine = make_engine(f"sqlite:///{tmp / 'hq.db'}")
        init_database(engine)
        world = World(engine, tmp, template=template)
        try:
            world.user("hq")
            devices = [world.device(f"d{i}", "hq") for i in range(DEVICES)]
            with devices[0].write() as writer:
                rows = [writer.create("organizations", {"name": f"CSO {i}", "country": "KE"}) for i in range(4)]
                people = [writer.create("contacts", {"organization_id": rows[i], "full_name": f"Person {i}",
                                                     "phone": f"+254 700 000 00{i}", "consent_on": "2024-01-01"})
                          for i in range(2)]
            model = Model(first_phone={person: f"+254 700 000 00{i}" for i, person in enumerate(people)})
            for device in devices:
                device.sync()
            run(script, devices, rows, model, world, people)
            for _ in range(2):
                for device in devices:
                    device.sync()
            for _round in range(4):  # refused changes, given up as a person would, until none
                refused = False
                for number, device in enumerate(devices):
                    with device.store.engine.connect() as connection:
                        keys = [(str(t), str(i)) for t, i in connection.exec_driver_sql(
                            "SELECT DISTINCT tbl, row_id FROM sync_refusals")]
                    if keys:
                        refused = True
                        device.replication.discard_refused(keys)
                        model.given_up.update((number, table, row_id) for table, row_id in keys)
                if not refused:
                    break
                # (a record refused and given up may leave a child made with it on that laptop,
                # refused at the next sync and given up in turn)
                for _ in range(2):
                    for device in devices:
                        device.sync()
            check(devices, model, engine, tmp)
            check_erased(devices, model, engine, tmp)
        finally:
            world.close()
            engine.dispose()


def run(script: list[tuple[Any, ...]], devices: list[Device], rows: list[str], model: Model,
        world: World, people: list[str]) -> None:
    """Play the script."""
    for step, action in enumerate(script, start=1):
        kind, index = action[0], action[1]
        if kind in ("file", "carry", "reply"):
            by_file(action, step, devices, model, world)
            continue
        if kind == "erase":  # headquarters erases a person (issue 13)
            person = people[index % len(people)]
            with world.engine.begin() as connection:
                erase(connection, REGISTRY, "contacts", person, user_name="hq")
            settle(world.engine)
            model.erased.add(person)
            continue
        if kind == "person":  # a device changes a person's phone (a value found nowhere else)
            device, person = devices[index], people[action[2] % len(people)]
            try:
                with device.write() as writer:
                    changed = writer.update("contacts", person, {"phone": phone(step, index)})
            except ValidationError:
                continue  # erased here (or deleted): refused locally
            model.edits.extend(Edit(index, step, person, name, field_version(device, person, name, "contacts"),
                                    device.export_value(person, name, "contacts"), table="contacts")
                               for name in changed)
            continue
        device = devices[index]
        if kind == "sync":
            world.adapter.drop_next_response = action[2]
            for edit in model.edits:
                if edit.device == index and edit.server_step is None:
                    edit.server_step = step
            try:
                device.sync()
                model.heard.setdefault(index, []).append((step, step))
            except SyncError:
                pass
            world.adapter.drop_next_response = False
            continue
        try:
            with device.write() as writer:
                if kind == "create":
                    rows.append(writer.create("organizations", {"name": f"New {step}", "country": "KE"}))
                    continue
                if kind == "contact":
                    org = rows[action[2] % len(rows)]
                    if device.has("organizations", org):
                        writer.create("contacts", {"organization_id": org, "full_name": f"Person {step}",
                                                   "consent_on": "2024-01-01", "erased_on": None})
                    continue
                if kind == "merge":
                    keep, other = rows[action[2] % len(rows)], rows[action[3] % len(rows)]
                    if not (device.has("organizations", keep) and device.has("organizations", other)):
                        continue
                    # Records merged into OTHER before now point to KEEP: edits of theirs.
                    chained = [row for row in rows if device.has("organizations", row)
                               and device.value("organizations", row, "merged_into") == other]
                    result = merge(writer, keep, other)
                    changed_rows = [(other, "merged_into"), (other, "deleted"),
                                    *((row, "merged_into") for row in chained)]
                    if result.names_added:
                        changed_rows.append((keep, "aliases"))
                    merged_rows = changed_rows
                else:
                    merged_rows = []
                row = rows[action[2] % len(rows)]
                if merged_rows or not device.has("organizations", row):
                    pass
                elif kind == "edit":
                    changed = writer.update("organizations", row, {action[3]: action[4]})
                elif kind == "delete":
                    changed = ["deleted"] if writer.delete("organizations", row) else []
                else:
                    changed = ["deleted"] if writer.restore("organizations", row) else []
        except ValidationError:
            continue  # editing a record deleted (or merged) on this device: refused locally
        if kind == "merge":
            edited = merged_rows
        elif not device.has("organizations", row):
            continue
        else:
            edited = [(row, name) for name in changed]
        for edited_row, name in edited:
            model.edits.append(Edit(index, step, edited_row, name,
                                    field_version(device, edited_row, name),
                                    device.export_value(edited_row, name)))


def by_file(action: tuple[Any, ...], step: int, devices: list[Device], model: Model,
            world: World) -> None:
    """One leg of a round trip by file, and what it must keep: ("file", device) writes a
    file; ("carry", k) imports the k-th file in transit (of any device, k modulo their
    number), ("reply", k) reads the k-th reply in transit on its device.

    Nothing here resets or restores a replica or headquarters, so a file's push never
    starts past what headquarters holds and a reply never continues from a cursor its
    device no longer has: every BundleError (``out_of_order`` included) fails the test."""
    kind = action[0]
    if kind == "file":
        writer = devices[action[1]]
        assert writer.keys is not None
        made = export_bundle(writer.replication, writer.keys)
        model.files.setdefault(action[1], []).append(InTransit(made.data, step))
        return
    choices = [(number, item) for number, items in sorted((model.files if kind == "carry"
                                                           else model.replies).items())
               for item in items]
    if not choices:
        return
    index, item = choices[action[1] % len(choices)]
    device = devices[index]
    assert device.keys is not None
    if kind == "carry":
        logged, held = hq_log(world, device)
        result = import_bundle(world.engine, REGISTRY, validate_pushed, item.data)
        after, held_after = hq_log(world, device)
        assert held_after >= held, "headquarters' acknowledgement of a device went back"
        if result.held_before == result.changes:  # every change it carries was held
            assert after == logged, f"a file of changes held grew the log: {result.summary()}"
            event("by file: a file of changes held imported" if result.changes
                  else "by file: a file without changes imported")
        else:
            event("by file: a file of new changes imported")
        # Its changes (those made before the file) reach headquarters now, if not before.
        for edit in model.edits:
            if edit.device == index and edit.step < item.step and edit.server_step is None:
                edit.server_step = step
        model.replies.setdefault(index, []).append(InTransit(result.reply, step))
        return
    before = device.replication.status()
    seen = device_state(device, world.tmp) if item.read else None
    read = import_reply(device.replication, device.keys, item.data)
    after = device.replication.status()
    assert after.cursor >= before.cursor, "reading a reply moved the cursor back"
    assert after.pushed_seq >= before.pushed_seq, "reading a reply moved the acknowledgement back"
    assert read.pending == after.pending
    if item.read:
        assert read.already_read
        assert (after.cursor, after.pushed_seq, after.last_seq) == (
            before.cursor, before.pushed_seq, before.last_seq)
        assert device_state(device, world.tmp) == seen, "a reply read again changed the data"
        event("by file: a reply read again")
    else:
        assert not read.already_read
        item.read = True
        model.heard.setdefault(index, []).append((item.step, step))
        event("by file: a reply read" + ("" if read.received else " (nothing new in it)"))


def hq_log(world: World, device: Device) -> tuple[int, int]:
    """Headquarters' log length, and how far it holds the device's changes."""
    with world.engine.connect() as connection:
        logged = connection.execute(select(func.count()).select_from(named_changelog)).scalar_one()
        held = connection.execute(select(enrolled.c.pushed_seq).where(
            enrolled.c.id == device.store.device_id)).scalar_one()
    return int(logged), int(held)


def device_state(device: Device, tmp: Path) -> Any:
    """Everything a reply could change on a device: its records (tombstones included), its
    conflicts, refusals and quarantine, and where it stands."""
    replication = device.replication
    with device.store.engine.connect() as connection:
        kept = {table.name: sorted(map(repr, connection.execute(select(table))))
                for table in (replication.conflicts_table, replication.refusals_table,
                              replication.quarantine_table, replication.state_table)}
    return device.export(tmp), kept


def check(devices: list[Device], model: Model, engine: Any, tmp: Path) -> None:
    """Convergence to headquarters' state, and no acknowledged edit lost."""
    with engine.connect() as connection:
        server: dict[str, Any] = {}
        for row in connection.execute(select(records).order_by(records.c.tbl, records.c.id)):
            server.setdefault(row.tbl, []).append({"id": row.id, **row.data})
        stored = {row.id: row for row in connection.execute(select(records))}
        names = DeviceNames(connection)  # versions name devices by number (migration 0029)
        versions_of = {record_id: row.versions.of(row.data, names) for record_id, row in stored.items()}
        found = list(connection.execute(select(conflicts)))
        losers = {row.loser_version for row in found}
        kept = {(row.row_id, row.field, json.dumps(row.loser_value)) for row in found}
    held = {row["id"] for rows in server.values() for row in rows}
    redirects = {row["id"]: row.get("merged_into") for row in server.get("organizations", [])}

    def final(organization_id: Any) -> Any:
        """Where a reference to ``organization_id`` lands at headquarters (its redirects)."""
        seen = set()
        while redirects.get(organization_id) and organization_id not in seen:
            seen.add(organization_id)
            organization_id = redirects[organization_id]
        return organization_id

    # A new record headquarters refused and the laptop gave up goes to that laptop's Trash
    # without a change that syncs (its values are on the Conflicts page): not part of the
    # shared state.
    exports = [{table: [row for row in rows if row["id"] in held or not row.get("deleted")]
                for table, rows in device.export(tmp).items()} for device in devices]
    for other in exports[1:]:
        if other != exports[0]:
            for table in exports[0]:
                if other[table] != exports[0][table]:
                    note(f"{table}: {[r for r in other[table] if r not in exports[0][table]]} vs "
                         f"{[r for r in exports[0][table] if r not in other[table]]}")
        assert other == exports[0]
    for table in REGISTRY.names:
        mine = exports[0][table]
        theirs = [{name: r.get(name) for name in REGISTRY.table(table).field_names}
                  for r in server.get(table, [])]
        assert mine == theirs
    for device in devices:
        assert device.replication.status().pending == 0
    # Invariant 14: no reference anywhere (headquarters, every replica) points to a
    # merged-away organization; a redirect points to a record that is not merged away, and
    # is itself deleted (a restore racing a merge never leaves a live redirect).
    for tables in [server, *exports]:
        merged = {org["id"] for org in tables.get("organizations", []) if org.get("merged_into")}
        for contact in tables.get("contacts", []):
            assert contact["organization_id"] not in merged, contact
        for org in tables.get("organizations", []):
            assert org.get("merged_into") not in merged, org
            assert not org.get("merged_into") or org.get("deleted"), org  # a redirect is never live
    def accounted(edit: Edit) -> bool:
        """Whether ``edit`` is the current value, a recorded conflict, or was overwritten by
        someone who had seen it — itself or the same value it was merged into."""
        if (edit.device, edit.table, edit.row) in model.given_up:
            return True  # refused by headquarters, kept on that laptop's Conflicts page
        if edit.row in model.erased:
            return True  # headquarters erased the person: gone everywhere, by design
        current = versions_of[edit.row].get(edit.field)
        if current == edit.version or edit.version in losers:
            return True
        if stored[edit.row].data.get(edit.field) == edit.value:
            return True  # the same value, written concurrently by another device: nothing lost
        if edit.field == "merged_into" and stored[edit.row].data.get(edit.field) == final(edit.value):
            return True  # the record it was merged into was merged in turn: it lands there (14)
        if (edit.row, edit.field, json.dumps(edit.value)) in kept:
            # It lost to the same value written concurrently elsewhere (no conflict: nothing
            # differed), and that value later lost with a conflict: the value is kept there,
            # for a person to review and bring back (two offices deleting one record, a
            # third restoring it: one conflict holds "deleted").
            return True
        if any(later.row == edit.row and later.field == edit.field and later is not edit
               and model.saw(later, edit) for later in model.edits):
            return True
        # Written concurrently with the same value as a newer edit, headquarters kept that one
        # (nothing differed: no conflict); the two are one fact from then on, and an edit by
        # someone who had seen that one overwrote both (two offices delete a record; one of
        # them restores it later: the other's delete is undone with its own, knowingly).
        return any(same.row == edit.row and same.field == edit.field and same is not edit
                   and same.value == edit.value and same.version > edit.version and accounted(same)
                   for same in model.edits)

    for edit in model.edits:
        assert accounted(edit), f"edit lost silently: {edit}"


def phone(step: int, device: int) -> str:
    """A phone number written once in a whole script: found in a file only if kept."""
    return f"+254 7{step:02d} {device}{step:03d} 77"


def check_erased(devices: list[Device], model: Model, engine: Any, tmp: Path) -> None:
    """Erasure is total (invariant 13): an erased person's personal fields are blank at
    headquarters and on every replica, no conflict about a personal field of theirs is left
    anywhere (one about a later delete may be), and no phone
    number ever written for them is in any file of headquarters or of a replica (decrypted
    page by page)."""
    if not model.erased:
        return
    personal = REGISTRY.table("contacts").personal_fields
    written = {edit.value for edit in model.edits if edit.row in model.erased and edit.field == "phone"}
    written |= {model.first_phone[person] for person in model.erased}
    with engine.connect() as connection:
        for row in connection.execute(select(records).where(records.c.id.in_(model.erased))):
            assert row.data["erased_on"] and not any(
                row.data[name] for name in personal if name != "consent_on"), row.id
        # A later delete meeting a restore of the record is a conflict like any (about
        # ``deleted``); none may be about a personal field or hold one's value.
        left = connection.execute(select(conflicts.c.field, conflicts.c.kind).where(
            conflicts.c.row_id.in_(model.erased))).all()
        assert all(row.field not in personal and row.kind == "field" for row in left), left
    for device in devices:
        for person in model.erased:
            assert device.value("contacts", person, "erased_on") is not None
            assert device.value("contacts", person, "phone") is None
        with device.store.engine.connect() as connection:
            kept = connection.exec_driver_sql(
                f"SELECT field, kind FROM conflicts WHERE row_id IN ({', '.join('?' * len(model.erased))})",
                tuple(model.erased)).all()
        assert all(field not in personal and kind == "field" for field, kind in kept), kept
    erased_people = [edit for edit in model.edits if edit.row in model.erased]
    still = {value for value in written if value
             and value not in {e.value for e in model.edits if e.row not in model.erased}}
    for device in devices:
        for value in still:
            assert rawdb.holds(device.store.folder, value) == [], (device.name, value)
    hq_bytes = b"".join(path.read_bytes() for path in tmp.glob("hq.db*"))
    hq_bytes += rawdb.inflated_anywhere(hq_bytes)  # records' values are stored packed
    for value in still:
        assert value.encode() not in hq_bytes, value
    event(f"erasure: {len(model.erased)} erased, {len(erased_people)} edits of them")
