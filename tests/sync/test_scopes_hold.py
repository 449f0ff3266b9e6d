"""Scopes that hold, decided only by headquarters (issue 9, item 4), on SQLite and PostgreSQL.

Each test plays devices with hand-built sync requests against the real headquarters app
(the ``world`` fixture): a device pushes what a hostile or honest replica would, and the
test checks headquarters' answers (rows, reference rows, ``gone``, conflicts, refusals)
and what it stored.  A :class:`Probe` keeps what a replica would hold: the rows it was
sent, minus the records it was told are ``gone``.
"""

from __future__ import annotations

import gzip
import itertools
import json
import uuid
from typing import Any

import pytest
from sqlalchemy import Engine, select

from lookingbeyond_desktop.domain.models import SYNCED_MODELS
from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.hlc import wall_ms
from sync.server import accounts, cli
from sync.server.schema import DeviceNames, conflicts, records, users
from sync.wire import PROTOCOL_VERSION
from tests.sync.world import World

HEX_WIDTH = 16
_tick = itertools.count(1)


def _pack(version: str | None, ids: list[str]) -> str | None:
    """The compact wire form of a version against the message's device list ``ids``."""
    if version is None:
        return None
    clock, device = version[:HEX_WIDTH], version[HEX_WIDTH:]
    if device not in ids:
        ids.append(device)
    return f"{clock.lstrip('0') or '0'}.{ids.index(device)}"


FULL: dict[str, dict[str, Any]] = {  # every field of a new record, valid for the domain
    "organizations": {"name": "CSO", "aliases": [], "acronym": None, "org_type": "ngo",
                      "country": "KE", "cities": [], "themes": [], "networks": [], "is_rlo": False,
                      "rlo_region": None, "ecosoc_status": "none", "email": None, "phone": None,
                      "website": None, "address": None, "verified_on": None, "notes": None,
                      "merged_into": None, "at_risk": False},
    "contacts": {"organization_id": None, "full_name": "Someone", "position": None, "email": None,
                 "phone": None, "consent_on": "2010-01-01", "erased_on": None, "notes": None},
    "activities": {"title": "Training", "activity_type": "training", "start_date": "2010-02-01",
                   "end_date": None, "city": None, "country": "KE", "themes": [],
                   "organizing_office": None, "co_organizers": [], "member_states": [],
                   "meeting": None, "outcomes": None, "follow_up": None, "notes": None},
    "participations": {"activity_id": None, "organization_id": None, "contact_id": None,
                       "role": "participant", "representatives": 1, "women": None, "men": None,
                       "notes": None},
    "grants": {"organization_id": None, "amount": "5000", "currency": "USD", "purpose": "Seed",
               "follows_meeting": None, "status": "proposed", "approved_on": None,
               "disbursed_on": None, "report_received_on": None, "activity_ids": [], "notes": None},
}


