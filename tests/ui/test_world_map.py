"""The world map (lookingbeyond_desktop.ui.world_map): hover names a country and its
figures, a click picks a country and a second click clears, the keyboard does the same, and
paint_world_map colours countries by their figures on any paint device."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from lookingbeyond_desktop.reports import worldmap
from lookingbeyond_desktop.ui.world_map import (
    BLUES,
    NO_DATA,
    WorldMapWidget,
    map_frame,
    paint_world_map,
)

FIGURES = {"KE": (12, 3), "MA": (2, 0), "SG": (5, 1), "TZ": (0, 4)}


@pytest.fixture
def world(qtbot: Any) -> WorldMapWidget:
    """A map of 900×480 showing organizations engaged in Kenya, Morocco and Singapore."""
    widget = WorldMapWidget()
    qtbot.addWidget(widget)
    widget.set_figures(FIGURES, "organizations")
    widget.resize(900, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def at(widget: WorldMapWidget, iso2: str) -> QPoint:
    """Where a country is named from, in widget pixels."""
    return widget.country_point(iso2).toPoint()


def pixel(widget: WorldMapWidget, iso2: str) -> QColor:
    """The colour the widget shows at a country's label point."""
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    point = widget.country_point(iso2)
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_hovering_kenya_names_it_and_its_figures(world: WorldMapWidget, qtbot: Any) -> None:
    """A tooltip event at Kenya's centroid shows "Kenya — 12 organizations engaged,
    3 activities held" (plural forms as the installed translation writes them)."""
    point = at(world, "KE")
    assert world.country_at(point) == "KE"
    QApplication.sendEvent(world, QHelpEvent(QEvent.Type.ToolTip, point,
                                             world.mapToGlobal(point)))
    qtbot.waitUntil(lambda: "Kenya" in QToolTip.text(), timeout=5_000)
    text = QToolTip.text()
    assert text.startswith("Kenya — 12 organization")
    assert "engaged, 3 activit" in text and text.endswith("held")
    QToolTip.hideText()


def test_hovering_a_country_without_figures_says_none(world: WorldMapWidget) -> None:
    """Chad has no figures: its tooltip names it with 0 organizations and 0 activities."""
    text = world.tooltip_text(world.country_at(at(world, "TD")))
    assert text.startswith("Chad — 0 organization") and "0 activit" in text


def test_the_sea_and_kosovo_have_no_tooltip(world: WorldMapWidget) -> None:
    """Over the Pacific, and over Kosovo (drawn, but without a code), no country is found."""
    assert world.country_at(world.map_point(-140.0, -20.0)) == ""  # the South Pacific
    assert world.country_at(world.map_point(21.1, 42.6)) == ""  # Pristina
    assert world.country_at(world.map_point(20.5, 44.8)) == "RS"  # Belgrade
    assert world.tooltip_text("") == ""


def test_a_click_emits_the_code_and_a_second_click_clears(world: WorldMapWidget,
                                                          qtbot: Any) -> None:
    """Clicking Kenya emits "KE" and outlines it; clicking it again emits "" (no country);
    clicking Morocco then the sea emits "MA" then ""."""
    with qtbot.waitSignal(world.sig_country_clicked, timeout=5_000) as first:
        qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=at(world, "KE"))
    assert first.args == ["KE"] and world.selected() == "KE"
    with qtbot.waitSignal(world.sig_country_clicked, timeout=5_000) as second:
        qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=at(world, "KE"))
    assert second.args == [""] and world.selected() == ""
    with qtbot.waitSignal(world.sig_country_clicked, timeout=5_000) as third:
        qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=at(world, "MA"))
    assert third.args == ["MA"]
    with qtbot.waitSignal(world.sig_country_clicked, timeout=5_000) as sea:
        qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert sea.args == [""]


def test_clicking_the_sea_with_nothing_picked_emits_nothing(world: WorldMapWidget,
                                                            qtbot: Any) -> None:
    """No pick, a click on the sea: no signal (the page has nothing to clear)."""
    with qtbot.assertNotEmitted(world.sig_country_clicked, wait=50):
        qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def test_a_small_country_is_a_dot_that_can_be_clicked(world: WorldMapWidget,
                                                      qtbot: Any) -> None:
    """Singapore, too small for the 1:110m shapes, is drawn as a dot in its class's colour
    and clicking the dot picks "SG"."""
    assert world.country_at(at(world, "SG")) == "SG"
    assert pixel(world, "SG") != QColor("#ffffff")
    with qtbot.waitSignal(world.sig_country_clicked, timeout=5_000) as clicked:
        qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=at(world, "SG"))
    assert clicked.args == ["SG"]


