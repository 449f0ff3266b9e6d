"""The import wizard (File ▸ Import…) driven page by page on a real store in a tmp folder:
the mapping guessed and remembered per file layout, row errors shown inline, all-or-nothing
imports with one undo step, cancel that leaves the store unchanged, and bad files refused
with a message and no change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWizard
from sqlalchemy import text

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.import_plan import CHUNK, MAX_BYTES, ImportCancelled
from lookingbeyond_desktop.ui.import_wizard import ImportWizard
from lookingbeyond_desktop.ui.ops import Ops
from tests.conftest import make_org
from tests.ui.conftest import WAIT_MS, gui_thread_io, settle


@dataclass
class Desk:
    """A store with one organization, its worker and an undo stack."""

    store: Store
    ops: Ops
    undo_stack: QUndoStack
    org_id: str

    def counts(self) -> tuple[int, int, int]:
        """(organizations, contacts, change records)."""
        with self.store.engine.connect() as connection:
            return tuple(int(connection.execute(text(f"SELECT count(*) FROM {name}")).scalar_one())
                         for name in ("organizations", "contacts", "changes"))  # type: ignore[return-value]

    def live(self, table: str) -> int:
        """Live records of a table."""
        with self.store.engine.connect() as connection:
            return int(connection.execute(
                text(f"SELECT count(*) FROM {table} WHERE deleted = 0")).scalar_one())


@pytest.fixture
def desk(tmp_path: Path, qtbot) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    """A real store in tmp_path with its database worker."""
    store = Store.open(tmp_path / "data")
    org_id = make_org(store, name="Transparencia Mexicana", country="MX")
    ops = Ops(store)
    stack = QUndoStack()
    yield Desk(store, ops, stack, org_id)
    stack.clear()
    ops.shutdown()
    store.close()


def wizard_for(desk: Desk, qtbot, table: str = "organizations") -> ImportWizard:  # type: ignore[no-untyped-def]
    """The wizard, shown, with settings under tmp_path."""
    wizard = ImportWizard(desk.ops, desk.undo_stack, QSettings(), table=table)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def open_file(wizard: ImportWizard, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Choose ``path`` on the first page and wait until it is read (or refused)."""
    page = wizard.file_page
    page.open_path(path)
    qtbot.waitUntil(lambda: page.isComplete() or bool(page.error_text()), timeout=WAIT_MS)


def next_enabled(wizard: ImportWizard) -> bool:
    """Whether Next (or Import, on the commit page) can be pressed."""
    page = wizard.currentPage()
    button = (QWizard.WizardButton.CommitButton if page.isCommitPage()
              else QWizard.WizardButton.NextButton)
    return wizard.button(button).isEnabled() and page.isComplete()


def to_preview(wizard: ImportWizard, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    """File, mapping as guessed, then wait for the rows to be checked."""
    open_file(wizard, qtbot, path)
    assert next_enabled(wizard), wizard.file_page.error_text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert next_enabled(wizard), wizard.mapping_page.message.text()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.check is not None, timeout=WAIT_MS)


def write_csv(path: Path, lines: list[str]) -> Path:
    """A UTF-8 CSV file."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_mapping_is_guessed_and_remembered_per_layout(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Headers written as people write them (labels, any case) are matched to fields; a
    change the person makes is remembered for that table and those headers, and proposed
    again (with a note) for the next file of the same layout, even a workbook."""
    header = ["Organization", "FULL NAME", "E-mail", "Consent given on", "Job"]
    first = write_csv(tmp_path / "people.csv", [",".join(header),
                                                f"{desk.org_id},Ana Gómez,ana@example.org,2010-05-01,Director"])
    wizard = wizard_for(desk, qtbot, table="contacts")
    open_file(wizard, qtbot, first)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.table == "contacts"
    assert page.mapping() == ["organization_id", "full_name", "email", "consent_on", None]
    assert not page.remembered
    page.set_field(4, "position")  # "Job" is the position
    assert next_enabled(wizard)
    wizard.next()
    wizard.close()

    workbook = Workbook()
    workbook.active.append(header)
    workbook.active.append([desk.org_id, "Li Wei", None, "2011-01-01", "Officer"])
    workbook.save(tmp_path / "more people.xlsx")
    again = wizard_for(desk, qtbot, table="organizations")
    open_file(again, qtbot, tmp_path / "more people.xlsx")
    again.next()
    assert again.table == "contacts"  # the table chosen last time for these headers
    assert again.mapping_page.remembered
    assert again.mapping_page.mapping() == ["organization_id", "full_name", "email",
                                            "consent_on", "position"]
    assert "last time" in again.mapping_page.remembered_label.text()
    # Another table for the same headers has its own (guessed) mapping.
    again.mapping_page.table_combo.setCurrentIndex(
        again.mapping_page.table_combo.findData("organizations"))
    assert not again.mapping_page.remembered