class Probe:
    """One device speaking the protocol by hand: it pushes rows and keeps what it pulls."""

    def __init__(self, world: World, user: str) -> None:
        self.world = world
        self.device_id = uuid.uuid4().hex
        with world.engine.begin() as connection:
            found = accounts.find_user(connection, user)
            assert found is not None
            self.token = accounts.enrol_device(connection, found, self.device_id, user)
        self.cursor = 0
        self.seq = 0
        self.held: dict[tuple[str, str], dict[str, Any]] = {}  # what a replica would hold
        self.references: set[tuple[str, str]] = set()
        self.gone: list[tuple[str, str]] = []
        self.conflicts: dict[str, dict[str, Any]] = {}
        self.answers: list[dict[str, Any]] = []

    # -- talking to headquarters ---------------------------------------------------------

    def request(self, document: dict[str, Any]) -> dict[str, Any]:
        """POST one sync document; the decoded answer (200 expected)."""
        answer = self.world.adapter.client.post(
            "/v1/sync", content=gzip.compress(json.dumps(document).encode()),
            headers={"Authorization": f"Bearer {self.token}", "Content-Encoding": "gzip"})
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    def sync(self, *, limit: int | None = None, resolved: list[str] | None = None,
             keep: bool = True) -> list[dict[str, Any]]:
        """Pull until nothing more waits (settling ``resolved`` on the way); the answers.
        ``keep=False``: the answers are lost on the way back (nothing applied)."""
        answers = []
        first = True
        while True:
            document: dict[str, Any] = {"v": PROTOCOL_VERSION, "clock": wall_ms(), "cursor": self.cursor, "d": [],
                                        "want": [], "resolved": (resolved or []) if first else []}
            if limit is not None:
                document["limit"] = limit
            answer = self.request(document)
            answers.append(answer)
            first = False
            if not keep:
                return answers
            self.apply(answer)
            if not answer["more"]:
                return answers

    def apply(self, answer: dict[str, Any]) -> None:
        """What a replica does with an answer: withdrawals first, then rows, then conflicts."""
        self.answers.append(answer)
        for table, record_id in answer.get("gone", []):
            self.gone.append((table, record_id))
            self.held.pop((table, record_id), None)
            self.references.discard((table, record_id))
        for row in [*answer["fix"], *answer["rows"]]:
            key = (row["t"], row["i"])
            values = {name: pair[0] for name, pair in row["f"].items()}
            self.held.setdefault(key, {}).update(values)
            if row.get("r"):
                self.references.add(key)
            else:
                self.references.discard(key)
        for conflict in answer["conflicts"]:
            self.conflicts[conflict["id"]] = conflict
        self.cursor = answer["cursor"]

    def push(self, rows: list[dict[str, Any]]) -> dict[str, Any]:
        """Push ``rows`` ({"t", "i", "f": {field: value}, "new": bool, "bases": versions}) as
        this device's next batch, each field based on ``bases`` or else on headquarters'
        current version (an up-to-date device)."""
        ids = [self.device_id]
        version = f"{(wall_ms() << 16) + next(_tick):0{HEX_WIDTH}x}{self.device_id}"
        wire = []
        for spec in rows:
            stored = spec.get("bases") or self.world_versions(spec["t"], spec["i"])
            fields = dict(FULL[spec["t"]]) | {"deleted": False} | spec["f"] if spec.get("new") else spec["f"]
            wire.append({"t": spec["t"], "i": spec["i"], "f": {
                name: [value, _pack(version, ids), _pack(stored.get(name), ids)]
                for name, value in fields.items()}})
        self.seq += 1
        answer = self.request({"v": PROTOCOL_VERSION, "clock": wall_ms(), "cursor": self.cursor, "d": ids,
                               "push": {"from": self.seq, "upto": self.seq, "rows": wire},
                               "want": [], "resolved": []})
        self.apply(answer)
        return answer

    def world_versions(self, table: str, record_id: str) -> dict[str, str]:
        with self.world.engine.connect() as connection:
            found = connection.execute(select(records.c.data, records.c.versions).where(
                records.c.tbl == table, records.c.id == record_id)).first()
            return {} if found is None else found.versions.of(found.data, DeviceNames(connection))

    def create(self, table: str, **fields: Any) -> str:
        """Create a record (every other field at its default); its id.  Must be applied."""
        record_id = str(uuid.uuid4())
        answer = self.push([{"t": table, "i": record_id, "f": fields, "new": True}])
        assert answer["refused"] == [], [(r["code"], r["field"], r["reason"]) for r in answer["refused"]]
        return record_id

    def update(self, table: str, record_id: str, **fields: Any) -> dict[str, Any]:
        """Push an edit; the answer."""
        return self.push([{"t": table, "i": record_id, "f": fields}])

    def holds(self, table: str, record_id: str) -> bool:
        return (table, record_id) in self.held


