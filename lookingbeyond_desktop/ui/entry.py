"""Fields a person types into: dates with a calendar, numbers in the locale's format, a
country by name in any UN language, and a guard that keeps the mouse wheel from changing a
field the person is not in.

The form (:mod:`lookingbeyond_desktop.ui.forms`) builds every field from these, so that each
editor and dialog gets them. Values go in and out as the store's writer accepts them (ISO
dates, plain numbers, country codes); only what the person sees follows the locale.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFrame,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain import reference

# -- the mouse wheel ----------------------------------------------------------------------


class WheelGuard(QObject):
    """An event filter: a wheel turned over a field that does not have the keyboard focus
    scrolls the form around it instead of changing the field's value.

    The event is handed to the nearest scroll area explicitly rather than ignored and left
    to propagate: Qt propagates only wheel events that come from the window system, and the
    scroll must happen either way. Where there is no scroll area the event is ignored, so
    that whatever is around the field gets it.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus() or _popup_open(watched):
            return False
        assert isinstance(event, QWheelEvent)
        area = _scroll_area_around(watched)
        if area is None:
            event.ignore()
            return True
        viewport = area.viewport()
        position = event.globalPosition()
        local = QPointF(viewport.mapFromGlobal(position.toPoint()))
        forwarded = QWheelEvent(local, position, event.pixelDelta(), event.angleDelta(),
                                event.buttons(), event.modifiers(), event.phase(),
                                event.inverted(), event.source())
        QCoreApplication.sendEvent(viewport, forwarded)
        event.accept()
        return True


def _popup_open(widget: QWidget) -> bool:
    view = widget.view() if isinstance(widget, QComboBox) else None
    return view is not None and view.isVisible()


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def guard_wheel(widget: QWidget) -> None:
    """Keep the wheel from changing ``widget`` unless it has the keyboard focus (and keep
    the wheel from giving it the focus: StrongFocus is Tab and click only)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(QCoreApplication.instance())
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_guard)


def guard_wheel_in(root: QWidget) -> None:
    """:func:`guard_wheel` on every drop-down and spin box (dates, numbers) under ``root``."""
    for widget in root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox):
        guard_wheel(widget)


# -- dates --------------------------------------------------------------------------------


def display_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year ("31/12/2011", "12/31/2011");
    ISO (2011-12-31) where the locale is C, whose short format is not one a person uses.
    Two-digit years are never shown: a grant of 2011 must not read as 1911 or 2111."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date ``text`` means: ISO (2011-12-31) or the locale's short format, with or
    without leading zeros, a two-digit year read as 1950-2049. None when it is not a date."""
    text = text.strip().replace("\u200f", "").replace("\u200e", "")
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
        year, month, day = (int(part) for part in text.split("-"))
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat).replace("\u200f", "")
    for pattern in (display_format(locale).replace("\u200f", ""), short):
        loose = re.sub(r"(?<![dM])(dd|MM)(?![dM])", lambda m: m.group(0)[0], pattern)
        for candidate in (loose, pattern):
            found = locale.toDate(text, candidate, 1950)
            if found.isValid():
                return dt.date(found.year(), found.month(), found.day())
    return None


