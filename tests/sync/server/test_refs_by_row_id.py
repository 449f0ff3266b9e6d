"""Migration 0018 (issue 15, item 2): every record has a row id, its primary key, and
``refs`` names parents and children by row id, on SQLite and PostgreSQL.  The downgrade gives
the references by table and id back, the upgrade carries them over (leaving out one whose
parent is not held), and headquarters then passes a parent's keys on to its children and
files new records' references by the new ids."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from sqlalchemy import Engine, event, inspect, insert, select, text

from sync.server.database import SCHEMA_HEAD, current_revision, make_engine
from sync.server.schema import pack_rids, records, ref_lists, unpack_rids
from sync.server import service
from sync.server.service import _Batch
from tests.sync.server.migrations import FORMER_REFS, migrate_to, named_references, served_at_head
from tests.sync.world import Device, World

MISSING = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"
HELD = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
CHILD = "1c8d2a5f-4d3e-4f60-9bac-1d2e3f4a5b6c"
ORGANIZATIONS, CONTACTS = "organizations", "contacts"


def _named_refs(engine: Engine) -> set[tuple[str, str, str, str]]:
    """(parent table, parent id, child table, child id) of every reference held."""
    with engine.connect() as connection:
        return set(named_references(connection))


def _keys(engine: Engine, table: str, record_id: str) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(select(records.c.scope_keys).where(
            records.c.tbl == table, records.c.id == record_id)).scalar_one())


def _register(hq: Device) -> dict[str, str]:
    """Headquarters' device writes a Kenyan organization with a contact, and a Kenyan
    activity in which the organization takes part with that contact."""
    with hq.write() as writer:
        ids = {"org": writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})}
        ids["person"] = writer.create("contacts", {
            "organization_id": ids["org"], "full_name": "Amina Odhiambo", "email": "amina@example.org",
            "consent_on": "2024-01-01"})
        ids["activity"] = writer.create("activities", {
            "title": "Regional consultation", "activity_type": "training", "start_date": "2011-03-01",
            "country": "KE"})
        ids["takes_part"] = writer.create("participations", {
            "activity_id": ids["activity"], "organization_id": ids["org"], "contact_id": ids["person"]})
    assert hq.sync().refused == 0
    return ids


def test_references_move_to_row_ids_and_back(hq_url: str, tmp_path: Path) -> None:
    """A headquarters' references survive the downgrade (by table and id) and the upgrade
    (by row id) unchanged, but for one naming a parent it does not hold; after the upgrade a
    country moved at headquarters reaches the organization's contact and participation
    (through ``refs``), and a new contact is filed under its organization by row id."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        hq = world.device("HQ", "hq")
        ids = _register(hq)
        expected = {("organizations", ids["org"], "contacts", ids["person"]),
                    ("organizations", ids["org"], "participations", ids["takes_part"]),
                    ("activities", ids["activity"], "participations", ids["takes_part"])}
        assert _named_refs(engine) == expected
    finally:
        world.close()
        engine.dispose()

    engine = make_engine(hq_url)
    try:
        migrate_to(engine, "0017_no_change_log_id_index", down=True)
        assert "rid" not in {column["name"] for column in inspect(engine).get_columns("records")}
        with engine.begin() as connection:
            assert {tuple(row) for row in connection.execute(select(FORMER_REFS))} == expected
            connection.execute(insert(FORMER_REFS).values(  # a parent headquarters does not hold
                parent_tbl="organizations", parent_id=MISSING, tbl="contacts", id=ids["person"]))
    finally:
        engine.dispose()

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        assert inspect(engine).get_pk_constraint("records")["constrained_columns"] == ["rid"]
        assert _named_refs(engine) == expected
        with engine.connect() as connection:
            rids = connection.execute(select(records.c.rid)).scalars().all()
            assert len(rids) == len(set(rids)) == 4
            if engine.dialect.name == "sqlite":  # the row id is the table's own
                assert connection.execute(text("SELECT count(*) FROM records WHERE rid = rowid")).scalar() == 4

        world.user("amina", role="field", countries=["KE"])
        amina = world.device("AMINA", "amina")
        amina.sync()
        assert amina.has("contacts", ids["person"]) and amina.has("participations", ids["takes_part"])
        hq = world.device("HQ2", "hq")
        hq.sync()
        with hq.write() as writer:
            writer.update("organizations", ids["org"], {"country": "UG"})
            second = writer.create("contacts", {
                "organization_id": ids["org"], "full_name": "Joseph Kato", "email": "joseph@example.org",
                "consent_on": "2024-01-01"})
        assert hq.sync().refused == 0
        assert "c:UG" in _keys(engine, "contacts", ids["person"])
        assert "c:UG" in _keys(engine, "participations", ids["takes_part"])
        assert _named_refs(engine) == expected | {("organizations", ids["org"], "contacts", second)}
        with engine.connect() as connection:
            newest = connection.execute(select(records.c.rid).where(records.c.id == second)).scalar_one()
        assert newest > max(rids)
        # The organization left Kenya, and its contacts with it: the new one never reaches
        # Amina's laptop, the first one is withdrawn (kept blanked: the Kenyan activity's
        # participation still names it).
        report = amina.sync()
        assert report.withdrawn == 2, report
        assert not amina.has("contacts", second)
        assert amina.value("contacts", ids["person"], "email") != "amina@example.org"
    finally:
        world.close()
        engine.dispose()


