"""The offline world map of the Reports page and the PDF: a choropleth of organizations or
activities by country.

:func:`paint_world_map` draws into any :class:`QPainter` — a widget, a :class:`QImage`, a
:class:`QPdfWriter` page — so the window and the PDF show the same map.  Line widths and
text are sized in points (from the painter's device resolution and transform), so the map
looks the same on a screen and on paper.  :class:`WorldMapWidget` is the interactive map:
hover names a country and its figures, a click picks it (the page filters by it), the
keyboard does both.

Shapes, projection (Equal Earth) and classes come from
:mod:`lookingbeyond_desktop.reports.worldmap`.  A map is never mirrored: right-to-left
languages get the same map, with text laid out by Qt.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLineF,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from lookingbeyond_desktop.reports import worldmap
from lookingbeyond_desktop.reports.model import QT_TRANSLATE_NOOP
from lookingbeyond_desktop.ui import labels

__all__ = ["BLUES", "NO_DATA", "MapLayout", "WorldMapWidget", "map_frame", "map_layout",
           "paint_world_map"]

#: Fill of the classes, lightest first: ColorBrewer "Blues" (9 classes) 3, 4, 5, 7 and 9;
#: distinct on screen and in print, and readable by people with colour-vision deficiency.
BLUES: tuple[str, ...] = ("#c6dbef", "#9ecae1", "#6baed6", "#2171b5", "#08306b")
#: Fill of a country with no figure.
NO_DATA = "#dddddd"
SEA = "#f3f6f9"
BORDER = "#ffffff"
HOVER = "#3c3c3c"
HIGHLIGHT = "#e6550d"
TEXT = "#1a1a1a"
NOTE = "#5a5a5a"

#: The United Nations' standard disclaimer for maps.
DISCLAIMER = QT_TRANSLATE_NOOP(
    "report", "The boundaries and names shown and the designations used on this map do not "
    "imply official endorsement or acceptance by the United Nations.")


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("report", ...) in the user's language."""
    return QCoreApplication.translate("report", text)


# --- paths -----------------------------------------------------------------------------------

@functools.cache
def _unit_paths() -> tuple[tuple[str, QPainterPath], ...]:
    """Every shape as a path in the unit square of the map's frame (built once)."""
    result: list[tuple[str, QPainterPath]] = []
    for shape in worldmap.all_shapes():
        if not shape.rings:
            continue
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in shape.rings:
            points = [worldmap.to_unit(lon, lat) for lon, lat in ring]
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            path.closeSubpath()
        result.append((shape.iso2, path))
    return tuple(result)


@functools.cache
def _unit_points() -> tuple[tuple[str, float, float], ...]:
    """The countries marked by a dot, with the dot's place in the unit square."""
    return tuple((shape.iso2, *worldmap.to_unit(*shape.point))
                 for shape in worldmap.all_shapes() if shape.point is not None)


@functools.cache
def _unit_sphere() -> QPainterPath:
    """The outline of the globe inside the frame: straight top and bottom, the 180th
    meridian curving on either side."""
    lats = [worldmap.SOUTH + (worldmap.NORTH - worldmap.SOUTH) * i / 48 for i in range(49)]
    path = QPainterPath()
    path.moveTo(*worldmap.to_unit(-180.0, lats[0]))
    for lat in lats[1:]:
        path.lineTo(*worldmap.to_unit(-180.0, lat))
    for lat in reversed(lats):
        path.lineTo(*worldmap.to_unit(180.0, lat))
    path.closeSubpath()
    return path


Mapped = tuple[tuple[tuple[str, QPainterPath, QRectF], ...],
               tuple[tuple[str, QPointF], ...], QPainterPath]


@functools.lru_cache(maxsize=4)
def _frame_paths(x: float, y: float, w: float, h: float) -> Mapped:
    """The shapes (code, path, bounding rectangle), the dots (code, centre) and the globe
    mapped into one frame (cached: a widget repaints the same frame many times)."""
    transform = QTransform.fromTranslate(x, y).scale(w, h)
    shapes = tuple((code, mapped := transform.map(path), mapped.boundingRect())
                   for code, path in _unit_paths())
    dots = tuple((code, QPointF(x + u * w, y + v * h)) for code, u, v in _unit_points())
    return shapes, dots, transform.map(_unit_sphere())


#: Radius of the dot marking a country too small for the map's scale, in points.
DOT_RADIUS = 2.4


