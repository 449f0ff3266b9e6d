"""At-risk organizations at headquarters (issue 13, item 4), on SQLite and PostgreSQL: the
contacts of an organization flagged ``at_risk`` never reach a partner's device (by an
ordinary pull, a snapshot or sync by file; not even the partner that is the flagged
organization) nor a field device outside the owning office's countries; flagging withdraws
them from partners that held them, clearing the flag sends them again; only headquarters
and the owning office's field users set the flag.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text

from lookingbeyond_desktop.headquarters import REGISTRY, validate_pushed
from sync.bundle_client import export_bundle, import_reply
from sync.hlc import wall_ms
from sync.server.bundles import import_bundle
from sync.server.scopes import AT_RISK_KEY
from sync.wire import PROTOCOL_VERSION
from tests.sync.test_scopes_hold import Probe, _pack, keys_of, refusals, stored
from tests.sync.world import Device, World


def contact_row(device: Device, contact_id: str) -> dict[str, Any] | None:
    """The device's row of a contact (None: it holds none)."""
    with device.store.engine.connect() as connection:
        found = connection.execute(text("SELECT * FROM contacts WHERE id = :i"),
                                   {"i": contact_id}).mappings().first()
    return dict(found) if found is not None else None


def holds_person(device: Device, contact_id: str) -> bool:
    """Whether the device holds anything personal of the contact (a blanked reference row
    left behind by a withdrawal holds nothing)."""
    row = contact_row(device, contact_id)
    return row is not None and any(row[name] for name in ("full_name", "email", "phone", "position", "notes"))


def by_pull(world: World, device: Device) -> None:
    """Ordinary pulls only (no snapshot)."""
    device.client.snapshot = False
    device.sync()


def by_snapshot(world: World, device: Device) -> None:
    """A first sync: the scope as a snapshot."""
    device.sync()


def by_file(world: World, device: Device) -> None:
    """A round trip by file, read back on the device."""
    assert device.keys is not None
    made = export_bundle(device.replication, device.keys)
    reply = import_bundle(world.engine, REGISTRY, validate_pushed, made.data).reply
    import_reply(device.replication, device.keys, reply)


@pytest.fixture
def registry(world: World) -> dict[str, Any]:
    """Headquarters' device writes: RLO Kenya (a partner's organization) and Hope Kenya,
    each with a contact; Safe CSO (another partner's organization, not flagged) with a
    contact; a Kenyan activity where all three take part, each participation naming its
    contact; a Mexican activity where Hope Kenya takes part with its contact.  Users: rlo
    (partner of RLO Kenya, reading Kenya), safe (partner of Safe CSO), amina (field, Kenya),
    juan (field, Mexico)."""
    hq = world.device("HQ", "hq")
    with hq.write() as writer:
        ids: dict[str, Any] = {
            "rlo": writer.create("organizations", {"name": "RLO Kenya", "country": "KE"}),
            "hope": writer.create("organizations", {"name": "Hope Kenya", "country": "KE"}),
            "safe": writer.create("organizations", {"name": "Safe CSO", "country": "KE"}),
        }
        for org in ("rlo", "hope", "safe"):
            ids[f"{org}_person"] = writer.create("contacts", {
                "organization_id": ids[org], "full_name": f"Person of {org}",
                "email": f"{org}@example.org", "consent_on": "2024-01-01"})
        ids["activity"] = writer.create("activities", {
            "title": "Regional consultation", "activity_type": "training",
            "start_date": "2011-03-01", "country": "KE"})
        ids["mexican_activity"] = writer.create("activities", {
            "title": "Dialogue", "activity_type": "training", "start_date": "2011-04-01",
            "country": "MX"})
        for org in ("rlo", "hope", "safe"):
            ids[f"{org}_takes_part"] = writer.create("participations", {
                "activity_id": ids["activity"], "organization_id": ids[org],
                "contact_id": ids[f"{org}_person"]})
        ids["hope_in_mexico"] = writer.create("participations", {
            "activity_id": ids["mexican_activity"], "organization_id": ids["hope"],
            "contact_id": ids["hope_person"]})
    hq.sync()
    ids["hq"] = hq
    world.user("rlo", role="partner", organization_id=ids["rlo"], countries=["KE"])
    world.user("safe", role="partner", organization_id=ids["safe"], countries=["KE"])
    world.user("amina", role="field", countries=["KE"])
    world.user("juan", role="field", countries=["MX"])
    return ids