def _two_homes(hq: Device, people: int) -> tuple[str, str, list[str]]:
    """Two Kenyan organizations, "Old home" and "New home", and ``people`` contacts of the
    first, pushed by ``hq``."""
    with hq.write() as writer:
        old = writer.create("organizations", {"name": "Old home", "country": "KE"})
        new = writer.create("organizations", {"name": "New home", "country": "KE"})
        found = [writer.create("contacts", {
            "organization_id": old, "full_name": f"Person {n}", "email": f"p{n}@example.org",
            "consent_on": "2024-01-01"}) for n in range(people)]
    assert hq.sync().refused == 0
    return old, new, found


def test_a_push_moving_many_children_rewrites_their_references(world: World) -> None:
    """Contacts moved to another organization in one push leave their old organization's
    references and join the new one's (all in the push's flush), and a country moved later
    reaches them through the new organization alone."""
    hq_engine = world.engine
    hq = world.device("HQ", "hq")
    old, new, people = _two_homes(hq, 12)
    with hq.write() as writer:
        for person in people[:10]:
            writer.update("contacts", person, {"organization_id": new})
    assert hq.sync().refused == 0
    assert _named_refs(hq_engine) == ({("organizations", new, "contacts", p) for p in people[:10]}
                    | {("organizations", old, "contacts", p) for p in people[10:]})
    with hq.write() as writer:
        writer.update("organizations", new, {"country": "UG"})
    assert hq.sync().refused == 0
    assert all("c:UG" in _keys(hq_engine, "contacts", p) for p in people[:10])
    assert all("c:KE" in _keys(hq_engine, "contacts", p) for p in people[10:])


