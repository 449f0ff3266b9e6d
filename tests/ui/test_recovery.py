"""The application on a bad data folder: a newer version's data, a damaged file with and
without a backup, damage found by the check after the window opened, and the daily backup.

``app.run`` is the real entry point; the modal questions are answered by replacing
``QMessageBox.exec`` / ``QMessageBox.critical`` for the test (they would wait for a click).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from lookingbeyond_desktop import app, paths
from lookingbeyond_desktop.store import Store, backup
from tests import rawdb
from tests.store.test_bad_local_conditions import corrupt, damaged_folder


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Records every modal message and answers the damaged-file question with
    ``answers["choice"]`` ("restore" or "quit"); windows opened after that close as soon as
    their first rows are shown."""
    seen: dict[str, Any] = {"critical": [], "damaged": [], "choice": "restore"}

    def critical(_parent: object, _title: str, text: str, *rest: object) -> int:
        seen["critical"].append(text)
        return 0

    def exec_(box: QMessageBox) -> int:
        seen["damaged"].append((box.text(), box.informativeText()))
        restore = getattr(box, "restore_button", None)
        if seen["choice"] == "restore" and restore is not None:
            restore.click()
        else:
            box.buttons()[-1].click()
        monkeypatch.setenv(app.ENV_EXIT_WHEN_READY, "1")
        return 0

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_a_newer_data_folder_is_refused_with_a_message_and_left_alone(
    tmp_path: Path, qapp: object, answers: dict[str, Any]
) -> None:
    """A data folder written by a newer version: the window does not open, the message says
    to install the newer version, and the file is byte for byte as it was."""
    folder = tmp_path / "data"
    Store.open(folder).close()
    database_file = paths.database_path(folder)
    with rawdb.opened(database_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = database_file.read_bytes()
    assert app.run(folder) == 1
    assert answers["critical"] and "newer version" in answers["critical"][0]
    assert database_file.read_bytes() == before


def test_a_file_that_cannot_be_opened_offers_the_backup_and_reopens(
    tmp_path: Path, qapp: object, answers: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """The database file is garbage: the person is told it is damaged and offered the
    backup; after restoring, the window opens on the backup's data; the damaged file is
    kept in the data folder."""
    folder = damaged_folder(tmp_path / "data")
    paths.database_path(folder).write_bytes(b"garbage" * 5000)
    assert app.run(folder) == 0
    assert len(answers["damaged"]) == 1
    text, informative = answers["damaged"][0]
    assert "damaged" in text and "backup from" in informative
    assert "ready" in capsys.readouterr().out  # the window opened again, on the restored data
    assert list(folder.glob("damaged-*/lookingbeyond.sqlite3"))
    with Store.open(folder) as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM organizations").scalar() == 300


def test_damage_found_by_the_check_after_the_window_opened(
    tmp_path: Path, qapp: object, answers: dict[str, Any]
) -> None:
    """Pages damaged in the middle of the file: the window opens, the background
    integrity_check finds the damage, the window closes, the backup is offered and restored
    and the window opens again."""
    folder = damaged_folder(tmp_path / "data")
    assert backup.check(paths.database_path(folder))
    status = app.run(folder)
    assert len(answers["damaged"]) == 1
    assert status == 0
    assert backup.check(paths.database_path(folder)) == []


def test_no_backup_means_quit_with_the_file_left_alone(
    tmp_path: Path, qapp: object, answers: dict[str, Any]
) -> None:
    """Damaged and no backup: the dialog says there is none and offers only Quit; the
    damaged file is left untouched."""
    folder = tmp_path / "data"
    folder.mkdir()
    database_file = paths.database_path(folder)
    database_file.write_bytes(b"garbage" * 5000)
    assert app.run(folder) == 1
    assert "no usable backup" in answers["damaged"][0][1]
    assert database_file.read_bytes() == b"garbage" * 5000


def test_the_window_makes_the_daily_backup(
    tmp_path: Path, qapp: object, answers: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the window on a healthy folder whose newest backup is two days old makes a
    new checked backup in the background."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        with store.write() as writer:
            writer.create("organizations", {"name": "Kept safe", "country": "KE"})
        backup.make_backup(store, now=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=2))
    monkeypatch.setenv(app.ENV_EXIT_WHEN_READY, "1")
    assert app.run(folder) == 0
    found = backup.backups(folder)
    assert len(found) == 2
    assert dt.datetime.now(dt.timezone.utc) - found[0].made_at < dt.timedelta(minutes=5)
    assert backup.check(found[0].path) == []


def test_corrupt_helper_really_damages(tmp_path: Path) -> None:
    """The damage the tests make is damage integrity_check sees (guards the helpers)."""
    folder = damaged_folder(tmp_path / "data")
    corrupt(paths.database_path(folder))
    assert backup.check(paths.database_path(folder))


def test_a_foreign_file_in_the_backups_folder_is_never_offered(
    tmp_path: Path, qapp: object, answers: dict[str, Any]
) -> None:
    """The data file is garbage and the only "backup" is a backup given an extra trigger:
    the window says there is no usable backup, restores nothing and leaves the file alone."""
    folder = damaged_folder(tmp_path / "data")
    only = backup.backups(folder)[0].path
    with rawdb.opened(only) as connection:
        connection.execute("CREATE TRIGGER keep_notes AFTER UPDATE OF notes ON organizations BEGIN "
                           "UPDATE organizations SET notes = 'rewritten' WHERE rid = new.rid; END")
    connection.close()
    database_file = paths.database_path(folder)
    database_file.write_bytes(b"garbage" * 5000)
    assert app.run(folder) == 1
    assert "no usable backup" in answers["damaged"][0][1]
    assert database_file.read_bytes() == b"garbage" * 5000
    assert not list(folder.glob("damaged-*"))