# --- sizes ---------------------------------------------------------------------------------

def _point(painter: QPainter) -> float:
    """The length of one typographic point in the painter's logical coordinates."""
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    scale = math.sqrt(abs(painter.combinedTransform().determinant())) or 1.0
    return dpi / 72.0 / scale


def _font(painter: QPainter, size_pt: float, unit: float, *, bold: bool = False) -> QFont:
    font = QFont(painter.font())
    font.setPixelSize(max(1, round(size_pt * unit)))
    font.setBold(bold)
    return font


#: The disclaimer's type size, in points.
NOTE_PT = 6.5
#: The most lines the disclaimer wraps onto, and the most of the map's height it may take,
#: before it is written on one line, elided, its full text in the map's tooltip.
NOTE_LINES = 3
NOTE_SHARE = 0.15


@dataclass(frozen=True)
class MapLayout:
    """Where :func:`paint_world_map` draws each part within its rectangle: the title, the
    map itself (``frame``), and the disclaimer (``note``; ``note_elided``: on one line,
    cut with "…", because the whole text would take too much of a small map's height)."""

    title: QRectF
    frame: QRectF
    note: QRectF
    note_elided: bool = False


def _note_metrics(base: QFont, unit: float) -> QFontMetricsF:
    font = QFont(base)
    font.setPixelSize(max(1, round(NOTE_PT * unit)))
    return QFontMetricsF(font)


def _note_height(metrics: QFontMetricsF, width: float) -> float:
    """The height the disclaimer takes wrapped at ``width`` (measured a little narrower than
    it is drawn, so that a device whose glyphs are a hair wider never needs another line)."""
    box = metrics.boundingRect(QRectF(0, 0, max(1.0, width * 0.96), 1e6),
                               int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                               _tr(DISCLAIMER))
    return max(box.height(), metrics.lineSpacing())


def _layout(rect: QRectF, unit: float, *, title: str, disclaimer: bool,
            base: QFont) -> MapLayout:
    """The parts of the map within ``rect``: the frame as large as fits with the map's
    aspect ratio, centred, once the title above it and the disclaimer below it have the
    height they need (the disclaimer is wrapped at the frame's width; elided onto one line
    when it would take more than :data:`NOTE_LINES` lines or :data:`NOTE_SHARE` of the
    height).  Every part lies inside ``rect``."""
    title_height = 0.0
    if title:
        font = QFont(base)
        font.setPixelSize(max(1, round(10 * unit)))
        title_height = QFontMetricsF(font).height() * 1.5
    gap = 2 * unit
    metrics = _note_metrics(base, unit)
    line = metrics.lineSpacing()
    elided = False

    inset = DOT_RADIUS * unit + unit  # a dot near the 180th meridian, its rim, a pen

    def frame_for(note_height: float) -> QRectF:
        space = QRectF(rect.left() + inset, rect.top() + title_height + inset,
                       max(1.0, rect.width() - 2 * inset),
                       max(1.0, rect.height() - title_height - note_height - 2 * inset))
        width = min(space.width(), space.height() * worldmap.ASPECT)
        height = width / worldmap.ASPECT
        return QRectF(space.left() + (space.width() - width) / 2,
                      space.top() + (space.height() - height) / 2, width, height)

    def wrapped_fits(text_height: float) -> bool:
        return (text_height <= line * NOTE_LINES + 0.5
                and text_height + gap <= max(line + gap, rect.height() * NOTE_SHARE))

    note_height = 0.0
    frame = frame_for(note_height)
    if disclaimer:
        width = rect.width() - 2 * inset
        for _attempt in range(6):  # the frame narrows as the note grows: a few rounds settle
            text_height = _note_height(metrics, width)
            if not wrapped_fits(text_height):
                elided = True
                break
            note_height = text_height + gap
            frame = frame_for(note_height)
            if frame.width() >= width - 0.5:
                break
            width = frame.width()
        if not elided and _note_height(metrics, frame.width()) + gap > note_height + 0.5:
            elided = True  # did not settle: one line, never a cut one
        if elided:
            note_height = line + gap
            frame = frame_for(note_height)
    title_area = QRectF(frame.left(), rect.top(), frame.width(), title_height)
    note_area = QRectF(frame.left(), frame.bottom() + inset + gap, frame.width(),
                       max(0.0, note_height - gap))
    return MapLayout(title_area, frame, note_area, elided)


