"""The interface's language: chosen in File > Language, kept, and applied to the window's
words, the reference data's names, dates and numbers, and the direction of the layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from lookingbeyond_desktop.app import LANGUAGE_KEY, install_translators, remove_translators, ui_locale
from lookingbeyond_desktop.domain.validation import FieldError, Term
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.ui import labels
from lookingbeyond_desktop.ui.errors import problem_text
from tests.ui.conftest import WAIT_MS


@pytest.fixture
def language() -> Iterator[object]:
    """Installs a language for one test; afterwards the translators are removed and the
    locale is the one before."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()

    def use(code: str) -> None:
        install_translators(app, QLocale(code))

    yield use
    # As before: the tests run without the application's translators.
    remove_translators(app)
    QLocale.setDefault(before)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_language_menu_keeps_the_choice_and_opens_the_window_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """File > Language lists the system's language and the six, each named in itself; a
    choice is kept in the settings and the window closes to open again on the same data
    folder (app.run then installs the language)."""
    names = [action.text() for action in window.language_menu.actions()]
    assert names[1:] == ["English", "Français", "Español", "Русский", "العربية", "中文"]
    assert [a.isChecked() for a in window.language_menu.actions()][0]  # the system's, at first
    french = next(a for a in window.language_menu.actions() if a.data() == "fr")
    french.trigger()
    assert QSettings().value(LANGUAGE_KEY) == "fr"
    assert window.switch_to == window.data_dir
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert ui_locale().name() == "fr_FR"


@pytest.mark.parametrize(("code", "file_menu", "morocco"), [
    ("fr", "&Fichier", "Maroc"),
    ("es", "&Archivo", "Marruecos"),
    ("ru", "&Файл", "Марокко"),
    ("ar", None, "المغرب"),
    ("zh_CN", "文件(&F)", "摩洛哥"),
])
def test_a_language_translates_words_and_country_names(language, code: str, file_menu: str | None,
                                                       morocco: str) -> None:  # type: ignore[no-untyped-def]
    """In each language the window's words come from its translation (the File menu), as do
    the vocabulary, field labels and the rules' messages (the grant statuses they quote
    too), and country names come from the iso-codes translations of the reference data."""
    language(code)
    translated = QCoreApplication.translate("MainWindow", "&File")
    assert translated != "&File"
    if file_menu is not None:
        assert translated == file_menu
    assert labels.country("MA") == morocco
    assert QCoreApplication.translate("vocabulary", "Side event") != "Side event"
    assert QCoreApplication.translate("fields", "Thematic areas") != "Thematic areas"
    required = problem_text(FieldError("name", "is required"))
    assert required and required != "is required"
    step = problem_text(FieldError("status", "cannot move from “%1” to “%2”: a grant moves one "
                                   "step at a time", (Term("Proposed"), Term("Disbursed"))))
    assert QCoreApplication.translate("vocabulary", "Disbursed") in step and "Disbursed" not in step


def test_arabic_lays_the_window_out_right_to_left_with_its_own_digits_and_dates(
        language, demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Arabic turns the layout right to left (the navigation on the right), and numbers and
    dates take the locale's form; a window made then shows its menus in Arabic."""
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().toString(QDate(2011, 12, 31), QLocale.FormatType.ShortFormat) != "12/31/11"
    store = Store.open(demo_dir)
    ops = Ops(store)
    try:
        window = MainWindow(ops, QSettings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.organizations.model.loaded and ops.idle, timeout=WAIT_MS)
        menus = [action.text() for action in window.menuBar().actions()]
        assert all(not any("a" <= ch.lower() <= "z" for ch in text.replace("&", ""))
                   for text in menus), menus
        qtbot.waitUntil(lambda: window.nav.mapTo(window, window.nav.rect().topLeft()).x()
                        > window.stack.mapTo(window, window.stack.rect().topLeft()).x(),
                        timeout=WAIT_MS)
        window.close()
    finally:
        ops.shutdown()
        store.close()


def test_a_row_is_selected_in_a_right_to_left_window(language, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Laid out right to left, a row chosen by the program (the record just made, a search's
    first hit, a drill's first record) is selected and opened: ``layout.select_row``, not
    ``QTableView.selectRow``, which in a right-to-left view whose columns do not fill the
    width selects nothing."""
    from lookingbeyond_desktop.ui.layout import select_row

    language("ar")
    window.resize(1024, 600)
    window.go("activities")
    page = window.activities
    qtbot.waitUntil(lambda: page.model.rowCount() > 3, timeout=WAIT_MS)
    select_row(page.table, 3)
    assert [index.row() for index in page.table.selectionModel().selectedRows()] == [3]
    qtbot.waitUntil(lambda: page.editor.record_id is not None, timeout=WAIT_MS)


def test_a_grant_s_steps_point_the_way_arabic_reads(language, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A grant's workflow line points left to right in English and right to left in
    Arabic (an arrow "→" in a right-to-left line points back against the reading)."""
    from lookingbeyond_desktop.ui.layout import select_row

    window.go("grants")
    page = window.grants
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    select_row(page.table, 0)
    qtbot.waitUntil(lambda: page.editor.record_id is not None, timeout=WAIT_MS)
    assert "→" in page.editor.status_label.text()
    language("ar")
    qtbot.waitUntil(lambda: page.layoutDirection() == Qt.LayoutDirection.RightToLeft,
                    timeout=WAIT_MS)
    select_row(page.table, 1)
    qtbot.waitUntil(lambda: "←" in page.editor.status_label.text(), timeout=WAIT_MS)
    assert "→" not in page.editor.status_label.text()
