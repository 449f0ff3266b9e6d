"""Headquarters tells every device the newest version of the desktop application it knows
(``serve --newest-version``, ``--download-url``), in each sync answer (``app``); a device
keeps what the last sync said and its Sync page and ``lookingbeyond sync`` say when a newer
version than its own exists.  Like a computer's name, the announcement is for people to read:
a malformed one is left out and never stops a sync."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from lookingbeyond_desktop import __version__
from lookingbeyond_desktop.headquarters import create_app
from lookingbeyond_desktop.store import Store, browse
from lookingbeyond_desktop.store.sync_adapter import APP_RELEASE, enrol_device, run_sync
from sync.server import accounts
from sync.server.settings import ServerSettings
from sync.wire import MAX_APP_VERSION, AppRelease, SyncAnswer, app_release
from tests.sync.credentials import PASSWORD
from tests.sync.harness import SERVER_URL, AppAdapter, session_for
from tests.sync.server.hq_server import start_server
from tests.sync.test_end_to_end import Laptop, hq

DOWNLOAD = "https://hq.example.org/lookingbeyond/download"


# -- the wire ---------------------------------------------------------------------------------


def test_the_announcement_round_trips_and_a_malformed_one_is_left_out() -> None:
    """``app`` carries a version and an http(s) address; a version that is not one, or a
    member that is not an object, gives nothing; an address that is not http(s), too long,
    or holds spaces or control characters is dropped and the version kept."""
    answer = SyncAnswer(cursor=3, app=AppRelease("1.4.2", DOWNLOAD))
    document = answer.encode()
    assert document["app"] == {"newest": "1.4.2", "url": DOWNLOAD}
    assert SyncAnswer.decode(document).app == AppRelease("1.4.2", DOWNLOAD)
    assert SyncAnswer.decode(SyncAnswer(cursor=3).encode()).app is None
    for bad in ("1.4.2; rm -rf /", "", "v1", "1." * 20, 142, None, ["1.4.2"]):
        assert app_release({"app": {"newest": bad}}) is None
    assert app_release({"app": "1.4.2"}) is None
    for url in ("javascript:alert(1)", "https://a b", "https://x/\x00", "ftp://x",
                "https://" + "x" * 600):
        assert app_release({"app": {"newest": "2.0", "url": url}}) == AppRelease("2.0", "")


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=40),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.sampled_from(["newest", "url", "x"]), inner, max_size=3),
                    max_leaves=8))
def test_any_member_gives_a_valid_announcement_or_none(raw: Any) -> None:
    """Whatever headquarters (or a proxy) puts in ``app``, reading it never raises and gives
    a well-formed version and address, or nothing."""
    found = app_release({"app": raw})
    if found is not None:
        assert AppRelease.valid_version(found.newest) and len(found.newest) <= MAX_APP_VERSION
        assert found.url == "" or AppRelease.valid_url(found.url)


def test_serve_refuses_a_version_that_is_not_one(tmp_path: Path) -> None:
    """``serve --newest-version`` checks the version and the address before starting (exit 1
    and a message, like its other checked options)."""
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    result = subprocess.run(
        [sys.executable, "-m", "lookingbeyond_desktop.headquarters", "serve", "--database-url",
         url, "--newest-version", "next week"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "not a version" in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "lookingbeyond_desktop.headquarters", "serve", "--database-url",
         url, "--newest-version", "2.0", "--download-url", "file:///etc/passwd"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "http" in result.stderr


# -- headquarters and a replica (SQLite and PostgreSQL) ---------------------------------------


def _synced(hq_engine: Engine, store: Store, settings: ServerSettings) -> dict[str, Any] | None:
    adapter = AppAdapter(create_app(hq_engine, settings=settings))
    try:
        run_sync(store, session=session_for(adapter))
    finally:
        adapter.close()
    with store.engine.connect() as connection:
        newer: dict[str, Any] | None = browse.sync_overview(connection)["newer_app"]
    return newer


def test_a_device_keeps_what_the_last_sync_announced(hq_engine: Engine, tmp_path: Path,
                                                      memory_keyring: None) -> None:
    """A newer version announced is kept and shown; one not newer than this application's
    is not shown; a headquarters that announces nothing any more makes the device forget it."""
    with hq_engine.begin() as connection:
        accounts.add_user(connection, "amina", PASSWORD, role="hq")
    store = Store.open(tmp_path / "laptop")
    try:
        adapter = AppAdapter(create_app(hq_engine))
        try:
            enrol_device(store, SERVER_URL, "amina", PASSWORD, "NAIROBI-LAPTOP-2",
                         session=session_for(adapter))
        finally:
            adapter.close()
        newer = _synced(hq_engine, store, ServerSettings(newest_version="99.1",
                                                         download_url=DOWNLOAD))
        assert newer == {"newest": "99.1", "url": DOWNLOAD}
        assert _synced(hq_engine, store, ServerSettings(newest_version=__version__)) is None
        assert _synced(hq_engine, store, ServerSettings(newest_version="99.2")) == {
            "newest": "99.2"}
        assert _synced(hq_engine, store, ServerSettings()) is None
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM local_settings WHERE name = :n"),
                                      {"n": APP_RELEASE}).scalar_one() == 0
    finally:
        store.close()


@pytest.mark.slow
def test_a_real_server_announces_and_the_command_line_says_so(hq_url: str, tmp_path: Path) -> None:
    """A real ``serve`` process started with a newest version (through the environment
    ``serve`` hands its workers) announces it: ``lookingbeyond sync`` says a newer version
    exists and where to get it, and ``--json`` gives it."""
    assert hq(hq_url, "init").returncode == 0
    added = hq(hq_url, "user", "add", "amina", "--role", "hq", "--password-stdin",
               stdin=f"{PASSWORD}\n")
    assert added.returncode == 0, added.stderr
    running = start_server(hq_url, env={"LOOKINGBEYOND_NEWEST_VERSION": "99.1",
                                        "LOOKINGBEYOND_DOWNLOAD_URL": DOWNLOAD})
    try:
        laptop = Laptop(tmp_path / "laptop", tmp_path / "keyring")
        laptop.run("login", "--server", running.server.base, "--user", "amina",
                   "--password-stdin", stdin=f"{PASSWORD}\n")
        said = laptop.run("sync").stdout
        assert f"A newer version of Looking Beyond, 99.1, is available: {DOWNLOAD}" in said
        answer = json.loads(laptop.run("sync", "--json").stdout)
        assert answer["newer_version"] == {"newest": "99.1", "url": DOWNLOAD}
    finally:
        running.stop()
