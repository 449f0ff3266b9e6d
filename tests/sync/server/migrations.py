"""Test helpers for migrations: move a headquarters database to a given migration, up or
down, with the project's own Alembic configuration (as ``init_database`` runs it); the
tables as older migrations made them; a headquarters served again at head."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import JSON, Connection, Engine, column, inspect, select, table, text, update

# The scope keys' own table as migrations 0001-0012 made it (0013 moved the keys into
# ``records.scope_keys``): for tests that fill a database of that time.
FORMER_ROW_KEYS = table("row_keys", column("tbl"), column("id"), column("key"))
# The change log as migrations 0001-0018 made it (0019 names records by row id).
FORMER_CHANGELOG = table("changelog", column("seq"), column("tbl"), column("id"), column("fields", JSON),
                         column("device_id"), column("user_name"), column("author_device"), column("at"),
                         column("what"), column("changed", JSON))
# References as migrations 0001-0017 made them (0018 names records by row id).
FORMER_REFS = table("refs", column("parent_tbl"), column("parent_id"), column("tbl"), column("id"))
# References by row id, one a row, as migrations 0018-0030 made them (0031 lists them by parent).
FORMER_REFS_BY_ROW_ID = table("refs", column("parent_rid"), column("rid"))

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server import packing
from sync.server.database import _alembic_config, init_database, make_engine
from sync.server.schema import counter, id_read, log_changes, ref_lists, table_read, unpack_rids
from sync.registry import blank_value
from tests.sync.world import Device, World


def stored_column(engine: Engine, raw: Any) -> list[Any]:
    """The values of one column (``raw``: a lightweight ``table()`` naming it) as the
    database holds them, bytes as bytes, sorted."""
    with engine.connect() as connection:
        return sorted((bytes(value) if isinstance(value, memoryview) else value)
                      for value in connection.execute(select(*raw.columns)).scalars())


def any_id(stored: Any) -> str:
    """A record id as a revision stored it: text before migration 0023, bytes since."""
    return id_read(stored) if isinstance(stored, (bytes, memoryview)) else stored


def whole_record(table_name: str, **values: Any) -> dict[str, Any]:
    """A record of ``table_name`` with every field blank (as the registry encodes it) but
    ``values``: what a device would store, for tests that fill a database directly."""
    spec = REGISTRY.table(table_name)
    data = {item.name: item.encode(blank_value(item)) for item in spec.fields if item.name != "id"}
    return data | values


def edit_travels(source: Device, target: Device, table_name: str, record_id: str, values: dict[str, Any]) -> None:
    """``source`` edits a record with ``values`` and syncs (nothing refused); ``target``
    syncs and holds the values."""
    with source.write() as writer:
        writer.update(table_name, record_id, values)
    assert source.sync().refused == 0
    target.sync()
    for name, value in values.items():
        assert target.value(table_name, record_id, name) == value


def kenyan_pair(device: Device) -> tuple[str, str]:
    """An organization in Kenya and its contact, written on ``device`` (not synced); their
    ids."""
    with device.write() as writer:
        org = writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})
        person = writer.create("contacts", {"organization_id": org, "full_name": "Amina Odhiambo",
                                            "consent_on": "2024-01-01"})
    return org, person


def kenyan_conflict(world: World, table_name: str, field: str, values: tuple[str, str]) -> tuple[str, str]:
    """A field user "nairobi" (Kenya) and two headquarters laptops: an organization in Kenya
    and its contact, synced, then ``values`` written to the same ``field`` of the
    organization or the contact (``table_name``), one on each laptop: one conflict.  Returns
    the organization's id and the contact's."""
    world.user("nairobi", role="field", countries=["KE"])
    a, b = world.device("A", "hq"), world.device("B", "hq")
    org, person = kenyan_pair(a)
    a.sync(), b.sync()
    target = org if table_name == "organizations" else person
    for laptop, value in zip((a, b), values):
        with laptop.write() as writer:
            writer.update(table_name, target, {field: value})
    a.sync(), b.sync(), a.sync()
    assert len(a.replication.conflicts()) == 1
    return org, person


def kenyan_laptops_receive(world: World, org: str, person: str, field: str,
                           edit: tuple[str, str, dict[str, Any]]) -> None:
    """Two laptops of "nairobi" (:func:`kenyan_conflict`), one taking the snapshot path and
    one walking the change log, each receive the organization, the contact and the conflict
    on ``field``; then ``edit`` (table, id, values) made on one reaches the other."""
    by_snapshot, by_log = world.device("SNAP", "nairobi"), world.device("LOG", "nairobi")
    by_log.client.snapshot = False
    for laptop in (by_snapshot, by_log):
        assert laptop.sync().quarantined == 0
        assert laptop.has("organizations", org) and laptop.has("contacts", person)
        (conflict,) = laptop.replication.conflicts()
        assert conflict["field"] == field
    edit_travels(by_log, by_snapshot, *edit)


def migrate_to(engine: Engine, revision: str, *, down: bool = False) -> None:
    """Upgrade (or, with ``down``, downgrade) ``engine``'s database to ``revision``."""
    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


