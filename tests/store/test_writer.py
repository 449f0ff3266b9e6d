"""Change capture: every write goes through one path that records it in the same transaction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from lookingbeyond_desktop.domain.models import Organization
from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.database import ReadOnlySessionError
from sync.hlc import version_clock, version_device
from tests.conftest import make_org


def changes(store: Store) -> list[Any]:
    """All recorded changes, oldest first."""
    with store.engine.connect() as connection:
        return connection.execute(text("SELECT * FROM changes ORDER BY seq")).all()


def row(store: Store, table: str, row_id: str) -> Any:
    """One raw row."""
    with store.engine.connect() as connection:
        return connection.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id}).one()


def test_create_records_an_insert_with_device_sequence_and_clock(store: Store) -> None:
    """A new row comes with one change: this device, sequence 1, a version naming the device."""
    org = make_org(store)
    (change,) = changes(store)
    assert (change.tbl, change.row_id, change.op, change.fields) == ("organizations", org, "insert", None)
    assert change.device_id == store.device_id and change.device_seq == 1
    assert version_device(change.version) == store.device_id
    assert row(store, "organizations", org).sync_version == change.version
    assert change.author == "tester"


def test_update_records_only_the_fields_that_changed(store: Store) -> None:
    """Writing an unchanged value records nothing; a changed field gets its own version."""
    org = make_org(store, acronym="TM")
    with store.write() as writer:
        changed = writer.update("organizations", org, {"name": "Transparencia Mexicana",
                                                        "acronym": "TMX", "notes": "Founded 1999"})
    assert sorted(changed) == ["acronym", "notes"]
    last = changes(store)[-1]
    assert (last.op, json.loads(last.fields)) == ("update", ["acronym", "notes"])
    versions = json.loads(row(store, "organizations", org).sync_field_versions)
    assert versions == {"acronym": last.version, "notes": last.version}


def test_noop_update_records_nothing(store: Store) -> None:
    """Saving a form without changes leaves the change log as it was."""
    org = make_org(store)
    with store.write() as writer:
        assert writer.update("organizations", org, {"name": " Transparencia Mexicana "}) == []
    assert len(changes(store)) == 1


def test_sequence_and_clock_keep_growing_across_transactions_and_reopening(data_dir: Path) -> None:
    """Per-device sequence numbers never repeat and versions only increase, even after reopening."""
    with Store.open(data_dir) as store:
        org = make_org(store)
        with store.write() as writer:
            writer.update("organizations", org, {"acronym": "A"})
    with Store.open(data_dir) as store:
        with store.write() as writer:
            writer.update("organizations", org, {"acronym": "B"})
        recorded = changes(store)
    assert [c.device_seq for c in recorded] == [1, 2, 3]
    clocks = [version_clock(c.version) for c in recorded]
    assert clocks == sorted(clocks) and len(set(clocks)) == 3


def test_failed_transaction_keeps_neither_row_nor_change(store: Store) -> None:
    """An error inside a write transaction rolls back the rows and their change records together."""
    with pytest.raises(RuntimeError):
        with store.write() as writer:
            writer.create("organizations", {"name": "Lost", "country": "KE"})
            raise RuntimeError("crash")
    assert changes(store) == []
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM organizations")).scalar() == 0
        assert connection.execute(text("SELECT last_seq FROM replica")).scalar() == 0


def test_invalid_record_names_each_field_and_writes_nothing(store: Store) -> None:
    """Validation errors name the fields with readable messages; nothing reaches the database."""
    with pytest.raises(ValidationError) as raised:
        with store.write() as writer:
            writer.create("organizations", {"name": " ", "country": "XX", "email": "not-an-email",
                                            "verified_on": "yesterday"})
    fields = {error.field: error.message for error in raised.value.errors}
    assert fields["name"] == "is required"
    assert "not a known country" in fields["country"]
    assert "not an e-mail address" in fields["email"]
    assert "YYYY-MM-DD" in fields["verified_on"]
    assert changes(store) == []


def test_unknown_field_is_refused(store: Store) -> None:
    """A field that the table does not have is an error, not silently dropped."""
    with pytest.raises(ValidationError, match="favourite_colour: is not a field of organizations"):
        make_org(store, favourite_colour="blue")


def test_delete_is_a_tombstone_that_cascades_to_contacts(store: Store) -> None:
    """Deleting keeps the row with deleted=1, records a delete, and tombstones its contacts."""
    org = make_org(store)
    with store.write() as writer:
        contact = writer.create("contacts", {"organization_id": org, "full_name": "Ana López",
                                             "consent_on": "2010-05-01", "erased_on": None})
    with store.write() as writer:
        assert writer.delete("organizations", org) == 2
    assert row(store, "organizations", org).deleted == 1
    assert row(store, "contacts", contact).deleted == 1
    ops = [(c.tbl, c.op) for c in changes(store)[-2:]]
    assert ops == [("organizations", "delete"), ("contacts", "delete")]


def test_restore_brings_back_what_was_deleted_with_it_only(store: Store) -> None:
    """Restoring an organization restores the contacts its deletion took, not ones deleted before."""
    org = make_org(store)
    with store.write() as writer:
        kept = writer.create("contacts", {"organization_id": org, "full_name": "A", "consent_on": "2010-01-01", "erased_on": None})
        gone = writer.create("contacts", {"organization_id": org, "full_name": "B", "consent_on": "2010-01-01", "erased_on": None})
    with store.write() as writer:
        writer.delete("contacts", gone)
    with store.write() as writer:
        writer.delete("organizations", org)
    with store.write() as writer:
        assert writer.restore("organizations", org) == 2
    assert row(store, "contacts", kept).deleted == 0
    assert row(store, "contacts", gone).deleted == 1
    assert changes(store)[-1].op == "restore"


def test_deleted_record_cannot_be_edited(store: Store) -> None:
    """Editing a tombstone is refused until it is restored."""
    org = make_org(store)
    with store.write() as writer:
        writer.delete("organizations", org)
    with pytest.raises(ValidationError, match="restore it before editing"):
        with store.write() as writer:
            writer.update("organizations", org, {"acronym": "X"})


def test_restoring_a_contact_of_a_deleted_organization_is_refused(store: Store) -> None:
    """A child cannot come back while its parent is in the trash."""
    org = make_org(store)
    with store.write() as writer:
        contact = writer.create("contacts", {"organization_id": org, "full_name": "A", "consent_on": "2010-01-01", "erased_on": None})
        writer.delete("organizations", org)
    with pytest.raises(ValidationError, match="restore that first"):
        with store.write() as writer:
            writer.restore("contacts", contact)


def test_references_must_be_live_records(store: Store) -> None:
    """A contact of an unknown or deleted organization is refused."""
    org = make_org(store)
    with store.write() as writer:
        writer.delete("organizations", org)
    for target in (org, "00000000-0000-4000-8000-000000000000"):
        with pytest.raises(ValidationError, match="organization_id: refers to no live record"):
            with store.write() as writer:
                writer.create("contacts", {"organization_id": target, "full_name": "A",
                                           "consent_on": "2010-01-01", "erased_on": None})


def test_participant_contact_must_belong_to_the_organization(store: Store) -> None:
    """Participation names a contact of the participating organization, not of another one."""
    first, second = make_org(store), make_org(store, name="Other", country="KE")
    with store.write() as writer:
        contact = writer.create("contacts", {"organization_id": first, "full_name": "A",
                                             "consent_on": "2010-01-01", "erased_on": None})
        activity = writer.create("activities", {"title": "Training", "activity_type": "training",
                                                "start_date": "2011-02-14"})
    with pytest.raises(ValidationError, match="contact of another organization"):
        with store.write() as writer:
            writer.create("participations", {"activity_id": activity, "organization_id": second,
                                             "contact_id": contact})


def test_grant_moves_through_its_workflow_one_step_at_a_time(store: Store) -> None:
    """A grant goes proposed → approved → …; skipping a step is refused with a reason."""
    org = make_org(store, is_rlo=True, rlo_region="419")
    with store.write() as writer:
        grant = writer.create("grants", {"organization_id": org, "amount": "15000",
                                         "currency": "usd", "purpose": "Regional consultation"})
        writer.update("grants", grant, {"status": "approved", "approved_on": "2010-01-10"})
    with pytest.raises(ValidationError, match="one step at a time"):
        with store.write() as writer:
            writer.update("grants", grant, {"status": "closed"})
    assert row(store, "grants", grant).currency == "USD"


def test_orm_sessions_cannot_write_synced_rows(store: Store) -> None:
    """Writing through an ORM session (which would skip change capture) is refused."""
    org = make_org(store)
    with store.session() as session:
        entity = session.scalars(select(Organization).where(Organization.id == org)).one()
        assert entity.name == "Transparencia Mexicana" and entity.country == "MX"
        entity.name = "Changed behind the log's back"
        with pytest.raises(ReadOnlySessionError):
            session.flush()


def test_reads_see_typed_values(store: Store) -> None:
    """The ORM gives lists, dates and decimals back as Python values."""
    import datetime as dt
    from decimal import Decimal

    from lookingbeyond_desktop.domain.models import Grant

    org = make_org(store, cities="Ciudad de México; Monterrey", verified_on="2010-03-04")
    with store.write() as writer:
        writer.create("grants", {"organization_id": org, "amount": "15000.50", "purpose": "x"})
    with store.session() as session:
        entity = session.get(Organization, org)
        grant = session.scalars(select(Grant)).one()
    assert entity is not None
    assert entity.cities == ["Ciudad de México", "Monterrey"]
    assert entity.verified_on == dt.date(2010, 3, 4)
    assert grant.amount == Decimal("15000.50")
