"""The filter row of a record list (Activities, Grants) and its saved views.

A :class:`FilterRow` puts the page's search box beside its filters (a period of two date
fields, a country typed by name, drop-downs), "Clear filters" and the "Views" drop-down,
in a row that wraps on a narrow screen (ui/layout.py).  It turns what is typed and chosen
into the page's Qt-free filter (``browse.ActivityFilter`` / ``browse.GrantFilter``), which
the page's query applies in SQL on the worker.

Saved views are kept in the person's settings (QSettings), per table, not in the data
folder: a view is a way of looking, like a column's width, not a record.  It should not
sync to headquarters, fill backups, nor need a table and a migration in the replica; and
what it holds (typed text, reference codes, dates) means the same in every data folder, so
the views stay when another folder (a demo one, a new one) is opened.  The view last
applied is applied again when the page is built.

Every string a page owns (placeholders, "All …" entries, tooltips) is passed in from the
page, so that ``self.tr`` keeps the page's translation context.
"""

from __future__ import annotations

import dataclasses
import functools
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui.entry import CountryCompleter, DateField, guard_wheel, resolve_country_text
from lookingbeyond_desktop.ui.errors import confirm
from lookingbeyond_desktop.ui.forms import ERROR_STYLE
from lookingbeyond_desktop.ui.layout import FlowLayout
from lookingbeyond_desktop.ui.ops import Ops

#: The search box's narrowest width: a few words stay readable on a 1024-pixel screen.
SEARCH_MIN_WIDTH = 240
#: The shortcut of "Save view…" (Ctrl+Shift+S is "Sync now"; Ctrl+D bookmarks in browsers).
SAVE_VIEW_SHORTCUT = "Ctrl+D"
#: Characters a filter drop-down shows at its narrowest (its list shows entries whole).
FILTER_CHARS = 10
DATE_FIELDS = ("date_from", "date_to")


# -- what a page's filters are -------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Two date fields that set ``date_from`` and ``date_to`` (either may stay empty)."""

    from_text: str  # placeholder of the first field
    to_text: str
    tooltip: str


@dataclass(frozen=True)
class CountryChoice:
    """A country typed by name or code, or picked: sets ``field``."""

    field: str
    everything: str  # the first entry: no country chosen
    tooltip: str


@dataclass(frozen=True)
class Choice:
    """A drop-down that sets ``field`` to the code of its entry (None: the first entry).

    ``choices`` gives (code, label) pairs from reference data; ``query`` instead reads them
    from the replica on the worker, again whenever ``table`` changes."""

    field: str
    object_name: str
    everything: str
    choices: Callable[[], list[tuple[str, str]]] | None = None
    query: Callable[[Any], list[tuple[str, str]]] | None = None
    table: str = ""
    tooltip: str = ""


FilterSpec = Period | CountryChoice | Choice


def state_of(flt: Any) -> dict[str, Any]:
    """A filter as JSON-ready values (dates as ISO text) for a saved view."""
    found: dict[str, Any] = {}
    for item in dataclasses.fields(flt):
        value = getattr(flt, item.name)
        found[item.name] = value.isoformat() if isinstance(value, dt.date) else value
    return found


def filter_from_state(kind: type[Any], state: dict[str, Any]) -> Any:
    """The filter of class ``kind`` a saved view describes; names it does not know and values
    of the wrong kind (a view saved by another version) are left out."""
    values: dict[str, Any] = {}
    for item in dataclasses.fields(kind):
        value = state.get(item.name)
        if item.name == "text":
            values["text"] = value if isinstance(value, str) else ""
        elif item.name in DATE_FIELDS:
            try:
                values[item.name] = dt.date.fromisoformat(value) if isinstance(value, str) else None
            except ValueError:
                values[item.name] = None
        elif isinstance(value, str) and value:
            values[item.name] = value
    return kind(**values)


