"""The world map (lookingbeyond_desktop.ui.world_map): hover names a country and its
figures, a click picks a country and a second click clears, the keyboard does the same,
paint_world_map colours countries by their figures on any paint device, and keeps its
legend and the United Nations disclaimer inside the rectangle it is given at every size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from lookingbeyond_desktop.reports import worldmap
from lookingbeyond_desktop.ui.world_map import (
    BLUES,
    DISCLAIMER,
    NO_DATA,
    WorldMapWidget,
    legend_rect,
    map_frame,
    map_layout,
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


def _painted_outside(image: QImage, rect: QRectF) -> list[tuple[int, int]]:
    """The pixels of ``image`` outside ``rect`` that are not white (at most a few)."""
    inside = rect.toAlignedRect()
    found: list[tuple[int, int]] = []
    for y in range(image.height()):
        row_inside = inside.top() <= y <= inside.bottom()
        xs = (list(range(0, inside.left())) + list(range(inside.right() + 1, image.width()))
              if row_inside else range(image.width()))
        for x in xs:
            if image.pixelColor(x, y) != QColor("#ffffff"):
                found.append((x, y))
                if len(found) > 5:
                    return found
    return found


@pytest.mark.parametrize("width, height", [
    (860, 316),  # the Reports page's map at 1024×600 (where "Nations." was cut)
    (640, 320), (400, 220), (320, 170),  # narrower, down to the widget's least size
    (1300, 300),  # wide and low: the map is narrower than the rectangle
    (1880, 820),  # a 1920×1080 screen
])
def test_the_disclaimer_and_legend_stay_inside_the_rect(qapp: Any, width: int,
                                                        height: int) -> None:
    """paint_world_map draws nothing outside the rectangle it is given, whatever its size:
    the disclaimer under the map gets the height its lines need wrapped at the map's width
    (at 860×316 under xcb: two lines under a map 653 pixels wide, where the old layout
    reserved one, sized for the whole rectangle's width, and cut "Nations."), or, when that
    would take more than three lines or 15% of the height (only 320×170 here), one line cut
    with "…"; the legend fits in the map's frame.  The image around the rectangle stays
    white (no dot, border, legend or letter spills over)."""
    margin = 30
    image = QImage(width + 2 * margin, height + 2 * margin, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    rect = QRectF(margin, margin, width, height)
    painter = QPainter(image)
    painter.setFont(QApplication.font())
    paint_world_map(painter, rect, {"KE": 12, "MA": 2, "FR": 40, "BR": 7, "CN": 3},
                    legend="Organizations engaged")
    legend = legend_rect(painter, map_layout(rect, dpi=image.logicalDpiY(),
                                             font=painter.font()).frame,
                         {"KE": 12, "MA": 2, "FR": 40, "BR": 7, "CN": 3},
                         "Organizations engaged")
    painter.end()
    layout = map_layout(rect, dpi=image.logicalDpiY(), font=QApplication.font())
    assert rect.contains(layout.frame) and rect.contains(layout.note)
    assert layout.note.top() >= layout.frame.bottom()
    metrics = QFontMetricsF(_note_font(image.logicalDpiY()))
    if layout.note_elided:
        assert layout.note.height() >= metrics.lineSpacing() - 0.5
    else:  # as tall as the whole disclaimer wrapped at its width
        wrapped = metrics.boundingRect(
            QRectF(0, 0, layout.note.width(), 1e6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), DISCLAIMER)
        assert layout.note.height() >= wrapped.height() - 0.5
    if legend is not None:
        assert layout.frame.adjusted(-0.5, -0.5, 0.5, 0.5).contains(legend)
    assert _painted_outside(image, rect) == []
    assert layout.note_elided == ((width, height) == (320, 170))


def _note_font(dpi: float) -> QFont:
    """The disclaimer's font: 6.5 points at ``dpi``."""
    font = QFont(QApplication.font())
    font.setPixelSize(round(6.5 * dpi / 72))
    return font


def test_a_small_map_elides_the_disclaimer_and_its_tooltip_gives_it_whole(
        qtbot: Any) -> None:
    """At the widget's least size (320×170) the disclaimer is one line cut with "…"; the
    tooltip over it is the whole United Nations disclaimer, and the map's accessible
    description holds it too."""
    widget = WorldMapWidget()
    qtbot.addWidget(widget)
    widget.set_figures(FIGURES, "organizations")
    widget.resize(320, 170)
    widget.show()
    qtbot.waitExposed(widget)
    layout = widget.map_layout()
    assert layout.note_elided
    assert QRectF(widget.rect()).contains(layout.note)
    point = layout.note.center().toPoint()
    assert widget.country_at(point) == ""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point,
                                              widget.mapToGlobal(point)))
    qtbot.waitUntil(lambda: "United Nations" in QToolTip.text(), timeout=5_000)
    assert QToolTip.text().startswith("The boundaries and names shown")
    assert QToolTip.text().endswith("by the United Nations.")
    QToolTip.hideText()
    assert "do not imply official endorsement" in widget.accessibleDescription()
