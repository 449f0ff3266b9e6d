"""No personal data in any output or log: a failure names table, id and field, never values.

A pull that fails on an insert (forced here by a trigger on the pulling replica that refuses
every new contact, so the failure goes through the real pull code path with a real
IntegrityError) used to print the SQL parameters of the failing insert: the contact's name,
e-mail, phone and notes.  Checked in process (what the window logs and shows), and with the
`lookingbeyond` command in a process against a real headquarters server.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import requests
from sqlalchemy.engine import make_url

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.database import make_engine as store_engine
from sync.server.database import make_engine as hq_engine_for
from tests import rawdb
from tests.sync.conftest import hq_engine, hq_url, pg_database_url, world  # noqa: F401 (fixtures)
from tests.sync.world import World

NAME = "Marker Wanjiru Kamau-7Q"
EMAIL = "marker.7q@example.org"
PHONE = "+254 700 777 123"
NOTES = "marker-notes-7Q met at the consultation"
MARKERS = (NAME, EMAIL, PHONE, NOTES, "Marker Wanjiru", "marker.7q", "777 123", "marker-notes")
REFUSE_NEW_CONTACTS = ("CREATE TRIGGER refuse_contacts BEFORE INSERT ON contacts BEGIN "
                       "SELECT RAISE(ABORT, 'refused for the test'); END")
PASSWORD = "a long enough test password 42"


def contact_values(organization_id: str) -> dict[str, Any]:
    return {"organization_id": organization_id, "full_name": NAME, "email": EMAIL,
            "phone": PHONE, "notes": NOTES, "consent_on": "2026-01-15", "erased_on": None}


def assert_no_marker(*texts: str) -> None:
    for text in texts:
        for marker in MARKERS:
            assert marker not in text, f"personal data ({marker!r}) in: {text[:2000]}"


def refuse_new_contacts(database: Path) -> None:
    with rawdb.opened(database) as connection:
        connection.execute(REFUSE_NEW_CONTACTS)
    connection.close()


def test_every_engine_hides_sql_parameters(tmp_path: Path) -> None:
    """The local store's engine and headquarters' engine (SQLite; the PostgreSQL one is made
    by the same function) are made with hide_parameters, so no SQL error carries values."""
    local = store_engine(tmp_path / "local.sqlite3", "00" * 32)
    hq = hq_engine_for(f"sqlite:///{tmp_path / 'hq.db'}")
    try:
        assert local.hide_parameters and hq.hide_parameters
    finally:
        local.dispose()
        hq.dispose()
    pg = hq_engine_for(make_url("postgresql://nobody@127.0.0.1:1/none"))
    assert pg.hide_parameters
    pg.dispose()


def test_a_failed_insert_of_the_local_store_names_no_values(tmp_path: Path) -> None:
    """An IntegrityError from the store's engine names the statement and the table, not the
    values of the row."""
    from lookingbeyond_desktop.store.writer import TABLES

    with Store.open(tmp_path / "data") as store:
        with store.write() as writer:
            org = writer.create("organizations", {"name": "Host", "country": "KE"})
        refuse_new_contacts(paths.database_path(store.folder))
        with pytest.raises(Exception) as failed, store.engine.begin() as connection:
            connection.execute(TABLES["contacts"].insert().values(
                id="00000000-0000-4000-8000-000000000001", sync_version="1",
                **{k: v for k, v in contact_values(org).items() if k != "consent_on"},
                consent_on=None))
    text = "".join(traceback.format_exception(failed.value))
    assert "contacts" in text
    assert_no_marker(text)


def test_a_failed_pull_prints_and_logs_no_personal_data(
    world: World, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    """One office creates a contact; another office's pull of it fails on the insert.  The
    failure's text (what the window logs with its traceback and shows), the log and the
    standard streams hold none of the contact's name, e-mail, phone or notes, on both
    headquarters backends."""
    caplog.set_level(logging.DEBUG)
    first, second = world.device("first", "hq"), world.device("second", "hq")
    with first.write() as writer:
        org = writer.create("organizations", {"name": "Host organization", "country": "KE"})
        writer.create("contacts", contact_values(org))
    first.sync()
    refuse_new_contacts(paths.database_path(second.store.folder))
    texts: list[str] = []
    try:
        second.sync()
    except Exception as error:  # noqa: BLE001 - the text of whatever stops the sync is checked
        texts.append("".join(traceback.format_exception(error)))
        texts.append(f"{type(error).__name__}: {error}")  # what the window shows
    captured = capsys.readouterr()
    assert_no_marker(*texts, caplog.text, captured.out, captured.err)
    with second.store.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT * FROM sync_state").all()
        refusals = connection.exec_driver_sql("SELECT * FROM sync_refusals").all()
    assert_no_marker(repr(stored), repr(refusals))


def test_the_window_sync_worker_logs_no_personal_data(
    world: World, caplog: pytest.LogCaptureFixture, qapp: object
) -> None:
    """The window's sync worker, on the same failed pull: neither its log (with the
    traceback) nor the message it emits for the Sync page holds the contact's data."""
    from lookingbeyond_desktop.ui.sync_worker import SyncWorker
    from sync import client
    from tests.ui.conftest import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        caplog.set_level(logging.DEBUG)
        first, second = world.device("first", "hq"), world.device("second", "hq")
        with first.write() as writer:
            org = writer.create("organizations", {"name": "Host organization", "country": "KE"})
            writer.create("contacts", contact_values(org))
        first.sync()
        client.save_token(second.store.device_id, second.client.token)
        refuse_new_contacts(paths.database_path(second.store.folder))
        worker = SyncWorker(second.store, threading.Event(), lambda: world.session)
        failures: list[tuple[str, str, bool]] = []
        worker.sig_failed.connect(lambda *args: failures.append(args))
        worker.run_sync(False, False)
    finally:
        keyring.set_keyring(previous)
    assert_no_marker(caplog.text, repr(failures))


