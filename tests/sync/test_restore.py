"""A replica restored from a backup (or a data folder copied back) keeps syncing safely.

Headquarters remembers how far it holds each device's changes.  A restored replica has made
fewer changes than that, so its next edits reuse sequence numbers headquarters already
has: without care they would be taken for changes already received and silently lost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import Engine, select

from lookingbeyond_desktop.store import Store, backup
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.server.schema import devices
from tests.sync.world import World


def test_edits_after_restoring_an_old_backup_reach_headquarters(world: World, hq_engine: Engine) -> None:
    """A device syncs, is backed up, syncs more edits, is restored from the backup and
    edits again: the new edits reach headquarters and the other device (they failed to
    before: headquarters took them for changes it already held), and the edits synced
    after the backup come back from headquarters."""
    a, b = world.device("a", "hq"), world.device("b", "hq")
    with a.write() as writer:
        org = writer.create("organizations", {"name": "Before the backup", "country": "KE"})
    a.sync()
    saved = backup.make_backup(a.store)
    with a.write() as writer:
        writer.update("organizations", org, {"acronym": "AFTER"})
        later = writer.create("organizations", {"name": "Synced after the backup", "country": "KE"})
    a.sync()
    with hq_engine.connect() as connection:
        held = connection.execute(select(devices.c.pushed_seq).where(
            devices.c.id == a.store.device_id)).scalar_one()
    assert held == 3

    a.store.close()
    backup.restore(a.store.folder, saved)
    a.store = Store.open(a.store.folder)
    a.replication = replication_for(a.store)
    a.client.replica = a.replication
    assert a.replication.status().last_seq == 1  # the backup's history: fewer than headquarters holds

    with a.write() as writer:
        writer.update("organizations", org, {"notes": "written after the restore"})
        new = writer.create("organizations", {"name": "Written after the restore", "country": "KE"})
    a.sync()
    status = a.replication.status()
    assert status.pending == 0
    assert status.last_seq > held  # renumbered after what headquarters held
    b.sync()
    for device in (a, b):
        assert device.value("organizations", org, "notes") == "written after the restore"
        assert device.value("organizations", org, "acronym") == "AFTER"
        assert device.has("organizations", new)
        assert device.has("organizations", later)
        assert device.replication.conflicts() == []


def test_a_copied_data_folder_also_catches_up(world: World, tmp_path: Path) -> None:
    """The same holds when the data folder is copied back by hand (no backup module
    involved): the restored replica renumbers its new edits and nothing is lost."""
    a = world.device("a", "hq")
    a.sync()
    copy = tmp_path / "copy"
    a.store.close()
    shutil.copytree(a.store.folder, copy)
    a.store = Store.open(a.store.folder)
    a.replication = replication_for(a.store)
    a.client.replica = a.replication
    with a.write() as writer:
        for n in range(5):
            writer.create("organizations", {"name": f"Synced {n}", "country": "KE"})
    a.sync()
    a.store.close()
    shutil.rmtree(a.store.folder)
    shutil.copytree(copy, a.store.folder)
    a.store = Store.open(a.store.folder)
    a.replication = replication_for(a.store)
    a.client.replica = a.replication
    with a.write() as writer:
        fresh = writer.create("organizations", {"name": "After copying back", "country": "KE"})
    a.sync()
    b = world.device("b", "hq")
    b.sync()
    assert b.has("organizations", fresh)
    with b.store.engine.connect() as connection:
        from sqlalchemy import text

        names = set(connection.execute(text("SELECT name FROM organizations")).scalars())
    assert names == {f"Synced {n}" for n in range(5)} | {"After copying back"}