def map_layout(rect: QRectF, *, dpi: float, font: QFont, title: str = "",
               disclaimer: bool = True) -> MapLayout:
    """Where :func:`paint_world_map` draws the title, the map and the disclaimer, for a
    painter on a device of ``dpi`` (logical dots per inch, no scaling transform) with
    ``font``."""
    return _layout(rect, dpi / 72.0, title=title, disclaimer=disclaimer, base=font)


def map_frame(rect: QRectF, *, dpi: float, font: QFont, title: str = "",
              disclaimer: bool = True) -> QRectF:
    """The rectangle :func:`paint_world_map` draws the map itself in, for a painter on a
    device of ``dpi`` (logical dots per inch, no scaling transform) with ``font``: where
    to hit-test."""
    return map_layout(rect, dpi=dpi, font=font, title=title, disclaimer=disclaimer).frame


def _range_label(low: int, high: int) -> str:
    locale = QLocale()
    if low == high:
        return locale.toString(low)
    return f"{locale.toString(low)}\u2013{locale.toString(high)}"


# --- painting ------------------------------------------------------------------------------

def paint_world_map(painter: QPainter, rect: QRectF, values: Mapping[str, int], *,
                    highlight: str | None = None, title: str = "", legend: str = "",
                    hover: str | None = None, disclaimer: bool = True,
                    show_legend: bool = True, sea: bool = False) -> None:
    """Draw the world map into ``rect`` (the painter's logical coordinates): each country
    filled by the class of its figure in ``values`` (ISO alpha-2 → count; up to five
    classes of blue, light grey for none), thin white borders, ``highlight`` outlined
    (the country a report is filtered by), ``hover`` outlined more lightly, ``title`` above
    the map, a legend (headed ``legend``) in the South Pacific, and the United Nations'
    map disclaimer below it; ``sea`` tints the globe's outline (off: white paper, as
    United Nations maps print).  The painter's state is restored on return."""
    _paint_base(painter, rect, values, title=title, legend=legend, disclaimer=disclaimer,
                show_legend=show_legend, sea=sea)
    _paint_marks(painter, rect, values, highlight=highlight, hover=hover, title=title,
                 disclaimer=disclaimer)


class _Geometry:
    """Everything a paint needs that follows from the painter, the rectangle and the
    figures: sizes, areas, classes and the mapped shapes."""

    def __init__(self, painter: QPainter, rect: QRectF, values: Mapping[str, int], *,
                 title: str, disclaimer: bool) -> None:
        self.unit = _point(painter)
        self.layout = _layout(QRectF(rect), self.unit, title=title, disclaimer=disclaimer,
                              base=QFont(painter.font()))
        self.title_area, self.frame, self.note_area = (self.layout.title, self.layout.frame,
                                                       self.layout.note)
        self.bounds = worldmap.classes(values.values(), len(BLUES))
        self.palette = _palette(len(self.bounds))
        frame = self.frame
        self.shapes, self.dots, self.sphere = _frame_paths(frame.x(), frame.y(), frame.width(),
                                                           frame.height())


def _paint_base(painter: QPainter, rect: QRectF, values: Mapping[str, int], *, title: str,
                legend: str, disclaimer: bool, show_legend: bool, sea: bool) -> None:
    """The map without hover and highlight: fills, borders, dots, title, legend, note."""
    geometry = _Geometry(painter, rect, values, title=title, disclaimer=disclaimer)
    unit = geometry.unit
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if sea:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SEA))
            painter.drawPath(geometry.sphere)
        border = QPen(QColor(BORDER), max(0.3 * unit, 0.01))
        border.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(border)
        for code, path, _ in geometry.shapes:
            index = worldmap.class_of(values.get(code), geometry.bounds) if code else None
            painter.setBrush(QColor(NO_DATA if index is None else geometry.palette[index]))
            painter.drawPath(path)
        _paint_dots(painter, geometry, values, (None, None), only_marked=False)
        if title:
            painter.setPen(QColor(TEXT))
            font = _font(painter, 10, unit, bold=True)
            painter.setFont(font)
            painter.drawText(geometry.title_area, Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetricsF(font).elidedText(
                                 title, Qt.TextElideMode.ElideRight,
                                 geometry.title_area.width() * 0.96))
        if show_legend:
            _paint_legend(painter, geometry.frame, unit, geometry.bounds, geometry.palette,
                          legend)
        if disclaimer:
            painter.setPen(QColor(NOTE))
            font = _font(painter, NOTE_PT, unit)
            painter.setFont(font)
            area = geometry.note_area
            if geometry.layout.note_elided:
                painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                 QFontMetricsF(font).elidedText(
                                     _tr(DISCLAIMER), Qt.TextElideMode.ElideRight,
                                     area.width() * 0.96))
            else:
                painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap, _tr(DISCLAIMER))
    finally:
        painter.restore()


