"""DESIGN invariant 12 on the device: records headquarters lists in an answer's ``gone``
left this device's scope and are removed here, personal fields first, without a change
that syncs back; a record a local row still refers to stays as a blanked reference row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.search import search_organizations
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.hlc import wall_ms
from sync.replica import Replication
from tests.sync.pulled import Answers, activity, contact, organization, participation


def apply(replication: Replication, response: dict[str, Any]) -> Any:
    """Apply one hand-built answer as the sync loop would."""
    return replication.apply_response(None, response, local_clock_ms=wall_ms())


def row(store: Store, table: str, row_id: str) -> dict[str, Any] | None:
    """The stored row, or None."""
    with store.engine.connect() as connection:
        found = connection.execute(text(f"SELECT * FROM {table} WHERE id = :i"), {"i": row_id})
        mapping = found.mappings().first()
    return dict(mapping) if mapping is not None else None


def found(store: Store, typed: str) -> set[str]:
    """Ids of the organizations a search finds."""
    with store.engine.connect() as connection:
        return {hit.id for hit in search_organizations(connection, typed)}


def test_gone_records_are_removed_without_a_change_to_push(store: Store) -> None:
    """Two pulled organizations (one edited here and not yet sent, one with a contact) are
    listed as gone: they, the contact and the unsent edit are gone, nothing is left to
    push, search no longer finds them, and the outcome counts them."""
    answers, replication = Answers(), replication_for(store)
    edited = answers.row("organizations", organization(name="Zanzibar Integrity Network"))
    other = answers.row("organizations", organization(name="Zambezi Watch", notes="met in Lusaka"))
    person = answers.row("contacts", contact(other["i"]))
    kept = answers.row("organizations", organization(name="Zomba Civic Forum"))
    apply(replication, answers.response([edited, other, person, kept]))
    with store.write() as writer:
        writer.update("organizations", edited["i"], {"phone": "+255 24 000 000"})
    assert replication.status().pending == 1

    outcome = apply(replication, answers.response(gone=[
        ["organizations", edited["i"]], ["organizations", other["i"]], ["contacts", person["i"]]]))

    assert (outcome.withdrawn, outcome.dropped) == (3, 1)
    assert row(store, "organizations", edited["i"]) is None
    assert row(store, "organizations", other["i"]) is None
    assert row(store, "contacts", person["i"]) is None
    assert row(store, "organizations", kept["i"]) is not None
    batch = replication.build_push()
    assert batch is not None and batch.rows == []  # only says the sequence numbers are used
    assert found(store, "Zanzibar") == set() and found(store, "Lusaka") == set()
    assert found(store, "Zomba") == {kept["i"]}
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM changes WHERE row_id = :i AND "
                                       "device_seq > (SELECT pushed_seq FROM replica)"),
                                  {"i": edited["i"]}).scalar() == 0


def test_a_referenced_record_stays_as_a_blanked_reference(store: Store) -> None:
    """An organization and a contact leave the scope while a participation that stays
    still names them: both stay as reference rows whose personal and free-text fields are
    blank (the organization keeps its name, the contact keeps nothing personal), and the
    organization is found by its name only."""
    answers, replication = Answers(), replication_for(store)
    org = answers.row("organizations", organization(
        name="Tana River Women's Network", email="office@example.org", phone="+254 1",
        address="Plot 7, Hola", notes="prefers Kiswahili"))
    person = answers.row("contacts", contact(org["i"], position="Director", notes="met 2010"))
    event = answers.row("activities", activity())
    took_part = answers.row("participations", participation(event["i"], org["i"],
                                                            contact_id=person["i"]))
    apply(replication, answers.response([org, person, event, took_part]))

    outcome = apply(replication, answers.response(gone=[
        ["organizations", org["i"]], ["contacts", person["i"]]]))

    assert outcome.withdrawn == 2
    kept_org = row(store, "organizations", org["i"])
    assert kept_org is not None and kept_org["name"] == "Tana River Women's Network"
    assert (kept_org["email"], kept_org["phone"], kept_org["address"], kept_org["notes"]) == (
        None, None, None, None)
    kept_person = row(store, "contacts", person["i"])
    assert kept_person is not None and kept_person["organization_id"] == org["i"]
    assert kept_person["full_name"] == "" and kept_person["email"] is None
    assert kept_person["phone"] is None and kept_person["notes"] is None
    assert kept_person["position"] is None
    assert found(store, "Tana") == {org["i"]} and found(store, "Kiswahili") == set()
    assert row(store, "participations", took_part["i"]) is not None
    assert replication.build_push() is None  # blanking is not an edit of this device


def test_applying_the_same_withdrawal_twice_is_harmless(store: Store) -> None:
    """A retried answer lists the same gone records again: nothing more happens, nothing
    fails, the cursor moves on."""
    answers, replication = Answers(), replication_for(store)
    org = answers.row("organizations", organization())
    apply(replication, answers.response([org]))
    response = answers.response(gone=[["organizations", org["i"]]])
    assert apply(replication, response).withdrawn == 1
    assert apply(replication, response).withdrawn == 0
    assert row(store, "organizations", org["i"]) is None
    assert replication.status().cursor == answers.cursor


def test_a_withdrawn_record_is_not_recreated_by_a_push(store: Store) -> None:
    """A record created here and never sent, then withdrawn (headquarters took it out of
    this device's scope): the next push carries no row for it, and once headquarters
    acknowledges the empty batch nothing is pending."""
    replication = replication_for(store)
    with store.write() as writer:
        org = writer.create("organizations", {"name": "Made offline", "country": "KE"})
    answers = Answers()
    outcome = apply(replication, answers.response(gone=[["organizations", org]]))
    assert (outcome.withdrawn, outcome.dropped) == (1, 1)
    batch = replication.build_push()
    assert batch is not None and batch.rows == [] and batch.complete
    apply(replication, {**answers.response(), "pushed": batch.upto})
    assert replication.status().pending == 0 and replication.build_push() is None


def test_a_withdrawn_record_named_again_arrives_as_a_reference_row(store: Store) -> None:
    """An answer withdraws an organization and, in the same page, carries a row of the
    device's scope naming it with the organization as a reference row (``"r": true``, only
    its reference fields): the withdrawal is applied first, then the reference row, so the
    organization is held with its name and without its contact channels or notes."""
    answers, replication = Answers(), replication_for(store)
    org = answers.row("organizations", organization(name="Lake Victoria CSO Network",
                                                    email="lvn@example.org", notes="board list"))
    apply(replication, answers.response([org]))
    reference = answers.row("organizations", organization(name="Lake Victoria CSO Network"),
                            row_id=org["i"]) | {"r": True}
    event = answers.row("activities", activity())
    took_part = answers.row("participations", participation(event["i"], org["i"]))

    outcome = apply(replication, answers.response([reference, event, took_part],
                                                  gone=[["organizations", org["i"]]]))

    assert outcome.withdrawn == 1 and outcome.quarantined == 0
    held = row(store, "organizations", org["i"])
    assert held is not None and held["name"] == "Lake Victoria CSO Network"
    assert held["email"] is None and held["notes"] is None
    assert row(store, "participations", took_part["i"]) is not None
    assert found(store, "board") == set()


def test_a_record_moved_out_of_a_field_scope_leaves_the_field_laptop(world: Any) -> None:
    """End to end, on both headquarters backends: headquarters moves an organization (with
    its contact) from Kenya to Tanzania; the Kenya field laptop, which had an unsent edit of
    it, no longer holds it after its next sync, has nothing left to send and is told how
    many records left its scope; a later sync is clean."""
    world.user("nairobi", role="field", countries=["KE"])
    hq = world.device("hq1", "hq")
    with hq.write() as writer:
        moving = writer.create("organizations", {"name": "Mara Integrity Forum", "country": "KE"})
        person = writer.create("contacts", {"organization_id": moving, "full_name": "Wanjiku",
                                            "consent_on": "2010-01-01", "erased_on": None})
        staying = writer.create("organizations", {"name": "Kisumu Watch", "country": "KE"})
    hq.sync()
    field = world.device("field1", "nairobi")
    field.sync()
    assert field.has("organizations", moving) and field.has("contacts", person)
    with field.write() as writer:
        writer.update("contacts", person, {"phone": "+254 700 111 222"})
    with hq.write() as writer:
        writer.update("organizations", moving, {"country": "TZ"})
    hq.sync()

    report = field.sync()

    assert report.withdrawn == 2
    assert not field.has("organizations", moving) and not field.has("contacts", person)
    assert field.has("organizations", staying)
    assert field.replication.status().pending == 0
    assert field.sync().withdrawn == 0
