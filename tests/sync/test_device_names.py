"""People, not machines: the name a person gave each computer and its headquarters user
travel in sync answers (``dn``, parallel to the device table ``d``), only for the computers
whose work the answer carries, and are kept by the replica for History, Trash and
Conflicts; an enrolled computer's own edits are recorded under its headquarters user."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from lookingbeyond_desktop.store import Store, browse
from lookingbeyond_desktop.store.sync_adapter import enrol_device, replication_for, run_sync
from sync.hlc import make_version
from sync.wire import (
    MAX_DEVICE_NAME,
    MAX_USER_NAME,
    Conflict,
    ProtocolError,
    PullRow,
    SyncAnswer,
    device_names,
)
from tests.sync.credentials import PASSWORD
from tests.sync.harness import SERVER_URL
from tests.sync.world import World

A = "a" * 32
B = "b" * 32
C = "c" * 32


# -- the wire -------------------------------------------------------------------------------


def _answer() -> SyncAnswer:
    version_a, version_b = make_version(1 << 20, A), make_version(2 << 20, B)
    return SyncAnswer(
        cursor=7,
        rows=[PullRow("organizations", "o1", {"name": ("Kenya CSO", version_a)})],
        conflicts=[Conflict("k1", "organizations", "o1", "phone", "field", ("1", version_a),
                            ("2", version_b), B, None, False)],
        names={A: ("NAIROBI-LAPTOP-2", "Amina Diallo"), B: ("Вена-ПК", "juma"),
               C: ("never in the answer", "nobody")})


def test_names_round_trip_for_the_devices_of_the_answer_only() -> None:
    """An answer's names travel parallel to its device table, for the devices its rows and
    conflicts name (a conflict's device is listed even when no packed version names it);
    a name of a device the answer does not carry is not written."""
    document = _answer().encode()
    assert document["d"] == [A, B]
    assert document["dn"] == [["NAIROBI-LAPTOP-2", "Amina Diallo"], ["Вена-ПК", "juma"]]
    decoded = SyncAnswer.decode(document)
    assert decoded.names == {A: ("NAIROBI-LAPTOP-2", "Amina Diallo"), B: ("Вена-ПК", "juma")}
    assert decoded.rows == _answer().rows


def test_an_answer_without_names_still_decodes() -> None:
    """Answers of a headquarters that sends no names (older, or knowing none) decode with no
    names; an answer whose devices are all unknown leaves ``dn`` out."""
    document = _answer().encode()
    del document["dn"]
    assert SyncAnswer.decode(document).names == {}
    anonymous = SyncAnswer(cursor=1, rows=_answer().rows).encode()
    assert "dn" not in anonymous and SyncAnswer.decode(anonymous).names == {}


@pytest.mark.parametrize("dn", [
    "NAIROBI",  # not a list
    [["NAIROBI-LAPTOP-2", "amina"]],  # shorter than d
    [["NAIROBI-LAPTOP-2"], None],  # not a pair
    [["x" * (MAX_DEVICE_NAME + 1), "amina"], None],  # device name beyond the limit
    [["NAIROBI", "u" * (MAX_USER_NAME + 1)], None],  # user name beyond the limit
    [["NAI\x00ROBI", "amina"], None],  # a NUL headquarters could never store
    [[1, "amina"], None],
])
def test_malformed_names_are_a_bad_reply_but_never_stop_a_replica(dn: Any) -> None:
    """The protocol check refuses a malformed ``dn`` (bad_reply); the replica's lenient
    reading leaves the bad entries out and keeps the good ones (a name never stops a sync)."""
    document = _answer().encode()
    document["dn"] = dn
    with pytest.raises(ProtocolError) as raised:
        SyncAnswer.decode(document)
    assert raised.value.code == "bad_reply"
    lenient = device_names(document, strict=False)
    assert A not in lenient or lenient[A] == ("NAIROBI", "amina")
    good = dict(document, dn=[None, ["Вена-ПК", "juma"]])
    assert device_names(good, strict=False) == {B: ("Вена-ПК", "juma")}


def test_the_api_description_shows_the_names() -> None:
    """The OpenAPI description of the answer documents ``dn`` with its limits."""
    from sync.wire_schema import SyncResponseSchema

    described = SyncResponseSchema.model_json_schema()["properties"]["dn"]
    assert str(MAX_DEVICE_NAME) in described["description"]
    assert "user name" in described["description"]


# -- headquarters and replicas (SQLite and PostgreSQL) ----------------------------------------


def _org(name: str) -> dict[str, Any]:
    return {"name": name, "country": "KE"}


def _names(store: Store) -> dict[str, tuple[str, str]]:
    with store.engine.connect() as connection:
        return {row[0]: (row[1], row[2]) for row in connection.execute(
            text("SELECT device_id, device_name, user_name FROM device_names"))}


def test_enrolment_names_the_computer_and_the_author_of_later_edits(
        world: World, memory_keyring: None) -> None:
    """Enrolling keeps the name a person gave this computer, and edits made afterwards are
    recorded under the headquarters user; an edit made before keeps its author."""
    world.user("amina", "hq")
    store = Store.open(world.tmp / "laptop")
    try:
        with store.write() as writer:
            writer.create("organizations", _org("Before enrolment"))
        enrol_device(store, SERVER_URL, "amina", PASSWORD, "  NAIROBI-LAPTOP-2 ",
                     session=world.session)
        with store.write() as writer:
            writer.create("organizations", _org("After enrolment"))
        with store.engine.connect() as connection:
            authors = [row[0] for row in connection.execute(text(
                "SELECT author FROM changes WHERE op = 'insert' ORDER BY seq"))]
            overview = browse.sync_overview(connection)
        assert authors[-1] == "amina" and authors[0] != "amina"
        assert _names(store) == {store.device_id: ("NAIROBI-LAPTOP-2", "amina")}
        assert overview["device_name"] == "NAIROBI-LAPTOP-2"
        with world.engine.connect() as connection:  # headquarters got the same name
            assert connection.execute(text("SELECT name FROM devices WHERE id = :d"),
                                      {"d": store.device_id}).scalar() == "NAIROBI-LAPTOP-2"
    finally:
        store.close()


def test_pulls_name_only_the_computers_whose_work_they_carry(
        world: World, memory_keyring: None) -> None:
    """A device that pulls another's organization learns that computer's name and user (and
    the History and Trash name them); a third computer whose work it never received stays
    unnamed, and a conflict names both sides."""
    world.user("amina", "hq")
    world.user("juma", "hq")
    world.user("wanjiru", "hq")
    nairobi = world.device("NAIROBI-LAPTOP-2", "amina")
    vienna = world.device("VIENNA-DESK-7", "juma")
    world.device("SILENT-PC", "wanjiru")  # enrolled, never writes
    with nairobi.write() as writer:
        org_id = writer.create("organizations", _org("Kenya CSO") | {"phone": "+254 1"})
    nairobi.sync()
    vienna.sync()
    assert _names(vienna.store) == {nairobi.store.device_id: ("NAIROBI-LAPTOP-2", "amina")}
    with vienna.store.engine.connect() as connection:
        (created,) = browse.history(connection, "organizations", org_id)
    assert (created.op, created.author, created.device_name, created.own, created.elsewhere) == (
        "insert", "amina", "NAIROBI-LAPTOP-2", False, True)

    with nairobi.write() as writer:  # the same field changed on both computers
        writer.update("organizations", org_id, {"phone": "+254 2"})
    with vienna.write() as writer:
        writer.update("organizations", org_id, {"phone": "+43 3"})
    nairobi.sync()
    vienna.sync()
    nairobi.sync()
    named = []
    for device in (nairobi, vienna):
        with device.store.engine.connect() as connection:
            for conflict in browse.unresolved_conflicts(connection):
                named.append(conflict["names"])
    assert named, "the concurrent edits made a conflict"
    for names in named:  # both sides, by person and computer
        assert set(names.values()) == {("NAIROBI-LAPTOP-2", "amina"), ("VIENNA-DESK-7", "juma")}

    with nairobi.write() as writer:
        writer.delete("organizations", org_id)
    nairobi.sync()
    vienna.sync()
    with vienna.store.engine.connect() as connection:
        (deleted,) = browse.trash(connection)
    assert (deleted.deleted_by, deleted.device_name, deleted.own) == ("amina", "NAIROBI-LAPTOP-2",
                                                                      False)
    assert deleted.deleted_at
    everywhere = set(_names(nairobi.store)) | set(_names(vienna.store))
    assert world.devices[2].store.device_id not in everywhere
    assert replication_for(vienna.store).status().last_error is None


def test_two_enrolled_folders_name_each_other_through_the_one_door(
        world: World, memory_keyring: None) -> None:
    """Enrolled and synced through the adapter the window and the command line use, each
    folder keeps its own name from its login and learns the other's from the pull; History
    names the author and the computer of a record made elsewhere."""
    world.user("amina", "hq")
    world.user("juma", "hq")
    first = Store.open(world.tmp / "first")
    second = Store.open(world.tmp / "second")
    try:
        enrol_device(first, SERVER_URL, "amina", PASSWORD, "KAMPALA-1", session=world.session)
        enrol_device(second, SERVER_URL, "juma", PASSWORD, "DAKAR-2", session=world.session)
        with first.write() as writer:
            org_id = writer.create("organizations", _org("Uganda CSO"))
        run_sync(first, session=world.session)
        run_sync(second, session=world.session)
        assert _names(second)[first.device_id] == ("KAMPALA-1", "amina")
        assert _names(second)[second.device_id] == ("DAKAR-2", "juma")
        with second.engine.connect() as connection:
            (entry,) = browse.history(connection, "organizations", org_id)
        assert (entry.author, entry.device_name) == ("amina", "KAMPALA-1")
    finally:
        first.close()
        second.close()