def _paint_marks(painter: QPainter, rect: QRectF, values: Mapping[str, int], *,
                 highlight: str | None, hover: str | None, title: str,
                 disclaimer: bool) -> None:
    """The outlines of the hovered and the highlighted country, over a painted map."""
    if not highlight and not hover:
        return
    geometry = _Geometry(painter, rect, values, title=title, disclaimer=disclaimer)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for marked, colour, width in ((hover, HOVER, 1.0), (highlight, HIGHLIGHT, 1.6)):
            if not marked:
                continue
            pen = QPen(QColor(colour), width * geometry.unit)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            for found, path, _ in geometry.shapes:
                if found == marked:
                    painter.drawPath(path)
        _paint_dots(painter, geometry, values, (highlight, hover), only_marked=True)
    finally:
        painter.restore()


def _paint_dots(painter: QPainter, geometry: _Geometry, values: Mapping[str, int],
                marked: tuple[str | None, str | None], *, only_marked: bool) -> None:
    """Dots for the countries too small to draw that have a figure (or are highlighted or
    hovered), in their class's colour with a grey rim (``only_marked``: just those two)."""
    unit = geometry.unit
    radius = DOT_RADIUS * unit
    highlight, hover = marked
    for code, centre in geometry.dots:
        index = worldmap.class_of(values.get(code), geometry.bounds)
        if code not in marked and (only_marked or index is None):
            continue
        rim = (QPen(QColor(HIGHLIGHT), 1.2 * unit) if code == highlight
               else QPen(QColor(HOVER), 0.8 * unit) if code == hover
               else QPen(QColor("#707070"), 0.4 * unit))
        painter.setPen(rim)
        painter.setBrush(QColor(NO_DATA if index is None else geometry.palette[index]))
        painter.drawEllipse(centre, radius, radius)


def _palette(count: int) -> tuple[str, ...]:
    """``count`` colours of :data:`BLUES`, spread from light to dark."""
    if count <= 0:
        return ()
    if count == 1:
        return (BLUES[3],)
    step = (len(BLUES) - 1) / (count - 1)
    return tuple(BLUES[round(i * step)] for i in range(count))


def _legend_box(painter: QPainter, frame: QRectF, unit: float, size: float,
                rows: list[tuple[str, str]], heading: str) -> tuple[float, float, list[str]]:
    """The legend's width and height (without padding) at ``size`` points, and its heading's
    lines."""
    metrics = QFontMetricsF(_font(painter, size, unit))
    heading_metrics = QFontMetricsF(_font(painter, size, unit, bold=True))
    swatch = size * 1.6 * unit
    text_width = max(metrics.horizontalAdvance(text) for _, text in rows)
    width = swatch + 4 * unit + text_width
    lines: list[str] = []
    if heading:
        lines = _wrap(heading, heading_metrics, max(width, frame.width() * 0.2))
        width = max(width, *(heading_metrics.horizontalAdvance(text) for text in lines))
    height = metrics.height() * 1.15 * len(rows) + heading_metrics.height() * len(lines)
    return width, height, lines


#: The smallest type of the legend, in points: below it a small map drops the legend.
LEGEND_MIN_PT = 4.5


