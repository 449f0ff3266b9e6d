"""The Reports page on the hand-made dataset (tests/reports/conftest.py, figures worked out by
hand there): headline figures and the indicator table, filters that recompute (a result for
older filters dropped), the map that filters by country, drill-downs to exactly the records
behind a figure, exports in four formats written on a file thread of their own (the database
worker free meanwhile), failures logged and told in words, the exchange-rates dialog, an
empty period in words, and no query or network call on the GUI thread."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QThread
from PySide6.QtWidgets import QTableWidgetItem

from lookingbeyond_desktop.reports import indicators, tables
from lookingbeyond_desktop.reports import rates as rates_module
from lookingbeyond_desktop.reports.model import Filters, RatesInfo
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.ui.main_window import MainWindow
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.report_dialogs import DrillDialog, RatesDialog, log_file
from lookingbeyond_desktop.ui.reports_page import ReportModel, ReportsPage, shown_columns
from tests.reports.conftest import HAND_MADE_TODAY, fill_hand_made
from tests.ui.conftest import WAIT_MS, gui_thread_io, settle

#: The rates the hand-made figures are worked out with (tests/reports/conftest.py).
HAND_MADE_RATES = RatesInfo(as_of=dt.date(2011, 12, 1), source="test rates",
                            usd_per_unit={"USD": Decimal("1"), "EUR": Decimal("1.08"),
                                          "GBP": Decimal("1.25")})


@pytest.fixture
def hand_made_ids(store: Store) -> dict[str, str]:
    """The hand-made dataset in ``store``, with its rates saved as this computer's."""
    ids = fill_hand_made(store)
    with store.write(author="tester") as writer:
        rates_module.save_rates(writer.connection, HAND_MADE_RATES)
    return ids


@pytest.fixture
def ops(store: Store, hand_made_ids: dict[str, str]) -> Iterator[Ops]:
    """The database worker on the hand-made replica."""
    worker = Ops(store)
    yield worker
    worker.shutdown()


def wait_report(qtbot: Any, page: ReportsPage) -> None:
    """Wait until the page shows a report of the filters on screen."""
    qtbot.waitUntil(lambda: page.report is not None and not page.computing
                    and not page._timer.isActive() and page.report.filters == page.filters(),
                    timeout=WAIT_MS)


@pytest.fixture
def page(ops: Ops, qtbot: Any) -> ReportsPage:
    """The Reports page on the hand-made replica, on screen, its first report computed
    (counted from 2011-12-31, the day the hand-made figures are worked out for)."""
    shown = ReportsPage(ops)
    shown.today = HAND_MADE_TODAY
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    shown.shown()
    wait_report(qtbot, shown)
    settle(qtbot, ops)
    return shown


def tile(page: ReportsPage, key: str) -> str:
    """The text of a headline figure."""
    return page.tiles[key].value_label.text()


def find_cell(model: ReportModel, section: str, row: str, column: str,
              parent: QModelIndex = QModelIndex()) -> QModelIndex:
    """The index of a figure of the table: section key, row key, column key."""
    for number in range(model.rowCount(parent)):
        index = model.index(number, 0, parent)
        node = index.internalPointer()
        if node.kind == "row" and node.section.key == section and node.row.key == row:
            keys = [c.key for c in shown_columns(node.section)]  # in the table's order
            return model.index(number, 1 + keys.index(column), parent)
        found = find_cell(model, section, row, column, index)
        if found.isValid():
            return found
    return QModelIndex()


def cell(page: ReportsPage, section: str, row: str, column: str) -> str:
    """The text of a figure of the table."""
    index = find_cell(page.model, section, row, column)
    assert index.isValid(), (section, row, column)
    return str(page.model.data(index))


