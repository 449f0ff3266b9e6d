"""Filters and saved views on the Activities and Grants pages (ui/list_filters.py), in the
real window on demo data: each filter narrows the list shown (queried off the GUI thread),
the count says "N of M", Clear filters shows everything, a saved view brings its search and
filters back after the window is built again, and Export writes the filtered list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui.list_filters import SAVE_VIEW_SHORTCUT
from tests.ui.conftest import WAIT_MS, gui_thread_io, settle
from tests.ui.test_export_dialog import choose, exported_ids, open_dialog
from tests.ui.test_organizations import _type_in


def _expected(window: Any, table: str, flt: Any) -> list[str]:
    """The ids the store lists for ``flt``, in the list's order."""
    with window.ops.store.engine.connect() as connection:
        rows = (browse.activity_rows(connection, flt) if table == "activities"
                else browse.grant_rows(connection, flt))
    return [row["id"] for row in rows]


def _shown(page: Any) -> list[str]:
    return [row["id"] for row in page.model.rows]


def _open(window: Any, qtbot: Any, name: str) -> Any:
    window.go(name)
    page = window.pages[name]
    settle(qtbot, window.ops)
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=WAIT_MS)
    return page


def _wait_for(qtbot: Any, page: Any, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: _shown(page) == expected, timeout=WAIT_MS)
    settle(qtbot, page._ops)
    assert _shown(page) == expected


def _pick(combo: Any, code: str) -> None:
    index = combo.findData(code)
    assert index > 0, code
    combo.setCurrentIndex(index)


def _a_value(window: Any, sql: str) -> str:
    with window.ops.store.engine.connect() as connection:
        value = connection.exec_driver_sql(sql).scalar()
    assert value, sql
    return str(value)


def test_each_activity_filter_narrows_the_list(window: Any, qtbot: Any) -> None:
    """Period, country typed by name, thematic area, type, organizing office and meeting
    each narrow the list at once to what the store says, with "N of M activities"; Clear
    filters shows every activity again; the GUI thread runs no query meanwhile."""
    page = _open(window, qtbot, "activities")
    everything = _expected(window, "activities", browse.ActivityFilter())
    total = len(everything)
    assert page.count_label.text().startswith(f"{total} activit")
    row = page.filters
    cases: list[tuple[Any, browse.ActivityFilter]] = []

    year = int(_a_value(window, "SELECT min(substr(start_date, 1, 4)) FROM activities "
                                "WHERE deleted = 0"))
    cases.append((lambda: _type_in(qtbot, row.date_from, f"{year + 1}-01-01"),
                  browse.ActivityFilter(date_from=dt.date(year + 1, 1, 1))))
    cases.append((lambda: _type_in(qtbot, row.date_to, f"{year + 1}-06-30"),
                  browse.ActivityFilter(date_from=dt.date(year + 1, 1, 1),
                                        date_to=dt.date(year + 1, 6, 30))))
    wanted = [_expected(window, "activities", flt) for _act, flt in cases]
    with gui_thread_io(window.ops.store.engine) as seen:  # the test's own queries are above
        for (act, flt), expected in zip(cases, wanted):
            act()
            assert 0 < len(expected) < total, flt
            _wait_for(qtbot, page, expected)
            assert page.count_label.text().startswith(f"{len(expected)} of {total} activit")
    assert seen.queries == []
    row.clear()
    _wait_for(qtbot, page, everything)

    country = _a_value(window, "SELECT country FROM activities WHERE deleted = 0 AND "
                               "country = 'KE' UNION ALL SELECT country FROM activities "
                               "WHERE deleted = 0 AND country IS NOT NULL LIMIT 1")
    combo = row.country
    line = combo.lineEdit()
    line.setFocus()
    name = combo.itemText(combo.findData(country)).rsplit(" (", 1)[0]  # "Kenya", not "KE"
    _type_in(qtbot, line, name)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentData() == country, timeout=WAIT_MS)
    _wait_for(qtbot, page, _expected(window, "activities", browse.ActivityFilter(country=country)))
    row.clear()
    _wait_for(qtbot, page, everything)

    for field, column in (("theme", "themes"), ("activity_type", "activity_type"),
                          ("office", "organizing_office"), ("meeting", "meeting")):
        if column == "themes":
            value = _a_value(window, "SELECT j.value FROM activities a, json_each(a.themes) j "
                                     "WHERE a.deleted = 0 AND instr(j.value, '.') = 0 LIMIT 1")
        else:
            value = _a_value(window, f"SELECT {column} FROM activities WHERE deleted = 0 AND "
                                     f"{column} IS NOT NULL GROUP BY {column} "
                                     f"ORDER BY count(*) LIMIT 1")
        _pick(row.combos[field], value)
        chosen: dict[str, Any] = {field: value}
        expected = _expected(window, "activities", browse.ActivityFilter(**chosen))
        assert 0 < len(expected) < total, (field, value)
        _wait_for(qtbot, page, expected)
        assert page.count_label.text().startswith(f"{len(expected)} of {total} activit")
        row.clear()
        _wait_for(qtbot, page, everything)
    assert not page.count_label.text().startswith(f"{total} of")