def _paint_legend(painter: QPainter, frame: QRectF, unit: float,
                  bounds: list[tuple[int, int]], palette: tuple[str, ...], heading: str) -> None:
    """The legend in the frame's lower-left corner (the South Pacific: open sea), its type
    made smaller on a small map so that it stays inside the frame (left out when even
    :data:`LEGEND_MIN_PT` would not fit)."""
    rows = _legend_rows(bounds, palette)
    fitted = _legend_fit(painter, frame, unit, rows, heading)
    if fitted is None:
        return
    size, width, height, heading_lines = fitted
    pad = 4 * unit
    font = _font(painter, size, unit)
    metrics = QFontMetricsF(font)
    heading_font = _font(painter, size, unit, bold=True)
    heading_metrics = QFontMetricsF(heading_font)
    line = metrics.height() * 1.15
    swatch = QSize(round(size * 1.6 * unit), round(metrics.ascent() * 0.9))
    text_width = max(metrics.horizontalAdvance(text) for _, text in rows)
    left = frame.left() + pad  # the corner outside the globe: open sea at any size
    top = frame.bottom() - pad - height
    box = QRectF(left - pad, top - pad, width + 2 * pad, height + 2 * pad)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRoundedRect(box, 2 * unit, 2 * unit)
    painter.setPen(QColor(TEXT))
    y = top
    painter.setFont(heading_font)
    for text in heading_lines:
        painter.drawText(QRectF(left, y, width, heading_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        y += heading_metrics.height()
    painter.setFont(font)
    outline = QPen(QColor("#9a9a9a"), 0.3 * unit)
    for colour, text in rows:
        square = QRectF(left, y + (line - swatch.height()) / 2, swatch.width(), swatch.height())
        painter.setPen(outline)
        painter.setBrush(QColor(colour))
        painter.drawRect(square)
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(square.right() + 4 * unit, y, text_width + unit, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        y += line


def _legend_rows(bounds: list[tuple[int, int]],
                 palette: tuple[str, ...]) -> list[tuple[str, str]]:
    """The legend's lines: (colour, range of figures), then "None" in light grey."""
    rows = [(palette[i], _range_label(low, high)) for i, (low, high) in enumerate(bounds)]
    rows.append((NO_DATA, QCoreApplication.translate("report", "None")))
    return rows


#: The open sea of the South Pacific, west of South America, as shares of the frame's width
#: and height from its lower-left corner: where the legend covers no land.
LEGEND_SEA = (0.27, 0.45)


def _legend_fit(painter: QPainter, frame: QRectF, unit: float, rows: list[tuple[str, str]],
                heading: str) -> tuple[float, float, float, list[str]] | None:
    """The legend's type size, width, height (padding left out) and heading lines: 7.5
    points on a large map, 6.5 on a small one, smaller (down to :data:`LEGEND_MIN_PT`) until
    it covers only the South Pacific (:data:`LEGEND_SEA`); on a map too small for that,
    the smallest type as long as the legend stays inside the frame; else None (left out)."""
    pad = 4 * unit
    size = 7.5 if frame.height() >= 220 * unit else 6.5
    sea_width, sea_height = LEGEND_SEA
    while True:
        width, height, lines = _legend_box(painter, frame, unit, size, rows, heading)
        if (height + 2 * pad <= frame.height() * sea_height
                and width + 2 * pad <= frame.width() * sea_width):
            return size, width, height, lines
        if size <= LEGEND_MIN_PT:
            break
        size = max(LEGEND_MIN_PT, size - 0.5)
    if height + 2 * pad <= frame.height() and width + 2 * pad <= frame.width() / 2:
        return size, width, height, lines
    return None


def legend_rect(painter: QPainter, frame: QRectF, values: Mapping[str, int],
                heading: str) -> QRectF | None:
    """Where :func:`paint_world_map` draws the legend in the map's ``frame`` with this
    painter, padding included (None: left out, the map being too small for it)."""
    unit = _point(painter)
    bounds = worldmap.classes(values.values(), len(BLUES))
    fitted = _legend_fit(painter, frame, unit, _legend_rows(bounds, _palette(len(bounds))),
                         heading)
    if fitted is None:
        return None
    _size, width, height, _lines = fitted
    pad = 4 * unit
    return QRectF(frame.left(), frame.bottom() - height - 2 * pad, width + 2 * pad,
                  height + 2 * pad)


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (at spaces)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


# --- the widget ----------------------------------------------------------------------------

class WorldMapWidget(QWidget):
    """The interactive world map: organizations engaged or activities held, by country.

    Hover (or the arrow keys) names a country and its figures in a tooltip; a click (or
    Enter) on a country emits :attr:`sig_country_clicked` with its ISO alpha-2 code; a click
    on the sea or on the picked country again, or Escape, emits "" (no country)."""

    #: ISO alpha-2 code of the country picked, "" when the pick is cleared.
    sig_country_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a map is never mirrored
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 170)
        self.setAccessibleName(self.tr("World map"))
        self._figures: dict[str, tuple[int, int]] = {}
        self._which = "organizations"
        self._selected = ""
        self._hover = ""
        self._cursor = ""  # the country the arrow keys reached
        self._base: tuple[tuple[object, ...], QPixmap] | None = None
        self._update_description()

    # -- data

    def set_figures(self, values: Mapping[str, tuple[int, int]],
                    which: str = "organizations") -> None:
        """Show ``values`` (ISO alpha-2 → (organizations engaged, activities held)),
        colouring the countries by ``which`` ("organizations" or "activities")."""
        self._figures = dict(values)
        self.set_which(which)

    def set_which(self, which: str) -> None:
        """Colour by organizations engaged or by activities held."""
        worldmap.figures_of({}, which)  # validates
        self._which = which
        self._update_description()
        self.update()

    def which(self) -> str:
        """What the colours show: "organizations" or "activities"."""
        return self._which

    def figures(self) -> dict[str, tuple[int, int]]:
        """The figures shown, by ISO alpha-2 code."""
        return dict(self._figures)

    def selected(self) -> str:
        """The country picked ("" for none)."""
        return self._selected

    def set_selected(self, iso2: str) -> None:
        """Outline ``iso2`` as picked (the page's country filter) without emitting."""
        self._selected = iso2 or ""
        self.update()

    # -- geometry

    def _frame(self) -> QRectF:
        return self.map_layout().frame

    def map_layout(self) -> MapLayout:
        """Where the map, its legend and its disclaimer are drawn in the widget."""
        return map_layout(self._map_rect(), dpi=self.logicalDpiY(), font=self.font(),
                          disclaimer=self._disclaimer())

    def _map_rect(self) -> QRectF:
        """Where the map and its disclaimer go: the widget less a small margin."""
        return QRectF(self.rect()).adjusted(6, 4, -6, -4)

    def _disclaimer(self) -> bool:
        """The United Nations' disclaimer goes with the map at every size (on one line,
        elided, when the map is small: its full text is then the tooltip)."""
        return True

    def country_at(self, pos: QPointF | QPoint) -> str:
        """The ISO alpha-2 code of the country under a point of the widget ("" for none)."""
        point = QPointF(pos)
        frame = self._frame()
        shapes, dots, _ = _frame_paths(frame.x(), frame.y(), frame.width(), frame.height())
        values = worldmap.figures_of(self._figures, self._which)
        reach = DOT_RADIUS * self.logicalDpiY() / 72.0 + 2.0
        near = [(QLineF(point, centre).length(), code) for code, centre in dots
                if (values.get(code) or code in (self._selected, self._cursor))
                and abs(centre.x() - point.x()) <= reach and abs(centre.y() - point.y()) <= reach]
        near = [(distance, code) for distance, code in near if distance <= reach]
        if near:
            return min(near)[1]
        for code, path, box in shapes:
            if code and box.contains(point) and path.contains(point):
                return code
        return ""

    def map_point(self, lon: float, lat: float) -> QPointF:
        """Where a longitude and latitude fall in the widget."""
        frame = self._frame()
        u, v = worldmap.to_unit(lon, lat)
        return QPointF(frame.x() + u * frame.width(), frame.y() + v * frame.height())

    def country_point(self, iso2: str) -> QPointF:
        """Where a country is named from: its centroid (see :func:`worldmap.centroid`)."""
        return self.map_point(*worldmap.centroid(iso2))

    def tooltip_text(self, iso2: str) -> str:
        """A country's name and figures: "Kenya — 12 organizations engaged, 3 activities
        held"."""
        if not iso2:
            return ""
        organizations, activities = self._figures.get(iso2, (0, 0))
        return self.tr("%1 — %2, %3").replace("%1", labels.country(iso2)).replace(
            "%2", self.tr("%n organization(s) engaged", "", organizations)).replace(
            "%3", self.tr("%n activity(ies) held", "", activities))

    # -- Qt

    def sizeHint(self) -> QSize:  # noqa: N802
        """Room for a readable world map beside the Reports page's table at 1024×600."""
        return QSize(640, 320)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Small enough for the Reports page at 1024×600."""
        return QSize(320, 170)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the map on the window's base colour."""
        painter = QPainter(self)
        try:
            values = worldmap.figures_of(self._figures, self._which)
            painter.drawPixmap(0, 0, self._base_pixmap(values))
            _paint_marks(painter, self._map_rect(), values, highlight=self._selected,
                         hover=self._hover or self._cursor, title="",
                         disclaimer=self._disclaimer())
            if self.hasFocus():
                pen = QPen(self.palette().highlight().color(), 1.5)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(0.75, 0.75, -0.75, -0.75))
        finally:
            painter.end()

    def _base_pixmap(self, values: Mapping[str, int]) -> QPixmap:
        """The map without outlines, painted once per size and figures (hovering only
        repaints the outlines over it)."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self._which, tuple(sorted(values.items())))
        if self._base is None or self._base[0] != key:
            pixmap = QPixmap(QSize(round(self.width() * ratio), round(self.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor("#ffffff"))
            painter = QPainter(pixmap)
            try:
                painter.setFont(self.font())
                _paint_base(painter, self._map_rect(), values, title="", legend=self._legend(),
                            disclaimer=self._disclaimer(), show_legend=self.width() >= 300,
                            sea=False)
            finally:
                painter.end()
            self._base = (key, pixmap)
        return self._base[1]

    def _legend(self) -> str:
        if self._which == "activities":
            return self.tr("Activities held")
        return self.tr("Organizations engaged")

    def event(self, event: QEvent) -> bool:
        """Tooltips name the country under the pointer (over an elided disclaimer: its
        whole text)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_text(self.country_at(event.pos()))
            layout = self.map_layout()
            if not text and layout.note_elided and layout.note.contains(QPointF(event.pos())):
                text = _tr(DISCLAIMER)  # the whole of a disclaimer cut to fit a small map
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Outline the country under the pointer."""
        code = self.country_at(event.position())
        if code != self._hover:
            self._hover = code
            self.setCursor(Qt.CursorShape.PointingHandCursor if code
                           else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        """No outline once the pointer leaves."""
        if self._hover:
            self._hover = ""
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A left click picks the country under the pointer (or clears the pick)."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._pick(self.country_at(event.position()))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Arrows move between countries (those with figures, by name), Enter or Space picks,
        Escape clears the pick."""
        key = event.key()
        if key == Qt.Key.Key_Escape and self._selected:
            self._pick("")
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up,
                     Qt.Key.Key_Home, Qt.Key.Key_End):
            self._move_cursor(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._cursor:
            self._pick(self._cursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: object) -> None:  # noqa: N802
        """Repaint to show the focus frame."""
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()

    def focusOutEvent(self, event: object) -> None:  # noqa: N802
        """Repaint to hide the focus frame and the keyboard outline."""
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self._cursor = ""
        self.update()

    # -- actions

    def _pick(self, code: str) -> None:
        """Pick ``code``; picking the picked country again, or nothing, clears the pick.
        Emits only when the pick changes."""
        new = "" if code == self._selected else code
        if new == self._selected:
            return
        self._selected = new
        self.update()
        self.sig_country_clicked.emit(new)

    def _keyboard_order(self) -> list[str]:
        """Countries the arrow keys visit: those with figures (all of them when none), in
        the order of their names in the user's language."""
        codes = [code for code, pair in self._figures.items()
                 if any(pair) and code in worldmap.shapes()]
        if not codes:
            codes = list(worldmap.shapes())
            codes.remove("AQ")
        return sorted(codes, key=lambda code: labels.country(code).casefold())

    def _move_cursor(self, key: int) -> None:
        order = self._keyboard_order()
        if not order:
            return
        at = order.index(self._cursor) if self._cursor in order else -1
        if key in (Qt.Key.Key_Home,):
            at = 0
        elif key in (Qt.Key.Key_End,):
            at = len(order) - 1
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            at = (at + 1) % len(order)
        else:
            at = (at - 1) % len(order) if at >= 0 else len(order) - 1
        self._cursor = order[at]
        text = self.tooltip_text(self._cursor)
        self.setAccessibleDescription(text)
        point = self.country_point(self._cursor).toPoint()
        QToolTip.showText(self.mapToGlobal(point), text, self)
        self.update()

    def _update_description(self) -> None:
        shown = (self.tr("Countries coloured by the number of activities held there.")
                 if self._which == "activities" else
                 self.tr("Countries coloured by the number of organizations engaged there."))
        self.setAccessibleDescription(shown + " " + self.tr(
            "Arrow keys go from country to country, Enter filters the report by one, "
            "Escape clears the filter.") + " " + _tr(DISCLAIMER))

    @Slot()
    def clear(self) -> None:
        """Clear the pick (emits "" when a country was picked)."""
        self._pick("")
