"""What a push reads of the records its rows name (issue 15, item 1): a validator that says
which fields of a referenced record it reads (``referenced_fields``) is given those, with
``deleted`` and an organization's ``merged_into``, taken out of the stored value (unpacked
by headquarters since migration 0015); one that does not say is given the whole record.  On
SQLite and PostgreSQL."""

from __future__ import annotations


from sqlalchemy import Engine, insert

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.headquarters import validate_pushed
from sync.server.schema import records
from sync.server.service import _Batch
from tests.sync.server.migrations import whole_record

VERSION = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"
ORGANIZATION = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
MERGED = "2d9e3b6a-5e4f-4a71-8cbd-2e3f4a5b6c7d"
PERSON = "1c8d2a5f-4d3e-4f60-9bac-1d2e3f4a5b6c"
PARTICIPATION = "3e0f4c7b-6f5a-4b82-9dce-3f4a5b6c7d8e"
ACTIVITY = "4f1a5d8c-7a6b-4c93-8edf-4a5b6c7d8e9f"



HELD = {
    ("organizations", ORGANIZATION): whole_record("organizations", name="Kenya Integrity Forum", country="KE"),
    ("organizations", MERGED): whole_record("organizations", name="KIF (old)", country="KE",
                                      merged_into=ORGANIZATION, deleted=True),
    ("contacts", PERSON): whole_record("contacts", organization_id=ORGANIZATION, full_name="Amina Odhiambo"),
    ("activities", ACTIVITY): whole_record("activities", title="Workshop", country="KE"),
}


def _prefetched(engine: Engine, referenced: dict[str, tuple[str, ...]] | None) -> _Batch:
    with engine.begin() as connection:
        connection.execute(insert(records), [
            {"tbl": table, "id": record_id, "data": data, "deleted": bool(data.get("deleted")),
             "versions": dict.fromkeys(data, VERSION), "scope_keys": {"c:KE"}}
            for (table, record_id), data in HELD.items()])
    pushed = {"t": "participations", "i": PARTICIPATION, "f": {
        "activity_id": [ACTIVITY, VERSION], "organization_id": [MERGED, VERSION],
        "contact_id": [PERSON, VERSION]}}
    connection = engine.connect()
    batch = _Batch(connection)
    batch.prefetch(REGISTRY, [pushed], referenced=referenced)
    connection.close()
    return batch


def test_a_validator_naming_its_fields_reads_only_those(hq_engine: Engine) -> None:
    """With validate_pushed's ``referenced_fields`` (a contact's organization), a push reads
    of each named record its keys, ``deleted``, the fields named for its table and an
    organization's ``merged_into`` (merges are followed), and nothing else of its data."""
    batch = _prefetched(hq_engine, validate_pushed.referenced_fields)  # type: ignore[attr-defined]
    assert batch.lookup("contacts", PERSON) == {"organization_id": ORGANIZATION, "deleted": False}
    assert batch.lookup("organizations", MERGED) == {"merged_into": ORGANIZATION, "deleted": True}
    assert batch.lookup("activities", ACTIVITY) == {"deleted": False}
    assert batch.keys_for("contacts", PERSON) == {"c:KE"}
    assert batch.exists("organizations", MERGED) and not batch.exists("organizations", PARTICIPATION)


def test_a_validator_that_does_not_say_is_given_whole_records(hq_engine: Engine) -> None:
    """Without ``referenced_fields`` the lookup gives every stored field, as before."""
    batch = _prefetched(hq_engine, None)
    assert batch.lookup("contacts", PERSON) == {**HELD[("contacts", PERSON)], "deleted": False}
    assert batch.lookup("organizations", MERGED) == {**HELD[("organizations", MERGED)], "deleted": True}