@pytest.fixture
def hq_server(tmp_path: Path) -> Iterator[str]:
    """A real `lookingbeyond-server serve` process on SQLite with two hq users."""
    from tests.sync.server.hq_server import running_server
    from tests.sync.test_end_to_end import hq

    url = f"sqlite:///{tmp_path / 'hq.db'}"
    assert hq(url, "init").returncode == 0
    for name in ("amina", "juma"):
        added = hq(url, "user", "add", name, "--role", "hq", "--password-stdin", stdin=PASSWORD + "\n")
        assert added.returncode == 0, added.stderr
    with running_server(url) as running:
        yield running.base


def test_the_cli_prints_and_logs_no_personal_data_when_a_pull_fails(hq_server: str, tmp_path: Path) -> None:
    """`lookingbeyond sync` whose pull fails on an insert, in a process: its output, the log
    file of its data folder and `lookingbeyond status` afterwards hold no personal data."""
    from tests.sync.test_end_to_end import Laptop

    first = Laptop(tmp_path / "first", tmp_path / "first-keyring")
    second = Laptop(tmp_path / "second", tmp_path / "second-keyring")
    for laptop, user in ((first, "amina"), (second, "juma")):
        laptop.run("login", "--server", hq_server, "--user", user, "--password-stdin", stdin=PASSWORD + "\n")
    with Store.open(first.folder) as store, store.write() as writer:
        org = writer.create("organizations", {"name": "Host organization", "country": "KE"})
        writer.create("contacts", contact_values(org))
    first.run("sync")
    refuse_new_contacts(paths.database_path(second.folder))
    synced = second.run("sync", check=False)
    status = second.run("status", check=False)
    logs = "".join(p.read_text(encoding="utf-8", errors="replace")
                   for p in paths.log_dir(second.folder).glob("*.log"))
    assert_no_marker(synced.stdout, synced.stderr, status.stdout, status.stderr, logs)
    assert requests.get(hq_server + "/v1/health", timeout=10).ok


def test_the_window_logs_which_field_broke_a_rule_not_the_value(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, qapp: object
) -> None:
    """A rule's message quotes what was typed (“x@y” is not an e-mail address): the message
    box shows it to the person who typed it, the log names only the field, both for an
    error shown by the window and for a database job nobody handled."""
    from lookingbeyond_desktop.domain.validation import ValidationError
    from lookingbeyond_desktop.ui.errors import show_error
    from lookingbeyond_desktop.ui.ops import Ops

    caplog.set_level(logging.DEBUG)
    with Store.open(tmp_path / "data") as store:
        with store.write() as writer:
            org = writer.create("organizations", {"name": "Host", "country": "KE"})
        try:
            with store.write() as writer:
                writer.create("contacts", contact_values(org) | {"email": EMAIL.replace("@", " at ")})
        except ValidationError as error:
            refused: ValidationError = error
        trace = "".join(traceback.format_exception(refused))
        assert "marker" in str(refused)  # the message itself quotes the value (for the form)
        box = show_error(None, refused, trace, log_file=None)
        assert "marker" in box.text()
        box.close()
        ops = Ops(store)
        ops._on_failed(-1, refused, trace)
        ops.shutdown()
    assert "email" in caplog.text
    assert_no_marker(caplog.text)