def flag(ids: dict[str, Any], *names: str, at_risk: bool = True) -> None:
    """Headquarters' device sets (or clears) the flag of organizations and syncs."""
    hq = ids["hq"]
    with hq.write() as writer:
        for name in names:
            writer.update("organizations", ids[name], {"at_risk": at_risk})
    hq.sync()


@pytest.mark.parametrize("carry", [by_pull, by_snapshot, by_file], ids=["pull", "snapshot", "file"])
def test_flagged_contacts_never_reach_a_partner(world: World, registry: dict[str, Any], carry: Any) -> None:
    """With RLO Kenya and Hope Kenya flagged before any partner syncs, neither partner ever
    receives their contacts (ordinary pull, snapshot or a file), not even RLO Kenya's own
    partner; their participations reach it with the contact blanked; the contacts carry
    only the owning office's country key and the at-risk marker at headquarters.  Safe
    CSO's partner still gets its own contact (the flag is what hides them)."""
    flag(registry, "rlo", "hope")
    assert keys_of(world.engine, "contacts", registry["rlo_person"]) == {"c:KE", AT_RISK_KEY}
    assert AT_RISK_KEY in keys_of(world.engine, "organizations", registry["hope"])
    rlo, safe = world.device("RLO", "rlo"), world.device("SAFE", "safe")
    carry(world, rlo)
    carry(world, safe)
    for person in ("rlo_person", "hope_person", "safe_person"):
        assert contact_row(rlo, registry[person]) is None, person
    assert rlo.value("organizations", registry["rlo"], "name") == "RLO Kenya"
    assert rlo.value("organizations", registry["rlo"], "at_risk") == 1
    assert rlo.has("participations", registry["rlo_takes_part"])
    assert rlo.value("participations", registry["rlo_takes_part"], "contact_id") is None
    assert holds_person(safe, registry["safe_person"])
    assert safe.value("participations", registry["safe_takes_part"], "contact_id") == registry["safe_person"]
    assert contact_row(safe, registry["hope_person"]) is None


def test_the_owning_office_holds_them_and_another_country_never_does(
        world: World, registry: dict[str, Any]) -> None:
    """The Kenyan field office (the owning office) receives the flagged organization's
    contacts in full; the Mexican office, which sees Hope Kenya only as a reference row
    (it takes part in a Mexican activity), never receives its contact: the participation
    arrives with the contact blanked."""
    flag(registry, "hope")
    kenya, mexico = world.device("NAIROBI", "amina"), world.device("MEXICO", "juan")
    kenya.sync()
    mexico.sync()
    assert holds_person(kenya, registry["hope_person"])
    assert kenya.value("participations", registry["hope_takes_part"], "contact_id") == registry["hope_person"]
    assert mexico.has("organizations", registry["hope"])
    assert mexico.value("organizations", registry["hope"], "email") is None  # a reference row
    assert contact_row(mexico, registry["hope_person"]) is None
    assert mexico.value("participations", registry["hope_in_mexico"], "contact_id") is None


