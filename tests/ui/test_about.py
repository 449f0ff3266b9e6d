"""Help > About and the Sync page's version line: what a person (or an auditor) needs to know
of the installed application, and when a newer one exists."""

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


def test_the_sync_page_says_when_headquarters_knows_a_newer_version(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Sync page names this application's version; once a sync has brought word of a
    newer one, it says so, with a link to where to get it (and nothing when the version
    announced is not newer)."""
    from lookingbeyond_desktop.store import browse
    from lookingbeyond_desktop.store.sync_adapter import remember_release
    from sync.wire import AppRelease

    page = window.sync_page

    def show(release: AppRelease | None) -> str:
        with window.ops.store.engine.begin() as connection:
            remember_release(connection, release)
            page.show_overview(browse.sync_overview(connection))
        return str(page.version_label.text())

    assert __version__ in show(None) and "newer" not in show(None)
    told = show(AppRelease("99.1", "https://hq.example.org/download"))
    assert "99.1" in told and 'href="https://hq.example.org/download"' in told
    assert "99.1" in show(AppRelease("99.1")) and "Ask headquarters" in show(AppRelease("99.1"))
    assert "newer" not in show(AppRelease("0.0.1"))