def _lists_written(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A list that fills with the text of every statement on ``engine`` that deletes,
    updates or appends to lists of children (until the engine is disposed), and ``INSERT
    INTO ref_lists (n rows)`` for each bulk insert of lists (``service.insert_many``: on
    PostgreSQL a ``COPY`` the driver runs unseen by the engine)."""
    seen: list[str] = []
    bulk = service.insert_many

    def insert_many(connection: Any, table: Any, rows: list[dict[str, Any]], **options: Any) -> None:
        if table is ref_lists and rows:
            seen.append(f"INSERT INTO ref_lists ({len(rows)} rows)")
        bulk(connection, table, rows, **options)

    monkeypatch.setattr(service, "insert_many", insert_many)

    def spy(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        said = statement.lstrip().upper()
        if said.startswith(("DELETE FROM REF_LISTS", "UPDATE REF_LISTS")) or (
                said.startswith("INSERT INTO REF_LISTS") and "ON CONFLICT" in said):
            seen.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", spy)
    return seen


def _stored_lists(engine: Engine) -> tuple[dict[int, str], dict[str, bytes]]:
    """Record ids by row id, and each parent's list of children as stored, by its id."""
    with engine.connect() as connection:
        ids = dict(connection.execute(select(records.c.rid, records.c.id)).all())
        return ids, {ids[parent]: bytes(stored) for parent, stored in
                     connection.execute(select(ref_lists.c.parent_rid, ref_lists.c.rids))}


def _lists(engine: Engine) -> dict[str, list[str]]:
    """Each parent's list of children, by record id."""
    ids, stored = _stored_lists(engine)
    return {parent: sorted(ids[child] for child in unpack_rids(packed)) for parent, packed in stored.items()}


def test_moved_children_rewrite_only_their_parents_lists(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A push moving contacts to another organization writes the two organizations' lists
    of children and no other (one statement to take the old list away, one to write both;
    on PostgreSQL the new parent's children appended by a third, its list not read), each
    child in exactly one list; the new parent's country then reaches the moved
    contacts alone, and a list left empty is no row at all."""
    hq_engine = world.engine
    hq = world.device("HQ", "hq")
    old, new, people = _two_homes(hq, 4)
    with hq.write() as writer:
        bystander = writer.create("organizations", {"name": "Bystander", "country": "KE"})
        writer.create("contacts", {"organization_id": bystander, "full_name": "Someone else",
                                   "consent_on": "2024-01-01"})
    assert hq.sync().refused == 0
    before = _lists(hq_engine)
    monkeypatch.setattr(service, "APPEND_FROM_PARENTS", 1)  # a first push's way, for two parents
    written = _lists_written(hq_engine, monkeypatch)
    with hq.write() as writer:
        for person in people[:3]:
            writer.update("contacts", person, {"organization_id": new})
        writer.update("contacts", people[3], {"full_name": "Person 3, renamed"})
    assert hq.sync().refused == 0
    if hq_engine.dialect.name == "postgresql":
        assert [w.split()[0] for w in written] == ["DELETE", "INSERT", "INSERT"], written
        assert written[1].endswith("(1 rows)") and "ON CONFLICT" in written[2]
    else:
        assert [w.split()[0] for w in written] == ["DELETE", "INSERT"], written
        assert written[1].endswith("(2 rows)")
    after = _lists(hq_engine)
    assert after == {**before, old: [people[3]], new: sorted(people[:3])}
    with hq.write() as writer:
        writer.update("organizations", new, {"country": "UG"})
    assert hq.sync().refused == 0
    assert all("c:UG" in _keys(hq_engine, "contacts", p) for p in people[:3])
    assert "c:KE" in _keys(hq_engine, "contacts", people[3]) and "c:UG" not in _keys(hq_engine, "contacts", people[3])
    with hq.write() as writer:
        writer.update("contacts", people[3], {"organization_id": new})
    assert hq.sync().refused == 0
    assert old not in _lists(hq_engine) and _lists(hq_engine)[new] == sorted(people)


def test_a_moved_contact_follows_its_new_organization_at_risk(world: World) -> None:
    """A contact moved to another organization, which is then flagged at risk, loses that
    organization's ``o:`` key (the key a partner holds) and takes ``x:at-risk``: the pair
    (new organization, contact) the move wrote is what carries the flag to it; the contact
    left with the first organization keeps its ``o:`` key."""
    hq_engine = world.engine
    hq = world.device("HQ", "hq")
    old, new, people = _two_homes(hq, 2)
    with hq.write() as writer:
        writer.update("contacts", people[0], {"organization_id": new})
    assert hq.sync().refused == 0
    with hq.write() as writer:
        writer.update("organizations", new, {"at_risk": True})
    assert hq.sync().refused == 0
    moved, stayed = _keys(hq_engine, "contacts", people[0]), _keys(hq_engine, "contacts", people[1])
    assert "x:at-risk" in moved and f"o:{new}" not in moved and f"o:{old}" not in moved
    assert f"o:{old}" in stayed and "x:at-risk" not in stayed


def test_a_parent_sent_again_unchanged_leaves_the_references_alone(world: World,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A contact whose organization is sent again with the same value (a newer version of
    it, so applied) writes no list of children; moving it back and forth in two pushes
    leaves exactly one reference, to where it is."""
    hq_engine = world.engine
    hq = world.device("HQ", "hq")
    with hq.write() as writer:
        home = writer.create("organizations", {"name": "Home", "country": "KE"})
        other = writer.create("organizations", {"name": "Other", "country": "KE"})
        person = writer.create("contacts", {"organization_id": home, "full_name": "Amina",
                                            "email": "amina@example.org", "consent_on": "2024-01-01"})
    assert hq.sync().refused == 0
    laptop = world.device("L", "hq")
    laptop.sync()
    written = _lists_written(hq_engine, monkeypatch)
    with laptop.write() as writer:  # moved away and back before a sync: a newer version, the same value
        writer.update("contacts", person, {"organization_id": other})
    with laptop.write() as writer:
        writer.update("contacts", person, {"organization_id": home, "full_name": "Amina O."})
    assert laptop.sync().refused == 0
    assert written == []
    assert _named_refs(hq_engine) == {("organizations", home, "contacts", person)}
    for target in (other, home):
        with hq.write() as writer:
            writer.update("contacts", person, {"organization_id": target})
        assert hq.sync().refused == 0
        assert _named_refs(hq_engine) == {("organizations", target, "contacts", person)}
    assert written and all(w.startswith(("DELETE", "INSERT")) for w in written)


def test_a_reference_to_a_parent_not_held_is_not_stored_and_is_logged(
        hq_engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    """Validation refuses a reference to a record headquarters does not have; should a batch
    still name one, its record is stored without that reference, the others are stored,
    and the log says how many were left out (no ids: a count)."""
    version = f"{1:016x}{'a' * 32}"
    with hq_engine.begin() as connection:
        batch = _Batch(connection)
        for key, data in (((ORGANIZATIONS, HELD), {"name": "Held"}), ((CONTACTS, CHILD), {"full_name": "x"})):
            batch.write(key, data, dict.fromkeys(data, version), new=True)
            batch.keys[key] = {"c:KE"}
        batch.refs[(CONTACTS, CHILD)] = [(ORGANIZATIONS, HELD), (ORGANIZATIONS, MISSING)]
        with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
            batch.flush()
    assert _named_refs(hq_engine) == {(ORGANIZATIONS, HELD, CONTACTS, CHILD)}
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == [
        "a push named 1 parent record(s) headquarters does not hold; their references were not stored"]


def test_a_child_moved_from_one_parent_leaves_its_other_parents_lists_alone(world: World) -> None:
    """A participation moved to another activity leaves the first activity's list and joins
    the second's; its organization's list, which it stays in, is not written at all (not
    even appended to), byte for byte the same."""
    hq_engine = world.engine
    hq = world.device("HQ", "hq")
    with hq.write() as writer:
        org = writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})
        first, second = (writer.create("activities", {
            "title": title, "activity_type": "training", "start_date": "2011-03-01", "country": "KE"})
            for title in ("First", "Second"))
        takes_part = writer.create("participations", {"activity_id": first, "organization_id": org})
    assert hq.sync().refused == 0

    def stored_list(record_id: str) -> bytes | None:
        return _stored_lists(hq_engine)[1].get(record_id)

    held = stored_list(org)
    with hq.write() as writer:
        writer.update("participations", takes_part, {"activity_id": second})
    assert hq.sync().refused == 0
    assert stored_list(org) == held
    assert first not in _lists(hq_engine) and _lists(hq_engine)[second] == [takes_part]


def test_a_days_push_keeps_each_list_in_one_part(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pushes that give a few parents children (a day's) read and write their lists again,
    so a list given a child by push after push stays one packed part, byte for byte what
    its children pack to; a push giving many parents children appends to their lists on
    PostgreSQL (a first push's way), and the next small push makes each of them one part
    again."""
    hq_engine = world.engine
    hq = world.device("HQ", "hq")
    with hq.write() as writer:
        homes = [writer.create("organizations", {"name": f"Home {n}", "country": "KE"}) for n in range(3)]
    assert hq.sync().refused == 0

    def raw_lists() -> dict[str, bytes]:
        return _stored_lists(hq_engine)[1]

    def one_part(parent: str) -> bool:
        return raw_lists()[parent] == pack_rids(unpack_rids(raw_lists()[parent]))

    for day in range(3):
        with hq.write() as writer:
            writer.create("contacts", {"organization_id": homes[0], "full_name": f"Person {day}",
                                       "consent_on": "2024-01-01"})
        assert hq.sync().refused == 0
        assert one_part(homes[0]) and len(unpack_rids(raw_lists()[homes[0]])) == day + 1
    with monkeypatch.context() as patched:
        patched.setattr(service, "APPEND_FROM_PARENTS", 2)
        with hq.write() as writer:
            for home in homes:
                writer.create("contacts", {"organization_id": home, "full_name": "Many at once",
                                           "consent_on": "2024-01-01"})
        assert hq.sync().refused == 0
    assert one_part(homes[0]) == (hq_engine.dialect.name == "sqlite")
    assert len(unpack_rids(raw_lists()[homes[0]])) == 4
    with hq.write() as writer:
        writer.create("contacts", {"organization_id": homes[0], "full_name": "The next day",
                                   "consent_on": "2024-01-01"})
    assert hq.sync().refused == 0
    assert one_part(homes[0]) and len(unpack_rids(raw_lists()[homes[0]])) == 5