def test_the_keyboard_visits_picks_and_clears(world: WorldMapWidget, qtbot: Any) -> None:
    """With focus, Right goes to the first country with figures by name (Kenya), Right
    again to Morocco, Enter picks it ("MA"), Escape clears ("")."""
    assert world.focusPolicy() == Qt.FocusPolicy.StrongFocus
    world.setFocus()
    qtbot.keyClick(world, Qt.Key.Key_Right)
    assert "Kenya" in world.accessibleDescription()
    qtbot.keyClick(world, Qt.Key.Key_Right)
    with qtbot.waitSignal(world.sig_country_clicked, timeout=5_000) as picked:
        qtbot.keyClick(world, Qt.Key.Key_Return)
    assert picked.args == ["MA"]
    with qtbot.waitSignal(world.sig_country_clicked, timeout=5_000) as cleared:
        qtbot.keyClick(world, Qt.Key.Key_Escape)
    assert cleared.args == [""]


def test_set_selected_outlines_without_emitting(world: WorldMapWidget, qtbot: Any) -> None:
    """The page sets the pick from its country filter: no signal comes back."""
    with qtbot.assertNotEmitted(world.sig_country_clicked, wait=50):
        world.set_selected("KE")
    assert world.selected() == "KE"


def test_colours_follow_the_figure_shown(world: WorldMapWidget) -> None:
    """By organizations Kenya (12) is blue and Tanzania (0) grey; by activities Tanzania
    (4) is blue and Morocco (0) grey."""
    assert pixel(world, "KE").name() in BLUES
    assert pixel(world, "TZ").name() == NO_DATA
    world.set_which("activities")
    assert pixel(world, "TZ").name() in BLUES
    assert pixel(world, "MA").name() == NO_DATA
    with pytest.raises(ValueError):
        world.set_which("grants")


def test_hit_testing_follows_resizing(world: WorldMapWidget, qtbot: Any) -> None:
    """At 400×220 the map shrinks with its aspect ratio kept, and Kenya is still found at
    its centroid; the widget accepts the Reports page's small size."""
    world.resize(400, 220)
    qtbot.waitUntil(lambda: world.width() == 400)
    assert world.country_at(at(world, "KE")) == "KE"
    assert world.minimumSizeHint().width() <= 320 and world.minimumSizeHint().height() <= 170
    hint = world.sizeHint()
    assert hint.width() <= 1024 and hint.height() <= 400


def test_the_map_is_never_mirrored(qtbot: Any) -> None:
    """In a right-to-left window (Arabic) the map stays left to right: Morocco west of
    Kenya."""
    parent = QWidget()
    parent.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(parent)
    widget = WorldMapWidget(parent)
    widget.resize(600, 320)
    assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert widget.country_point("MA").x() < widget.country_point("KE").x()


def test_painting_into_an_image_colours_countries_with_data(qapp: Any) -> None:
    """paint_world_map on a QImage: Kenya (12) in a blue of the scale, Tanzania (no figure)
    light grey, the Pacific left white."""
    image = QImage(1200, 700, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    rect = QRectF(0, 0, 1200, 700)
    paint_world_map(painter, rect, {"KE": 12, "MA": 2}, title="Organizations engaged",
                    legend="Organizations engaged", disclaimer=False)
    frame = map_frame(rect, dpi=image.logicalDpiY(), font=painter.font(),
                      title="Organizations engaged", disclaimer=False)
    painter.end()

    def colour(lon: float, lat: float) -> str:
        u, v = worldmap.to_unit(lon, lat)
        return image.pixelColor(round(frame.x() + u * frame.width()),
                                round(frame.y() + v * frame.height())).name()

    kenya, tanzania = colour(*worldmap.centroid("KE")), colour(*worldmap.centroid("TZ"))
    assert kenya in BLUES
    assert tanzania == NO_DATA
    assert kenya != tanzania
    assert colour(-140.0, 10.0) == "#ffffff"


def test_painting_onto_a_pdf_page(qapp: Any, tmp_path: Path) -> None:
    """paint_world_map draws on a 1200-dpi A4 QPdfWriter page (sizes in points, not device
    pixels) and the file is a PDF."""
    path = tmp_path / "map.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(1200)
    painter = QPainter(writer)
    page = QRectF(writer.pageLayout().paintRectPixels(1200))
    paint_world_map(painter, QRectF(0, 0, page.width(), page.width() / 2),
                    {"KE": 12, "FR": 3}, highlight="KE", title="Map", legend="Organizations")
    painter.end()
    assert path.read_bytes().startswith(b"%PDF")
