"""Migrations 0010 and 0014 (issue 15, item 2): each record's versions stored by version
(0010), the most common version's fields as "*" (0014: every field of the data no other
version lists), on SQLite and PostgreSQL.  A headquarters database of 0009 (versions as
field -> version) is rewritten; the service reads the same versions as before, a new laptop
receives the records with their per-field versions (by snapshot, in columns, and by the
change log), and a downgrade gives back exactly the former form.  A database of 0013 whose
record's versions do not name exactly its data's fields keeps them listed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine, insert, select, text

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from sync.server.schema import STAR, DeviceNames, counter, decode_versions, records
from tests.sync.server.migrations import FORMER_CHANGELOG, FORMER_ROW_KEYS, any_id, migrate_to, whole_record
from tests.sync.world import World

OLD = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"
NEWER = f"{0x18f3a2c4d5e70000:016x}{'b' * 32}"
ORG = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
PERSON = "1c8d2a5f-4d3e-4f60-9bac-1d2e3f4a5b6c"
RAW = sa.table("records", sa.column("id", sa.String), sa.column("tbl", sa.String),
               sa.column("data", sa.JSON), sa.column("versions", sa.JSON),
               sa.column("deleted", sa.Boolean))  # the stored JSON, whatever its form



def _raw_versions(engine: Engine) -> dict[str, Any]:
    """The stored versions of each record in the form of the revision (JSON before 0021,
    binary since: schema.decode_versions), before the program's own reading."""
    stored = sa.table("records", sa.column("id", sa.String), sa.column("versions"))
    with engine.connect() as connection:
        return {any_id(row.id): _stored_form(row.versions) for row in connection.execute(
            select(stored.c.id, stored.c.versions))}


def _stored_form(value: Any) -> Any:
    if isinstance(value, (bytes, memoryview)):
        return decode_versions(value)
    return json.loads(value) if isinstance(value, str) else value


def _typed_versions(engine: Engine) -> dict[str, dict[str, str]]:
    """field -> version of each record, as headquarters reads them (with the record's data)."""
    with engine.connect() as connection:
        names = DeviceNames(connection)
        return {row.id: row.versions.of(row.data, names) for row in connection.execute(
            select(records.c.id, records.c.data, records.c.versions))}


def _at_0009(url: str) -> tuple[Engine, dict[str, dict[str, str]]]:
    """A database at 0009 holding an organization whose fields share one version and a
    contact whose e-mail and phone have a newer one, both in the former form."""
    engine = make_engine(url)
    migrate_to(engine, "0009_every_field")
    org = whole_record("organizations", name="Kenya Integrity Forum", country="KE", org_type="ngo",
                 ecosoc_status="none")
    person = whole_record("contacts", organization_id=ORG, full_name="Amina Odhiambo",
                    email="amina@example.org", phone="+254 700 000", consent_on="2024-01-01")
    former = {ORG: {name: OLD for name in org},
              PERSON: {name: NEWER if name in ("email", "phone") else OLD for name in person}}
    with engine.begin() as connection:
        for table, record_id, data in (("organizations", ORG, org), ("contacts", PERSON, person)):
            connection.execute(insert(RAW).values(tbl=table, id=record_id, data=data,
                                                  versions=former[record_id], deleted=False))
            connection.execute(insert(FORMER_ROW_KEYS), [{"tbl": table, "id": record_id, "key": key}
                                                  for key in ("c:KE", f"o:{ORG}")])
        connection.execute(insert(FORMER_CHANGELOG), [
            {"seq": 1, "tbl": "organizations", "id": ORG, "fields": None, "device_id": ""},
            {"seq": 2, "tbl": "contacts", "id": PERSON, "fields": None, "device_id": ""}])
        connection.execute(counter.update().values(seq=2))
    return engine, former


