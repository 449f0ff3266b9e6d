"""Every page fits a 1024×600 screen (issue 11, item 4): the window's smallest size fits
the screen less its title bar and taskbar, visiting a page never widens it, the
organization search keeps room for a few words, forms scroll vertically only, and no label,
field or drop-down is cut."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QScrollArea, QWidget

from tests.ui.conftest import WAIT_MS, settle
from tests.ui.test_organizations import _db

SCREEN = (1024, 600)
#: The window's smallest size: the screen less a title bar and a taskbar.
LARGEST_MINIMUM = (1000, 560)
PAGES = ("welcome", "overview", "organizations", "activities", "activity-participants",
         "grants", "trash", "sync", "conflicts")


def _visit(window: Any, qtbot: Any, page: str) -> QWidget:
    """Show ``page`` as a person would, a record open in its editor; the page's widget."""
    ops = window.ops
    if page == "welcome":
        window.stack.setCurrentWidget(window.first_run)
        settle(qtbot, ops)
        return window.first_run
    if page in ("activities", "activity-participants"):
        window.go("activities")
        activity = _db(window, "SELECT id FROM activities WHERE deleted = 0 ORDER BY "
                       "(SELECT count(*) FROM participations p WHERE p.activity_id = "
                       "activities.id) DESC LIMIT 1")[0].id
        editor = window.activities.editor
        editor.load(activity)
        qtbot.waitUntil(lambda: editor.record.get("id") == activity, timeout=WAIT_MS)
        editor.tabs.setCurrentIndex(1 if page == "activity-participants" else 0)
        settle(qtbot, ops)
        return window.activities
    if page == "grants":
        window.go("grants")
        grant = _db(window, "SELECT id FROM grants WHERE status = 'disbursed' LIMIT 1")[0].id
        editor = window.grants.editor
        editor.load(grant)
        qtbot.waitUntil(lambda: editor.record.get("id") == grant, timeout=WAIT_MS)
        settle(qtbot, ops)
        return window.grants
    if page == "organizations":
        window.go("organizations")
        window.organizations.table.selectRow(0)
        qtbot.waitUntil(lambda: window.organizations.editor.org_id is not None, timeout=WAIT_MS)
        settle(qtbot, ops)
        return window.organizations
    window.go(page)
    settle(qtbot, ops)
    return window.pages[page]


def _shown(widget: QWidget, page: QWidget) -> bool:
    """Visible on the page (not on a hidden tab, not in a closed popup)."""
    return widget.isVisible() and widget.window() is page.window()


@pytest.mark.parametrize("page", PAGES)
def test_page_fits_1024_by_600(window, qtbot, page: str) -> None:  # type: ignore[no-untyped-def]
    """At 1024×600 the page leaves the window at most 1024 pixels wide (its smallest size at
    most 1000×560), its form scroll areas have no horizontal scroll bar and cut nothing, every
    label is as wide as its text needs (or wraps), and every field and drop-down keeps a
    usable width."""
    window.resize(*SCREEN)
    shown = _visit(window, qtbot, page)
    window.resize(*SCREEN)  # as a window manager would on a 1024×600 screen
    qtbot.wait(50)
    settle(qtbot, window.ops)
    smallest = window.minimumSizeHint()
    assert smallest.width() <= LARGEST_MINIMUM[0] and smallest.height() <= LARGEST_MINIMUM[1]
    assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]

    for scroll in shown.findChildren(QScrollArea):
        if not _shown(scroll, shown) or scroll.widget() is None:
            continue
        assert not scroll.horizontalScrollBar().isVisible(), \
            f"{scroll.objectName() or type(scroll.widget()).__name__} scrolls sideways"
        content = scroll.widget()
        assert content.width() >= content.minimumSizeHint().width(), "the form is cut"

    for label in shown.findChildren(QLabel):
        if not _shown(label, shown) or not label.text() or label.wordWrap():
            continue
        assert label.width() >= label.minimumSizeHint().width(), f"“{label.text()}” is cut"

    for field in [*shown.findChildren(QLineEdit), *shown.findChildren(QComboBox)]:
        if not _shown(field, shown) or isinstance(field.parentWidget(), QComboBox):
            continue
        assert field.width() >= 80, f"{field.objectName() or type(field).__name__} is too narrow"


def test_organization_search_keeps_room_for_a_few_words(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1024×600 the organization search box is at least 200 pixels wide: the filters
    wrap onto a second line instead of squeezing it."""
    window.resize(*SCREEN)
    _visit(window, qtbot, "organizations")
    page = window.organizations
    assert page.search.width() >= 200
    assert page.filters.height() > page.search.height() * 1.5, "the filters wrap"
    for combo in (page.region, page.country, page.theme, page.network, page.org_type):
        assert combo.width() >= combo.minimumSizeHint().width()


def test_visiting_every_page_never_widens_the_window(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Going through every page, Grants first (which once widened the window beyond the
    screen), leaves a 1024×600 window at 1024×600."""
    window.resize(*SCREEN)
    settle(qtbot, window.ops)
    for page in ("grants", *PAGES):
        _visit(window, qtbot, page)
        qtbot.wait(20)
        assert (window.width(), window.height()) == SCREEN, page


@pytest.mark.parametrize("page_name", ("activities", "grants"))
def test_list_filters_wrap_and_keep_their_widths(window, qtbot, page_name: str) -> None:  # type: ignore[no-untyped-def]
    """At 1024×600 the filter row of Activities and Grants wraps onto more lines instead of
    widening the window: the search box keeps at least 200 pixels, each date field, drop-down
    and button its smallest width, and every widget lies inside the page."""
    window.resize(*SCREEN)
    page = _visit(window, qtbot, page_name)
    window.resize(*SCREEN)
    qtbot.wait(50)
    settle(qtbot, window.ops)
    assert (window.width(), window.height()) == SCREEN
    row = page.filters
    assert page.search.width() >= 200
    assert row.height() > page.search.height() * 1.5, "the filters wrap"
    widgets = [row.date_from, row.date_to, *row.combos.values(), row.clear_button,
               row.views_button]
    for widget in widgets:
        assert widget.isVisible()
        assert widget.width() >= max(80, widget.minimumSizeHint().width()), widget.objectName()
        assert row.rect().contains(widget.geometry()), f"{widget.objectName()} is cut"
