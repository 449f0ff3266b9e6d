"""The A4 PDF report (reports/pdf.py), checked by reading it back with pypdf: the title page
states the filters and the as-of date, a meeting's figures are in its table, Latin, Chinese
and Arabic names are there, every font is embedded, no table row is cut by a page break,
and a file that cannot be written is never left half-written.  Computed by the real
``indicators.compute`` on the hand-made dataset of ``conftest.py``."""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest

from lookingbeyond_desktop.reports import indicators, pdf, tables
from lookingbeyond_desktop.reports.model import (
    Column,
    Figure,
    Filters,
    RatesInfo,
    Report,
    Row,
    Section,
)
from lookingbeyond_desktop.store import Store

ARABIC = "ترانسبرانسي المغرب"
CHINESE = "透明国际中国联络处"
PERIOD = Filters(start=dt.date(2009, 1, 1), end=dt.date(2011, 12, 31))


def _report(store: Store, rates: RatesInfo, today: dt.date, filters: Filters) -> Report:
    with store.engine.connect() as connection:
        return indicators.compute(connection, filters, rates=rates, today=today)


@pytest.fixture
def report(hand_made_store: Store, hand_made_rates: RatesInfo, hand_made_today: dt.date,
           qapp: Any) -> Report:
    """The report on the hand-made data for 2009–2011 (every activity starts then)."""
    return _report(hand_made_store, hand_made_rates, hand_made_today, PERIOD)


def _pages(path: Path) -> list[str]:
    """Each page's text as pypdf extracts it, NFKC-normalised (Arabic presentation forms and
    ligatures such as "ﬁ" become plain letters) and with every run of white space one space
    (Qt's PDF places words apart: pypdf reads tabs and line breaks between them)."""
    reader = pypdf.PdfReader(path)
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text()))
            for page in reader.pages]


def test_the_pdf_states_title_filters_figures_and_names(report: Report, tmp_path: Path) -> None:
    """The text of the PDF holds the title, the filters in words (the period 2009-01-01 to
    2011-12-31), the data's as-of moment, CoSP 3's row of the meetings table (4
    organizations, 9 representatives, 4 women, 3 men, 2 not recorded, 2 activities: worked
    out in conftest.py), and the names of the most engaged organizations in Latin, Cyrillic
    and Chinese script."""
    out = tmp_path / "report.pdf"
    pdf.write_pdf(report, out)
    pages = _pages(out)
    first = pages[0]
    assert "Looking Beyond: report on civil society engagement" in first
    assert "Period 2009-01-01 to 2011-12-31" in first
    assert report.as_of is not None
    assert f"Data as of {report.as_of:%Y-%m-%d %H:%M} UTC" in first
    assert "Organizations engaged 6" in first
    text = " ".join(pages)
    assert "CoSP 3 4 9 4 3 2 2" in text
    assert "Transparencia Mexicana" in text
    assert "Центр «Трансперенси Интернешнл – Р»" in text
    assert CHINESE in text


def test_arabic_names_are_shaped_and_written_right_to_left(report: Report,
                                                           tmp_path: Path) -> None:
    """Qt shapes Arabic (the raw text of the page holds Arabic presentation forms, the
    joined letter shapes, U+FE70–U+FEFF) and lays it out right to left.  Qt's PDF stores the
    glyphs in visual order, left to right, so that what pypdf extracts — once NFKC turns the
    presentation forms back into letters — is the name with its letters in reverse order
    ("برغملا يسناربسنارت"): pinned here as Qt 6.11 gives it, proof that the name was laid out
    right to left (a name drawn left to right would extract in logical order)."""
    out = tmp_path / "report.pdf"
    pdf.write_pdf(report, out)
    text = " ".join(_pages(out))
    assert ARABIC[::-1] in text
    assert ARABIC not in text
    raw = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert any("\ufe70" <= char <= "\ufeff" for char in raw)


