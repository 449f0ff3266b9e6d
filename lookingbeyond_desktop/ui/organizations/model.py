"""A table model over the organizations that holds only their keys.

The list of ``rid`` s (an ``array`` of 8-byte integers: 800 kB for 100,000 rows) comes
from one query on the database worker; rows are fetched a page at a time when the view
first asks for them and kept in a bounded cache.  A change in the data marks the cache
stale instead of resetting the model: rows removed or added are reported as such, a new
order as a layout change, and visible rows are fetched again.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from PySide6.QtGui import QColor

from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui import labels
from lookingbeyond_desktop.ui.ops import Ops

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
CACHE_ROWS = 3_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganizationsModel", text)


COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("OrganizationsModel", "Name")),
    ("acronym", QT_TRANSLATE_NOOP("OrganizationsModel", "Acronym")),
    ("country", QT_TRANSLATE_NOOP("OrganizationsModel", "Country")),
    ("region", QT_TRANSLATE_NOOP("OrganizationsModel", "Region")),
    ("org_type", QT_TRANSLATE_NOOP("OrganizationsModel", "Type")),
    ("themes", QT_TRANSLATE_NOOP("OrganizationsModel", "Thematic areas")),
    ("networks", QT_TRANSLATE_NOOP("OrganizationsModel", "Networks")),
    ("is_rlo", QT_TRANSLATE_NOOP("OrganizationsModel", "RLO")),
    ("cities", QT_TRANSLATE_NOOP("OrganizationsModel", "Cities")),
)
SORTABLE = {"name", "acronym", "country", "org_type", "themes", "networks", "is_rlo", "cities"}


class OrganizationsModel(QAbstractTableModel):
    """Organizations passing a filter, in a chosen order, fetched lazily by page."""

    sig_counted = Signal(int)  # rows after a (re)query
    sig_rows_arrived = Signal()  # a page of rows arrived (tests and the benchmark wait on it)

    def __init__(self, ops: Ops, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._rids = array("q")
        self._rows: OrderedDict[int, tuple[int, dict[str, Any]]] = OrderedDict()
        self._requested: set[tuple[int, int, int]] = set()
        self._generation = 0  # bumped when the rid list is replaced
        self._freshness = 0  # bumped when the cached rows may be out of date
        self.filter = browse.OrgFilter()
        self.sort_key: str | None = "name"
        self.descending = False
        self.loaded = False

    # -- queries --------------------------------------------------------------------------

    def set_filter(self, flt: browse.OrgFilter) -> None:
        """Show the organizations passing ``flt`` (a new query: the model is reset)."""
        self.filter = flt
        if flt.text and self.sort_key == "name":
            self.sort_key = None  # best matches first while searching
        self._query(reset=True)

    def refresh(self) -> None:
        """Query again after a change in the data; rows move, appear or go, not a reset."""
        self._query(reset=False)

    def _query(self, *, reset: bool) -> None:
        flt, sort, descending = self.filter, self.sort_key, self.descending
        old = array("q") if reset else array("q", self._rids)
        generation = self._generation

        def work(connection: Any) -> tuple[array[int], list[int], list[int]]:
            new = array("q", browse.organization_rids(connection, flt, sort=sort,
                                                      descending=descending))
            if reset:
                return new, [], []
            keep = set(new)
            removed = [row for row, rid in enumerate(old) if rid not in keep]
            before = set(old)
            added = [rid for rid in new if rid not in before]
            return new, removed, added

        def done(result: tuple[array[int], list[int], list[int]]) -> None:
            if reset:
                self._replace(result[0])
            elif generation == self._generation:
                self._apply_diff(*result)
            else:
                self._query(reset=False)  # the list changed meanwhile: diff again
            self.loaded = True
            self.sig_counted.emit(len(self._rids))

        self._ops.read(work, done, key=f"organization-rids-{id(self)}")

    def _replace(self, rids: array[int]) -> None:
        self.beginResetModel()
        self._rids = rids
        self._generation += 1
        self._requested.clear()
        self.endResetModel()

    def _apply_diff(self, new: array[int], removed: list[int], added: list[int]) -> None:
        for first, last in reversed(_ranges(removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rids[first : last + 1]
            self.endRemoveRows()
        if added:
            start = len(self._rids)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rids.extend(added)
            self.endInsertRows()
        if self._rids != new:
            self._relayout(new)
        self._generation += 1
        self.invalidate()

    def _relayout(self, new: array[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        wanted = {self._rids[index.row()] for index in persistent if index.isValid()}
        position = {rid: row for row, rid in enumerate(new) if rid in wanted} if wanted else {}
        moved = [
            self.index(position[self._rids[index.row()]], index.column())
            if index.isValid() and self._rids[index.row()] in position else QModelIndex()
            for index in persistent
        ]
        self._rids = new
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def invalidate(self) -> None:
        """Cached rows may be out of date: visible rows are fetched again (kept meanwhile)."""
        self._freshness += 1
        if self._rids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rids) - 1,
                                                               len(COLUMNS) - 1))

    # -- rows -----------------------------------------------------------------------------

    def _row(self, row: int) -> dict[str, Any] | None:
        rid = self._rids[row]
        cached = self._rows.get(rid)
        if cached is None or cached[0] != self._freshness:
            self._request(row // PAGE)
        if cached is None:
            return None
        self._rows.move_to_end(rid)
        return cached[1]

    def _request(self, page: int) -> None:
        key = (self._generation, self._freshness, page)
        if key in self._requested:
            return
        self._requested.add(key)
        rids = self._rids[page * PAGE : (page + 1) * PAGE].tolist()
        generation, freshness = self._generation, self._freshness
        self._ops.read(lambda c: _page_rows(c, rids),
                       lambda rows: self._arrived(generation, freshness, page, rows))

    def _arrived(self, generation: int, freshness: int, page: int,
                 rows: dict[int, dict[str, Any]]) -> None:
        for rid, record in rows.items():
            self._rows[rid] = (freshness, record)
            self._rows.move_to_end(rid)
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        if len(self._requested) > 1_000:
            self._requested = {k for k in self._requested if k[:2] == (generation, freshness)}
        if generation == self._generation and self._rids:
            first = min(page * PAGE, len(self._rids) - 1)
            last = min((page + 1) * PAGE, len(self._rids)) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.sig_rows_arrived.emit()

    def rid(self, row: int) -> int:
        """The local key of the organization at ``row``."""
        return self._rids[row]

    def row_of(self, rid: int) -> int:
        """The row of an organization's key, or -1 when it is not listed."""
        try:
            return self._rids.index(rid)
        except ValueError:
            return -1

    def cached(self, row: int) -> dict[str, Any] | None:
        """The row's list columns if they have been fetched (never queries)."""
        found = self._rows.get(self._rids[row])
        return found[1] if found else None

    def cache_size(self) -> int:
        """How many rows are held in memory."""
        return len(self._rows)

    # -- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._rids[index.row()]
        if index.column() == 0 and role in (Qt.ItemDataRole.DecorationRole, SYNC_ROLE):
            record = self._row(index.row())
            mark = record.get("sync") if record else None
            return mark if role == SYNC_ROLE else _mark_icon(mark)
        if index.column() == 0 and role == Qt.ItemDataRole.ToolTipRole:
            record = self._row(index.row())
            tips = [_mark_text(record["sync"])] if record and record.get("sync") else []
            if record and record.get("at_risk"):
                tips.append(at_risk_text())
            if tips:
                return "\n".join(tips)
        if index.column() == 0 and role in (Qt.ItemDataRole.ForegroundRole, AT_RISK_ROLE):
            record = self._row(index.row())
            flagged = bool(record and record.get("at_risk"))
            if role == AT_RISK_ROLE:
                return flagged
            return QColor(AT_RISK_COLOR) if flagged else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][0] == "is_rlo":
                return Qt.AlignmentFlag.AlignCenter
            return None
        record = self._row(index.row())
        if record is None:
            return "…" if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole else None
        return _cell(record, COLUMNS[index.column()][0])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else None
        if key not in SORTABLE:
            key = "country" if key == "region" else None
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


