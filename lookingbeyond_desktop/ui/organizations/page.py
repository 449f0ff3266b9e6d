"""The Organizations page: search-as-you-type, filters, the lazy table and the editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain import vocabulary
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui import labels, undo
from lookingbeyond_desktop.ui.errors import confirm
from lookingbeyond_desktop.ui.layout import FlowLayout
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.organizations.editor import (
    OrganizationEditor,
    country_choices,
    network_choices,
    region_choices,
    theme_choices,
)
from lookingbeyond_desktop.ui.organizations.model import COLUMNS, OrganizationsModel

#: The search box's narrowest width (a few words stay readable on a 1024-pixel screen).
SEARCH_MIN_WIDTH = 240
#: The list's narrowest width beside the editor (the name column and a little more).
LIST_MIN_WIDTH = 300


class OrganizationsPage(QWidget):
    """The registry of organizations."""

    sig_status = Signal(str)

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organizationsPage")
        self._ops = ops
        self._undo = undo_stack
        self.model = OrganizationsModel(ops, parent=self)
        self.model.sig_counted.connect(self._counted)

        self.search = QLineEdit(self)
        self.search.setObjectName("organizationSearch")
        self.search.setPlaceholderText(self.tr("Search names, acronyms, cities, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filters_changed)
        self.region = self._combo("regionFilter", self.tr("All regions"), region_choices())
        self.country = self._combo("countryFilter", self.tr("All countries"), country_choices())
        self.theme = self._combo("themeFilter", self.tr("All thematic areas"), theme_choices())
        self.network = self._combo("networkFilter", self.tr("All networks"), network_choices())
        self.org_type = self._combo("typeFilter", self.tr("All types"),
                                    [(c, labels.org_type(c)) for c in vocabulary.ORG_TYPES])
        self.rlo_only = QCheckBox(self.tr("RLOs only"), self)
        self.rlo_only.setObjectName("rloFilter")
        self.rlo_only.toggled.connect(self._filters_changed)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("organizationCount")

        self.table = QTableView(self)
        self.table.setObjectName("organizationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for column, width in enumerate((300, 80, 140, 110, 170, 200, 120, 40, 140)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor = OrganizationEditor(ops, undo_stack, parent=self)
        self.editor.sig_saved.connect(self._saved)

        self.new_button = QPushButton(self.tr("&New organization"), self)
        self.new_button.clicked.connect(self.new_organization)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteOrganizations")
        self.delete_button.clicked.connect(self.delete_selected)
        # Merging two records of one organization: in the Edit menu, the list's right-click
        # menu and Ctrl+Shift+M, enabled when exactly two are selected (no button: the row of
        # buttons has no room left on a 1024-pixel screen).
        self.merge_action = QAction(self.tr("&Merge Two Organizations…"), self)
        self.merge_action.setObjectName("mergeOrganizations")
        self.merge_action.setStatusTip(self.tr("Select two records of one organization, then "
                                               "merge them into one"))
        self.merge_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.merge_action.setEnabled(False)
        self.merge_action.triggered.connect(self.merge_selected)
        self.table.addAction(self.merge_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # The filters wrap onto a second line on a small screen; the search box keeps room
        # for a few words (SEARCH_MIN_WIDTH) and takes the spare width of its line.
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.filters = QWidget(self)
        self.filters.setObjectName("organizationFilters")
        filters = FlowLayout(self.filters)
        filters.add(self.search, 3)
        for widget in (self.region, self.country, self.theme, self.network, self.org_type):
            filters.add(widget, 1)
        filters.add(self.rlo_only)
        filters.add(self.clear_button)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.delete_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("organizationsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(LIST_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        ops.sig_changed.connect(self._data_changed)

    def _combo(self, name: str, everything: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for code, label in choices:
            combo.addItem(label.strip() if name != "regionFilter" and name != "themeFilter"
                          else label, code)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    # -- loading --------------------------------------------------------------------------

    def start(self) -> None:
        """Run the first query."""
        self.model.set_filter(self.current_filter())

    def current_filter(self) -> browse.OrgFilter:
        """The filter that the search box and the choices describe."""
        return browse.OrgFilter(
            text=self.search.text().strip(),
            region=self.region.currentData(),
            country=self.country.currentData(),
            theme=self.theme.currentData(),
            network=self.network.currentData(),
            org_type=self.org_type.currentData(),
            rlo_only=self.rlo_only.isChecked(),
        )

    @Slot()
    def _filters_changed(self, *_args: Any) -> None:
        self.model.set_filter(self.current_filter())

    @Slot()
    def clear_filters(self) -> None:
        """Show every organization."""
        for combo in (self.region, self.country, self.theme, self.network, self.org_type):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.rlo_only.blockSignals(True)
        self.rlo_only.setChecked(False)
        self.rlo_only.blockSignals(False)
        self.search.clear()
        self._filters_changed()

    @Slot(int, Qt.SortOrder)
    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)

    @Slot(int)
    def _counted(self, count: int) -> None:
        self.count_label.setText(self.tr("%n organization(s)", "", count))

    @Slot(object)
    def _data_changed(self, tables: frozenset[str]) -> None:
        if "organizations" in tables:
            self.model.refresh()

    # -- selection and editing ------------------------------------------------------------

    def _current_changed(self, current: Any, previous: Any) -> None:
        if not current.isValid():
            return
        rid = self.model.rid(current.row())
        if not self.editor.dirty:
            self._open_rid(rid)
            return
        # Never saved nor dropped silently: ask (ui/leave.py), with the selection put back on
        # the edited organization once the view has finished with the click or key.
        back = QPersistentModelIndex(previous)

        def select(row: int) -> None:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            if row >= 0:
                selection.setCurrentIndex(self.model.index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
            else:
                selection.clearSelection()
            selection.blockSignals(False)
            self.table.viewport().update()

        def go() -> None:
            self._open_rid(rid)
            select(self.model.row_of(rid))

        def ask() -> None:
            select(back.row() if back.isValid() and self.editor.org_id else -1)
            self.editor.leave(go)

        QTimer.singleShot(0, ask)

    def _open_rid(self, rid: int) -> None:
        cached = self.model.cached(self.model.row_of(rid)) if self.model.row_of(rid) >= 0 else None
        if cached is not None:
            self.editor.load(cached["id"])
            return
        self._ops.read(lambda c: browse.record_by_rid(c, "organizations", rid),
                       lambda found: found and self.editor.load(found["id"]))

    @Slot()
    def new_organization(self) -> None:
        """Start a new organization in the editor."""
        def start() -> None:
            self.table.clearSelection()
            self.editor.new()
            self.editor.form.widgets["name"].setFocus()
        self.editor.leave(start)  # asks first when the organization shown has edits

    @Slot(str)
    def _saved(self, org_id: str) -> None:
        self.sig_status.emit(self.tr("Saved."))

    def selected_rids(self) -> list[int]:
        """Keys of the selected organizations."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rid(row) for row in rows]

    @Slot()
    def _selection_changed(self, *_args: Any) -> None:
        self.merge_action.setEnabled(len(self.table.selectionModel().selectedRows()) == 2)

    @Slot()
    def merge_selected(self) -> None:
        """Open the merge of the two selected organizations."""
        rids = self.selected_rids()
        if len(rids) != 2:
            return

        def ids_of(connection: Any) -> list[str]:
            rows = browse.organization_rows(connection, rids)
            return [rows[rid]["id"] for rid in rids if rid in rows]

        def open_dialog(ids: list[str]) -> None:
            if len(ids) != 2:
                return
            from lookingbeyond_desktop.ui.merge_dialog import MergeDialog

            self.merge_dialog = MergeDialog(self._ops, self._undo, ids[0], ids[1], parent=self)
            self.merge_dialog.sig_merged.connect(self._merged)
            self.merge_dialog.open()

        self.editor.leave(lambda: self._ops.read(ids_of, open_dialog))

    @Slot(str, str)
    def _merged(self, keep_id: str, _other_id: str) -> None:
        self.sig_status.emit(self.tr("Merged. Edit > Undo takes it back."))
        self.editor.load(keep_id)  # the record kept, with what it took

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected organizations (to the Trash); asks first when several."""
        rids = self.selected_rids()
        if not rids and self.editor.org_id:
            self._delete_ids([self.editor.org_id])
            return
        if not rids:
            return

        def ids_of(connection: Any) -> list[str]:
            rows = browse.organization_rows(connection, rids)
            return [rows[rid]["id"] for rid in rids if rid in rows]

        self._ops.read(ids_of, self._delete_ids)

    def _delete_ids(self, ids: list[str]) -> None:
        if len(ids) > 1:
            confirm(self, self.tr("Delete %n organization(s) and their contacts? "
                                  "They go to the Trash, from where they can be restored.",
                                  "", len(ids)),
                    lambda: self._do_delete(ids))
        elif ids:
            self._do_delete(ids)

    def _do_delete(self, ids: list[str]) -> None:
        text = self.tr("Delete %n organization(s)", "", len(ids))

        def done(_result: Any) -> None:
            self._undo.push(undo.delete_command(self._ops, text, "organizations", ids))
            if self.editor.org_id in ids:
                self.editor.new()
            self.sig_status.emit(self.tr("%n organization(s) moved to the Trash.", "", len(ids)))

        self._ops.write(lambda w: [w.delete("organizations", i) for i in ids], done,
                        tables=undo.tables_of("organizations"))

    # -- columns --------------------------------------------------------------------------

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, (_key, label) in enumerate(COLUMNS):
            action = QAction(self.model.headerData(column, Qt.Orientation.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(position))

    def save_settings(self, settings: QSettings) -> None:
        """Remember column choices and the splitter."""
        settings.setValue("organizations/header", self.table.horizontalHeader().saveState())
        settings.setValue("organizations/splitter", self.splitter.saveState())

    def restore_settings(self, settings: QSettings) -> None:
        """Bring back column choices and the splitter."""
        header = settings.value("organizations/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value("organizations/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
