"""Layout pieces that keep every page usable on a 1024×600 screen: a row of widgets that
wraps onto a second line when narrow, a label that elides instead of widening the window,
and scroll areas that scroll vertically only.

Why these rules (docs/architecture.md, "Small screens"): a window is as wide as the widest
minimum of its pages, so one wide form or filter row anywhere makes every page too wide
for a small laptop.  Forms therefore never scroll sideways (their scroll area is at least
as wide as the form's minimum, which stays small because drop-downs do not ask for the
width of their longest entry); long rows wrap; long single-line texts elide with the full
text in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPaintEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
    QWidgetItem,
)

#: Characters a drop-down in a form shows at its narrowest (it grows with the form).
COMBO_CHARS = 14


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto a new line when the width runs out.

    Each widget takes its size hint (or its minimum width, if larger).  The spare width of
    a full line goes to the widgets added with a stretch, in proportion; the last line of
    several keeps its natural widths, so a lone drop-down never spans the page.
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget``; ``stretch`` > 0 lets it take spare width."""
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self._stretch.append(stretch)
        self.invalidate()

    # -- QLayout --------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._stretch.append(0)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            self._stretch.pop(index)
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        visible = self._visible()
        margins = self.contentsMargins()
        width = sum(self._basis(item) for item, _s in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item, _s in visible), default=0)
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest single widget (one per line)."""
        visible = self._visible()
        margins = self.contentsMargins()
        width = max((self._basis(item) for item, _s in visible), default=0)
        height = max((item.minimumSize().height() for item, _s in visible), default=0)
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    # -- arranging ------------------------------------------------------------------------

    def _visible(self) -> list[tuple[QLayoutItem, int]]:
        return [(item, stretch) for item, stretch in zip(self._items, self._stretch)
                if not item.isEmpty()]

    @staticmethod
    def _basis(item: QLayoutItem) -> int:
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        lines: list[list[tuple[QLayoutItem, int]]] = []
        used = 0
        for item, stretch in self._visible():
            basis = self._basis(item)
            if lines and lines[-1] and used + self._spacing + basis <= width:
                lines[-1].append((item, stretch))
                used += self._spacing + basis
            else:
                lines.append([(item, stretch)])
                used = basis
        return lines

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines = self._lines(area.width())
        y = area.y()
        for number, line in enumerate(lines):
            height = max(item.sizeHint().height() for item, _s in line)
            widths = [min(self._basis(item), area.width()) for item, _s in line]
            spare = area.width() - sum(widths) - self._spacing * (len(line) - 1)
            stretches: list[int] = [stretch for _item, stretch in line]
            total = sum(stretches, 0)
            last_of_several = len(lines) > 1 and number == len(lines) - 1
            if spare > 0 and total > 0 and not last_of_several:
                widths = [w + spare * s // total for w, s in zip(widths, stretches)]
            if apply:
                x = area.x()
                for (item, _s), w in zip(line, widths):
                    h = min(height, max(item.sizeHint().height(), item.minimumSize().height()))
                    box = QRect(x, y + (height - h) // 2, w, h)
                    item.setGeometry(QStyle.visualRect(self._direction(), rect, box))
                    x += w + self._spacing
            y += height + (self._spacing if number < len(lines) - 1 else 0)
        return y - area.y() + margins.top() + margins.bottom()

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight


class ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as fits, eliding the middle
    (a folder's path keeps its start and its end); the whole text is its tooltip."""

    def __init__(self, text: str = "", *, minimum: int = 80, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._minimum = minimum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as drawn at the label's width."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                             self.contentsRect().width())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(),
                                  int(self.alignment()) | int(Qt.TextFlag.TextSingleLine),
                                  self.palette(), self.isEnabled(), self.shown_text(),
                                  QPalette.ColorRole.WindowText)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()


class _ScrollWidth(QObject):
    """Keeps a scroll area at least as wide as its content's minimum (plus the vertical
    scroll bar), so that the content is never cut and never scrolls sideways."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.measure)
        content = scroll.widget()
        if content is not None:
            # Sizes cached before the drop-downs were narrowed would be stale: drop them.
            for child in reversed(content.findChildren(QWidget)):
                child.updateGeometry()
        self.measure()

    def measure(self) -> None:
        """Measure the content again."""
        content = self.scroll.widget()
        if content is None:
            return
        bar = self.scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.scroll.frameWidth()
        self.scroll.setMinimumWidth(content.minimumSizeHint().width() + bar + frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._timer.start()  # once the content's layout has handled the request
        return False


def scroll_vertically(scroll: QScrollArea) -> None:
    """Make ``scroll`` scroll its content vertically only (see the module's doc)."""
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if scroll.findChild(_ScrollWidth) is None:
        keeper = _ScrollWidth(scroll)
        content = scroll.widget()
        if content is not None:
            content.installEventFilter(keeper)


def narrow_combo(combo: QComboBox, chars: int = COMBO_CHARS) -> None:
    """Let a drop-down be narrower than its longest entry (its list still shows them whole)."""
    if combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        # A combo keeps its first minimum size until its style changes: say it changed.
        QCoreApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
        combo.updateGeometry()
    view = combo.view()
    view.setMinimumWidth(max(view.minimumWidth(), view.sizeHintForColumn(0) + 24))


def fit_small_screens(root: QWidget) -> None:
    """Apply the small-screen rules to every form under ``root``: scroll areas scroll
    vertically only, drop-downs inside them stop widening the form."""
    for scroll in root.findChildren(QScrollArea):
        content = scroll.widget()
        if content is None:
            continue
        for combo in content.findChildren(QComboBox):
            narrow_combo(combo)
        scroll_vertically(scroll)


def left_to_right(text: str) -> str:
    """``text`` (a path, an address) kept in its own left-to-right order inside a sentence
    of any direction: an Arabic sentence would otherwise move its slashes about."""
    return f"\u2066{text}\u2069"  # LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE


def select_row(table: QAbstractItemView, row: int) -> None:
    """Select ``row`` of ``table`` alone and make it current, as a click does.  Not
    ``QTableView.selectRow``: laid out right to left (Arabic) it looks for a column at the
    viewport's right edge, finds none when the columns do not fill the width, and selects
    nothing."""
    model, selection = table.model(), table.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)


def forward_arrow(widget: QWidget) -> str:
    """The arrow that points the way a line is read in ``widget``'s direction: "→", or "←"
    right to left (Arabic), where "→" would point back against the reading."""
    return "←" if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"