def stored(engine: Engine, table: str, record_id: str) -> dict[str, Any]:
    with engine.connect() as connection:
        return dict(connection.execute(select(records.c.data).where(
            records.c.tbl == table, records.c.id == record_id)).scalar_one())


def keys_of(engine: Engine, table: str, record_id: str) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(select(records.c.scope_keys).where(
            records.c.tbl == table, records.c.id == record_id)).scalar_one())


def refusals(answer: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(r["code"], r["field"]) for r in answer["refused"]]


def make_conflict(world: World, hq: Probe, table: str, record_id: str, field: str) -> None:
    """Two headquarters devices change one field concurrently: a conflict is kept."""
    other = Probe(world, "hq")
    stale = other.world_versions(table, record_id)
    hq.update(table, record_id, **{field: "First"})
    other.push([{"t": table, "i": record_id, "f": {field: "Second"}, "bases": stale}])
    with world.engine.connect() as connection:
        assert connection.execute(select(conflicts.c.id).where(
            conflicts.c.tbl == table, conflicts.c.row_id == record_id)).first() is not None


# -- 1. taking part gives read access only ----------------------------------------------------


@pytest.fixture
def joint(world: World) -> dict[str, Any]:
    """hq's records: organizations RLO Kenya (a partner), Other CSO (Kenya) and Transparencia
    (Mexico); a Kenyan activity organized by Other CSO with its participation, a Mexican
    activity; users rlo (partner of RLO Kenya, reading Kenya), amina (field, Kenya)."""
    hq = Probe(world, "hq")
    ids: dict[str, Any] = {"hq": hq}
    ids["rlo"] = hq.create("organizations", name="RLO Kenya", is_rlo=True, rlo_region="002")
    ids["other"] = hq.create("organizations", name="Other CSO", email="office@other.example",
                             notes="Board split in 2010")
    ids["mexican"] = hq.create("organizations", name="Transparencia", country="MX",
                               email="info@tm.example", phone="+52 55 1234", notes="Internal")
    ids["mexican_contact"] = hq.create("contacts", organization_id=ids["mexican"],
                                       full_name="Lucía", email="lucia@tm.example")
    ids["activity"] = hq.create("activities", title="Consultation", co_organizers=[ids["other"]],
                                outcomes="Recommendations")
    ids["mexican_activity"] = hq.create("activities", title="Dialogue", country="MX",
                                        outcomes="Confidential outcome")
    ids["other_in_activity"] = hq.create("participations", activity_id=ids["activity"],
                                         organization_id=ids["other"])
    world.user("rlo", role="partner", organization_id=ids["rlo"], countries=["KE"])
    world.user("amina", role="field", countries=["KE"])
    return ids


def test_a_participant_partner_cannot_take_over_the_activity(world: World, joint: dict[str, Any]) -> None:
    """A partner that adds its own participation to an activity it can see gets read
    access only: renaming the activity, moving it to another country, adding itself as
    co-organizer and editing another organization's participation are each refused with
    out_of_scope, and headquarters keeps what it had."""
    partner = Probe(world, "rlo")
    partner.sync()
    mine = partner.create("participations", activity_id=joint["activity"], organization_id=joint["rlo"])
    assert f"p:{joint['rlo']}" in keys_of(world.engine, "activities", joint["activity"])
    before = stored(world.engine, "activities", joint["activity"])
    other_before = stored(world.engine, "participations", joint["other_in_activity"])
    for hostile in ({"title": "Renamed"}, {"country": "MX"},
                    {"co_organizers": [joint["other"], joint["rlo"]]}):
        answer = partner.update("activities", joint["activity"], **hostile)
        assert refusals(answer) == [("out_of_scope", None)], hostile
    answer = partner.update("participations", joint["other_in_activity"], representatives=40)
    assert refusals(answer) == [("out_of_scope", None)]
    assert stored(world.engine, "activities", joint["activity"]) == before
    assert stored(world.engine, "participations", joint["other_in_activity"]) == other_before
    assert partner.update("participations", mine, notes="Two of us came")["refused"] == []