#: Sync state of a row ("pending", "conflict" or None) for views and tests.
SYNC_ROLE = Qt.ItemDataRole.UserRole + 1
#: Whether the row's organization is at risk (a bool) for views and tests.
AT_RISK_ROLE = Qt.ItemDataRole.UserRole + 2
#: The mark before an at-risk organization's name in the list (a flag: not the warning
#: triangle of a conflict), and its colour.
AT_RISK_MARK = "\u2691"
AT_RISK_COLOR = "#8c1d18"
_ICONS: dict[str, Any] = {}


def _page_rows(connection: Any, rids: list[int]) -> dict[int, dict[str, Any]]:
    """A page of rows with their sync markers: two queries per page, none per row."""
    rows = browse.organization_rows(connection, rids)
    marks = browse.sync_marks(connection, "organizations", [r["id"] for r in rows.values()])
    for record in rows.values():
        record["sync"] = marks.get(record["id"])
    return rows


def _mark_icon(mark: str | None) -> Any:
    if mark is None:
        return None
    if mark not in _ICONS:
        from PySide6.QtWidgets import QApplication, QStyle

        pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if mark == "conflict"
                  else QStyle.StandardPixmap.SP_ArrowUp)
        _ICONS[mark] = QApplication.style().standardIcon(pixmap)
    return _ICONS[mark]


def _mark_text(mark: str) -> str:
    if mark == "conflict":
        return _tr("Conflict: review it on the Conflicts page")
    return _tr("Not yet synced: changes here wait to be sent to headquarters")


def at_risk_text() -> str:
    """What the at-risk mark means, in plain words (the list's tooltip)."""
    return _tr("At risk: its people's contact details stay on headquarters' and the owning "
               "office's computers, and exports and reports leave them out unless asked for "
               "by name")


def _cell(record: dict[str, Any], column: str) -> str:
    if column == "name":
        if record.get("at_risk"):
            return f"{AT_RISK_MARK} {record['name']}"
        return str(record["name"])
    if column == "acronym":
        return record["acronym"] or ""
    if column == "country":
        return labels.country(record["country"])
    if column == "region":
        return labels.region_of_country(record["country"])
    if column == "org_type":
        return labels.org_type(record["org_type"])
    if column == "themes":
        return labels.themes(record["themes"])
    if column == "networks":
        return labels.networks(record["networks"])
    if column == "is_rlo":
        return "✓" if record["is_rlo"] else ""
    if column == "cities":
        return ", ".join(record["cities"])
    return ""


def _ranges(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as inclusive (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