def _calendar_icon() -> QIcon:
    """The theme's calendar icon, or a small drawn one."""
    themed = QIcon.fromTheme("x-office-calendar")
    if not themed.isNull():
        return themed
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#50565e")
    painter.setPen(ink)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRect(3, 6, 26, 23), 3, 3)
    painter.fillRect(QRect(4, 7, 25, 6), QColor("#b3261e"))
    for row in range(3):
        for column in range(4):
            painter.fillRect(QRect(7 + column * 5, 16 + row * 4, 3, 2), ink)
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QFrame):
    """The calendar under a date field; Escape closes it, a click or Enter picks a day."""

    sig_picked = Signal(QDate)

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    @Slot(QDate)
    def _pick(self, date: QDate) -> None:
        self.close()
        self.sig_picked.emit(date)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(QLineEdit):
    """A date a person types or picks from a calendar, and that may stay empty.

    Why not a QDateEdit: it always holds a date, and most of our dates are optional (a grant
    not yet disbursed, a contact with no consent date). Its usual work-around, a "blank"
    special value at the minimum date, shows a fake date as soon as one section is typed
    into, and its sections make typing a whole date (or pasting one) awkward. This line edit
    takes the whole date as typed, in ISO (2011-12-31) or the locale's short format, shows it
    in the locale's format with a four-digit year once the person moves on, and has a
    calendar button; F4 or Alt+Down opens the calendar too, Escape closes it.

    :meth:`iso` is the value for the store: ISO, "" when empty, or the text as typed when it
    is not a date (the store's validation then says so next to the field).
    """

    sig_edited = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.popup: _CalendarPopup | None = None
        self.setClearButtonEnabled(True)
        example = QLocale().toString(QDate(2011, 12, 31), display_format())
        self.setPlaceholderText(self.tr("e.g. %1").replace("%1", example))
        self.setToolTip(self.tr("Type a date (%1 or 2011-12-31), or press F4 for a calendar.")
                        .replace("%1", example))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Choose from a calendar (F4)"),
                                       self)
        self.calendar_action.setObjectName("calendarButton")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(lambda _text: self.sig_edited.emit())
        self.editingFinished.connect(self._tidy)

    def set_iso(self, value: object) -> None:
        """Show ``value`` (a date, an ISO string, None) in the locale's format."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str):
            value = parse_date(value) or value
        if isinstance(value, dt.date):
            self.setText(QLocale().toString(QDate(value.year, value.month, value.day),
                                            display_format()))
        else:
            self.setText("" if value is None else str(value))

    def date(self) -> dt.date | None:
        """The date shown, or None (empty, or not a date)."""
        return parse_date(self.text())

    def iso(self) -> str:
        """The value for the store (see the class's docstring)."""
        found = self.date()
        return found.isoformat() if found else self.text().strip()

    @Slot()
    def _tidy(self) -> None:
        found = self.date()
        if found is not None:
            self.set_iso(found)

    @Slot()
    def open_calendar(self) -> None:
        """Open the calendar on the date shown (today when there is none)."""
        if self.popup is None:
            self.popup = _CalendarPopup(parent=self)
            self.popup.sig_picked.connect(self._picked)
        shown = self.date() or dt.date.today()
        self.popup.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        size = self.popup.sizeHint()
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        x = min(max(below.x(), screen.left()), screen.right() - size.width())
        y = below.y() if below.y() + size.height() <= screen.bottom() else (
            self.mapToGlobal(QPoint(0, 0)).y() - size.height())
        self.popup.move(x, max(y, screen.top()))
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(QDate)
    def _picked(self, date: QDate) -> None:
        before = self.text()
        self.set_iso(dt.date(date.year(), date.month(), date.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        if self.text() != before:
            self.sig_edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)


# -- numbers ------------------------------------------------------------------------------

_SPACES = (" ", "\u00a0", "\u202f", "\u2009", "'", "\u2019")


_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_number(text: str, *, whole: bool, locale: QLocale | None = None) -> Decimal | None:
    """The number ``text`` means in the locale's format (its grouping and decimal signs, its
    digits; spaces always group) or as plain digits with "." for decimals and "," grouping
    by thousands; None when it is not one (or, with ``whole``, not a whole number). A group
    sign is taken as one only between groups of three digits, so "1,5" is refused in English
    rather than read as 15."""
    locale = locale or QLocale()
    plain = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text.strip())
    plain = plain.replace(locale.negativeSign(), "-").replace("\u2212", "-")
    for space in _SPACES:
        plain = plain.replace(space, "")
    sign = ""
    if plain[:1] in ("-", "+"):
        sign, plain = plain[:1].replace("+", ""), plain[1:]
    if not plain:
        return None
    signs = [(locale.groupSeparator(), locale.decimalPoint())]
    if signs[0] != (",", "."):
        signs.append((",", "."))
    for group, point in signs:
        if (group, point) == (",", ".") and locale.decimalPoint() == "," and _THOUSANDS_DOT.fullmatch(plain):
            continue  # "2.000" where "," is the decimal sign means two thousand: not read as 2
        reading = _ungrouped(plain, group, point)
        if reading is None:
            continue
        try:
            value = Decimal(sign + reading)
        except InvalidOperation:
            continue
        if not value.is_finite() or (whole and value != value.to_integral_value()):
            continue
        return value
    return None


def _ungrouped(text: str, group: str, point: str) -> str | None:
    """``text`` with ``group`` signs (between groups of three digits only) removed and
    ``point`` made ".", or None when the signs are not where they can be."""
    whole, _, fraction = text.partition(point) if point else (text, "", "")
    if point and point in fraction:
        return None
    if group and group in whole:
        parts = whole.split(group)
        if not 1 <= len(parts[0]) <= 3 or any(len(part) != 3 for part in parts[1:]):
            return None
        whole = "".join(parts)
    if group and group in fraction:
        return None
    if not whole.isdigit() and whole != "" or (fraction and not fraction.isdigit()):
        return None
    return f"{whole or '0'}.{fraction}" if fraction else whole or None


def format_number(value: Decimal | int, locale: QLocale | None = None) -> str:
    """``value`` with the locale's grouping, decimal sign and digits, keeping its decimals."""
    locale = locale or QLocale()
    number = Decimal(value)
    sign = number.as_tuple().sign
    text = format(abs(number), "f")
    whole, _, fraction = text.partition(".")
    if int(whole) >= 2 ** 63:
        grouped = whole
    else:
        grouped = locale.toString(int(whole))
    zero = ord(locale.zeroDigit()[0]) if locale.zeroDigit() else ord("0")
    fraction = "".join(chr(zero + int(d)) for d in fraction)
    result = grouped + (locale.decimalPoint() + fraction if fraction else "")
    return (locale.negativeSign() + result) if sign and number != 0 else result


class NumberField(QLineEdit):
    """A whole number or an amount shown in the locale's format (1 234 567,50 in French)
    and typed either that way or as plain digits. :meth:`number_text` is the value for the
    store: plain digits with "." for decimals, "" when empty, or the text as typed when it
    is not a number (validation then says so next to the field)."""

    sig_edited = Signal()

    def __init__(self, *, whole: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.whole = whole
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textEdited.connect(lambda _text: self.sig_edited.emit())
        self.editingFinished.connect(self._tidy)

    def set_number(self, value: object) -> None:
        """Show ``value`` (int, Decimal, a plain string, None)."""
        if value is None or value == "":
            self.setText("")
            return
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            self.setText(format_number(value))
            return
        found = parse_number(str(value), whole=self.whole, locale=QLocale.c())
        self.setText(format_number(found) if found is not None else str(value))

    def number(self) -> Decimal | None:
        """The number shown, or None."""
        return parse_number(self.text(), whole=self.whole)

    def number_text(self) -> str:
        """The value for the store (see the class's docstring)."""
        found = self.number()
        if found is None:
            return self.text().strip()
        return str(int(found)) if self.whole else format(found, "f")

    @Slot()
    def _tidy(self) -> None:
        found = self.number()
        if found is not None:
            self.setText(format_number(int(found) if self.whole else found))


# -- countries ----------------------------------------------------------------------------


class CountryCompleter(QCompleter):
    """Completes a country drop-down from :func:`reference.match_countries`: by code or by
    name in any of the six UN languages, names that start with the typed text first. The
    drop-down's items are "Name (code)" with the code as their data."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.names = QStringListModel(self)
        self.setModel(self.names)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        combo.setCompleter(None)  # type: ignore[arg-type]  # not the combo's own: it filters
        line = combo.lineEdit()
        assert line is not None  # the combo is editable
        line.setCompleter(self)
        line.textEdited.connect(self.update_matches)
        self.activated[str].connect(self._chosen)  # type: ignore[index]

    def labels_for(self, typed: str) -> list[str]:
        """The drop-down texts of the countries ``typed`` matches, best first."""
        found = []
        for code in reference.match_countries(typed):
            index = self.combo.findData(code)
            if index >= 0:
                found.append(self.combo.itemText(index))
        return found

    @Slot(str)
    def update_matches(self, typed: str) -> None:
        """Show the countries ``typed`` matches."""
        matches = self.labels_for(typed)
        self.names.setStringList(matches)
        if matches:
            self.setCompletionPrefix("")
            self.complete()
        elif (popup := self.popup()) is not None:
            popup.hide()

    @Slot(str)
    def _chosen(self, text: str) -> None:
        index = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self.combo.setEditText(self.combo.itemText(index))


def resolve_country_text(combo: QComboBox) -> str | None:
    """The code of the country the combo's text names (its item, a code, a whole name in a
    UN language, the only country it starts), or None."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0 and combo.itemData(index):
        code: str = combo.itemData(index)
        return code
    return reference.resolve_country(text)