def test_each_grant_filter_narrows_the_list(window: Any, qtbot: Any) -> None:
    """The approval period, the organization's country and thematic area, status and
    currency each narrow the grants shown; together they combine; Clear filters resets
    them and the search box."""
    page = _open(window, qtbot, "grants")
    everything = _expected(window, "grants", browse.GrantFilter())
    total = len(everything)
    row = page.filters
    approved = _a_value(window, "SELECT approved_on FROM grants WHERE deleted = 0 AND "
                                "approved_on IS NOT NULL ORDER BY approved_on LIMIT 1")
    _type_in(qtbot, row.date_to, approved)
    expected = _expected(window, "grants", browse.GrantFilter(date_to=dt.date.fromisoformat(approved)))
    _wait_for(qtbot, page, expected)
    assert page.count_label.text().startswith(f"{len(expected)} of {total} grant")
    row.clear()
    _wait_for(qtbot, page, everything)

    status = _a_value(window, "SELECT status FROM grants WHERE deleted = 0 GROUP BY status "
                              "ORDER BY count(*) LIMIT 1")
    country = _a_value(window, "SELECT o.country FROM grants g JOIN organizations o ON "
                               "o.id = g.organization_id WHERE g.deleted = 0 LIMIT 1")
    theme = _a_value(window, "SELECT j.value FROM grants g JOIN organizations o ON o.id = "
                             "g.organization_id, json_each(o.themes) j WHERE g.deleted = 0 "
                             "AND instr(j.value, '.') = 0 GROUP BY j.value ORDER BY count(*) "
                             "LIMIT 1")
    qtbot.waitUntil(lambda: row.combos["currency"].count() > 1, timeout=WAIT_MS)
    currency = row.combos["currency"].itemData(1)
    for field, value in (("status", status), ("theme", theme), ("currency", currency)):
        _pick(row.combos[field], value)
        chosen: dict[str, Any] = {field: value}
        _wait_for(qtbot, page, _expected(window, "grants", browse.GrantFilter(**chosen)))
        row.clear()
    _pick(row.country, country)
    _wait_for(qtbot, page, _expected(window, "grants", browse.GrantFilter(country=country)))
    _pick(row.combos["status"], status)
    _type_in(qtbot, page.search, "a")
    combined = browse.GrantFilter(text="a", country=country, status=status)
    _wait_for(qtbot, page, _expected(window, "grants", combined))
    row.clear_button.click()
    _wait_for(qtbot, page, everything)
    assert page.search.text() == "" and row.country.currentIndex() == 0
    assert page.count_label.text().startswith(f"{total} grant")


def _answer_name(qtbot: Any, row: Any, name: str) -> None:
    """Type ``name`` in the view-name dialog that is open and press OK."""
    qtbot.waitUntil(lambda: row.dialog is not None and row.dialog.isVisible(), timeout=WAIT_MS)
    dialog: QInputDialog = row.dialog
    dialog.setTextValue(name)
    dialog.accept()


def _answer_yes(qtbot: Any, row: Any) -> None:
    qtbot.waitUntil(lambda: row.question is not None and row.question.isVisible(),
                    timeout=WAIT_MS)
    row.question.button(QMessageBox.StandardButton.Yes).click()


def _new_window(window: Any, qtbot: Any) -> Any:
    """A second main window on the same data and settings: the app started again."""
    from lookingbeyond_desktop.ui.main_window import MainWindow

    again = MainWindow(window.ops, QSettings())
    qtbot.addWidget(again)
    again.show()
    return again