def test_the_page_shows_the_hand_worked_figures(page: ReportsPage) -> None:
    """With no filter (All time), the strip shows what was worked out by hand: 6
    organizations engaged, 23 representatives, 20 unique people (3 of them by name), 6
    activities, 3 Member States in joint activities (KE, UG, TZ), 66.7% from developing countries
    (MX, MA, CN, KE of 6), 52.9% women (9 of the 17 counted by sex); the table's CoSP 3 line
    shows 4 organizations, 9 representatives, 4 women, 3 men, 2 not recorded in 2
    activities; approved grants 15,000.00 US dollars and 8,000.00 euros, 23,640.00 in US
    dollars at 1.08; every figure cell is right-aligned and carries its definition."""
    assert page.period.currentText() == "All time"
    assert [tile(page, key) for key in ("organizations_engaged", "representatives",
                                        "unique_people", "activities", "member_states")] == \
        ["6", "23", "20", "6", "3"]
    assert tile(page, "developing_country_share") == "66.7%"
    assert tile(page, "women_share") == "52.9%"
    assert page.tiles["unique_people"].detail.text() == "3 by name"
    assert [cell(page, "by_meeting", "COSP3", key) for key in (
        "organizations", "representatives", "women", "men", "not_recorded", "activities")] == \
        ["4", "9", "4", "3", "2", "2"]
    assert cell(page, "grants", "approved", "count") == "2"
    assert cell(page, "grants", "approved", "amount_USD") == "15,000.00"
    assert cell(page, "grants", "approved", "amount_EUR") == "8,000.00"
    assert cell(page, "grants", "approved", "usd") == "23,640.00"
    index = find_cell(page.model, "by_meeting", "COSP3", "organizations")
    alignment = page.model.data(index, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    tooltip = page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    column = page.model.column(index)
    assert column is not None and column.note and column.note in tooltip  # the definition
    assert "Double-click" in tooltip
    assert not page.empty_label.isVisible()
    assert page.status.text().startswith("Data as of")


def test_a_filter_change_recomputes_once(page: ReportsPage, qtbot: Any) -> None:
    """Choosing "This year" (2011: the day is 2011-12-31) among the quick choices, which
    list the years of the data too, fills the dates and recomputes: in 2011 only the Rabat
    consultation (tma, tik, tir) and the planned dialogue start, so 3
    organizations and 2 activities; a burst of changes (a region then a network) computes
    once, for the last filters: of those three, only TI Kenya is in Africa and in the UNCAC
    Coalition (1)."""
    qtbot.waitUntil(lambda: page.period.findText("2009") >= 0, timeout=WAIT_MS)
    assert [page.period.itemText(i) for i in range(page.period.count())] == [
        "All time", "This year", "Last year", "2009", "Custom period"]  # today: 2011-12-31
    page.period.setCurrentIndex(page.period.findText("This year"))
    assert page.date_from.date() == dt.date(2011, 1, 1)
    assert page.date_to.date() == dt.date(2011, 12, 31)
    wait_report(qtbot, page)
    assert page.report is not None
    assert page.report.filters == Filters(start=dt.date(2011, 1, 1), end=dt.date(2011, 12, 31))
    assert (tile(page, "organizations_engaged"), tile(page, "activities")) == ("3", "2")

    computed: list[Any] = []
    page.sig_computed.connect(computed.append)
    page.region.setCurrentIndex(page.region.findData("002"))
    page.network.setCurrentIndex(page.network.findData("uncac_coalition"))
    wait_report(qtbot, page)
    settle(qtbot, page._ops)
    assert len(computed) == 1
    assert computed[0].filters.region == "002"
    assert computed[0].filters.network == "uncac_coalition"
    assert tile(page, "organizations_engaged") == "1"

    page.clear_filters()
    wait_report(qtbot, page)
    assert page.period.currentText() == "All time" and page.report.filters.is_empty()
    assert tile(page, "organizations_engaged") == "6"


def test_typed_dates_make_a_custom_period(page: ReportsPage, qtbot: Any) -> None:
    """Dates typed in the period fields recompute for that period: from 2010-01-01 to
    2010-12-31 (the quick choice "Last year" then shows), CND 53 and the Nairobi joint activity:
    vngoc, cn, tm, tik and the co-organizer tma, 5 organizations in 2 activities; a date on
    its way ("2010-12-3" before "2010-12-31") changes nothing, a date that is not one is
    marked; other dates make a "Custom period"."""
    page.date_from.setText("2010-01-01")
    page.date_to.setText("2010-12-3")  # on its way to 2010-12-31: not taken yet
    assert page.filters().end is None
    page.date_to.setText("2010-13-45")
    page.date_to.editingFinished.emit()
    assert page.filters().end is None and "Not a date" in page.date_to.toolTip()
    page.date_to.setText("2010-12-31")
    assert page.period.currentText() == "Last year"  # today: 2011-12-31
    wait_report(qtbot, page)
    assert (tile(page, "organizations_engaged"), tile(page, "activities")) == ("5", "2")
    page.date_to.setText("2010-06-30")
    assert page.period.currentText() == "Custom period"
    wait_report(qtbot, page)
    assert page.report is not None and page.report.filters.end == dt.date(2010, 6, 30)


def test_a_click_on_the_map_sets_the_country_filter(page: ReportsPage, qtbot: Any) -> None:
    """On the Map tab a click on Kenya reports on Kenya alone (only TI Kenya is based
    there: 1 organization engaged) and outlines it; a second click on it gives every
    country back (6)."""
    page.tabs.setCurrentIndex(2)
    world = page.world_map
    qtbot.waitUntil(lambda: world.isVisible() and world.figures() != {}, timeout=WAIT_MS)
    assert world.figures()["KE"][0] == 1
    point = world.country_point("KE").toPoint()
    assert world.country_at(point) == "KE"
    qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=point)
    assert page.country.currentData() == "KE"
    wait_report(qtbot, page)
    assert page.report is not None and page.report.filters.country == "KE"
    assert tile(page, "organizations_engaged") == "1"
    assert world.selected() == "KE"
    qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=point)
    assert page.country.currentData() is None
    wait_report(qtbot, page)
    assert tile(page, "organizations_engaged") == "6"


