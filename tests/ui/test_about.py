"""Help > About: what a person (or an auditor) needs to know of the installed application."""

from __future__ import annotations

from lookingbeyond_desktop import __version__
from tests.ui.conftest import WAIT_MS


def test_about_names_the_version_the_data_folder_and_every_part_with_its_licence(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The About dialog states the version and the data folder (outside the application's
    folder), and lists the packages the application runs on — Qt for Python, SQLAlchemy,
    requests… — with their versions and licences, and the shipped data with its source."""
    window.about_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "about_dialog", None) is not None
                    and window.about_dialog.isVisible(), timeout=WAIT_MS)
    dialog = window.about_dialog
    texts = [label.text() for label in dialog.findChildren(type(dialog.folder_label))]
    assert any(__version__ in text for text in texts)
    assert str(window.data_dir) in dialog.folder_label.text()
    table = dialog.table
    rows = {table.item(row, 0).text().lower(): (table.item(row, 1).text(), table.item(row, 2).text())
            for row in range(table.rowCount())}
    for package in ("pyside6-essentials", "sqlalchemy", "requests", "keyring", "openpyxl"):
        found = next((value for name, value in rows.items()
                      if name.replace("_", "-") == package), None)
        assert found is not None, package
        assert found[0] and found[1], (package, found)  # a version and a licence
    assert "LGPL" in next(v for n, v in rows.items() if n.replace("_", "-") == "pyside6-essentials")[1]
    assert any("natural earth" in name for name in rows)
    assert "pytest" not in rows  # the test tools are not part of the application
    dialog.close()
