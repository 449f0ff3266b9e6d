"""A small world for sync tests: one headquarters (the real app) and several replicas."""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.exchange import export_json
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.bundle import DeviceKeys, KeyPair, PublicKeys
from sync.replica import Replication
from sync.client import SyncClient, SyncReport, enrol
from sync.server import accounts
from lookingbeyond_desktop.headquarters import create_app
from tests.sync.credentials import PASSWORD
from tests.sync.harness import SERVER_URL, AppAdapter, session_for


@dataclass
class Device:
    """One field laptop: its store, its sync machinery and its token."""

    name: str
    store: Store
    replication: Replication
    client: SyncClient
    keys: DeviceKeys | None = None  # for sync by file (kept here, not in a keyring)

    def sync(self) -> SyncReport:
        """One full sync."""
        return self.client.sync()

    def write(self, author: str | None = None) -> Any:
        """A write transaction on this device's store."""
        return self.store.write(author=author or self.name)

    def value(self, table: str, row_id: str, column: str) -> Any:
        """One stored value."""
        with self.store.engine.connect() as connection:
            return connection.execute(text(f"SELECT {column} FROM {table} WHERE id = :id"),
                                      {"id": row_id}).scalar()

    def export_value(self, row_id: str, name: str, table: str = "organizations") -> Any:
        """One field of a row as exports and the wire encode it."""
        from lookingbeyond_desktop.domain.registry import REGISTRY

        with self.store.engine.connect() as connection:
            from sqlalchemy import select

            from lookingbeyond_desktop.store.writer import TABLES

            columns = TABLES[table]
            value = connection.execute(select(columns.c[name]).where(columns.c.id == row_id)).scalar()
        return REGISTRY.table(table).field(name).encode(value)

    def has(self, table: str, row_id: str) -> bool:
        """Whether this replica holds the row at all."""
        with self.store.engine.connect() as connection:
            return connection.execute(text(f"SELECT 1 FROM {table} WHERE id = :id"),
                                      {"id": row_id}).first() is not None

    def export(self, tmp: Path) -> Any:
        """Everything, tombstones included, as the export's JSON."""
        out = tmp / f"{self.name}-export.json"
        with self.store.engine.connect() as connection:
            export_json(connection, out, include_deleted=True, include_at_risk=True)
        return json.loads(out.read_text(encoding="utf-8"))


def new_replica_template(folder: Path) -> Path:
    """A new, migrated data folder for :class:`World` to copy (``World(template=...)``)."""
    Store.open(folder).close()
    return folder


def open_copy(template: Path, folder: Path) -> Store:
    """A new replica in ``folder`` copied from ``template`` (a new, never-used data folder)
    and given a random device id of its own, as a new folder gets.  Running the local
    migrations is most of a new replica's set-up: a test that makes hundreds of worlds
    (the property tests) copies one made once, the way tests/sync/loadgen.py makes its 200."""
    shutil.copytree(template, folder)
    store = Store.open(folder, create=False)
    with store.engine.connect() as connection:
        connection.execution_options(lb_write=True)
        with connection.begin():
            connection.execute(text("UPDATE replica SET device_id = :id"), {"id": uuid.uuid4().hex})
    return store


@dataclass
class World:
    """Headquarters and the devices enrolled with it.  With ``template`` (see
    :func:`new_replica_template`), new devices are copies of that folder, each with its own
    device id."""

    engine: Engine
    tmp: Path
    adapter: AppAdapter = field(init=False)
    devices: list[Device] = field(default_factory=list)
    template: Path | None = None

    def __post_init__(self) -> None:
        self.adapter = AppAdapter(create_app(self.engine))
        self.session = session_for(self.adapter)

    def user(self, name: str, role: str = "hq", **scope: Any) -> None:
        """Create a user (password PASSWORD)."""
        with self.engine.begin() as connection:
            accounts.add_user(connection, name, PASSWORD, role=role, **scope)

    def device(self, name: str, user: str) -> Device:
        """A new replica enrolled as ``user``."""
        folder = self.tmp / name
        if self.template is not None and not folder.exists():
            store = open_copy(self.template, folder)
        else:
            store = Store.open(folder)
        replication = replication_for(store)
        own = KeyPair.generate()
        answer = enrol(SERVER_URL, user, PASSWORD, store.device_id, name, session=self.session,
                       bundle_keys=own.public().encode())
        replication.configure(server_url=SERVER_URL, user_name=user)
        client = SyncClient(replication, SERVER_URL, answer["token"], session=self.session)
        device = Device(name, store, replication, client,
                        DeviceKeys(own, PublicKeys.decode(answer["hq_keys"])))
        self.devices.append(device)
        return device

    def close(self) -> None:
        """Close every store and the app client."""
        for device in self.devices:
            device.store.close()
        self.adapter.close()