def test_a_saved_view_comes_back_after_a_restart(window: Any, qtbot: Any) -> None:
    """Save view (Ctrl+D) keeps the search and the filters under the typed name; the Views
    menu applies it; a window built again (the app restarted) shows the last view applied,
    list included; rename and delete from the menu change only the views."""
    page = _open(window, qtbot, "activities")
    row = page.filters
    activity_type = _a_value(window, "SELECT activity_type FROM activities WHERE deleted = 0 "
                                     "GROUP BY activity_type ORDER BY count(*) DESC LIMIT 1")
    _pick(row.combos["activity_type"], activity_type)
    _type_in(qtbot, row.date_from, "2010-01-01")
    _type_in(qtbot, page.search, "a")
    flt = browse.ActivityFilter(text="a", activity_type=activity_type,
                                date_from=dt.date(2010, 1, 1))
    expected = _expected(window, "activities", flt)
    _wait_for(qtbot, page, expected)

    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=WAIT_MS)
    assert SAVE_VIEW_SHORTCUT == "Ctrl+D"
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    _answer_name(qtbot, row, "My trainings")
    assert row.views.names() == ["My trainings"]
    assert row.shown_view() == "My trainings"

    row.clear()
    _wait_for(qtbot, page, _expected(window, "activities", browse.ActivityFilter()))
    row._fill_views_menu()
    applied = [a for a in row.views_menu.actions() if a.text() == "My trainings"]
    applied[0].trigger()
    _wait_for(qtbot, page, expected)
    assert row.current() == flt

    again = _new_window(window, qtbot)
    page2 = again.activities
    assert page2.filters.current() == flt
    assert page2.search.text() == "a"
    again.go("activities")
    _wait_for(qtbot, page2, expected)
    assert page2.filters.shown_view() == "My trainings"

    row2 = page2.filters
    row2.ask_rename("My trainings")
    _answer_name(qtbot, row2, "Trainings since 2010")
    assert row2.views.names() == ["Trainings since 2010"]
    assert row2.views.last() == "Trainings since 2010"
    row2.ask_delete("Trainings since 2010")
    _answer_yes(qtbot, row2)
    assert row2.views.names() == []
    assert row2.views.last() == ""
    assert _shown(page2) == expected  # deleting a view changes no list and no record
    again.close()


def test_grant_views_are_kept_apart_and_replacing_asks(window: Any, qtbot: Any) -> None:
    """Grants have views of their own; saving under a name in use asks before replacing;
    Clear filters means the next start shows every grant."""
    page = _open(window, qtbot, "grants")
    row = page.filters
    status = _a_value(window, "SELECT status FROM grants WHERE deleted = 0 LIMIT 1")
    _pick(row.combos["status"], status)
    row.ask_save()
    _answer_name(qtbot, row, "Open grants")
    assert window.activities.filters.views.names() == []
    _pick(row.combos["status"], "closed" if status != "closed" else "proposed")
    row.ask_save()
    _answer_name(qtbot, row, "Open grants")
    _answer_yes(qtbot, row)
    assert row.views.all()["Open grants"]["status"] != status
    row.clear()
    again = _new_window(window, qtbot)
    assert again.grants.filters.current() == browse.GrantFilter()
    again.close()


def test_export_writes_the_filtered_list(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """With filters on Activities, File ▸ Export… "the list on screen" writes exactly the
    activities shown, in their order."""
    page = _open(window, qtbot, "activities")
    activity_type = _a_value(window, "SELECT activity_type FROM activities WHERE deleted = 0 "
                                     "GROUP BY activity_type ORDER BY count(*) DESC LIMIT 1")
    _pick(page.filters.combos["activity_type"], activity_type)
    expected = _expected(window, "activities", browse.ActivityFilter(activity_type=activity_type))
    _wait_for(qtbot, page, expected)
    dialog = open_dialog(window)
    assert dialog.current_radio.isChecked() and dialog.table() == "activities"
    out = tmp_path / "activities.csv"
    choose(dialog, "csv", out)
    with qtbot.waitSignal(dialog.sig_exported, timeout=WAIT_MS):
        dialog.export_button.click()
    assert exported_ids(out, "csv") == expected