def test_a_partner_joins_only_activities_it_can_see(world: World, joint: dict[str, Any]) -> None:
    """Creating its own participation needs the activity to be visible to the partner (an
    activity of its countries, or one it organizes or takes part in): naming the Mexican
    activity, whose id it learnt elsewhere, is refused on activity_id, and the activity gains
    no participant key."""
    partner = Probe(world, "rlo")
    answer = partner.push([{"t": "participations", "i": str(uuid.uuid4()), "new": True, "f": {
        "activity_id": joint["mexican_activity"], "organization_id": joint["rlo"]}}])
    assert refusals(answer) == [("out_of_scope", "activity_id")]
    assert keys_of(world.engine, "activities", joint["mexican_activity"]) == {"c:MX"}
    partner.sync()
    assert not partner.holds("activities", joint["mexican_activity"])


def test_an_organizer_partner_runs_its_activity(world: World, joint: dict[str, Any]) -> None:
    """A partner among an activity's co-organizers edits the activity and records who took
    part (participations of the activity, its own or others'); it cannot drop itself from
    the organizers (the record would leave what it may write)."""
    hq = joint["hq"]
    ours = hq.create("activities", title="Regional consultation", co_organizers=[joint["rlo"]])
    partner = Probe(world, "rlo")
    partner.sync()
    assert partner.update("activities", ours, outcomes="Sent to CoSP 4")["refused"] == []
    partner.create("participations", activity_id=ours, organization_id=joint["other"])
    assert refusals(partner.update("activities", ours, co_organizers=[])) == [("out_of_scope", None)]
    assert stored(world.engine, "activities", ours)["outcomes"] == "Sent to CoSP 4"


def test_access_ends_with_the_participation(world: World, joint: dict[str, Any]) -> None:
    """A partner sees a foreign activity only while it takes part: when it deletes its
    participation the activity loses p:<organization>, the partner is told it is gone, and
    later edits and conflicts of the activity never reach it.  The same when headquarters
    moves the participation to another activity."""
    hq = joint["hq"]
    world.user("rlo_only", role="partner", organization_id=joint["rlo"])  # no countries
    first = hq.create("activities", title="Side event", country="TZ", notes="Internal notes")
    second = hq.create("activities", title="Training", country="UG")
    mine = hq.create("participations", activity_id=first, organization_id=joint["rlo"])
    partner = Probe(world, "rlo_only")
    partner.sync()
    assert partner.holds("activities", first) and not partner.holds("activities", second)
    hq.update("participations", mine, activity_id=second)  # moved by headquarters
    partner.sync()
    assert ("activities", first) in partner.gone and not partner.holds("activities", first)
    assert partner.holds("activities", second)
    assert f"p:{joint['rlo']}" not in keys_of(world.engine, "activities", first)
    assert partner.update("participations", mine, deleted=True)["refused"] == []
    partner.sync()
    assert ("activities", second) in partner.gone and not partner.holds("activities", second)
    assert keys_of(world.engine, "activities", second) == {"c:UG"}
    seen = len(partner.answers)
    hq.update("activities", second, outcomes="Later outcome", notes="Later notes")
    make_conflict(world, hq, "activities", second, "city")
    partner.sync()
    assert second not in json.dumps(partner.answers[seen:])


# -- 2. references to records outside the writer's scope ----------------------------------------


def _participants(engine: Engine, activity_id: str) -> set[str]:
    """The ``p:`` keys an activity must hold: one per organization of its live participations,
    recomputed from what headquarters stores (what the push does without reading them all)."""
    with engine.connect() as connection:
        found = connection.execute(select(records.c.data).where(
            records.c.tbl == "participations", records.c.deleted.is_(False))).scalars()
        return {f"p:{data['organization_id']}" for data in found
                if data["activity_id"] == activity_id and data["organization_id"]}