def test_versions_are_stored_by_version_and_read_as_before(hq_url: str, tmp_path: Path) -> None:
    """After the upgrade the stored JSON names each version once with its fields; headquarters
    reads field -> version exactly as stored before; laptops pulling by snapshot (the
    organization in columns) and by the change log hold the contact's newer e-mail and phone
    versions apart and end equal; a laptop's edit is kept; a downgrade writes the former form
    back, field for field."""
    engine, former = _at_0009(hq_url)
    try:
        init_database(engine, REGISTRY)
        assert current_revision(engine) == SCHEMA_HEAD
        raw = _raw_versions(engine)
        assert raw[ORG] == {OLD: STAR}
        assert raw[PERSON] == {OLD: STAR, NEWER: ["email", "phone"]}
        typed = _typed_versions(engine)
        assert typed == former

        world = World(engine, tmp_path)
        try:
            world.user("hq")
            by_snapshot, by_log = world.device("SNAP", "hq"), world.device("LOG", "hq")
            by_log.client.snapshot = False
            for laptop in (by_snapshot, by_log):
                report = laptop.sync()
                assert report.quarantined == 0 and report.pulled_rows >= 2
                with laptop.store.engine.connect() as connection:
                    org_versions = connection.execute(text(
                        "SELECT sync_version, sync_field_versions FROM organizations")).one()
                    person_versions = connection.execute(text(
                        "SELECT sync_field_versions FROM contacts")).scalar_one()
                assert org_versions.sync_version.startswith(OLD[:16])
                assert "email" in str(person_versions) and "phone" in str(person_versions)
            assert by_snapshot.export(tmp_path) == by_log.export(tmp_path)
            with by_snapshot.write() as writer:
                writer.update("contacts", PERSON, {"position": "Director"})
            assert by_snapshot.sync().refused == 0
            assert by_log.sync().pulled_rows == 1
            assert by_log.value("contacts", PERSON, "position") == "Director"
        finally:
            world.close()

        now = _typed_versions(engine)
        assert _raw_versions(engine)[PERSON] == {OLD: STAR, NEWER: ["email", "phone"],
                                                 now[PERSON]["position"]: ["position"]}
        migrate_to(engine, "0010_versions_by_version", down=True)
        assert _raw_versions(engine)[ORG] == {OLD: sorted(former[ORG])}  # every field listed again
        migrate_to(engine, "0009_every_field", down=True)
        assert _raw_versions(engine) == now  # field -> version again, the same versions
        assert now[ORG] == former[ORG] and now[PERSON]["position"] != OLD
    finally:
        engine.dispose()


def test_versions_that_do_not_name_exactly_the_data_keep_their_fields_listed(hq_url: str) -> None:
    """Migration 0014 on a database of 0013: a record whose versions name exactly its data's
    fields gets "*" for its most common version; one with a version for a field its data
    lacks, or a field of its data without a version, keeps every field listed (a "*" would
    give it versions it never had); both read back as before, and the downgrade lists
    every field again."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, "0013_keys_in_records")
        org = whole_record("organizations", name="Kenya Integrity Forum", country="KE")
        exact = {name: OLD for name in org} | {"notes": NEWER}
        extra = exact | {"gone": NEWER}  # a version for a field the data does not hold
        short = {name: OLD for name in list(org)[1:]}  # the data's first field without one
        stored = {ORG: exact, PERSON: extra, "2d9e3b60-5e4f-4071-8cbd-2e3f4a5b6c7d": short}
        with engine.begin() as connection:
            for record_id, versions in stored.items():
                packed: dict[str, list[str]] = {}
                for name in sorted(versions):
                    packed.setdefault(versions[name], []).append(name)
                connection.execute(insert(RAW).values(tbl="organizations", id=record_id, data=org,
                                                      versions=packed, deleted=False))
        init_database(engine, REGISTRY)
        assert current_revision(engine) == SCHEMA_HEAD
        raw = _raw_versions(engine)
        assert raw[ORG] == {OLD: STAR, NEWER: ["notes"]}
        assert STAR not in str(raw[PERSON]) and STAR not in str(raw["2d9e3b60-5e4f-4071-8cbd-2e3f4a5b6c7d"])
        assert _typed_versions(engine) == stored
        migrate_to(engine, "0013_keys_in_records", down=True)
        assert STAR not in str(_raw_versions(engine))
        assert _raw_versions(engine)[ORG][NEWER] == ["notes"]
    finally:
        engine.dispose()
