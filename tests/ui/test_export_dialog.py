"""File ▸ Export… in the real window on demo data: the list on screen (with its filters) or a
whole table, to CSV, XLSX and JSON, read back with csv, openpyxl and json; personal data asked
for first; failures and cancel leave no file and say why."""

from __future__ import annotations

import csv
import errno
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from lookingbeyond_desktop.ui.export_dialog import ExportDialog
from tests.ui.conftest import WAIT_MS, gui_thread_io, settle


def exported_ids(path: Path, fmt: str) -> list[str]:
    """The record ids a file holds, in its order (the first column of CSV and XLSX)."""
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream))
        assert rows[0][0] == "Record identifier"  # columns carry the labels a person reads
        return [row[0] for row in rows[1:]]
    if fmt == "xlsx":
        rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        assert rows[0][0] == "Record identifier"
        return [str(row[0]) for row in rows[1:]]
    data = json.loads(path.read_text(encoding="utf-8"))
    (table,) = data
    return [row["id"] for row in data[table]]


def open_dialog(window: Any) -> ExportDialog:
    """File ▸ Export… in the window."""
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    return dialog


def choose(dialog: ExportDialog, fmt: str, path: Path) -> None:
    """Pick a format and a file as a person would."""
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    dialog.path_edit.setText(str(path))
    dialog.path_edit.textEdited.emit(str(path))


def test_the_filtered_list_is_exported_exactly_in_each_format(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """With a country filter and a type filter on, "the list on screen" writes exactly the
    organizations the page shows, in its order, in CSV, XLSX and JSON; the GUI thread runs
    no query."""
    page = window.organizations
    with window.ops.store.engine.connect() as connection:
        country, org_type = connection.execute(text(
            "SELECT country, org_type FROM organizations WHERE deleted = 0 GROUP BY country, "
            "org_type ORDER BY count(*) DESC LIMIT 1")).one()
        expected = list(connection.execute(text(
            "SELECT id FROM organizations WHERE deleted = 0 AND country = :c AND org_type = :t "
            "ORDER BY sort_name, rid"), {"c": country, "t": org_type}).scalars())
    assert len(expected) >= 2
    page.country.setCurrentIndex(page.country.findData(country))
    page.org_type.setCurrentIndex(page.org_type.findData(org_type))
    qtbot.waitUntil(lambda: page.model.rowCount() == len(expected), timeout=WAIT_MS)
    settle(qtbot, window.ops)
    for fmt in ("csv", "xlsx", "json"):
        dialog = open_dialog(window)
        assert dialog.current_radio.isChecked() and dialog.table() == "organizations"
        assert f"{len(expected)} record" in dialog.current_radio.text()
        out = tmp_path / f"list.{fmt}"
        choose(dialog, fmt, out)
        with gui_thread_io(window.ops.store.engine) as seen, \
                qtbot.waitSignal(dialog.sig_exported, timeout=WAIT_MS) as done:
            dialog.export_button.click()
        assert seen.queries == []
        assert done.args == [len(expected), str(out)]
        assert exported_ids(out, fmt) == expected
        assert str(out) in window.statusBar().currentMessage()


def test_a_whole_table_is_exported(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """"A whole table" writes every live record of the table chosen, filters or not."""
    window.go("activities")
    settle(qtbot, window.ops)
    with window.ops.store.engine.connect() as connection:
        expected = set(connection.execute(text(
            "SELECT id FROM activities WHERE deleted = 0")).scalars())
    dialog = open_dialog(window)
    dialog.table_radio.setChecked(True)
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("activities"))
    out = tmp_path / "all.json"
    choose(dialog, "json", out)
    with qtbot.waitSignal(dialog.sig_exported, timeout=WAIT_MS):
        dialog.export_button.click()
    assert set(exported_ids(out, "json")) == expected and len(expected) > 0


def test_a_page_without_a_list_offers_whole_tables_only(window: Any, qtbot: Any) -> None:
    """On a page with no list (the Overview), "the list on screen" cannot be chosen."""
    window.go("overview")
    dialog = open_dialog(window)
    assert not dialog.current_radio.isEnabled() and dialog.table_radio.isChecked()
    dialog.reject()


def test_exporting_contacts_asks_first_naming_the_personal_data(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """Contacts are personal data: Export asks first, naming what the file holds and for how
    many people; Cancel writes nothing, Yes writes every contact but those of organizations
    at risk (none of them asked for by name here)."""
    with window.ops.store.engine.connect() as connection:
        count = int(connection.execute(text(
            "SELECT count(*) FROM contacts WHERE deleted = 0 AND organization_id NOT IN "
            "(SELECT id FROM organizations WHERE at_risk = 1)")).scalar_one())
    assert count > 0
    dialog = open_dialog(window)
    dialog.table_radio.setChecked(True)
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("contacts"))
    assert dialog.personal_note.isVisible()
    out = tmp_path / "people.csv"
    choose(dialog, "csv", out)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible(),
                    timeout=WAIT_MS)
    question = dialog.confirm_box.text()
    assert f"{count} person" in question and "names" in question and "e-mail" in question
    first = dialog.confirm_box
    first.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, window.ops)
    assert not out.exists()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is not first and dialog.confirm_box.isVisible(),
                    timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.sig_exported, timeout=WAIT_MS):
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert len(exported_ids(out, "csv")) == count


def test_a_missing_folder_and_a_full_disk_are_reported_and_leave_no_file(window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that does not exist, and a disk that fills up as the file is moved into place
    (ENOSPC, made by the operating system's call failing), give a message that says what to
    do; no file and no temporary file are left."""
    dialog = open_dialog(window)
    choose(dialog, "csv", tmp_path / "no such folder" / "x.csv")
    with qtbot.waitSignal(dialog.sig_failed, timeout=WAIT_MS) as failed:
        dialog.export_button.click()
    assert "does not exist" in failed.args[0] and dialog.isVisible()
    assert "does not exist" in dialog.status.text()

    real_replace = os.replace

    def full(source: Any, target: Any) -> None:
        if str(target).startswith(str(tmp_path)):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", full)
    choose(dialog, "xlsx", tmp_path / "x.xlsx")
    with qtbot.waitSignal(dialog.sig_failed, timeout=WAIT_MS) as failed:
        dialog.export_button.click()
    assert "disk is full" in failed.args[0]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".x", "x"))] == []
    assert dialog.export_button.isEnabled()  # the person can choose another place


def test_cancel_stops_the_export_and_writes_no_file(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """Cancel while the export waits or runs stops it: the dialog stays to say so, and no
    file appears.  (The worker is held by a job queued first, so Cancel comes before the
    export starts, whatever the machine's speed.)"""
    dialog = open_dialog(window)
    dialog.table_radio.setChecked(True)
    out = tmp_path / "orgs.csv"
    choose(dialog, "csv", out)
    gate = threading.Event()
    window.ops.with_store(lambda _store: gate.wait(WAIT_MS / 1000))
    dialog.export_button.click()
    assert dialog.running
    dialog.reject()  # the Cancel button, or Escape
    assert dialog.isVisible() and dialog.cancel_requested.is_set()
    with qtbot.waitSignal(dialog.sig_failed, timeout=WAIT_MS) as failed:
        gate.set()
    assert "cancelled" in failed.args[0]
    assert not out.exists() and [p for p in tmp_path.iterdir() if p.name.startswith(".orgs")] == []