class SavedViews:
    """The named views of one table in the person's settings (see the module's doc)."""

    def __init__(self, settings: QSettings, table: str) -> None:
        self.settings = settings
        self.key = f"views/{table}"
        self.last_key = f"views/{table}-last"

    def all(self) -> dict[str, dict[str, Any]]:
        """Every view by name, in the order they were saved."""
        raw = self.settings.value(self.key, "")
        try:
            found = json.loads(raw) if isinstance(raw, str) and raw else {}
        except ValueError:
            return {}  # settings edited by hand: start again rather than fail
        if not isinstance(found, dict):
            return {}
        return {str(name): state for name, state in found.items() if isinstance(state, dict)}

    def names(self) -> list[str]:
        """The views' names, by name."""
        return sorted(self.all(), key=str.casefold)

    def _write(self, views: dict[str, dict[str, Any]]) -> None:
        self.settings.setValue(self.key, json.dumps(views, ensure_ascii=False))
        self.settings.sync()

    def save(self, name: str, state: dict[str, Any]) -> None:
        """Keep ``state`` as ``name`` (replacing a view of that name)."""
        views = self.all()
        views[name] = state
        self._write(views)

    def rename(self, old: str, new: str) -> None:
        """Call the view ``old`` ``new`` (replacing a view of that name)."""
        views = self.all()
        if old not in views or old == new:
            return
        views = {new if key == old else key: value for key, value in views.items()
                 if key != new}
        self._write(views)
        if self.last() == old:
            self.set_last(new)

    def delete(self, name: str) -> None:
        """Forget the view ``name``."""
        views = self.all()
        views.pop(name, None)
        self._write(views)
        if self.last() == name:
            self.set_last("")

    def last(self) -> str:
        """The name of the view applied last ('' for none)."""
        value = self.settings.value(self.last_key, "")
        return value if isinstance(value, str) else ""

    def set_last(self, name: str) -> None:
        """Remember ``name`` as the view applied last."""
        self.settings.setValue(self.last_key, name)
        self.settings.sync()


# -- the row ----------------------------------------------------------------------------