def test_preview_shows_each_row_error_inline_and_import_waits_for_a_clean_file(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A bad row is shown with its problem in its cell (red, message as tooltip) and in the
    Problems column; counts say how many rows are valid and invalid; the filter shows only
    the bad rows; Import stays disabled until the file is fixed and checked again, and then
    every row is imported."""
    path = write_csv(tmp_path / "orgs.csv", ["Name,Country,Type",
                                             "Amal Association,KE,ngo",
                                             "Bad Country,ZZ,ngo",
                                             "Youth Network,UG,network"])
    wizard = wizard_for(desk, qtbot)
    to_preview(wizard, qtbot, path)
    page = wizard.preview_page
    model = page.model
    assert (wizard.check.valid, wizard.check.invalid) == (2, 1)
    # Without a translator loaded the source text shows ("row(s)").
    assert "2 row(s) can be imported" in page.summary.text()
    assert "Rows with problems: 1." in page.summary.text()
    assert model.rowCount() == 3
    country = next(c for c in range(model.columnCount())
                   if "Country" in str(model.headerData(c, Qt.Orientation.Horizontal)))
    bad = model.index(1, country)
    assert model.data(bad) == "ZZ"
    assert "not a known country" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, country), Qt.ItemDataRole.BackgroundRole) is None
    assert "Country" in model.data(model.index(1, 1))  # the Problems column names the field
    assert not next_enabled(wizard)

    page.only_errors.setChecked(True)
    assert model.rowCount() == 1 and model.file_row(0) == 3  # the spreadsheet's row number

    write_csv(path, ["Name,Country,Type", "Amal Association,KE,ngo", "Bad Country,MA,ngo",
                     "Youth Network,UG,network"])
    page.check_again()
    qtbot.waitUntil(lambda: wizard.check is not None, timeout=WAIT_MS)
    assert wizard.check.invalid == 0 and next_enabled(wizard)
    before = desk.live("organizations")
    with qtbot.waitSignal(wizard.sig_imported, timeout=WAIT_MS):
        wizard.next()
    assert desk.live("organizations") == before + 3
    assert "3 created" in wizard.progress_page.status.text()


def test_a_good_import_is_one_undo_step(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file that creates records and updates a known one is one step on the undo stack:
    undo moves the new records to the Trash and puts the old value back; redo does it again.
    The GUI thread runs no query meanwhile."""
    path = write_csv(tmp_path / "orgs.csv", ["id,Name,Country",
                                             f"{desk.org_id},Transparencia Mexicana A.C.,MX",
                                             ",Amal Association,KE", ",Youth Network,UG"])
    wizard = wizard_for(desk, qtbot)
    with gui_thread_io(desk.store.engine) as seen:
        to_preview(wizard, qtbot, path)
        with qtbot.waitSignal(wizard.sig_imported, timeout=WAIT_MS) as imported:
            wizard.next()
    assert seen.queries == []
    outcome = imported.args[0]
    assert (outcome.result.created, outcome.result.updated) == (2, 1)
    assert desk.undo_stack.count() == 1
    assert desk.undo_stack.undoText() == "Import 3 record(s) from orgs.csv"
    assert desk.live("organizations") == 3
    desk.undo_stack.undo()
    settle(qtbot, desk.ops)
    assert desk.live("organizations") == 1
    with desk.store.engine.connect() as connection:
        name = connection.execute(text("SELECT name FROM organizations WHERE id = :id"),
                                  {"id": desk.org_id}).scalar_one()
    assert name == "Transparencia Mexicana"
    desk.undo_stack.redo()
    settle(qtbot, desk.ops)
    assert desk.live("organizations") == 3


def test_cancel_in_the_middle_leaves_the_store_unchanged(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Cancel asked while the import runs (from its progress signal, on the worker's thread,
    after the first chunk: no timing) rolls the whole import back: no record, no change
    record; the wizard says nothing was imported."""
    rows = [f"Organization {i},KE" for i in range(CHUNK * 6)]
    path = write_csv(tmp_path / "big.csv", ["Name,Country", *rows])
    wizard = wizard_for(desk, qtbot)
    to_preview(wizard, qtbot, path)
    assert wizard.check.valid == CHUNK * 6
    before = desk.counts()
    seen: list[int] = []

    def cancel_after_first_chunk(done: int, total: int) -> None:
        seen.append(done)
        if done >= CHUNK:
            wizard.cancel_requested.set()  # what the Cancel button sets (thread-safe)

    wizard.sig_progress.connect(cancel_after_first_chunk, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(wizard.sig_import_failed, timeout=WAIT_MS) as failed:
        wizard.next()
    assert isinstance(failed.args[0], ImportCancelled)
    assert desk.counts() == before
    assert max(seen) < CHUNK * 12  # stopped before the end
    assert "cancelled" in wizard.progress_page.status.text()
    assert desk.undo_stack.count() == 0
    assert wizard.progress_page.isComplete()  # Finish closes the wizard


def test_the_cancel_button_stops_a_running_import(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The wizard's Cancel button (and Escape) during an import asks it to stop instead of
    closing the wizard: the import rolls back and the wizard stays to say so."""
    rows = [f"Organization {i},KE" for i in range(CHUNK * 4)]
    path = write_csv(tmp_path / "big.csv", ["Name,Country", *rows])
    wizard = wizard_for(desk, qtbot)
    to_preview(wizard, qtbot, path)
    before = desk.counts()
    # The worker waits for this write (queued first), so the import cannot end before the
    # Cancel button is pressed.
    gate_open = __import__("threading").Event()
    desk.ops.with_store(lambda _store: gate_open.wait(WAIT_MS / 1000))
    wizard.next()
    assert wizard.importing
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.isVisible() and wizard.cancel_requested.is_set()
    with qtbot.waitSignal(wizard.sig_import_failed, timeout=WAIT_MS):
        gate_open.set()
    assert desk.counts() == before


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("list.txt", b"Name,Country\nA,KE\n", "choose a CSV file"),
    ("latin.csv", "Name,Country\nCaf\xe9,KE\n".encode("latin-1"), "UTF-8"),
    ("empty.csv", b"", "is empty"),
    ("header.csv", b"Name,Country\n", "no rows"),
    ("broken.xlsx", b"PK\x03\x04 not a workbook", "not a readable Excel workbook"),
    ("broken.json", b"{", "not a JSON list"),
])
def test_bad_files_give_a_message_and_change_nothing(desk: Desk, qtbot, tmp_path: Path, name: str, content: bytes, expected: str) -> None:  # type: ignore[no-untyped-def]
    """A file that is not the format, not UTF-8, empty or broken is refused on the first page
    with a message that says why; Next stays disabled; the store is unchanged."""
    path = tmp_path / name
    path.write_bytes(content)
    before = desk.counts()
    wizard = wizard_for(desk, qtbot)
    open_file(wizard, qtbot, path)
    assert expected in wizard.file_page.error_text()
    assert not next_enabled(wizard)
    assert desk.counts() == before