def test_new_participants_grow_the_activity_as_a_recount_would(world: World, joint: dict[str, Any]) -> None:
    """A push of new participations gives their activity the new participants' keys from
    its keys as stored (no recount of its participations); one that also moves or deletes a
    participation of that activity, or creates one already deleted, recounts.  Either way
    the activity ends with exactly the keys of its live participations, and the devices of a
    newly participating partner receive it."""
    hq = joint["hq"]
    activity = joint["activity"]
    first, second = hq.create("organizations", name="First"), hq.create("organizations", name="Second")
    third = hq.create("organizations", name="Third")
    new = [{"t": "participations", "i": str(uuid.uuid4()), "new": True,
            "f": {"activity_id": activity, "organization_id": organization}}
           for organization in (first, second, joint["rlo"])]
    assert hq.push(new)["refused"] == []
    assert {k for k in keys_of(world.engine, "activities", activity) if k.startswith("p:")} \
        == _participants(world.engine, activity) == {f"p:{o}" for o in (joint["other"], first, second, joint["rlo"])}
    partner = Probe(world, "rlo")
    partner.sync()
    assert partner.holds("activities", activity)
    moved = [{"t": "participations", "i": new[0]["i"], "f": {"activity_id": joint["mexican_activity"]}},
             {"t": "participations", "i": new[1]["i"], "f": {"deleted": True}},
             {"t": "participations", "i": str(uuid.uuid4()), "new": True,
              "f": {"activity_id": activity, "organization_id": third}},
             {"t": "participations", "i": str(uuid.uuid4()), "new": True,
              "f": {"activity_id": activity, "organization_id": joint["mexican"], "deleted": True}}]
    assert hq.push(moved)["refused"] == []
    assert {k for k in keys_of(world.engine, "activities", activity) if k.startswith("p:")} \
        == _participants(world.engine, activity) == {f"p:{o}" for o in (joint["other"], joint["rlo"], third)}
    assert {k for k in keys_of(world.engine, "activities", joint["mexican_activity"]) if k.startswith("p:")} \
        == {f"p:{first}"}


def test_a_field_user_cannot_name_records_of_another_scope(world: World, joint: dict[str, Any]) -> None:
    """A Kenyan field device naming, in a record it creates or edits, a contact, an activity
    or an organization's record it cannot see is refused with out_of_scope on that field,
    and nothing is stored: a participation of a Kenyan activity naming a Mexican contact,
    a participation of a Kenyan organization in a Mexican activity, a grant linked to a
    Mexican activity, a Kenyan contact moved to a Mexican organization."""
    field = Probe(world, "amina")
    kenyan_contact = field.create("contacts", organization_id=joint["other"])
    cases = [
        ({"t": "participations", "i": str(uuid.uuid4()), "new": True, "f": {
            "activity_id": joint["activity"], "organization_id": joint["other"],
            "contact_id": joint["mexican_contact"]}}, "contact_id"),
        ({"t": "participations", "i": str(uuid.uuid4()), "new": True, "f": {
            "activity_id": joint["mexican_activity"], "organization_id": joint["other"]}}, "activity_id"),
        ({"t": "grants", "i": str(uuid.uuid4()), "new": True, "f": {
            "organization_id": joint["other"], "activity_ids": [joint["mexican_activity"]]}}, "activity_ids"),
        ({"t": "participations", "i": joint["other_in_activity"], "f": {
            "contact_id": joint["mexican_contact"]}}, "contact_id"),
    ]
    for row, field_name in cases:
        before = field.world_versions(row["t"], row["i"])
        answer = field.push([row])
        assert [(r["code"], r["field"], r["i"]) for r in answer["refused"]] == [
            ("out_of_scope", field_name, row["i"])], field_name
        assert field.world_versions(row["t"], row["i"]) == before
    moved = field.update("contacts", kenyan_contact, organization_id=joint["mexican"])
    assert refusals(moved) == [("out_of_scope", None)]
    field.sync()
    assert not field.holds("contacts", joint["mexican_contact"])
    assert not field.holds("activities", joint["mexican_activity"])


