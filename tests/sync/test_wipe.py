"""Remote wipe (issue 13), through the real headquarters app on SQLite and on PostgreSQL:
an hq user orders a device's data erased; at its next sync the device first sends what it
had not sent, then is told; it erases its database, backups and logs, tells headquarters,
and forgets its token, which headquarters refuses for good."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import backup
from lookingbeyond_desktop.store.wipe import carry_out
from sync import bundle, client
from sync.client import SyncError
from sync.server import accounts
from sync.server.schema import devices, records
from tests.sync.world import World


def device_row(engine: Engine, device_id: str) -> object:
    """The device as headquarters holds it."""
    with engine.connect() as connection:
        return connection.execute(select(devices).where(devices.c.id == device_id)).one()


@pytest.mark.usefixtures("memory_keyring")
def test_a_wiped_device_sends_first_then_erases_everything_and_is_refused_for_good(
        world: World, hq_engine: Engine) -> None:
    """The laptop has an edit it never sent when the wipe is ordered: its next sync delivers
    the edit to headquarters, then stops with ``device_wipe``; erasing leaves no database,
    journal, backup or log in its folder, headquarters records when it was wiped, the token
    and the keys for sync by file leave the keyring, and the token is refused from then on;
    the device cannot be reinstated."""
    laptop = world.device("LAPTOP", "hq")
    with laptop.write() as writer:
        org = writer.create("organizations", {"name": "Transparency Kenya", "country": "KE"})
    laptop.sync()
    backup.make_backup(laptop.store)  # a real backup of the database
    with laptop.write() as writer:
        writer.update("organizations", org, {"phone": "+254 20 111"})  # never sent
    folder = laptop.store.folder
    paths.log_dir(folder).mkdir(exist_ok=True)
    (paths.log_dir(folder) / "lookingbeyond.log").write_text("a log line\n", encoding="utf-8")
    assert list(backup.backup_dir(folder).iterdir())
    device_id = laptop.store.device_id
    client.save_token(device_id, laptop.client.token)
    assert laptop.keys is not None
    bundle.save_keys(device_id, laptop.keys)  # its keys for sync by file, beside the token
    with hq_engine.begin() as connection:
        accounts.request_wipe(connection, device_id)

    with pytest.raises(SyncError) as raised:
        laptop.sync()
    assert raised.value.code == "device_wipe" and not raised.value.retryable
    with hq_engine.connect() as connection:
        data = connection.execute(select(records.c.data).where(records.c.id == org)).scalar_one()
    assert data["phone"] == "+254 20 111"  # sent before the order was given
    assert device_row(hq_engine, device_id).wipe_sent_at is not None

    laptop.store.close()
    outcome = carry_out(folder, device_id, "http://hq.test", session=world.session)
    assert outcome.confirmed_at is not None and outcome.token_forgotten
    left = sorted(p.name for p in folder.rglob("*"))
    assert not any(name.startswith(paths.DATABASE_FILE) for name in left), left
    assert not backup.backup_dir(folder).exists() and not paths.log_dir(folder).exists()
    row = device_row(hq_engine, device_id)
    assert row.wiped_at == outcome.confirmed_at and row.revoked_at is not None
    with pytest.raises(SyncError) as gone:
        client.load_token(device_id)
    assert gone.value.code == "not_enrolled"
    assert bundle.load_keys(device_id) is None
    with pytest.raises(SyncError) as refused:
        client.confirm_wiped("http://hq.test", laptop.client.token, session=world.session)
    assert refused.value.code in ("device_revoked", "token_invalid")
    with hq_engine.begin() as connection, pytest.raises(accounts.AccountError, match="wiped"):
        accounts.reinstate_device(connection, device_id)
    assert [d.state for d in accounts.list_devices(hq_engine.connect()) if d.id == device_id] == ["wiped"]


def test_a_device_not_ordered_wiped_cannot_claim_it(world: World) -> None:
    """A device that was not ordered wiped is refused when it says it wiped itself (it
    could otherwise revoke itself, or be made to by a forged request)."""
    laptop = world.device("LAPTOP", "hq")
    laptop.sync()
    with pytest.raises(SyncError) as refused:
        client.confirm_wiped("http://hq.test", laptop.client.token, session=world.session)
    assert refused.value.code == "forbidden"
    laptop.sync()  # still active


def test_a_revoked_device_cannot_be_ordered_wiped(world: World, hq_engine: Engine) -> None:
    """A revoked device will never contact headquarters again: ordering its wipe is refused
    with a reason (reinstate it first)."""
    laptop = world.device("LAPTOP", "hq")
    with hq_engine.begin() as connection:
        accounts.revoke_device(connection, laptop.store.device_id)
    with hq_engine.begin() as connection, pytest.raises(accounts.AccountError, match="revoked"):
        accounts.request_wipe(connection, laptop.store.device_id)


def test_an_hq_users_device_lists_devices_and_orders_a_wipe_a_field_one_may_not(
        world: World, hq_engine: Engine) -> None:
    """Over the API (for the window's Devices dialog): an hq user's device lists every
    device with its user and state, and orders another's wipe, which reaches that device
    at its next sync; it may not order its own; a field user's device may do neither."""
    world.user("nairobi", role="field", countries=["KE"])
    desk = world.device("HQ-DESK", "hq")
    laptop = world.device("NAIROBI-1", "nairobi")
    laptop.sync()
    listed = client.list_devices("http://hq.test", desk.client.token, session=world.session)
    assert {(d["name"], d["user"], d["state"]) for d in listed} >= {
        ("HQ-DESK", "hq", "active"), ("NAIROBI-1", "nairobi", "active")}
    for call in (lambda: client.list_devices("http://hq.test", laptop.client.token, session=world.session),
                 lambda: client.order_wipe("http://hq.test", laptop.client.token, desk.store.device_id,
                                           session=world.session)):
        with pytest.raises(SyncError) as refused:
            call()
        assert refused.value.code == "forbidden"
    with pytest.raises(SyncError) as own:
        client.order_wipe("http://hq.test", desk.client.token, desk.store.device_id, session=world.session)
    assert own.value.code == "bad_request"
    with pytest.raises(SyncError) as unknown:
        client.order_wipe("http://hq.test", desk.client.token, "0" * 32, session=world.session)
    assert unknown.value.code == "not_found"
    when = client.order_wipe("http://hq.test", desk.client.token, laptop.store.device_id,
                             session=world.session)
    assert device_row(hq_engine, laptop.store.device_id).wipe_requested_at == when
    with pytest.raises(SyncError) as ordered:
        laptop.sync()
    assert ordered.value.code == "device_wipe"
    states = {d["name"]: d["state"] for d in
              client.list_devices("http://hq.test", desk.client.token, session=world.session)}
    assert states["NAIROBI-1"] == "wipe sent"
