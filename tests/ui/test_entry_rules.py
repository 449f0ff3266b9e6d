"""Data entry that field staff trust (issue 11, items 1 and 5), through the real widgets:
the wheel never changes a field the person is not in, leaving a changed record always asks,
countries are found by name in the six UN languages, dates have a calendar and may be empty,
numbers follow the locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import text

from lookingbeyond_desktop.ui.entry import DateField, NumberField, guard_wheel
from lookingbeyond_desktop.ui.forms import FieldDef, FieldForm
from lookingbeyond_desktop.ui.leave import LEAVE_BOX
from lookingbeyond_desktop.ui.organizations.editor import ORGANIZATION_FIELDS
from tests.ui.conftest import WAIT_MS, settle

Button = QMessageBox.StandardButton


def _db(window, sql: str, **params):  # type: ignore[no-untyped-def]
    with window.ops.store.engine.connect() as connection:
        return connection.execute(text(sql), params).fetchall()


def _type_in(qtbot, widget, value: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``value`` (ASCII key by key; other scripts committed as an input method does)."""
    widget.clear()
    if value.isascii():
        qtbot.keyClicks(widget, value)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(value)
        QApplication.sendEvent(widget, event)


def _wheel(widget: QWidget, steps: int = -1) -> None:
    """A real wheel event (``steps`` notches; negative scrolls down) over ``widget``."""
    local = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _leave_box(qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    """The Save / Discard / Cancel question, once it is on screen."""
    found: list[QMessageBox] = []

    def shown() -> bool:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == LEAVE_BOX and box.isVisible():
            found[:] = [box]
            return True
        return False

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def _no_leave_box() -> bool:
    box = QApplication.activeModalWidget()
    return not (isinstance(box, QMessageBox) and box.objectName() == LEAVE_BOX)


@pytest.fixture
def french() -> Iterator[QLocale]:
    """The default locale is French for the test, restored after."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield QLocale()
    QLocale.setDefault(before)


# -- the wheel ----------------------------------------------------------------------------


def test_wheel_over_unfocused_drop_downs_scrolls_the_organization_form(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a 1024x600 window, the wheel over the organization type and the ECOSOC status
    (not focused) leaves their values alone, marks nothing edited, and scrolls the form;
    once the person is in the drop-down (focused), the wheel does change it."""
    window.resize(1024, 600)
    page = window.organizations
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    editor = page.editor
    scroll = editor.tabs.widget(0)
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    window.activateWindow()
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus, timeout=WAIT_MS)
    for name in ("org_type", "ecosoc_status", "country"):
        combo = editor.form.widgets[name]
        assert not combo.hasFocus()
        bar.setValue(0)
        before = combo.currentIndex()
        _wheel(combo)
        assert combo.currentIndex() == before, name
        assert bar.value() > 0, f"the form scrolls under {name}"
    assert not editor.dirty
    combo = editor.form.widgets["org_type"]
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=WAIT_MS)
    before = combo.currentIndex()
    _wheel(combo, -1 if before < combo.count() - 1 else 1)
    assert combo.currentIndex() != before and editor.dirty


def test_wheel_over_unfocused_number_date_and_spin_boxes_scrolls(qtbot) -> None:  # type: ignore[no-untyped-def]
    """In any FieldForm, numbers and dates ignore the wheel, and spin boxes or date edits
    given guard_wheel (as every record editor does for widgets beside its form) do too;
    the scroll area around them moves instead."""
    fields = [FieldDef("count", "Representatives", "int"), FieldDef("on", "Approved on", "date"),
              *[FieldDef(f"note{n}", "Notes", "long") for n in range(8)]]
    outer = QWidget()
    qtbot.addWidget(outer)
    inner = QWidget()
    column = QVBoxLayout(inner)
    form = FieldForm(fields, parent=inner)
    spin, date_edit = QSpinBox(inner), QDateEdit(inner)
    spin.setValue(5)
    for widget in (form, spin, date_edit):
        column.addWidget(widget)
    guard_wheel(spin)
    guard_wheel(date_edit)
    scroll = QScrollArea(outer)
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    focus = QLineEdit(outer)
    QVBoxLayout(outer).addWidget(focus)
    outer.layout().addWidget(scroll)
    outer.resize(400, 260)
    outer.show()
    qtbot.waitExposed(outer)
    focus.setFocus()
    form.set_values({"count": 12, "on": "2011-05-03"})
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    edited: list[bool] = []
    form.sig_edited.connect(lambda: edited.append(True))
    date_before = date_edit.date()
    for widget in (form.widgets["count"], form.widgets["on"], spin, date_edit):
        bar.setValue(0)
        _wheel(widget)
        assert bar.value() > 0, widget
    assert form.values()["count"] == "12" and form.values()["on"] == "2011-05-03"
    assert spin.value() == 5 and date_edit.date() == date_before and not edited


