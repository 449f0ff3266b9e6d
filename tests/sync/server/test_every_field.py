"""Upgrading a headquarters database whose records were stored before a field existed
(protocol version 3 added organizations.at_risk and contacts.erased_on; version 2,
merged_into): migration 0009 completes them from the domain's registry, on SQLite and
PostgreSQL, so that devices receive whole rows and old records can still be edited."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, insert, select

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server.database import current_revision, init_database, make_engine
from sync.server.schema import DeviceNames, counter, records
from tests.sync.server.migrations import FORMER_CHANGELOG, FORMER_ROW_KEYS, migrate_to
from tests.sync.world import World

VERSION = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"
ORG = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
PERSON = "1c8d2a5f-4d3e-4f60-9bac-1d2e3f4a5b6c"
# The records table as migrations before 0010 wrote it: versions as field -> version.
FORMER_RECORDS = sa.table("records", sa.column("tbl", sa.String), sa.column("id", sa.String),
                          sa.column("data", sa.JSON), sa.column("versions", sa.JSON),
                          sa.column("deleted", sa.Boolean))


def at_revision_0008(url: str) -> Engine:
    """A headquarters database at schema 0008 holding an organization stored before
    at_risk and merged_into existed and a contact stored before erased_on."""
    engine = make_engine(url)
    migrate_to(engine, "0008_bundle_keys")
    old_org: dict[str, Any] = {
        "name": "Kenya Integrity Forum", "aliases": [], "acronym": None, "org_type": "ngo",
        "country": "KE", "cities": [], "themes": [], "networks": [], "is_rlo": False,
        "rlo_region": None, "ecosoc_status": "none", "email": None, "phone": None,
        "website": None, "address": None, "verified_on": None, "notes": None, "deleted": False}
    old_person: dict[str, Any] = {
        "organization_id": ORG, "full_name": "Amina Odhiambo", "position": None,
        "email": "amina@example.org", "phone": None, "consent_on": "2024-01-01", "notes": None,
        "deleted": False}
    with engine.begin() as connection:
        for table, record_id, data, keys in (("organizations", ORG, old_org, ["c:KE", f"o:{ORG}"]),
                                             ("contacts", PERSON, old_person, ["c:KE", f"o:{ORG}"])):
            connection.execute(insert(FORMER_RECORDS).values(  # versions in their form of 0008
                tbl=table, id=record_id, data=data, versions={name: VERSION for name in data},
                deleted=False))
            connection.execute(insert(FORMER_ROW_KEYS), [{"tbl": table, "id": record_id, "key": key}
                                                  for key in keys])
        connection.execute(insert(FORMER_CHANGELOG), [
            {"seq": 1, "tbl": "organizations", "id": ORG, "fields": None, "device_id": ""},
            {"seq": 2, "tbl": "contacts", "id": PERSON, "fields": None, "device_id": ""}])
        connection.execute(counter.update().values(seq=2))
    return engine


def test_old_records_are_completed_and_reach_a_device_whole(hq_url: str, tmp_path: Any) -> None:
    """Without the registry the upgrade stops and leaves the database at 0008; with it,
    the organization gains at_risk false and merged_into null, the contact erased_on null,
    each with the record's oldest version; a new laptop then pulls both whole (nothing kept
    aside) and can edit the organization."""
    engine = at_revision_0008(hq_url)
    try:
        with pytest.raises(Exception, match="lookingbeyond-server init"):
            init_database(engine)
        assert current_revision(engine) == "0008_bundle_keys"
        init_database(engine, REGISTRY)
        with engine.connect() as connection:
            stored = {row.id: row for row in connection.execute(select(records))}
            versions = stored[ORG].versions.of(stored[ORG].data, DeviceNames(connection))
        assert stored[ORG].data["at_risk"] is False and stored[ORG].data["merged_into"] is None
        assert versions["at_risk"] == VERSION
        assert stored[PERSON].data["erased_on"] is None
        assert set(REGISTRY.table("contacts").field_names) - {"id"} <= set(stored[PERSON].data)

        world = World(engine, tmp_path)
        try:
            world.user("hq")
            laptop = world.device("LAPTOP", "hq")
            report = laptop.sync()
            assert report.quarantined == 0
            assert laptop.value("organizations", ORG, "name") == "Kenya Integrity Forum"
            assert laptop.value("contacts", PERSON, "email") == "amina@example.org"
            with laptop.write() as writer:
                writer.update("organizations", ORG, {"phone": "+254 20 000"})
            assert laptop.sync().refused == 0
        finally:
            world.close()
    finally:
        engine.dispose()