def test_a_drill_down_lists_exactly_the_records_and_open_asks_the_window(
        store: Store, ops: Ops, hand_made_ids: dict[str, str], qtbot: Any) -> None:
    """In the real window: Enter on CoSP 3's organizations lists exactly the four
    organizations behind the 4 (TM, TMA, the Chinese liaison office, TI Kenya; the deleted
    one is not there), with their count; Open on one shows it in the Organizations page.
    A click on the headline "Representatives" lists the participations behind the 23, and
    Open on one shows its activity."""
    window = MainWindow(ops, QSettings())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: window.organizations.model.loaded, timeout=WAIT_MS)
    page = window.reports
    page.today = HAND_MADE_TODAY
    window.go("reports")
    wait_report(qtbot, page)
    settle(qtbot, ops)

    index = find_cell(page.model, "by_meeting", "COSP3", "organizations")
    page.tree.setCurrentIndex(index)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    dialog = page.drill_dialog
    assert isinstance(dialog, DrillDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    listed = {record.id for record in dialog.model.records}
    assert listed == {hand_made_ids[key] for key in ("tm", "tma", "cn", "tik")}
    assert dialog.count_label.text() == "Organizations: 4"
    row = [r.id for r in dialog.model.records].index(hand_made_ids["tik"])
    dialog.table.selectRow(row)
    with qtbot.waitSignal(dialog.sig_open_record, timeout=WAIT_MS) as asked:
        dialog.open_button.click()
    assert asked.args == ["organizations", hand_made_ids["tik"]]
    qtbot.waitUntil(lambda: window.current_page() == "organizations"
                    and window.organizations.editor.org_id == hand_made_ids["tik"],
                    timeout=WAIT_MS)
    dialog.close()

    window.go("reports")
    settle(qtbot, ops)
    qtbot.mouseClick(page.tiles["representatives"], Qt.MouseButton.LeftButton)
    dialog = page.drill_dialog
    assert isinstance(dialog, DrillDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    assert len(dialog.model.records) == 12  # the live participations of live activities
    assert dialog.count_label.text() == "Participations in activities: 12, adding up to 23"
    assert {r.table for r in dialog.model.records} == {"participations"}
    participation = hand_made_ids["p_joint_tik"]
    dialog.table.selectRow([r.id for r in dialog.model.records].index(participation))
    with qtbot.waitSignal(dialog.sig_open_record, timeout=WAIT_MS) as asked:
        dialog.open_button.click()
    assert asked.args == ["activities", hand_made_ids["joint"]]
    qtbot.waitUntil(lambda: window.current_page() == "activities"
                    and window.activities.editor.record.get("id") == hand_made_ids["joint"],
                    timeout=WAIT_MS)
    dialog.close()
    window.undo_stack.clear()


@pytest.mark.parametrize("fmt", ("pdf", "xlsx", "csv", "json"))
def test_an_export_writes_its_file_off_the_gui_thread(page: ReportsPage, qtbot: Any,
                                                      tmp_path: Path, fmt: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Each of PDF, Excel, CSV and JSON is written from the report on screen, by the page's
    file thread (not the GUI thread, nor the database worker; the GUI thread shows
    "Exporting…" meanwhile), then the page says where the file is with "Open folder"; the
    JSON holds the hand-worked totals."""
    from lookingbeyond_desktop.reports import pdf

    threads: list[threading.Thread] = []
    thread_names: list[str] = []
    module, name = (pdf, "write_pdf") if fmt == "pdf" else (tables, f"write_{fmt}")
    real = getattr(module, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        thread_names.append(QThread.currentThread().objectName())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    out = tmp_path / f"report.{fmt}"
    with qtbot.waitSignal(page.sig_exported, timeout=4 * WAIT_MS) as done:
        page.export_to(fmt, out)
        assert page.exporting and page.busy.isVisible() and page.status.text() == "Exporting…"
    assert done.args == [fmt, str(out)]
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    assert thread_names == ["report-files"]
    assert out.stat().st_size > 0
    magic = out.read_bytes()[:4]
    if fmt == "pdf":
        assert magic == b"%PDF"
    elif fmt == "xlsx":
        assert magic == b"PK\x03\x04"
    elif fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["totals"]["organizations_engaged"] == 6
        assert data["totals"]["representatives"] == 23
    assert page.message_bar.isVisible() and str(out) in page.message_label.text()
    assert page.open_folder_button.isVisible() and page.message_folder == tmp_path
    assert not page.exporting and not page.busy.isVisible()


def test_an_export_that_cannot_be_written_says_why(page: ReportsPage, qtbot: Any,
                                                   tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    """An export into a folder that does not exist writes nothing and says so in words,
    without "Open folder" and without sending the person to the log (the words say it all);
    the failure is in the log all the same."""
    out = tmp_path / "missing" / "report.csv"
    with caplog.at_level(logging.ERROR), \
            qtbot.waitSignal(page.sig_export_failed, timeout=WAIT_MS) as failed:
        page.export_to("csv", out)
    assert "does not exist" in failed.args[0] and "log" not in failed.args[0]
    assert not out.exists()
    assert page.message_bar.isVisible() and not page.open_folder_button.isVisible()
    assert not page.exporting
    logged = [r.getMessage() for r in caplog.records
              if "could not be exported as CSV" in r.getMessage()]
    assert logged and "FileNotFoundError" in logged[0]


def test_a_database_read_is_answered_while_an_export_is_written(
        page: ReportsPage, ops: Ops, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """While a PDF is being written (held on an Event the test controls, as a long PDF
    would be), a read through Ops, what every page does to show or save a record, is
    answered: the 7 live organizations of the hand-made data (8 written, 1 deleted).  Then
    the PDF is finished and saved.  (On the single database worker, the read waited.)"""
    from lookingbeyond_desktop.reports import pdf

    writing, release = threading.Event(), threading.Event()
    real = pdf.write_pdf

    def held(*args: Any, **kwargs: Any) -> Any:
        writing.set()
        release.wait(timeout=4 * WAIT_MS / 1000)  # longer than the wait below: no race
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf, "write_pdf", held)
    out = tmp_path / "report.pdf"
    answers: list[Any] = []
    try:
        page.export_to("pdf", out)
        qtbot.waitUntil(writing.is_set, timeout=WAIT_MS)
        ops.read(lambda connection: connection.exec_driver_sql(
            "SELECT count(*) FROM organizations WHERE deleted = 0").scalar(), answers.append)
        qtbot.waitUntil(lambda: answers != [], timeout=WAIT_MS)
        assert answers == [7]
        assert page.exporting and not out.exists()  # still being written
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.exporting, timeout=4 * WAIT_MS)
    assert out.read_bytes()[:4] == b"%PDF"
    assert str(out) in page.message_label.text()


def test_a_failed_export_is_logged_and_says_where_the_log_is(
        page: ReportsPage, ops: Ops, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """An export that fails in a way nobody expected (a bug in a writer) puts its traceback
    in the log, and tells the person that the file was not written and where the log is,
    with "Open folder" showing the log's folder."""

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("a writer's bug")

    monkeypatch.setattr(tables, "write_json", broken)
    with caplog.at_level(logging.ERROR), \
            qtbot.waitSignal(page.sig_export_failed, timeout=WAIT_MS) as failed:
        page.export_to("json", tmp_path / "r.json")
    message = failed.args[0]
    assert message.startswith("The file was not written.")
    assert f"Details are in the log: {log_file(ops)}" in message
    assert log_file(ops) == ops.store.folder / "logs" / "lookingbeyond.log"
    assert page.open_folder_button.isVisible() and page.message_folder == log_file(ops).parent
    logged = [r.getMessage() for r in caplog.records
              if "could not be exported as JSON" in r.getMessage()]
    assert logged and "Traceback" in logged[0] and "RuntimeError: a writer's bug" in logged[0]


def test_a_failed_computation_is_logged_and_told_then_cleared(
        page: ReportsPage, ops: Ops, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A computation that fails (a bug in the indicators) puts its traceback in the log;
    the status says the report could not be computed, the bar above the figures says why
    and where the log is ("Open folder" shows it); the report shown before stays, and the
    bar says its figures are those of the last report computed.  The next report computed
    clears the bar."""
    real = indicators.compute

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("an indicator's bug")

    monkeypatch.setattr(indicators, "compute", broken)
    with caplog.at_level(logging.ERROR), \
            qtbot.waitSignal(page.sig_compute_failed, timeout=WAIT_MS) as failed:
        page.compute()
    message = failed.args[0]
    assert message.startswith("The report could not be computed: Something went wrong")
    assert f"Details are in the log: {log_file(ops)}" in message
    assert message.endswith("The figures below are those of the last report computed.")
    assert page.status.text() == "The report could not be computed."
    assert page.message_bar.isVisible() and page.open_folder_button.isVisible()
    assert page.message_folder == log_file(ops).parent
    assert tile(page, "organizations_engaged") == "6"  # the report shown before
    logged = [r.getMessage() for r in caplog.records
              if "the report could not be computed" in r.getMessage()]
    assert logged and "RuntimeError: an indicator's bug" in logged[0]

    monkeypatch.setattr(indicators, "compute", real)
    page.compute()
    wait_report(qtbot, page)
    assert not page.message_bar.isVisible()
    assert page.status.text().startswith("Data as of")


def test_drill_and_rates_failures_are_logged_and_told(
        page: ReportsPage, ops: Ops, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """Records behind a figure that cannot be listed, and rates that cannot be read, are
    logged with their traceback and told in the dialog, with where the log is; the rates
    dialog then offers no Save (nothing was read to save)."""

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("a query's bug")

    monkeypatch.setattr(indicators, "drill", broken)
    monkeypatch.setattr(rates_module, "load_rates", broken)
    with caplog.at_level(logging.ERROR):
        page.drill_total("organizations_engaged")
        dialog = page.drill_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
        rates = page.open_rates()
        qtbot.waitUntil(lambda: rates.loaded, timeout=WAIT_MS)
    where = f"Details are in the log: {log_file(ops)}"
    assert dialog.count_label.text().startswith("The records could not be listed: Something")
    assert where in dialog.count_label.text()
    assert rates.status.text().startswith("The rates could not be read: Something")
    assert where in rates.status.text() and not rates.save_button.isEnabled()
    logged = [r.getMessage() for r in caplog.records]
    assert any("the records behind a figure (organizations) could not be listed" in m
               and "RuntimeError: a query's bug" in m for m in logged)
    assert any("the exchange rates could not be read" in m
               and "RuntimeError: a query's bug" in m for m in logged)
    rates.reject()
    dialog.close()


def test_a_result_for_older_filters_is_dropped(page: ReportsPage, qtbot: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A report still being computed when the filters change again is never shown: the
    report for "drugs" (2 organizations: cn and vngoc at CND 53) is held on the worker until
    the filters say "corruption" and its computation is asked for; then both finish, and
    only the "corruption" report is shown: 3 organizations working on corruption engaged in
    activities on it (tm, tma, tik at CoSP 3, its side event and the Nairobi dialogue; tir
    took part only in the Rabat consultation, on crime)."""
    real = indicators.compute
    started, release = threading.Event(), threading.Event()
    asked: list[Filters] = []

    def held(connection: Any, filters: Filters, **kwargs: Any) -> Any:
        asked.append(filters)
        if len(asked) == 1:
            started.set()
            release.wait(timeout=4 * WAIT_MS / 1000)
        return real(connection, filters, **kwargs)

    monkeypatch.setattr(indicators, "compute", held)
    shown: list[Any] = []
    page.sig_computed.connect(shown.append)
    older, newer = Filters(theme="drugs"), Filters(theme="corruption")
    try:
        page.set_filters(older)
        page.compute()
        qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
        page.set_filters(newer)
        page.compute()
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(asked) == 2 and page._ops.idle, timeout=WAIT_MS)
    wait_report(qtbot, page)
    assert asked == [older, newer]  # both were computed: the older one's result came back
    assert [report.filters for report in shown] == [newer]
    assert page.report is not None and page.report.filters == newer
    assert tile(page, "organizations_engaged") == "3"


def test_the_status_says_what_this_computer_holds_beside_a_region_filter(
        page: ReportsPage, qtbot: Any) -> None:
    """With a region filter on (Europe), the status never reads as if the report covered
    the regions this computer holds: it says "Data as of … · this computer holds: <its
    regions>", and its tooltip says the filters choose among them."""
    page.set_filters(Filters(region="150"))
    wait_report(qtbot, page)
    report = page.report
    assert report is not None and report.scope
    text = page.status.text()
    assert text.startswith("Data as of ")
    assert text.endswith(" · this computer holds: " + report.scope)
    tip = page.status.toolTip()
    assert tip.startswith(text) and "The filters above choose among them." in tip
    assert tile(page, "organizations_engaged") == "2"  # vngoc (AT) and tir (RU)


#: A page deleted while its file thread writes a PDF (a window closed during an export).
DELETED_WHILE_EXPORTING = """
import gc, sys
from pathlib import Path
import shiboken6
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.reports_page import ReportsPage
from tests.reports.conftest import fill_hand_made
store = Store.open(Path(sys.argv[1]))
fill_hand_made(store)
ops = Ops(store)
page = ReportsPage(ops)
page.compute()
while page.report is None:
    app.processEvents()
out = Path(sys.argv[2])
page.export_to("pdf", out)
shiboken6.delete(page)
del page
gc.collect()
ops.shutdown()
store.close()
print("carried on", out.exists() and out.read_bytes()[:4] == b"%PDF")
"""


def test_a_page_deleted_while_it_exports_finishes_the_file_first(tmp_path: Path) -> None:
    """The page goes away while its file thread writes a PDF: the process carries on (no
    "QThread: Destroyed while thread is still running" abort), and the PDF asked for is
    written whole before the thread stops.  In a process of its own: the failure is an
    abort."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", DELETED_WHILE_EXPORTING,
                             str(tmp_path / "data"), str(tmp_path / "report.pdf")],
                            cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert "Destroyed while thread" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("carried on True")


def test_the_rates_dialog_validates_and_saves(page: ReportsPage, store: Store,
                                              qtbot: Any) -> None:
    """The dialog shows the rates in use (as of 2011-12-01, "test rates"); a rate that is
    not a number or a code that is not a currency is refused with the line named and
    nothing saved; EUR at 1.10 is saved in the data folder and the report recomputes:
    approved grants are then 15,000 + 8,000 × 1.10 = 23,800.00 US dollars. "Restore
    shipped rates" shows the shipped table, saved only with Save."""
    dialog = page.open_rates()
    assert isinstance(dialog, RatesDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    assert dialog.date_edit.date() == dt.date(2011, 12, 1)
    assert dialog.source_edit.toPlainText() == "test rates"
    currencies = [(dialog.table.item(row, 0) or QTableWidgetItem()).text()
                  for row in range(dialog.table.rowCount())]
    eur = currencies.index("EUR")

    dialog.table.setItem(eur, 1, QTableWidgetItem("one point one"))
    dialog.save()
    assert "Line" in dialog.status.text() and "EUR" in dialog.status.text()
    assert dialog.isVisible() and not dialog.saving
    dialog.table.setItem(eur, 1, QTableWidgetItem("1.10"))
    dialog.add_row("XYZ", "2")
    dialog.save()
    assert "“XYZ” is not a currency code" in dialog.status.text()
    dialog.table.setCurrentCell(dialog.table.rowCount() - 1, 0)
    dialog.remove_row()

    with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT_MS):
        dialog.save()
    with store.engine.connect() as connection:
        saved = rates_module.load_rates(connection)
    assert saved.usd_per_unit["EUR"] == Decimal("1.10")
    qtbot.waitUntil(lambda: page.report is not None and not page.computing
                    and page.report.rates.usd_per_unit["EUR"] == Decimal("1.10"),
                    timeout=WAIT_MS)
    assert cell(page, "grants", "approved", "usd") == "23,800.00"

    dialog = page.open_rates()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    dialog.restore_button.click()
    shipped = rates_module.shipped_rates()
    assert dialog.date_edit.date() == shipped.as_of
    assert dialog.source_edit.toPlainText() == shipped.source
    assert "press Save" in dialog.status.text()
    dialog.reject()
    with store.engine.connect() as connection:
        assert rates_module.load_rates(connection).usd_per_unit["EUR"] == Decimal("1.10")


def test_an_empty_period_says_so_in_words(page: ReportsPage, qtbot: Any) -> None:
    """A period without any activity (2015) shows "Nothing in this period and these
    filters" instead of a strip of zeros."""
    page.set_filters(Filters(start=dt.date(2015, 1, 1), end=dt.date(2015, 12, 31)))
    wait_report(qtbot, page)
    assert page.report is not None and page.report.is_empty()
    assert page.empty_label.isVisible()
    assert page.empty_label.text().startswith("Nothing in this period and these filters")
    assert not page.tiles_box.isVisible()
    page.clear_filters()
    wait_report(qtbot, page)
    assert not page.empty_label.isVisible() and page.tiles_box.isVisible()


def test_a_data_change_recomputes_the_page_on_screen(page: ReportsPage, store: Store,
                                                     hand_made_ids: dict[str, str],
                                                     qtbot: Any) -> None:
    """A participation added elsewhere in the window (a write through the worker) is
    counted without a click: the idle foundation joins CoSP 3, 7 organizations engaged."""
    page._ops.write(lambda writer: writer.create("participations", {
        "activity_id": hand_made_ids["cosp3"], "organization_id": hand_made_ids["idle"],
        "representatives": 1}), tables={"participations"})
    qtbot.waitUntil(lambda: tile(page, "organizations_engaged") == "7", timeout=WAIT_MS)


def test_the_gui_thread_runs_no_query_and_no_network_call(ops: Ops, store: Store,
                                                          qtbot: Any, tmp_path: Path) -> None:
    """Building the page, computing, filtering, drilling down, reading the rates and
    exporting run every query on the worker: none on the GUI thread, and no network call."""
    with gui_thread_io(store.engine) as seen:
        page = ReportsPage(ops)
        page.today = HAND_MADE_TODAY
        qtbot.addWidget(page)
        page.show()
        page.shown()
        wait_report(qtbot, page)
        page.set_filters(Filters(theme="corruption"))
        wait_report(qtbot, page)
        page.drill_total("organizations_engaged")
        dialog = page.drill_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
        rates = page.open_rates()
        qtbot.waitUntil(lambda: rates.loaded, timeout=WAIT_MS)
        rates.reject()
        with qtbot.waitSignal(page.sig_exported, timeout=WAIT_MS):
            page.export_to("json", tmp_path / "r.json")
        settle(qtbot, ops)
        dialog.close()
    assert seen.queries == [], seen.queries[:5]
    assert seen.network == []


@pytest.mark.parametrize("tab", (0, 1, 2))
def test_the_page_fits_1024_by_600(window: Any, qtbot: Any, tab: int) -> None:
    """At 1024×600, on each tab (table, charts, map), the Reports page passes every check of
    tests/ui/test_small_screens.py: the window stays within the screen, nothing is cut,
    every field keeps a usable width; the filters wrap onto two lines at most and the
    headline figures onto one; the table shows every figure column without scrolling
    sideways (the most engaged organizations' countries take only the width left)."""
    from tests.ui.test_small_screens import test_page_fits_1024_by_600

    page = window.reports
    page.tabs.setCurrentIndex(tab)
    test_page_fits_1024_by_600(window, qtbot, "reports")
    wait_report(qtbot, page)
    settle(qtbot, window.ops)
    assert (window.width(), window.height()) == (1024, 600)
    tiles = list(page.tiles.values())
    assert len({t.y() for t in tiles}) == 1, "the headline figures are on one line"
    row_height = page.filters_row.findChild(type(page.period), "reportRegion").height()
    assert page.filters_row.height() <= 2 * row_height + 12, "the filters take two lines"
    for widget in (page.region, page.country, page.theme, page.network, page.office,
                   page.date_from, page.date_to, page.clear_button):
        assert page.filters_row.rect().contains(widget.mapTo(page.filters_row,
                                                             widget.rect().bottomRight()))
    if tab == 0:  # every figure column in view (a long country name is elided instead)
        assert not page.tree.horizontalScrollBar().isVisible()
        header = page.tree.header()
        assert sum(header.sectionSize(c) for c in range(header.count())) \
            <= page.tree.viewport().width()


# -- small screens, long words, long titles: nothing cut ----------------------------------------

#: Captions as long as other languages make them (Russian, German, French, Spanish), and
#: figures as wide as 100,000 organizations make them.
LONG_CAPTIONS = {
    "organizations_engaged": "Организации, вовлечённые в работу",
    "representatives": "Vertreterinnen und Vertreter",
    "unique_people": "Personnes distinctes",
    "activities": "Actividades",
    "member_states": "Государства-члены в совместных мероприятиях",
    "developing_country_share": "Aus Entwicklungsländern",
    "women_share": "Frauen",
}


def test_headline_figures_in_longer_words_stay_whole_at_1024_by_600(window: Any,
                                                                     qtbot: Any) -> None:
    """At 1024×600, with captions in longer words (Russian "Государства-члены в совместных
    мероприятиях", German "Aus Entwicklungsländern"), a seven-digit figure and two detail
    lines, the seven headline figures still share one line: each caption wraps at its words
    and takes the lines it needs, every figure and caption shows whole (no label narrower
    or lower than its text), all tiles of one height, inside the page."""
    page = window.reports
    window.resize(1024, 600)
    window.go("reports")
    wait_report(qtbot, page)
    settle(qtbot, window.ops)
    for key, caption in LONG_CAPTIONS.items():
        page.tiles[key].caption.setText(caption)
    page.tiles["representatives"].set_figure("1,234,567", drillable=True, tooltip="")
    page.tiles["unique_people"].set_detail("1.296 namentlich bekannt")
    page.tiles["women_share"].set_detail("40,6 % nicht erfasst")
    page._equal_tiles()
    tiles = list(page.tiles.values())

    def whole() -> bool:  # every check below at once: layout runs through posted events
        strip = page.tiles_box.rect()
        for tile in tiles:
            if not strip.contains(tile.geometry()) or (
                    tile.value_label.width() < tile.value_label.sizeHint().width()):
                return False
            for label in (tile.caption, tile.detail):
                if label.isVisible() and (
                        label.height() < label.heightForWidth(label.width())
                        or not tile.rect().contains(label.geometry())):
                    return False
        return len({tile.y() for tile in tiles}) == 1 and len({tile.height() for tile in tiles}) == 1

    qtbot.wait(50)  # the layout's posted events have begun
    with contextlib.suppress(Exception):  # not whole in time: the asserts below say what is not
        qtbot.waitUntil(whole, timeout=WAIT_MS)
    assert len({tile.y() for tile in tiles}) == 1, "the headline figures are on one line"
    assert len({tile.height() for tile in tiles}) == 1
    strip = page.tiles_box.rect()
    for tile in tiles:
        assert strip.contains(tile.geometry()), tile.key
        value, caption, detail = tile.value_label, tile.caption, tile.detail
        assert value.width() >= value.sizeHint().width(), f"{value.text()} is cut"
        for label in (caption, detail):
            if label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
                longest = max(label.fontMetrics().horizontalAdvance(word)
                              for word in label.text().split())
                assert label.width() >= longest, f"a word of “{label.text()}” is cut"
                assert tile.rect().contains(label.geometry()), label.text()


def _title_items(chart: Any) -> tuple[str, float]:
    """A chart's title as a person reads it (its lines joined) and the width its widest
    line takes, measured as QtCharts measures it (rich text in the title's font)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setDefaultFont(chart.titleFont())
    document.setDocumentMargin(0)
    document.setHtml(chart.title())
    return " ".join(document.toPlainText().split()), document.idealWidth()


def test_chart_titles_wrap_within_the_chart_at_1024_by_600_and_on_a4(
        store: Store, hand_made_ids: dict[str, str], qtbot: Any) -> None:
    """With no rate for the euro, the grants chart says so under its title ("Rates as of
    2011-12-01. Amounts in EUR are left out: no exchange rate."); in a chart 400 pixels wide
    (a chart of the Charts tab at 1024×600) and on an A4 page, each title breaks into lines
    no wider than the chart (QtCharts would cut a wider one with "...") and keeps every
    word; every chart of the report does the same."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import QGraphicsScene

    from lookingbeyond_desktop.reports import indicators, pdf
    from lookingbeyond_desktop.ui.report_charts import CHARTS, grants_chart, title_width

    no_euro = RatesInfo(as_of=dt.date(2011, 12, 1), source="test rates",
                        usd_per_unit={"USD": Decimal("1"), "GBP": Decimal("1.25")})
    with store.engine.connect() as connection:
        report = indicators.compute(connection, Filters(), rates=no_euro, today=HAND_MADE_TODAY)
    whole = ("Grants by status, in US dollars Rates as of 2011-12-01. Amounts in EUR are "
             "left out: no exchange rate.")

    chart = grants_chart(report)
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitUntil(lambda: chart.size().width() > 300, timeout=WAIT_MS)
    text, widest = _title_items(chart)
    assert text == whole
    assert "<br>" in chart.title()  # broken into lines: one would not fit 400 pixels
    assert 0 < widest <= title_width(chart) < chart.size().width()

    dpi = 96
    sizes = dict(pdf._chart_sizes(report, dpi))
    for key, build in CHARTS:
        on_page = build(report, None)
        scene = QGraphicsScene()
        scene.addItem(on_page)
        on_page.resize(sizes[key])
        text, widest = _title_items(on_page)
        assert "..." not in text and text.split()[0] in ("Organizations", "Grants")
        assert widest <= title_width(on_page) < sizes[key].width(), key
        if key == "grants":
            assert text == whole
        scene.clear()


def test_the_rates_dialog_shows_its_whole_source(ops: Ops, qtbot: Any) -> None:
    """The shipped rates' source (about 350 characters: where the rates come from, that they
    are approximate, what to replace them with) shows whole in the dialog, wrapped, without
    a scroll bar, at the size the dialog takes on a 1024×600 screen and on a 1920×1080 one
    (620×560 on both) and narrower (480 pixels); the dialog still fits a 600-pixel screen."""
    dialog = RatesDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    dialog.restore_shipped()
    shipped = rates_module.shipped_rates()
    assert len(shipped.source) > 300
    source = dialog.source_edit
    assert source.toPlainText() == shipped.source
    for width in (620, 480):
        dialog.resize(width, 560)
        qtbot.wait(20)
        qtbot.waitUntil(lambda: dialog.width() == width and source.fully_visible()
                        and not source.verticalScrollBar().isVisible(), timeout=WAIT_MS)
        assert source.fully_visible(), f"the source is cut at {width} pixels"
        assert not source.verticalScrollBar().isVisible()
        assert source.height() >= source.content_height()
    assert dialog.minimumSizeHint().height() <= 560
    dialog.reject()


def test_the_most_engaged_organizations_show_names_countries_and_open(
        page: ReportsPage, hand_made_ids: dict[str, str], qtbot: Any) -> None:
    """The table lists the most engaged organizations (section ``top_organizations`` of
    compute()): by name, their country in words, activities and representatives, as worked
    out by hand in tests/reports/test_tables.py: TI Kenya 3 activities, 6 representatives;
    Transparencia Mexicana 3, 5; ترانسبرانسي المغرب (Morocco) 3, 4; 透明国际中国联络处
    (China) 2, 2.  The Arabic name is isolated so that it reads right to left; the Chinese
    one is shown as it is; the country is left-aligned text, the figures right-aligned,
    representatives under the meetings' representatives; the name's tooltip gives it whole
    with how to open it.  A double-click (or Enter) on the
    name asks the window to open the organization; on a figure with records behind it, it
    lists them."""
    model = page.model
    assert page.report is not None
    section = page.report.section("top_organizations")
    assert section.row_kind == "organization" and section.group == "partnership"
    tma, cn, tik = hand_made_ids["tma"], hand_made_ids["cn"], hand_made_ids["tik"]
    assert [cell(page, "top_organizations", tik, key)
            for key in ("country", "activities", "representatives")] == ["Kenya", "3", "6"]
    assert [cell(page, "top_organizations", tma, key)
            for key in ("country", "activities", "representatives")] == ["Morocco", "3", "4"]
    assert [cell(page, "top_organizations", cn, key)
            for key in ("country", "activities", "representatives")] == ["China", "2", "2"]
    assert [column.key for column in shown_columns(section)] == [
        "country", "representatives", "activities"]
    assert [column.key for column in shown_columns(page.report.section("by_meeting"))][1] \
        == "representatives"
    country = find_cell(model, "top_organizations", tma, "country")
    assert country.column() == 1
    name = country.siblingAtColumn(0)
    assert model.data(name) == "\u2068ترانسبرانسي المغرب\u2069"
    assert model.data(find_cell(model, "top_organizations", cn, "country")
                      .siblingAtColumn(0)) == "透明国际中国联络处"
    assert not model.data(country, Qt.ItemDataRole.TextAlignmentRole) \
        & int(Qt.AlignmentFlag.AlignRight)
    activities = find_cell(model, "top_organizations", tma, "activities")
    assert model.data(activities, Qt.ItemDataRole.TextAlignmentRole) \
        & int(Qt.AlignmentFlag.AlignRight)
    tooltip = model.data(name, Qt.ItemDataRole.ToolTipRole)
    assert "ترانسبرانسي المغرب" in tooltip and "open the organization" in tooltip

    page.tree.scrollTo(name)
    where = page.tree.visualRect(name).center()
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(page.sig_open_record, timeout=WAIT_MS) as asked:
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert asked.args == ["organizations", tma]
    page.tree.setCurrentIndex(country)
    page.tree.setFocus()
    with qtbot.waitSignal(page.sig_open_record, timeout=WAIT_MS) as asked:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert asked.args == ["organizations", tma]

    figure = model.figure(activities)
    if figure is not None and figure.drill is not None:  # the records behind the 3
        page.drill_index(activities)
        dialog = page.drill_dialog
        assert isinstance(dialog, DrillDialog)
        qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
        assert len(dialog.model.records) == 3
        dialog.close()
    else:
        with qtbot.waitSignal(page.sig_open_record, timeout=WAIT_MS) as asked:
            page.drill_index(activities)
        assert asked.args == ["organizations", tma]
