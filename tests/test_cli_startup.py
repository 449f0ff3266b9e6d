"""What `lookingbeyond sync` loads and checks when a scheduler runs it (issue 15, item 4).

Its speed is measured by bench/bench_cli_sync.py; these tests pin what that speed must not
cost: a folder whose schema is behind is still migrated, and no heavy module is loaded (by
the quick path of an empty sync, not even SQLAlchemy or requests: tests/test_cli_quick_sync.py
pins that it behaves as the ordinary path).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sqlalchemy import create_engine

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.cli import main
from lookingbeyond_desktop.store import Store, cipher
from lookingbeyond_desktop.store.database import SCHEMA_HEAD
from lookingbeyond_desktop.store.sandbox import get_setting
from lookingbeyond_desktop.store.sync_adapter import APP_RELEASE, remember_release
from sync.wire import AppRelease
from tests import rawdb
from tests.sync.credentials import PASSWORD
from tests.sync.server.hq_server import running_server

# Never on the path of a sync: migrations (when the schema is current), the window, the
# server, spreadsheets, demo data, reports, and the import/export module.
NOT_LOADED = ("alembic", "mako", "PySide6", "shiboken6", "fastapi", "starlette", "uvicorn",
              "pydantic", "argon2", "psycopg", "openpyxl", "faker", "pandas", "numpy",
              "sqlite_utils", "lookingbeyond_desktop.ui", "lookingbeyond_desktop.reports",
              "lookingbeyond_desktop.demo", "lookingbeyond_desktop.store.exchange",
              "sync.server")
# Nor, on the quick path of an empty sync (lookingbeyond_desktop/quick_sync.py), SQLAlchemy,
# requests, the ORM's models, the store package or the sync client and replica.
NOT_LOADED_QUICK = (*NOT_LOADED, "sqlalchemy", "requests", "urllib3", "charset_normalizer",
                    "idna", "lookingbeyond_desktop.domain", "lookingbeyond_desktop.store.database",
                    "lookingbeyond_desktop.store.writer", "lookingbeyond_desktop.store.sandbox",
                    "lookingbeyond_desktop.store.sync_adapter", "sync.client", "sync.replica",
                    "sync.session")

# The real command line in a child (main() reads sys.argv, as the installed command does),
# then the names of the modules it loaded.
SYNC_AND_LIST_MODULES = (
    "import json, sys\n"
    "from lookingbeyond_desktop.cli import main\n"
    "sys.argv = ['lookingbeyond', 'sync', '--data-dir', sys.argv[1]]\n"
    "status = main()\n"
    "print(json.dumps(sorted(sys.modules)))\n"
    "sys.exit(status)\n"
)


def laptop_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a laptop's commands: the token in a file keyring (tests only)."""
    return dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
                XDG_DATA_HOME=str(tmp_path / "keyring"))