# -- leaving a changed record -------------------------------------------------------------


def test_leaving_a_changed_organization_asks_and_each_answer_does_what_it_says(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Choosing another organization while one has edits asks Save / Discard / Cancel (Save
    the default). Cancel (and Escape) stays on the edited record with its edits and puts the
    selection back; Discard opens the other record and writes nothing; Save writes the edit,
    then opens the other record. New organization asks the same."""
    page = window.organizations
    editor = page.editor
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    first, name = editor.org_id, editor.record["name"]
    _type_in(qtbot, editor.form.widgets["acronym"], "EDITED")
    assert editor.dirty

    page.table.selectRow(1)
    box = _leave_box(qtbot)
    assert box.defaultButton() is box.button(Button.Save)
    assert box.escapeButton() is box.button(Button.Cancel)
    assert name in box.text()
    assert page.table.selectionModel().currentIndex().row() == 0  # put back while asking
    box.button(Button.Cancel).click()
    qtbot.waitUntil(_no_leave_box, timeout=WAIT_MS)
    settle(qtbot, window.ops)
    assert editor.org_id == first and editor.dirty
    assert editor.form.values()["acronym"] == "EDITED"
    assert page.table.selectionModel().currentIndex().row() == 0

    page.table.selectRow(1)
    box = _leave_box(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape is Cancel
    qtbot.waitUntil(_no_leave_box, timeout=WAIT_MS)
    assert editor.org_id == first and editor.dirty

    page.table.selectRow(1)
    _leave_box(qtbot).button(Button.Discard).click()
    settle(qtbot, window.ops)
    second = editor.org_id
    assert second != first and not editor.dirty
    assert _db(window, "SELECT acronym FROM organizations WHERE id = :i",
               i=first)[0].acronym != "EDITED"

    _type_in(qtbot, editor.form.widgets["acronym"], "SAVED")
    page.table.selectRow(2)
    _leave_box(qtbot).button(Button.Save).click()
    settle(qtbot, window.ops)
    assert _db(window, "SELECT acronym FROM organizations WHERE id = :i",
               i=second)[0].acronym == "SAVED"
    assert editor.org_id not in (first, second) and not editor.dirty

    _type_in(qtbot, editor.form.widgets["acronym"], "NEW?")
    window.new_org_action.trigger()
    _leave_box(qtbot).button(Button.Discard).click()
    qtbot.waitUntil(lambda: editor.org_id is None, timeout=WAIT_MS)
    assert not editor.dirty and editor.form.values()["acronym"] == ""


def test_save_refused_by_validation_stays_on_the_record(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Answering Save for an edit that breaks a rule writes nothing, keeps the record and
    its edits on screen with the message beside the field: nothing is lost or skipped."""
    page = window.organizations
    editor = page.editor
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    first, name = editor.org_id, editor.record["name"]
    _type_in(qtbot, editor.form.widgets["email"], "not-an-address")
    page.table.selectRow(1)
    _leave_box(qtbot).button(Button.Save).click()
    settle(qtbot, window.ops)
    assert editor.org_id == first and editor.dirty
    assert "e-mail" in editor.form.error_text("email")
    assert _db(window, "SELECT email FROM organizations WHERE id = :i",
               i=first)[0].email != "not-an-address"
    assert editor.record["name"] == name


def test_leaving_a_changed_grant_asks_too(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The record pages built on RecordListPage (Activities, Grants) follow the same rule:
    another row or New asks; Cancel keeps the edit and the selection; Save writes it."""
    window.go("grants")
    page = window.grants
    page.shown()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=WAIT_MS)
    editor = page.editor
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    first = editor.record_id
    assert first is not None
    editor.form.set_value("notes", "Checked with the field office")
    assert editor.dirty

    page.table.selectRow(1)
    _leave_box(qtbot).button(Button.Cancel).click()
    qtbot.waitUntil(_no_leave_box, timeout=WAIT_MS)
    settle(qtbot, window.ops)
    assert editor.record_id == first and editor.dirty
    assert page.model.rows[page.table.selectionModel().currentIndex().row()]["id"] == first

    window.new_grant_action.trigger()
    _leave_box(qtbot).button(Button.Cancel).click()
    qtbot.waitUntil(_no_leave_box, timeout=WAIT_MS)
    assert editor.record_id == first and editor.dirty

    page.table.selectRow(1)
    _leave_box(qtbot).button(Button.Save).click()
    settle(qtbot, window.ops)
    assert _db(window, "SELECT notes FROM grants WHERE id = :i",
               i=first)[0].notes == "Checked with the field office"
    assert editor.record_id != first and not editor.dirty


def test_saving_an_activity_on_leaving_opens_and_selects_the_one_chosen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On Activities, Save in the question writes the edited activity, then opens the one
    the person chose, and the list's selection follows it (not the saved one)."""
    window.go("activities")
    page = window.activities
    page.shown()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=WAIT_MS)
    editor = page.editor
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    first = editor.record_id
    second = page.model.rows[1]["id"]
    _type_in(qtbot, editor.form.widgets["title"], "Consultation, renamed before leaving")
    page.table.selectRow(1)
    _leave_box(qtbot).button(Button.Save).click()
    settle(qtbot, window.ops)
    assert _db(window, "SELECT title FROM activities WHERE id = :i",
               i=first)[0].title == "Consultation, renamed before leaving"
    assert editor.record_id == second and not editor.dirty
    row = page.table.selectionModel().currentIndex().row()
    assert page.model.rows[row]["id"] == second


def test_closing_the_window_with_edits_asks(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Closing the window while a record has edits asks the same question: Cancel keeps
    the window open with the edit; Discard closes without writing."""
    page = window.organizations
    editor = page.editor
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    first = editor.org_id
    _type_in(qtbot, editor.form.widgets["acronym"], "UNSAVED")
    window.close()
    _leave_box(qtbot).button(Button.Cancel).click()
    qtbot.waitUntil(_no_leave_box, timeout=WAIT_MS)
    assert window.isVisible() and editor.dirty
    window.close()
    _leave_box(qtbot).button(Button.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert _db(window, "SELECT acronym FROM organizations WHERE id = :i",
               i=first)[0].acronym != "UNSAVED"


# -- countries ----------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Morocco", "Maroc", "Marruecos", "Марокко", "المغرب", "摩洛哥",
                                   "MA"])
def test_country_typed_by_name_in_any_un_language_is_saved_as_its_code(window, qtbot, typed) -> None:  # type: ignore[no-untyped-def]
    """A new organization whose country is typed by name in English, French, Spanish,
    Russian, Arabic or Chinese, or by code, is saved with Morocco's code (MA)."""
    page = window.organizations
    window.new_org_action.trigger()
    form = page.editor.form
    _type_in(qtbot, form.widgets["name"], f"Association {typed}")
    combo = form.widgets["country"]
    _type_in(qtbot, combo.lineEdit(), typed)
    assert form.values()["country"] == "MA"
    page.editor.save()
    settle(qtbot, window.ops)
    rows = _db(window, "SELECT country FROM organizations WHERE name = :n",
               n=f"Association {typed}")
    assert [r.country for r in rows] == ["MA"]


def test_country_completer_lists_prefix_matches_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing "Mor" offers Morocco before Comoros; "Maroc" offers Morocco; leaving the field
    after a whole name shows that country's item; an unknown name stays for validation."""
    form = FieldForm(ORGANIZATION_FIELDS)
    qtbot.addWidget(form)
    form.show()
    combo = form.widgets["country"]
    completer = combo.lineEdit().completer()
    _type_in(qtbot, combo.lineEdit(), "Mor")
    offered = completer.model().stringList()
    assert offered[0].startswith("Morocco")
    assert offered.index(next(o for o in offered if o.startswith("Comoros"))) > 0
    _type_in(qtbot, combo.lineEdit(), "Maroc")
    assert completer.model().stringList()[0].startswith("Morocco")
    combo.lineEdit().editingFinished.emit()
    assert combo.currentData() == "MA" and combo.currentText() == combo.itemText(
        combo.currentIndex())
    _type_in(qtbot, combo.lineEdit(), "Atlantis")
    assert form.values()["country"] == "Atlantis"


# -- dates --------------------------------------------------------------------------------


def test_date_field_typed_picked_and_empty(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    """A date is typed in ISO or in the locale's format (French: 31/12/2011, leading zeros
    optional), shown in the locale's format, picked from the calendar (F4 or Alt+Down opens
    it, Escape closes it without a change, Enter picks), and may be left empty; the form's
    value is always ISO or empty."""
    form = FieldForm([FieldDef("approved_on", "Approved on", "date")])
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    field = form.widgets["approved_on"]
    assert isinstance(field, DateField)
    edited: list[bool] = []
    form.sig_edited.connect(lambda: edited.append(True))

    _type_in(qtbot, field, "2011-12-31")
    assert form.values()["approved_on"] == "2011-12-31" and edited
    field.editingFinished.emit()
    assert field.text() == "31/12/2011"
    _type_in(qtbot, field, "4/3/2011")
    assert form.values()["approved_on"] == "2011-03-04"
    _type_in(qtbot, field, "")
    assert form.values()["approved_on"] == ""
    form.set_values({"approved_on": None})
    assert field.text() == "" and form.values()["approved_on"] == ""
    form.set_values({"approved_on": dt.date(2010, 10, 4)})
    assert field.text() == "04/10/2010"

    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == dt.date(2010, 10, 4)
    assert popup.calendar.isAncestorOf(QApplication.focusWidget())  # the keyboard is in it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT_MS)
    assert form.values()["approved_on"] == "2010-10-04"

    edited.clear()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert popup.isVisible()
    popup.calendar.setSelectedDate(popup.calendar.selectedDate().addDays(3))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT_MS)
    assert form.values()["approved_on"] == "2010-10-07" and edited
    assert field.text() == "07/10/2010"

    _type_in(qtbot, field, "31/02/2011")
    assert form.values()["approved_on"] == "31/02/2011"  # not a date: validation says so


# -- numbers ------------------------------------------------------------------------------


def test_numbers_in_a_french_locale(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    """In French, amounts show as 12 500,50 and whole numbers as 1 234; they are typed
    that way or as plain digits; the form's values are plain (what the store accepts)."""
    form = FieldForm([FieldDef("amount", "Amount", "decimal"),
                      FieldDef("women", "Women", "int")])
    qtbot.addWidget(form)
    amount, women = form.widgets["amount"], form.widgets["women"]
    assert isinstance(amount, NumberField) and isinstance(women, NumberField)
    group = french.groupSeparator()
    form.set_values({"amount": Decimal("12500.50"), "women": 1234})
    assert amount.text() == f"12{group}500,50" and women.text() == f"1{group}234"
    assert form.values() == {"amount": "12500.50", "women": "1234"}

    _type_in(qtbot, amount, "1 234,5")
    _type_in(qtbot, women, "35")
    assert form.values() == {"amount": "1234.5", "women": "35"}
    amount.editingFinished.emit()
    assert amount.text() == f"1{group}234,5"
    _type_in(qtbot, amount, "2500.75")
    assert form.values()["amount"] == "2500.75"
    _type_in(qtbot, women, "2,5")
    assert form.values()["women"] == "2,5"  # not whole: validation says so beside the field
    _type_in(qtbot, amount, "")
    assert form.values()["amount"] == ""


def test_a_dot_between_thousands_is_never_read_as_a_decimal_sign_where_comma_is() -> None:
    """Where "," is the decimal sign (French, Russian), "2.000" typed for two thousand is
    refused (validation then says so) rather than stored as 2; in English it stays 2.000,
    in German (whose group sign is ".") it is two thousand."""
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from lookingbeyond_desktop.ui.entry import parse_number

    french, russian = QLocale(QLocale.Language.French), QLocale(QLocale.Language.Russian)
    english, german = QLocale(QLocale.Language.English), QLocale(QLocale.Language.German)
    assert parse_number("2.000", whole=False, locale=french) is None
    assert parse_number("2.000", whole=True, locale=russian) is None
    assert parse_number("2.5", whole=False, locale=french) == Decimal("2.5")
    assert parse_number("2.000", whole=False, locale=english) == Decimal("2.000")
    assert parse_number("2.000", whole=True, locale=german) == Decimal("2000")
