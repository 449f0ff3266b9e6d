"""The Overview page: organizations by region and by thematic area, drawn as charts and
redrawn when the data changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui import labels
from lookingbeyond_desktop.ui.ops import Ops

UN_BLUE = QColor("#009edb")
UN_DARK = QColor("#1a5a8a")


class OverviewPage(QWidget):
    """Counts people would rather look at than read."""

    def __init__(self, ops: Ops, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._ops = ops
        self._loaded_once = False
        self.by_region: dict[str, int] = {}
        self.by_theme: dict[str, int] = {}
        self.summary = QLabel(self)
        self.summary.setObjectName("overviewSummary")
        self.summary.setStyleSheet("font-size: 13pt;")
        self.summary.setWordWrap(True)
        self.region_chart = self._chart(self.tr("Organizations by region"))
        self.theme_chart = self._chart(self.tr("Organizations by thematic area"))
        self.region_view = QChartView(self.region_chart, self)
        self.theme_view = QChartView(self.theme_chart, self)
        for view in (self.region_view, self.theme_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
        grid = QGridLayout()
        grid.addWidget(self.region_view, 0, 0)
        grid.addWidget(self.theme_view, 0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)  # a burst of edits redraws once
        self._timer.timeout.connect(self.reload)
        ops.sig_changed.connect(self._data_changed)

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def shown(self) -> None:
        """The page came on screen."""
        self._loaded_once = True
        self.reload()

    def reload(self) -> None:
        """Count again (on the worker)."""
        def work(connection: Any) -> dict[str, Any]:
            return {"regions": browse.counts_by_region(connection),
                    "themes": browse.counts_by_theme(connection),
                    "status": browse.pending_and_counts(connection)}

        self._ops.read(work, self._show, key=f"overview-{id(self)}")

    @Slot(object)
    def _data_changed(self, tables: frozenset[str]) -> None:
        if self._loaded_once and "organizations" in tables:
            self._timer.start()

    def _show(self, counts: dict[str, Any]) -> None:
        self.by_region = counts["regions"]
        self.by_theme = counts["themes"]
        total = counts["status"]["organizations"]
        self.summary.setText(self.tr("%n organization(s) in the registry", "", total))
        regions = [code for code, r in reference.regions().items() if r.kind == "region"]
        self._draw(self.region_chart, [(labels.region(c), self.by_region.get(c, 0)) for c in regions],
                   UN_BLUE, horizontal=False)
        areas = [t.code for t in reference.theme_areas()]
        self._draw(self.theme_chart, [(labels.theme(c), self.by_theme.get(c, 0)) for c in areas],
                   UN_DARK, horizontal=True)

    def _draw(self, chart: QChart, pairs: list[tuple[str, int]], color: QColor, *,
              horizontal: bool) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("Organizations"))
        bars.setColor(color)
        bars.setLabelColor(QColor("#222222"))
        for _label, count in pairs:
            bars.append(count)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_wrapped(label) for label, _count in pairs])
        categories.setTruncateLabels(False)  # a narrow screen wraps names, never cuts them
        values = QValueAxis()
        values.setRange(0, max([count for _l, count in pairs] + [1]) * 1.15)
        values.setLabelFormat("%d")
        category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        chart.addAxis(categories, category_side)
        chart.addAxis(values, value_side)
        series.attachAxis(categories)
        series.attachAxis(values)


def _wrapped(label: str, width: int = 16) -> str:
    """A category's name on lines of about ``width`` characters (axis labels are rich
    text: the lines are joined with <br>)."""
    import html
    import textwrap

    return "<br>".join(html.escape(line) for line in textwrap.wrap(label, width)) or label