def lookingbeyond(env: dict[str, str], *args: str,
                  stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The real `lookingbeyond` command in a child process."""
    return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=300)


def headquarters(*args: str, url: str, stdin: str = "") -> None:
    """Run `lookingbeyond-server` against the database ``url``."""
    done = subprocess.run([sys.executable, "-m", "lookingbeyond_desktop.headquarters", *args,
                           "--database-url", url], input=stdin, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_an_empty_sync_loads_no_heavy_module(tmp_path: Path) -> None:
    """A scheduled `lookingbeyond sync` of an enrolled, up-to-date folder with nothing to send
    and nothing new talks to headquarters and exits 0 without loading Alembic (the schema
    check reads its version row), Qt, the server's web stack, spreadsheets or demo data; by
    its quick path (the default) not even SQLAlchemy, requests, the models or the sync
    client, and by the ordinary path (the quick path turned off, as a fall back runs it)
    none of the first list either."""
    from lookingbeyond_desktop.quick_sync import SWITCH_ENV

    url = f"sqlite:///{tmp_path / 'hq.db'}"
    headquarters("init", url=url)
    headquarters("user", "add", "amina", "--role", "hq", "--password-stdin", url=url,
                 stdin=f"{PASSWORD}\n")
    env, folder = laptop_env(tmp_path), str(tmp_path / "laptop")
    one = tmp_path / "one.csv"
    one.write_text("name,country\nTransparencia Mexicana,MX\n", encoding="utf-8")
    runs = {}
    with running_server(url) as server:
        login = lookingbeyond(env, "login", "--data-dir", folder, "--server", server.base,
                              "--user", "amina", "--password-stdin", stdin=f"{PASSWORD}\n")
        assert login.returncode == 0, login.stderr
        made = lookingbeyond(env, "import", "--data-dir", folder, "--table", "organizations",
                             str(one))
        assert made.returncode == 0, made.stderr
        first = lookingbeyond(env, "sync", "--data-dir", folder)  # sends it: the cursor moves
        assert first.returncode == 0, first.stderr
        for path, switch in (("quick", {}), ("ordinary", {SWITCH_ENV: "0"})):
            runs[path] = subprocess.run([sys.executable, "-c", SYNC_AND_LIST_MODULES, folder],
                                        capture_output=True, text=True, env=env | switch,
                                        timeout=300)
    for path, done in runs.items():
        assert done.returncode == 0, done.stdout + done.stderr
        said, modules = done.stdout.splitlines()[0], json.loads(done.stdout.splitlines()[-1])
        assert said.startswith(f"Synced with {server.base}: sent 0 records, received 0,")
        assert "keyring" in modules  # it did read the token
        assert ("requests" in modules) == (path == "ordinary")
        heavy = NOT_LOADED_QUICK if path == "quick" else NOT_LOADED
        loaded = [name for name in modules
                  if any(name == top or name.startswith(top + ".") for top in heavy)]
        assert loaded == [], path


def test_sync_migrates_a_folder_whose_schema_is_behind(tmp_path: Path) -> None:
    """The quick schema check does not skip a needed migration: `lookingbeyond sync` on a
    folder left at the revision before the newest (an application updated since) brings it
    to the newest, keeping a backup of the data as it was, before it says the folder is not
    enrolled."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from lookingbeyond_desktop.store import backup
    from lookingbeyond_desktop.store.migrations import alembic_config

    folder = tmp_path / "laptop"
    folder.mkdir()
    config = alembic_config()
    previous = ScriptDirectory.from_config(config).get_revision(SCHEMA_HEAD).down_revision
    assert isinstance(previous, str)
    # A plain folder, as an earlier version made it: the sync encrypts it, then migrates it.
    engine = create_engine(f"sqlite:///{paths.database_path(folder)}")
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        config.attributes["author"] = "tester"
        command.upgrade(config, previous)
    engine.dispose()
    done = lookingbeyond(laptop_env(tmp_path), "sync", "--data-dir", str(folder))
    assert done.returncode == 1 and "not enrolled" in done.stderr, done.stderr
    assert not cipher.is_plain(paths.database_path(folder))  # encrypted before it was migrated
    rawdb.unlock(folder, laptop_env(tmp_path))
    with rawdb.opened(paths.database_path(folder)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_HEAD,)]
    assert len(backup.backups(folder)) == 1


def test_main_called_with_arguments_leaves_the_collector_as_it_was(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only the `lookingbeyond` process itself freezes the garbage collector's objects as it
    ends (main() reading sys.argv); a program or test calling main(ARGS) finds the collector
    enabled and nothing frozen afterwards, whether the command succeeded or failed."""
    frozen = gc.get_freeze_count()
    good = tmp_path / "good.csv"
    good.write_text("name,country\nGood,KE\n", encoding="utf-8")
    assert main(["import", "--data-dir", str(tmp_path / "d"), "--table", "organizations",
                 str(good)]) == 0
    assert main(["status", "--data-dir", str(tmp_path / "none")]) == 1
    assert "no Looking Beyond data" in capsys.readouterr().err
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_sync_that_hears_what_the_last_one_heard_writes_no_announcement(
        store: Store) -> None:
    """What headquarters announced (the newest version) is written after a sync only when it
    differs from what the folder keeps: the same announcement again (or none again) leaves
    the database untouched, no commit to the disk for nothing on every scheduled sync; a new
    one replaces it, and none forgets it, as before."""
    release, newer = AppRelease("9.0", "https://hq.example.org/download"), AppRelease("9.1", "")
    with store.engine.begin() as connection:
        remember_release(connection, release)
    for heard, writes in ((release, False), (newer, True), (newer, False), (None, True),
                          (None, False)):
        with store.engine.begin() as connection:
            sqlite = connection.connection.driver_connection
            before = sqlite.total_changes
            remember_release(connection, heard, unless_known=True)
            assert (sqlite.total_changes != before) == writes, heard
            kept = get_setting(connection, APP_RELEASE)
        assert kept == (json.dumps(heard.encode()) if heard is not None else None)
