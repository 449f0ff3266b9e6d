"""A form over some fields of a record: one widget per field, its validation message
right under it, values in and out as the store's raw values.

Every field is one a person can trust: the mouse wheel changes no field it is not in
(:class:`~lookingbeyond_desktop.ui.entry.WheelGuard`), dates have a calendar and may stay
empty, numbers follow the locale, a country is found by name in the six UN languages
(see :mod:`lookingbeyond_desktop.ui.entry`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain.validation import FieldError
from lookingbeyond_desktop.ui.entry import (
    CountryCompleter,
    DateField,
    NumberField,
    guard_wheel,
    resolve_country_text,
)
from lookingbeyond_desktop.ui.errors import problem_text, problem_with_field

Choices = Callable[[], Sequence[tuple[str, str]]]
ERROR_STYLE = "color: #b3261e;"


@dataclass(frozen=True)
class FieldDef:
    """How one field is edited: its label (a source string in the ``fields`` context),
    the kind of widget, and for choices the (code, label) pairs."""

    name: str
    label: str
    kind: str = "text"  # text long list checks choice country bool date int decimal
    choices: Choices | None = None
    optional: bool = True  # a choice may be left blank
    placeholder: str = ""


def tr_field(label: str) -> str:
    """A field label in the user's language."""
    return QCoreApplication.translate("fields", label)


class FieldForm(QWidget):
    """Widgets for ``fields`` laid out as a form; ``sig_edited`` on every user change."""

    sig_edited = Signal()

    def __init__(self, fields: Sequence[FieldDef], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = {f.name: f for f in fields}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addRow(self.general_error)
        for definition in fields:
            widget = self._make(definition)
            widget.setObjectName(f"field_{definition.name}")
            error = QLabel(self)
            error.setObjectName(f"error_{definition.name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            label = QLabel(tr_field(definition.label), self)
            label.setBuddy(widget)
            layout.addRow(label, box)
            self.widgets[definition.name] = widget
            self.errors[definition.name] = error

    # -- widgets --------------------------------------------------------------------------

    def _make(self, definition: FieldDef) -> QWidget:
        kind = definition.kind
        if kind == "long":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.textChanged.connect(self._edited)
            return edit
        if kind == "bool":
            box = QCheckBox(self)
            box.toggled.connect(self._edited)
            return box
        if kind in ("choice", "country"):
            return self._combo(definition)
        if kind == "checks":
            return self._checks(definition)
        if kind == "date":
            date = DateField(parent=self)
            date.sig_edited.connect(self._edited)
            guard_wheel(date)
            return date
        if kind in ("int", "decimal"):
            number = NumberField(whole=kind == "int", parent=self)
            if definition.placeholder:
                number.setPlaceholderText(definition.placeholder)
            number.sig_edited.connect(self._edited)
            guard_wheel(number)
            return number
        line = QLineEdit(self)
        line.setClearButtonEnabled(True)
        if definition.placeholder:
            line.setPlaceholderText(definition.placeholder)
        elif kind == "list":
            line.setPlaceholderText(self.tr("Separate several with ;"))
        line.textEdited.connect(self._edited)
        return line

    def _combo(self, definition: FieldDef) -> QComboBox:
        combo = QComboBox(self)
        if definition.optional:
            combo.addItem("", None)
        for code, label in definition.choices() if definition.choices else ():
            combo.addItem(label, code)
        if definition.kind == "country" or combo.count() > 30:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line = combo.lineEdit()
            assert line is not None
            if definition.kind == "country":
                CountryCompleter(combo)
                line.editingFinished.connect(lambda: self._settle_country(combo))
                combo.setToolTip(self.tr("Type a country's name in any UN language, or its "
                                         "code; the list shows the matches."))
            elif (completer := combo.completer()) is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            line.textEdited.connect(self._edited)
        guard_wheel(combo)
        combo.currentIndexChanged.connect(self._edited)
        return combo

    def _settle_country(self, combo: QComboBox) -> None:
        """A country typed by name or code becomes that country's item when it names one."""
        code = resolve_country_text(combo)
        if code is None:
            return
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)
            combo.setEditText(combo.itemText(index))

    def _checks(self, definition: FieldDef) -> QListWidget:
        checks = QListWidget(self)
        for code, label in definition.choices() if definition.choices else ():
            item = QListWidgetItem(label, checks)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(label)
        # Long sub-theme names wrap rather than hide behind a sideways scroll bar.
        checks.setWordWrap(True)
        checks.setResizeMode(QListView.ResizeMode.Adjust)
        checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        checks.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        checks.setFixedHeight(min(140, 22 * max(3, checks.count()) + 4))
        checks.itemChanged.connect(self._edited)
        return checks

    def _edited(self, *_args: Any) -> None:
        if not self._loading:
            self.sig_edited.emit()

    # -- values ---------------------------------------------------------------------------

    def set_values(self, record: Mapping[str, Any]) -> None:
        """Show ``record``'s values (missing fields are emptied) and clear the errors."""
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                _set(widget, self.fields[name].kind, record.get(name))
        finally:
            self._loading = False
        self.show_errors([])

    def values(self) -> dict[str, Any]:
        """The raw values of every field, as the store's writer accepts them."""
        return {name: _get(widget, self.fields[name].kind) for name, widget in self.widgets.items()}

    def set_value(self, name: str, value: Any) -> None:
        """Set one field as if the user had (used by tests and by quick actions)."""
        _set(self.widgets[name], self.fields[name].kind, value)
        self.sig_edited.emit()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Each message next to its field; the others (whole record) at the top."""
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for error in errors:
            if error.field in self.errors:
                label = tr_field(self.fields[error.field].label)
                by_field.setdefault(error.field, []).append(
                    self.tr("%1 %2").replace("%1", label).replace("%2", problem_text(error)))
            else:
                general.append(problem_with_field(error))
        for name, error_label in self.errors.items():
            messages = by_field.get(name)
            error_label.setText("\n".join(messages or []))
            error_label.setVisible(bool(messages))
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        first = next((self.widgets[e.field] for e in errors if e.field in self.widgets), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, name: str) -> str:
        """The message shown next to a field ('' when none)."""
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        return "; ".join(str(item) for item in value)
    return str(value)


def _set(widget: QWidget, kind: str, value: Any) -> None:
    if isinstance(widget, DateField):
        widget.set_iso(value)
    elif isinstance(widget, NumberField):
        widget.set_number(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(_display(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value) if value is not None else widget.findData(None)
        widget.setCurrentIndex(max(index, 0) if index >= 0 or value is None else -1)
        if index < 0 and value is not None and widget.isEditable():
            widget.setEditText(str(value))
    elif isinstance(widget, QListWidget):
        chosen = set(value or [])
        for row in range(widget.count()):
            item = widget.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    elif isinstance(widget, QLineEdit):
        widget.setText(_display(value))
        widget.setCursorPosition(0)  # a long name shows its start, not its end


def _get(widget: QWidget, kind: str) -> Any:
    if isinstance(widget, DateField):
        return widget.iso()
    if isinstance(widget, NumberField):
        return widget.number_text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        index = widget.currentIndex()
        typed = widget.isEditable() and (
            index < 0 or widget.itemText(index) != widget.currentText())
        if typed and kind == "country":
            return resolve_country_text(widget) or widget.currentText().strip() or None
        if typed and index >= 0:
            return widget.currentText()  # typed, not chosen: let validation say what is wrong
        return widget.itemData(index) if index >= 0 else (widget.currentText() or None)
    if isinstance(widget, QListWidget):
        return [
            widget.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(f"no value for {widget!r}")