@contextlib.contextmanager
def migrated(url: str, revision: str, *, down: bool = False) -> Iterator[Engine]:
    """An engine on the database at ``url`` upgraded (or, with ``down``, downgraded) to
    ``revision``, disposed of afterwards."""
    engine = make_engine(url)
    try:
        migrate_to(engine, revision, down=down)
        yield engine
    finally:
        engine.dispose()


def stored_by_id(engine: Engine, name: str) -> dict[str, Any]:
    """One column of every record as the database holds it (bytes as bytes), by record id
    (as text, whatever the revision's form of ids)."""
    raw = table("records", column("id"), column(name))
    with engine.connect() as connection:
        return {any_id(record_id): bytes(value) if isinstance(value, memoryview) else value
                for record_id, value in connection.execute(select(*raw.columns))}


def upgraded_with(engine: Engine, held: list[tuple[str, str, dict[str, Any]]]) -> None:
    """Records inserted as the database's revision stores them (each ``(table name,
    record id, columns)``, the columns ``tbl``, ``id``, ``data``, ``versions``, ``deleted``
    and ``scope_keys`` in their stored forms), the database then upgraded to head and each
    record given a creation entry in the change log, as pushes would have left them."""
    with engine.begin() as connection:
        for _table, _id, columns in held:
            connection.execute(text("INSERT INTO records (tbl, id, data, versions, deleted, scope_keys) "
                                    "VALUES (:tbl, :id, :data, :versions, :deleted, :scope_keys)"), columns)
    init_database(engine, REGISTRY)
    with engine.begin() as connection:
        log_changes(connection, [{"seq": seq, "tbl": table_name, "id": record_id, "fields": None, "device_id": ""}
                                 for seq, (table_name, record_id, _columns) in enumerate(held, 1)])
        connection.execute(update(counter).values(seq=len(held)))


def hold_bare_record(connection: Connection, table_name: str, record_id: str, *, packed: bool) -> None:
    """A record without values, as the migrations before 0018 stored one (``packed``: its
    values packed, from 0015 on): change-log entries of a test must name a record held
    (0019 keeps only those)."""
    connection.execute(text("INSERT INTO records (tbl, id, data, versions, deleted) VALUES (:t, :i, :d, '{}', :f)"),
                       {"t": table_name, "i": record_id, "d": packing.pack({}) if packed else "{}", "f": False})


def served_at_head(url: str, folder: Path, *, first: bool) -> tuple[Engine, World]:
    """A headquarters at ``url`` upgraded to head with a :class:`World` of
    devices in ``folder`` (new); ``first``: the database is new and gets its "hq" user."""
    engine = make_engine(url)
    init_database(engine, REGISTRY)
    folder.mkdir()
    world = World(engine, folder)
    if first:
        world.user("hq")
    return engine, world


def stored_references(connection: Connection) -> list[tuple[int, int]]:
    """Every reference headquarters holds, (parent row id, child row id), sorted, equal rows
    kept: one a row in ``refs`` before migration 0031, listed by parent in ``ref_lists``
    since."""
    if "ref_lists" in inspect(connection).get_table_names():
        return sorted((int(parent), child) for parent, stored in connection.execute(
            select(ref_lists.c.parent_rid, ref_lists.c.rids)) for child in unpack_rids(stored))
    return sorted((int(parent), int(child)) for parent, child in connection.execute(
        select(FORMER_REFS_BY_ROW_ID.c.parent_rid, FORMER_REFS_BY_ROW_ID.c.rid)))


def named_references(connection: Connection) -> list[tuple[str, str, str, str]]:
    """Every reference as (parent table, parent id, child table, child id), sorted: by the
    records' names, not their row ids (which depend on the order of creation)."""
    names = {int(rid): (table_read(tbl), id_read(stored)) for rid, tbl, stored in connection.execute(
        text("SELECT rid, tbl, id FROM records"))}
    return sorted((*names[parent], *names[child]) for parent, child in stored_references(connection)
                  if parent in names and child in names)