def _font_files(reader: pypdf.PdfReader) -> dict[str, bool]:
    """Every font the pages use: its name → whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            holder = descendants[0].get_object() if descendants else font
            descriptor = holder["/FontDescriptor"].get_object()
            found[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def test_every_font_is_embedded_and_pages_are_numbered(report: Report, tmp_path: Path) -> None:
    """Every font of every page carries its program (FontFile2 for TrueType subsets), for
    Latin and for Chinese glyphs alike (more than one font); the hand-made report takes 5 to
    10 A4 pages (title, two of charts, the map, the tables), each numbered "Page n of N"."""
    out = tmp_path / "report.pdf"
    count = pdf.write_pdf(report, out)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == count
    assert 5 <= count <= 10
    fonts = _font_files(reader)
    assert len(fonts) >= 2
    assert all(fonts.values()), fonts
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)  # A4 in points
    for number, text in enumerate(_pages(out), start=1):
        assert f"Page {number} of {count}" in text


def test_a_long_table_breaks_between_rows_and_repeats_its_header(
        report: Report, tmp_path: Path) -> None:
    """A section of 120 rows whose names wrap over two lines runs over several pages: each
    row's first and last words are on the same page (no row is cut), and each page that
    continues the table repeats its title ("… (continued)") and its header."""
    label = "with a long name that wraps over more than one line of the table " * 2
    rows = tuple(Row(f"r{i}", f"Start{i:03d} {label}End{i:03d}", {"count": Figure(i)})
                 for i in range(120))
    long = Section("long", "quality", "Long section", "organization",
                   (Column("count", "Count"),), rows)
    report = replace(report, sections=[*report.sections, long])
    out = tmp_path / "report.pdf"
    pdf.write_pdf(report, out)
    pages = _pages(out)

    def page_of(word: str) -> int:
        found = [number for number, text in enumerate(pages) if word in text]
        assert len(found) == 1, (word, found)
        return found[0]

    spread = set()
    for i in range(120):
        start, end = page_of(f"Start{i:03d}"), page_of(f"End{i:03d}")
        assert start == end, f"row {i} is cut between pages {start + 1} and {end + 1}"
        spread.add(start)
    assert len(spread) >= 3
    for number in sorted(spread)[1:]:
        assert "Long section (continued) Organization Count" in pages[number]


def test_an_empty_period_says_nothing_was_counted(hand_made_store: Store,
                                                  hand_made_rates: RatesInfo,
                                                  hand_made_today: dt.date, qapp: Any,
                                                  tmp_path: Path) -> None:
    """A period with no activity still gives a report, whose first page says plainly that
    nothing was counted; empty charts and an empty map are left out (no pages of blank
    frames), the tables say "Nothing to show."."""
    report = _report(hand_made_store, hand_made_rates, hand_made_today,
                     Filters(start=dt.date(2030, 1, 1)))
    out = tmp_path / "empty.pdf"
    pdf.write_pdf(report, out)
    pages = _pages(out)
    assert "Nothing was counted" in pages[0]
    assert "Period from 2030-01-01" in pages[0]
    text = " ".join(pages)
    assert "Charts" not in text and "Organizations engaged by country" not in text
    assert "Meeting Organizations Representatives Women Men Not recorded Activities " \
           "Nothing to show." in text


def test_a_failed_write_leaves_no_pdf(report: Report, tmp_path: Path) -> None:
    """A missing folder gives an OSError naming the path asked for, and no file; a write
    stopped half-way (here: the progress callback fails on page 2) leaves the previous file
    under the final name as it was, and no temporary file beside it."""
    missing = tmp_path / "out" / "missing" / "report.pdf"
    with pytest.raises(OSError) as raised:
        pdf.write_pdf(report, missing)
    assert str(missing) in str(raised.value)
    assert not missing.parent.exists()

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "report.pdf"
    out.write_bytes(b"the previous report")

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        pdf.write_pdf(report, out, progress=progress)
    assert out.read_bytes() == b"the previous report"
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]


def test_charts_are_drawn_on_the_gui_thread_and_the_pdf_anywhere(report: Report,
                                                                  tmp_path: Path) -> None:
    """QtCharts may only be used on the GUI thread: prepare_charts refuses another thread
    with a clear error; charts prepared on the GUI thread let write_pdf run on a worker
    thread (as the Reports page does) and give the same pages."""
    errors: list[BaseException] = []
    pages: list[int] = []

    def prepare_elsewhere() -> None:
        try:
            pdf.prepare_charts(report)
        except RuntimeError as error:
            errors.append(error)

    worker = threading.Thread(target=prepare_elsewhere)
    worker.start()
    worker.join()
    assert errors and "GUI thread" in str(errors[0])

    charts = pdf.prepare_charts(report)
    out = tmp_path / "worker.pdf"
    worker = threading.Thread(target=lambda: pages.append(pdf.write_pdf(report, out,
                                                                        charts=charts)))
    worker.start()
    worker.join()
    assert pages and pages[0] == len(pypdf.PdfReader(out).pages)
    assert pages[0] == pdf.write_pdf(report, tmp_path / "gui.pdf")


def _categories(chart: Any) -> list[str]:
    """A bar chart's category names, top to bottom (Qt lists horizontal bars bottom up)."""
    from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries

    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    names = [name.replace("<br>", " ") for name in axis.categories()]
    horizontal = isinstance(chart.series()[0], QHorizontalBarSeries)
    return names[::-1] if horizontal else names