class FilterRow(QWidget):
    """The search box, the filters, "Clear filters" and "Views" of one list (see the module).

    ``sig_changed`` says the list should be queried again: emitted once per change a person
    makes (a date finished or cleared, an entry chosen, a view applied, the filters cleared).
    The search box's own ``textChanged`` stays the page's to connect.
    """

    sig_changed = Signal()

    def __init__(self, ops: Ops, search: QLineEdit, *, table: str, kind: type[Any],
                 specs: Sequence[FilterSpec], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"{table}Filters")
        self._ops = ops
        self.table = table
        self.kind = kind
        self.search = search
        self.views = SavedViews(QSettings(), table)
        self.view_name = ""  # the view shown, while nothing was changed since it was applied
        self._view_state: dict[str, Any] | None = None
        self._applying = False
        self.combos: dict[str, QComboBox] = {}
        self.date_from: DateField | None = None
        self.date_to: DateField | None = None
        self.country: QComboBox | None = None
        self._dates: dict[str, dt.date | None] = {}
        self._queried: list[Choice] = []
        self._choices_loaded = False

        layout = FlowLayout(self)
        search.setMinimumWidth(SEARCH_MIN_WIDTH)
        search.textChanged.connect(lambda _text: self._show_view_name())
        layout.add(search, 3)
        for spec in specs:
            if isinstance(spec, Period):
                self.date_from = self._date("dateFromFilter", spec.from_text, spec.tooltip)
                self.date_to = self._date("dateToFilter", spec.to_text, spec.tooltip)
                layout.add(self.date_from, 1)
                layout.add(self.date_to, 1)
            elif isinstance(spec, CountryChoice):
                self.country = self._country(spec)
                self.combos[spec.field] = self.country
                layout.add(self.country, 1)
            else:
                combo = self._combo(spec)
                self.combos[spec.field] = combo
                layout.add(combo, 1)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        layout.add(self.clear_button)
        self.views_button = QPushButton(self.tr("Vie&ws"), self)
        self.views_button.setObjectName("viewsButton")
        self.views_button.setToolTip(self.tr("Saved searches and filters: apply one, save the "
                                             "current one, rename or delete them"))
        self.views_menu = QMenu(self.views_button)
        self.views_menu.setObjectName("viewsMenu")
        self.views_menu.aboutToShow.connect(self._fill_views_menu)
        self.views_button.setMenu(self.views_menu)
        layout.add(self.views_button)
        self.save_action = QAction(self.tr("&Save view…"), self)
        self.save_action.setObjectName("saveViewAction")
        self.save_action.setShortcut(QKeySequence(SAVE_VIEW_SHORTCUT))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda _checked=False: self.ask_save())
        self.dialog: QInputDialog | None = None
        self.question: QMessageBox | None = None
        if self._queried:
            ops.sig_changed.connect(self._data_changed)
        self._restore_last()

    # -- the widgets ------------------------------------------------------------------------

    def _date(self, name: str, placeholder: str, tooltip: str) -> DateField:
        field = DateField(parent=self)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setToolTip(tooltip)
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance("2011-12-31") + 64)
        field.textChanged.connect(lambda _text, f=field: self._date_changed(f))
        guard_wheel(field)
        return field

    def _prepare(self, combo: QComboBox, name: str, everything: str, tooltip: str) -> None:
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(FILTER_CHARS)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if tooltip:
            combo.setToolTip(tooltip)
        combo.currentIndexChanged.connect(self._changed)
        guard_wheel(combo)

    def _combo(self, spec: Choice) -> QComboBox:
        combo = QComboBox(self)
        self._prepare(combo, spec.object_name, spec.everything, spec.tooltip)
        for code, label in spec.choices() if spec.choices else ():
            combo.addItem(label, code)
        if spec.query is not None:
            self._queried.append(spec)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        return combo

    def _country(self, spec: CountryChoice) -> QComboBox:
        from lookingbeyond_desktop.ui.organizations.editor import country_choices

        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._prepare(combo, "countryFilter", spec.everything, spec.tooltip)
        for code, label in country_choices():
            combo.addItem(label, code)
        CountryCompleter(combo)
        line = combo.lineEdit()
        assert line is not None
        line.setClearButtonEnabled(True)
        line.setPlaceholderText(spec.everything)
        line.editingFinished.connect(self._settle_country)
        # No country chosen: an empty box that says so (its placeholder), ready for typing.
        combo.currentIndexChanged.connect(
            lambda index: combo.setEditText("") if index == 0 else None)
        combo.setEditText("")
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        return combo

    @Slot()
    def _settle_country(self) -> None:
        """What was typed becomes the country it names; an empty box means every country;
        text that names none is marked and does not filter."""
        assert self.country is not None
        settle_country_box(self.country, self._mark,
                           self.tr("No country is called “%1”: every country is listed."))

    def _mark(self, widget: QWidget, problem: str) -> None:
        """Show ``problem`` on ``widget`` (red, in its tooltip); '' clears it."""
        mark_problem(widget, problem)

    def _date_changed(self, field: DateField) -> None:
        text = field.text().strip()
        found = field.date()
        self._mark(field, self.tr("Not a date: the period ignores it.")
                   if text and found is None else "")
        name = "date_from" if field is self.date_from else "date_to"
        if self._dates.get(name) != found:
            self._dates[name] = found
            self._changed()

    @Slot()
    def _changed(self, *_args: Any) -> None:
        if not self._applying:
            self._show_view_name()
            self.sig_changed.emit()

    # -- the filter -------------------------------------------------------------------------

    def current(self) -> Any:
        """The page's filter: the search text and what is chosen."""
        values: dict[str, Any] = {"text": self.search.text().strip()}
        if self.date_from is not None and self.date_to is not None:
            values["date_from"] = self.date_from.date()
            values["date_to"] = self.date_to.date()
        for name, combo in self.combos.items():
            values[name] = combo.currentData()
        return self.kind(**values)

    def total(self, connection: Any) -> int:
        """How many live records the table holds (worker side)."""
        return browse.live_total(connection, self.table)

    def apply(self, flt: Any) -> None:
        """Show ``flt`` in the search box and the filters; the list is queried once."""
        self._applying = True
        self.search.blockSignals(True)
        try:
            self.search.setText(flt.text)
            if self.date_from is not None and self.date_to is not None:
                for field, value in ((self.date_from, flt.date_from), (self.date_to, flt.date_to)):
                    field.set_iso(value)
                    self._mark(field, "")
                self._dates = {"date_from": flt.date_from, "date_to": flt.date_to}
            for name, combo in self.combos.items():
                value = getattr(flt, name)
                index = combo.findData(value) if value is not None else 0
                if index < 0:  # a currency no grant has (yet): kept, so the view stays what it was
                    combo.addItem(str(value), value)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
                if combo.isEditable():
                    combo.setEditText(combo.itemText(index) if index > 0 else "")
                    self._mark(combo, "")
        finally:
            self.search.blockSignals(False)
            self._applying = False
        self.sig_changed.emit()

    @Slot()
    def clear(self) -> None:
        """Show every record: no search text, no filter; no view is applied at the next start."""
        self.view_name = ""
        self._view_state = None
        self.views.set_last("")
        self.apply(self.kind())

    # -- saved views ------------------------------------------------------------------------

    def shown_view(self) -> str:
        """The name of the view on screen ('' when none, or when changed since applied)."""
        if self.view_name and self._view_state == state_of(self.current()):
            return self.view_name
        return ""

    def apply_view(self, name: str) -> None:
        """Apply the saved view ``name`` and remember it for the next start."""
        state = self.views.all().get(name)
        if state is None:
            return
        flt = filter_from_state(self.kind, state)
        self.view_name = name
        self._view_state = state_of(flt)
        self.views.set_last(name)
        self.apply(flt)
        self._show_view_name()

    def _restore_last(self) -> None:
        name = self.views.last()
        state = self.views.all().get(name) if name else None
        if state is None:
            return
        flt = filter_from_state(self.kind, state)
        self.apply(flt)  # before the page listens: its first query will use it
        self.view_name = name
        self._view_state = state_of(flt)
        self._show_view_name()

    def _show_view_name(self) -> None:
        shown = self.shown_view()
        self.views_button.setToolTip(
            self.tr("View on screen: %1").replace("%1", shown) if shown else
            self.tr("Saved searches and filters: apply one, save the current one, rename "
                    "or delete them"))

    def save_view(self, name: str) -> None:
        """Keep the search and filters on screen as the view ``name``."""
        state = state_of(self.current())
        self.views.save(name, state)
        self.view_name = name
        self._view_state = state
        self.views.set_last(name)
        self._show_view_name()

    @Slot()
    def _fill_views_menu(self) -> None:
        menu = self.views_menu
        menu.clear()
        names = self.views.names()
        shown = self.shown_view()
        for name in names:
            action = menu.addAction(name.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(name == shown)
            action.triggered.connect(lambda _checked=False, n=name: self.apply_view(n))
        if not names:
            empty = menu.addAction(self.tr("No saved view yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.save_action)
        rename = menu.addMenu(self.tr("&Rename view"))
        rename.setObjectName("renameViewMenu")
        delete = menu.addMenu(self.tr("&Delete view"))
        delete.setObjectName("deleteViewMenu")
        for name in names:
            label = name.replace("&", "&&")
            rename.addAction(label).triggered.connect(
                lambda _checked=False, n=name: self.ask_rename(n))
            delete.addAction(label).triggered.connect(
                lambda _checked=False, n=name: self.ask_delete(n))
        rename.setEnabled(bool(names))
        delete.setEnabled(bool(names))

    def _ask_name(self, title: str, label: str, value: str, then: Callable[[str], None]) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("viewNameDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(value)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)

        def chosen(text: str) -> None:
            self.dialog = None
            name = " ".join(text.split())
            if name:
                then(name)

        dialog.textValueSelected.connect(chosen)
        dialog.rejected.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _unless_taken(self, name: str, skip: str, then: Callable[[], None]) -> None:
        """Run ``then`` at once, or after asking when another view is called ``name``."""
        if name == skip or name not in self.views.all():
            then()
            return
        self.question = confirm(self, self.tr("A view called “%1” exists. Replace it?")
                                .replace("%1", name), then, title=self.tr("Saved views"))

    @Slot()
    def ask_save(self) -> None:
        """Ask a name, then save the search and filters on screen under it."""
        self._ask_name(self.tr("Save view"),
                       self.tr("Name of this search and its filters (e.g. “Kenya 2011”):"),
                       self.shown_view(),
                       lambda name: self._unless_taken(name, "", lambda: self.save_view(name)))

    def ask_rename(self, old: str) -> None:
        """Ask a new name for the view ``old``."""
        def rename(new: str) -> None:
            def go() -> None:
                self.views.rename(old, new)
                if self.view_name == old:
                    self.view_name = new
                self._show_view_name()
            self._unless_taken(new, old, go)

        self._ask_name(self.tr("Rename view"), self.tr("New name of the view “%1”:")
                       .replace("%1", old), old, rename)

    def ask_delete(self, name: str) -> None:
        """Forget the view ``name`` once the person agrees (no record is touched)."""
        def delete() -> None:
            self.views.delete(name)
            if self.view_name == name:
                self.view_name = ""
                self._view_state = None
            self._show_view_name()

        self.question = confirm(
            self, self.tr("Delete the view “%1”? Only its saved search and filters go; no "
                          "record is touched.").replace("%1", name), delete,
            title=self.tr("Saved views"))

    # -- choices read from the replica --------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._choices_loaded:
            self._choices_loaded = True
            self.load_choices()

    def load_choices(self) -> None:
        """Read the choices that come from the data (e.g. the grants' currencies)."""
        for spec in self._queried:
            query = spec.query
            assert query is not None
            self._ops.read(query, functools.partial(self._set_choices, spec),
                           key=f"filter-choices-{spec.field}-{id(self)}")

    def _set_choices(self, spec: Choice, found: list[tuple[str, str]]) -> None:
        combo = self.combos[spec.field]
        chosen = combo.currentData()
        self._applying = True
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for code, label in found:
                combo.addItem(label, code)
            index = combo.findData(chosen) if chosen is not None else 0
            if index < 0:  # chosen before any grant had it, or by a saved view: keep it
                combo.addItem(str(chosen), chosen)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        finally:
            self._applying = False
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    @Slot(object)
    def _data_changed(self, tables: frozenset[str]) -> None:
        if any(spec.table in tables for spec in self._queried):
            self.load_choices()


__all__ = ["Choice", "CountryChoice", "FilterRow", "Period", "SavedViews", "filter_from_state",
           "state_of"]


def settle_country_box(combo: QComboBox, mark: Callable[[QWidget, str], None],
                       unknown: str) -> None:
    """Settle a country filter box once typing ends: what was typed becomes the country it
    names (in any UN language, or its code); an empty box means every country; text that
    names none is kept for the person to correct, marked with ``unknown`` ("%1": the text),
    and does not filter.  ``mark(widget, problem)`` shows a problem ('' clears it)."""
    typed = combo.currentText().strip()
    if not typed:
        combo.setCurrentIndex(0)
        combo.setEditText("")
        mark(combo, "")
        return
    code = resolve_country_text(combo)
    index = combo.findData(code) if code else -1
    if index >= 0:
        combo.setCurrentIndex(index)
        combo.setEditText(combo.itemText(index))
        mark(combo, "")
    elif combo.currentIndex() > 0 and typed == combo.itemText(combo.currentIndex()):
        mark(combo, "")
    else:
        combo.setCurrentIndex(0)
        combo.setEditText(typed)
        mark(combo, unknown.replace("%1", typed))


def mark_problem(widget: QWidget, problem: str) -> None:
    """Show ``problem`` on a filter ``widget``: red, and first in its tooltip (the widget's
    own tooltip kept below it); '' clears it."""
    base = widget.property("baseToolTip")
    if base is None:
        base = widget.toolTip()
        widget.setProperty("baseToolTip", base)
    widget.setStyleSheet(ERROR_STYLE if problem else "")
    widget.setToolTip(f"{problem}\n{base}" if problem else str(base))
