"""The Reports page on the hand-made dataset (tests/reports/conftest.py, figures worked out by
hand there): headline figures and the indicator table, filters that recompute, the map that
filters by country, drill-downs to exactly the records behind a figure, exports in four
formats written off the GUI thread, the exchange-rates dialog, an empty period in words, and
no query or network call on the GUI thread."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QTableWidgetItem

from lookingbeyond_desktop.reports import rates as rates_module
from lookingbeyond_desktop.reports import tables
from lookingbeyond_desktop.reports.model import Filters, RatesInfo
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.ui.main_window import MainWindow
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.report_dialogs import DrillDialog, RatesDialog
from lookingbeyond_desktop.ui.reports_page import ReportModel, ReportsPage
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
            keys = [c.key for c in node.section.columns]
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
    """Each of PDF, Excel, CSV and JSON is written from the report on screen, by the worker
    thread (the GUI thread shows "Exporting…" meanwhile), then the page says where the file
    is with "Open folder"; the JSON holds the hand-worked totals."""
    from lookingbeyond_desktop.reports import pdf

    threads: list[threading.Thread] = []
    module, name = (pdf, "write_pdf") if fmt == "pdf" else (tables, f"write_{fmt}")
    real = getattr(module, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    out = tmp_path / f"report.{fmt}"
    with qtbot.waitSignal(page.sig_exported, timeout=4 * WAIT_MS) as done:
        page.export_to(fmt, out)
        assert page.exporting and page.busy.isVisible() and page.status.text() == "Exporting…"
    assert done.args == [fmt, str(out)]
    assert threads and all(thread is not threading.main_thread() for thread in threads)
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
    assert page.open_folder_button.isVisible()
    assert not page.exporting and not page.busy.isVisible()


def test_an_export_that_cannot_be_written_says_why(page: ReportsPage, qtbot: Any,
                                                   tmp_path: Path) -> None:
    """An export into a folder that does not exist writes nothing and says so in words,
    without "Open folder"."""
    out = tmp_path / "missing" / "report.csv"
    with qtbot.waitSignal(page.sig_export_failed, timeout=WAIT_MS) as failed:
        page.export_to("csv", out)
    assert "does not exist" in failed.args[0]
    assert not out.exists()
    assert page.message_bar.isVisible() and not page.open_folder_button.isVisible()
    assert not page.exporting


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
    headline figures onto one."""
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