def test_flagging_withdraws_them_from_a_partner_and_clearing_sends_them_again(
        world: World, registry: dict[str, Any]) -> None:
    """A partner that held its organization's contact loses it when headquarters flags the
    organization (told it is gone: nothing personal stays, the participation names no
    contact any more) and can no longer add or edit one there; a partner device that starts
    while the flag is set gets none; when the flag is cleared, both receive the contact
    again and the participation names it: both converge with headquarters."""
    rlo = world.device("RLO", "rlo")
    rlo.sync()
    assert holds_person(rlo, registry["rlo_person"])
    assert rlo.value("participations", registry["rlo_takes_part"], "contact_id") == registry["rlo_person"]

    flag(registry, "rlo")
    rlo.sync()
    assert not holds_person(rlo, registry["rlo_person"])
    assert rlo.value("participations", registry["rlo_takes_part"], "contact_id") is None
    late = world.device("RLO-2", "rlo")
    late.sync()
    assert contact_row(late, registry["rlo_person"]) is None
    probe = Probe(world, "rlo")
    assert refusals(probe.update("contacts", registry["rlo_person"], phone="+254 1")) == [("out_of_scope", None)]
    assert refusals(probe.push([{"t": "contacts", "i": "6b3c3c38-52a5-4d5e-9d76-3f3c4c58d1a0", "new": True,
                                 "f": {"organization_id": registry["rlo"]}}])) == [("out_of_scope", None)]
    assert stored(world.engine, "contacts", registry["rlo_person"])["phone"] is None

    flag(registry, "rlo", at_risk=False)
    for device in (rlo, late):
        device.sync()
        assert holds_person(device, registry["rlo_person"]), device.name
        assert device.value("contacts", registry["rlo_person"], "email") == "rlo@example.org"
        assert device.value("participations", registry["rlo_takes_part"], "contact_id") == registry["rlo_person"]
    assert keys_of(world.engine, "contacts", registry["rlo_person"]) == {"c:KE", f"o:{registry['rlo']}"}


def test_only_headquarters_and_the_owning_office_set_the_flag(world: World, registry: dict[str, Any]) -> None:
    """A partner can neither set nor clear the flag (of its own organization or another):
    refused out_of_scope, headquarters keeps the value.  A Kenyan field user flags a
    Kenyan organization; a Mexican field user cannot flag it."""
    partner = Probe(world, "rlo")
    partner.sync()
    for org in ("rlo", "hope"):
        assert refusals(partner.update("organizations", registry[org], at_risk=True)) == [("out_of_scope", None)]
        assert stored(world.engine, "organizations", registry[org])["at_risk"] is False
    flag(registry, "rlo")
    assert refusals(partner.update("organizations", registry["rlo"], at_risk=False)) == [("out_of_scope", None)]
    assert stored(world.engine, "organizations", registry["rlo"])["at_risk"] is True
    mexico = Probe(world, "juan")
    mexico.sync()
    assert refusals(mexico.update("organizations", registry["safe"], at_risk=True)) == [("out_of_scope", None)]
    kenya = Probe(world, "amina")
    kenya.sync()
    assert kenya.update("organizations", registry["safe"], at_risk=True)["refused"] == []
    assert AT_RISK_KEY in keys_of(world.engine, "contacts", registry["safe_person"])


def test_a_row_asked_for_by_id_or_sent_back_as_a_fix_names_no_contact_at_risk(
        world: World, registry: dict[str, Any]) -> None:
    """The paths that send a participation without its parents still blank an at-risk
    contact for a partner: the partner's own participation asked for by id (``want``), and
    sent back as a correction (``fix``) when the partner's stale edit of the contact loses
    to headquarters' newer value."""
    flag(registry, "rlo")
    partner = Probe(world, "rlo")
    partner.sync()
    answer = partner.request({"v": PROTOCOL_VERSION, "clock": wall_ms(), "cursor": partner.cursor,
                              "d": [], "want": [["participations", registry["rlo_takes_part"]]],
                              "resolved": []})
    (row,) = [r for r in answer["rows"] if r["i"] == registry["rlo_takes_part"]]
    assert row["f"]["contact_id"][0] is None
    # A stale write of the contact (older than headquarters' version, made before the flag
    # reached the partner): it loses, and headquarters sends its own value back as a fix.
    current = partner.world_versions("participations", registry["rlo_takes_part"])["contact_id"]
    older = f"{int(current[:16], 16) - 1:016x}{partner.device_id}"
    ids = [partner.device_id]
    partner.seq += 1
    answer = partner.request({
        "v": PROTOCOL_VERSION, "clock": wall_ms(), "cursor": partner.cursor, "d": ids,
        "push": {"from": partner.seq, "upto": partner.seq, "rows": [{
            "t": "participations", "i": registry["rlo_takes_part"],
            "f": {"contact_id": [None, _pack(older, ids), None]}}]},
        "want": [], "resolved": []})
    (fixed,) = [r for r in answer["fix"] if r["i"] == registry["rlo_takes_part"]]
    assert fixed["f"]["contact_id"][0] is None
    assert registry["rlo_person"] not in json.dumps(answer["fix"] + answer["rows"])