def test_a_huge_file_is_refused_before_it_is_read(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file over the size limit is refused with its size limit named, without reading it."""
    path = tmp_path / "huge.csv"
    with path.open("wb") as stream:
        stream.truncate(MAX_BYTES + 1)
    wizard = wizard_for(desk, qtbot)
    open_file(wizard, qtbot, path)
    assert "larger than 50 MB" in wizard.file_page.error_text()
    assert not next_enabled(wizard)


def test_missing_required_columns_stop_at_the_mapping(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file without a column for a required field (the country of an organization) cannot
    go past the mapping page, which names the field; mapping it lets the person go on."""
    path = write_csv(tmp_path / "names.csv", ["Name,Where", "Amal Association,KE"])
    wizard = wizard_for(desk, qtbot)
    open_file(wizard, qtbot, path)
    wizard.next()
    page = wizard.mapping_page
    assert page.mapping() == ["name", None]
    assert "Country" in page.message.text() and not next_enabled(wizard)
    page.set_field(1, "country")
    assert next_enabled(wizard)
    page.set_field(1, "name")
    assert "Several columns" in page.message.text() and not next_enabled(wizard)


def test_a_workbook_sheet_is_chosen(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A workbook with several sheets shows the sheet choice, even when the first sheet holds
    no rows (its message says so); choosing another sheet reads it."""
    workbook = Workbook()
    workbook.active.title = "Read me"
    workbook.active.append(["This workbook lists partners"])
    sheet = workbook.create_sheet("Partners")
    sheet.append(["Name", "Country"])
    sheet.append(["Amal Association", "KE"])
    workbook.save(tmp_path / "partners.xlsx")
    wizard = wizard_for(desk, qtbot)
    open_file(wizard, qtbot, tmp_path / "partners.xlsx")
    page = wizard.file_page
    assert page.sheet_combo.isVisible() and page.sheet_combo.count() == 2
    assert "no rows" in page.error_text() and not next_enabled(wizard)
    page.sheet_combo.setCurrentIndex(1)
    page.sheet_combo.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.source is not None and wizard.source.sheet == "Partners",
                    timeout=WAIT_MS)
    assert wizard.source.header == ("Name", "Country") and next_enabled(wizard)


def test_file_import_in_the_window_opens_the_wizard_for_the_page_on_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Import… (Ctrl+I) opens the wizard over the window, aimed at the table of the
    page on screen (organizations elsewhere)."""
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.go("activities")
    window.import_action.trigger()
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible() and wizard.table == "activities"
    wizard.reject()
    window.go("overview")
    window.import_action.trigger()
    assert window.import_wizard.table == "organizations"
    window.import_wizard.reject()