def test_charts_show_the_report_in_reading_order(report: Report,
                                                 hand_made_store: Store,
                                                 hand_made_rates: RatesInfo,
                                                 hand_made_today: dt.date) -> None:
    """The charts the PDF and the Reports page share: meetings in date order from the top,
    organizations above representatives (CoSP 3: 4 and 9); the regions with an organization
    engaged (Africa 2, Americas 1, Asia 1, Europe 2: worked out in conftest.py); grants in US
    dollars by status, with no period (proposed 5,400, approved 23,640), the rates' date in
    the title; a
    report on one region (Africa, Europe) shows its sub-regions, and one on a single
    sub-region the countries instead of one bar."""
    from lookingbeyond_desktop.ui import report_charts

    words = tables.ReportWords()
    meetings = report_charts.meeting_chart(report, words)
    assert _categories(meetings) == ["CoSP 3", "CND 53"]
    sets = meetings.series()[0].barSets()
    by_name = {bars.label(): [bars.at(i) for i in range(bars.count())][::-1] for bars in sets}
    assert by_name == {"Organizations": [4.0, 3.0], "Representatives": [9.0, 6.0]}
    assert meetings.animationOptions() == meetings.AnimationOption.NoAnimation

    regions = report_charts.region_chart(report, words)
    assert _categories(regions) == ["Africa", "Americas", "Asia", "Europe"]
    values = regions.series()[0].barSets()[0]
    assert [values.at(i) for i in range(values.count())] == [2.0, 1.0, 1.0, 2.0]

    everything = _report(hand_made_store, hand_made_rates, hand_made_today, Filters())
    grants = report_charts.grants_chart(everything, words)  # a proposed grant has no date
    assert "2011-12-01" in grants.title()
    assert _categories(grants) == ["Proposed", "Approved"]
    usd = grants.series()[0].barSets()[0]
    assert [usd.at(i) for i in range(usd.count())] == [5400.0, 23640.0]

    africa = _report(hand_made_store, hand_made_rates, hand_made_today, Filters(region="002"))
    assert _categories(report_charts.region_chart(africa, words)) == [
        "Northern Africa", "Sub-Saharan Africa"]
    europe = _report(hand_made_store, hand_made_rates, hand_made_today, Filters(region="150"))
    assert _categories(report_charts.region_chart(europe, words)) == [
        "Eastern Europe", "Western Europe"]
    # One region with one sub-region left (as a report on Western Asia has): the countries.
    by_region = report.section("by_region")
    one = replace(by_region, rows=tuple(r for r in by_region.rows if r.key in ("002", "015")))
    single = replace(report, sections=[one if s.key == "by_region" else s
                                       for s in report.sections])
    chart = report_charts.region_chart(single, words)
    assert chart.title() == "The countries with the most organizations engaged"
    # 1 organization each; those where an activity was held first, then by name.
    assert _categories(chart) == ["Austria", "China", "Kenya", "Morocco", "Mexico",
                                  "Russian Federation"]