def test_a_foreign_participant_travels_as_a_reference_row_only(world: World, joint: dict[str, Any]) -> None:
    """An organization of another country may take part in an activity of the writer's
    scope (the domain needs it); the writer's devices then receive it as a reference row:
    its name, type and country, and null contact channels and notes."""
    field = Probe(world, "amina")
    taking_part = field.create("participations", activity_id=joint["activity"],
                               organization_id=joint["mexican"])
    reader = Probe(world, "amina")
    reader.sync()
    assert reader.holds("participations", taking_part)
    assert ("organizations", joint["mexican"]) in reader.references
    received = reader.held[("organizations", joint["mexican"])]
    assert received["name"] == "Transparencia" and received["country"] == "MX"
    assert received["email"] is None and received["phone"] is None and received["notes"] is None
    spec = REGISTRY.table("organizations")
    assert set(received) == set(spec.field_names) - {"id"}  # a replica can store it
    assert "Confidential" not in json.dumps(reader.answers) and "lucia" not in json.dumps(reader.answers)


def test_reference_fields_are_declared_once_and_fill_every_required_column() -> None:
    """The registry marks the fields a reference row carries: every NOT NULL synced column
    of a table that can be a parent (a replica stores reference rows like other rows), and
    never a personal field, a contact channel, notes or outcomes.  Contacts have none: a
    reference to a contact outside the scope is blanked instead."""
    parents = {spec.ref_table for table in REGISTRY.tables for spec in table.fields if spec.ref_table}
    never = {"email", "phone", "website", "address", "notes", "outcomes", "follow_up"}
    for model in SYNCED_MODELS:
        table = REGISTRY.table(model.__tablename__)  # type: ignore[attr-defined]
        marked = {spec.name for spec in table.fields if spec.reference} - {"id"}
        assert not marked & never, table.name
        assert not any(spec.personal for spec in table.fields if spec.reference), table.name
        if table.name not in parents or table.name == "contacts":
            continue
        required = {c.key for c in model.__table__.columns  # type: ignore[attr-defined]
                    if not c.nullable and c.key in table.field_names and c.key != "id"}
        assert required <= marked, (table.name, required - marked)
    assert {s.name for s in REGISTRY.table("contacts").fields if s.reference} == {"id"}


# -- 3. settling a conflict needs write access --------------------------------------------------


def test_settling_a_conflict_needs_write_access(world: World, joint: dict[str, Any]) -> None:
    """A partner that only reads an activity receives its conflicts but cannot settle them
    (the conflict stays open); a field device of the activity's country can."""
    make_conflict(world, joint["hq"], "activities", joint["activity"], "city")
    partner = Probe(world, "rlo")
    partner.sync()
    open_ = [c for c in partner.conflicts.values() if c["i"] == joint["activity"]]
    assert len(open_) == 1
    partner.sync(resolved=[open_[0]["id"]])
    with world.engine.connect() as connection:
        assert connection.execute(select(conflicts.c.resolved_seq).where(
            conflicts.c.id == open_[0]["id"])).scalar() is None
    field = Probe(world, "amina")
    field.sync(resolved=[open_[0]["id"]])
    with world.engine.connect() as connection:
        assert connection.execute(select(conflicts.c.resolved_seq).where(
            conflicts.c.id == open_[0]["id"])).scalar() is not None


# -- 4. leaving a scope withdraws ----------------------------------------------------------------


