"""Merging two organizations on one laptop (issue 14): what the kept record takes, where the
references go, what is refused, and undoing while nothing else has changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.merges import TAKEABLE, merge, undo_merge


@pytest.fixture
def store(tmp_path: Path) -> Any:
    """A data folder with two records of one organization, a contact, an activity it
    co-organized, a participation and a deleted contact of the second record."""
    with Store.open(tmp_path / "data") as opened:
        with opened.write() as writer:
            keep = writer.create("organizations", {"name": "Transparency Maroc", "country": "MA",
                                                   "website": "transparency.ma"})
            other = writer.create("organizations", {
                "name": "ترانسبرانسي المغرب", "country": "MA", "acronym": "TM",
                "phone": "+212 522 00 00 00", "aliases": ["Transparency Morocco"]})
            contact = writer.create("contacts", {"organization_id": other, "full_name": "Amina B.",
                                                 "consent_on": "2024-01-01", "erased_on": None})
            gone = writer.create("contacts", {"organization_id": other, "full_name": "Old Contact",
                                              "consent_on": "2020-01-01", "erased_on": None})
            activity = writer.create("activities", {
                "title": "Consultation", "activity_type": "training", "start_date": "2024-03-01",
                "end_date": "2024-03-02", "country": "MA", "co_organizers": [other, keep]})
            participation = writer.create("participations", {
                "activity_id": activity, "organization_id": other, "contact_id": contact})
        with opened.write() as writer:
            writer.delete("contacts", gone)
        opened.ids = {"keep": keep, "other": other, "contact": contact, "gone": gone,  # type: ignore[attr-defined]
                      "activity": activity, "participation": participation}
        yield opened


def value(store: Store, table: str, row_id: str, column: str) -> Any:
    """One stored value."""
    with store.engine.connect() as connection:
        return connection.execute(text(f"SELECT {column} FROM {table} WHERE id = :id"),
                                  {"id": row_id}).scalar()


def test_a_merge_moves_every_reference_and_leaves_a_redirect(store: Any) -> None:
    """The kept record takes the chosen fields and the other's names as other names; every
    reference moves (a deleted contact too; co-organizers without a repeat); the other
    record is deleted and says where it went; each step is a recorded change."""
    ids = store.ids
    with store.write() as writer:
        result = merge(writer, ids["keep"], ids["other"], take=["phone", "acronym"])
    assert result.taken == ["acronym", "phone"]
    assert result.names_added == ["ترانسبرانسي المغرب", "Transparency Morocco"]
    assert result.moved == {"contacts": 2, "activities": 1, "participations": 1}
    assert value(store, "organizations", ids["keep"], "phone") == "+212 522 00 00 00"
    assert value(store, "organizations", ids["keep"], "website") == "transparency.ma"
    for table, key in (("contacts", "contact"), ("contacts", "gone"),
                       ("participations", "participation")):
        assert value(store, table, ids[key], "organization_id") == ids["keep"]
    assert value(store, "contacts", ids["gone"], "deleted") == 1  # moved, still deleted
    assert value(store, "activities", ids["activity"], "co_organizers") == f'["{ids["keep"]}"]'
    assert value(store, "organizations", ids["other"], "merged_into") == ids["keep"]
    assert value(store, "organizations", ids["other"], "deleted") == 1
    with store.engine.connect() as connection:
        ops = [row.op for row in connection.execute(text(
            "SELECT op FROM changes WHERE row_id = :id ORDER BY seq"), {"id": ids["other"]})]
    assert ops[-1] == "merge"


def test_a_search_for_the_other_name_finds_the_kept_record(store: Any) -> None:
    """After a merge, the merged-away record's name finds the record kept."""
    from lookingbeyond_desktop.store.search import search_organizations

    ids = store.ids
    with store.write() as writer:
        merge(writer, ids["keep"], ids["other"])
    with store.engine.connect() as connection:
        found = [hit.id for hit in search_organizations(connection, "ترانسبرانسي")]
    assert found == [ids["keep"]]


@pytest.mark.parametrize(("case", "message"), [
    ("itself", "cannot be merged into itself"),
    ("deleted", "is deleted"),
    ("merged", "already merged"),
    ("field", "cannot be taken"),
])
def test_what_cannot_be_merged_is_refused_and_nothing_is_written(
        store: Any, case: str, message: str) -> None:
    """A record into itself, a deleted record, one already merged away, or a field that
    cannot be taken: refused with words, nothing written."""
    ids = store.ids
    keep, other, take = ids["keep"], ids["other"], ["phone"]
    if case == "itself":
        other = keep
    elif case == "deleted":
        with store.write() as writer:
            writer.delete("organizations", other)
    elif case == "merged":
        with store.write() as writer:
            third = writer.create("organizations", {"name": "Third", "country": "MA"})
            merge(writer, third, other)
    else:
        take = ["merged_into"]
    with store.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM changes")).scalar()
    with pytest.raises(ValidationError) as refused, store.write() as writer:
        merge(writer, keep, other, take=take)
    assert message in str(refused.value)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM changes")).scalar() == before


def test_a_merged_record_is_neither_edited_nor_restored_on_its_own(store: Any) -> None:
    """merged_into is changed only by merging; a merged-away record cannot be restored from
    the Trash (undo the merge instead)."""
    ids = store.ids
    with pytest.raises(ValidationError, match="changed by merging"), store.write() as writer:
        writer.update("organizations", ids["other"], {"merged_into": ids["keep"]})
    with store.write() as writer:
        merge(writer, ids["keep"], ids["other"])
    with pytest.raises(ValidationError, match="undo the merge"), store.write() as writer:
        writer.restore("organizations", ids["other"])


def test_an_undo_puts_everything_back(store: Any) -> None:
    """Undone while nothing else changed the two records: the other record is back, the
    kept one's fields as they were, and every moved reference returns."""
    ids = store.ids
    with store.write() as writer:
        merge(writer, ids["keep"], ids["other"], take=["phone"])
    with store.write() as writer:
        undo_merge(writer, ids["other"])
    assert value(store, "organizations", ids["other"], "merged_into") is None
    assert value(store, "organizations", ids["other"], "deleted") == 0
    assert value(store, "organizations", ids["keep"], "phone") is None
    assert value(store, "organizations", ids["keep"], "aliases") == "[]"
    for table, key in (("contacts", "contact"), ("contacts", "gone"),
                       ("participations", "participation")):
        assert value(store, table, ids[key], "organization_id") == ids["other"]
    assert value(store, "contacts", ids["gone"], "deleted") == 1
    with pytest.raises(ValidationError, match="can be undone"), store.write() as writer:
        undo_merge(writer, ids["other"])  # once


def test_an_undo_is_refused_once_the_records_changed(store: Any) -> None:
    """After another edit of the kept record, the merge can no longer be undone (the edit
    would be lost or mixed); nothing is written."""
    ids = store.ids
    with store.write() as writer:
        merge(writer, ids["keep"], ids["other"])
    with store.write() as writer:
        writer.update("organizations", ids["keep"], {"notes": "Checked by phone"})
    with pytest.raises(ValidationError, match="changed since the merge"), store.write() as writer:
        undo_merge(writer, ids["other"])
    assert value(store, "organizations", ids["other"], "merged_into") == ids["keep"]


def test_every_field_of_an_organization_but_its_state_can_be_taken() -> None:
    """The fields a person may take are the organization's own, never its id, deletion or
    redirect."""
    assert "name" in TAKEABLE and "phone" in TAKEABLE and "aliases" in TAKEABLE
    assert not {"id", "deleted", "merged_into"} & set(TAKEABLE)