def test_a_record_moved_to_another_country_is_withdrawn(world: World, joint: dict[str, Any]) -> None:
    """When headquarters moves an organization from Kenya to Mexico, a Kenyan device is told
    that it and its contact are gone (a lost answer is sent again), a device that never saw
    them is told nothing, and later edits, blanked fields and deletes of them never reach it."""
    hq = joint["hq"]
    contact = hq.create("contacts", organization_id=joint["other"], email="amani@other.example")
    kenya = Probe(world, "amina")
    world.user("dar", role="field", countries=["TZ"])
    tanzania = Probe(world, "dar")
    kenya.sync()
    tanzania.sync()
    assert kenya.holds("organizations", joint["other"]) and kenya.holds("contacts", contact)
    hq.update("organizations", joint["other"], country="MX")
    lost = kenya.sync(keep=False)[0]
    assert {tuple(g) for g in lost.get("gone", [])} >= {("organizations", joint["other"]),
                                                        ("contacts", contact)}
    kenya.sync()  # the same range again: told again
    assert ("organizations", joint["other"]) in kenya.gone and ("contacts", contact) in kenya.gone
    assert not kenya.holds("contacts", contact)
    tanzania.sync()
    assert tanzania.gone == []
    seen = len(kenya.answers)
    hq.update("contacts", contact, email=None, notes="Moved to Mexico City")
    hq.update("contacts", contact, deleted=True)
    kenya.sync()
    later = json.dumps(kenya.answers[seen:])
    assert contact not in later
    # The organization still organizes a Kenyan activity: it may come back as a reference
    # row (reference fields only), never in full.
    for answer in kenya.answers[seen:]:
        for row in answer["rows"]:
            if row["i"] == joint["other"]:
                assert row.get("r") is True


def test_withdrawals_come_in_pages_within_the_budget(world: World, joint: dict[str, Any]) -> None:
    """Many records leaving at once reach a device over several pages of a small budget:
    each page's gone list stays near a quarter of the budget, the cursor stops at the last
    one listed, and together they name every record exactly as it left."""
    hq = joint["hq"]
    moved = [hq.create("organizations", name=f"CSO {n}") for n in range(60)]
    kenya = Probe(world, "amina")
    kenya.sync()
    hq.push([{"t": "organizations", "i": record_id, "f": {"country": "MX"}} for record_id in moved])
    answers = kenya.sync(limit=2_000)
    assert len(answers) > 2
    for answer in answers:
        assert len(json.dumps(answer.get("gone", []), separators=(",", ":"))) <= 2_000 // 4 + 60
    assert {i for t, i in kenya.gone if t == "organizations"} == set(moved)


def test_narrowing_a_users_scope_withdraws_and_widening_sends(world: World, joint: dict[str, Any]) -> None:
    """`lookingbeyond-server user update NAME --country KE` for a user of Kenya and Tanzania:
    its devices are told the Tanzanian records are gone (not the Kenyan ones) and receive
    nothing more about them; giving Tanzania back sends them in full again."""
    hq = joint["hq"]
    tanzanian = hq.create("organizations", name="Tanzanian CSO", country="TZ", notes="Notes")
    world.user("eastafrica", role="field", countries=["KE", "TZ"])
    device = Probe(world, "eastafrica")
    device.sync()
    assert device.holds("organizations", tanzanian)
    url = world.engine.url.render_as_string(hide_password=False)
    assert cli.main(["user", "update", "eastafrica", "--country", "KE", "--database-url", url]) == 0
    with world.engine.connect() as connection:
        assert connection.execute(select(users.c.countries).where(
            users.c.name == "eastafrica")).scalar_one() == ["KE"]
    device.sync()
    assert device.gone == [("organizations", tanzanian)]
    assert device.holds("organizations", joint["other"])
    seen = len(device.answers)
    hq.update("organizations", tanzanian, notes="Later")
    device.sync()
    assert tanzanian not in json.dumps(device.answers[seen:])
    assert cli.main(["user", "update", "eastafrica", "--country", "KE", "--country", "TZ",
                     "--database-url", url]) == 0
    device.sync()
    assert device.held[("organizations", tanzanian)]["notes"] == "Later"
    assert ("organizations", tanzanian) not in device.references
