"""Places in the PDF in a reader's words: the table of the most engaged organizations names
each organization's country ("Mexico"), not its ISO code ("MX"), and the title page says
which regions this computer holds apart from the region the report covers.  Computed by the
real ``indicators.compute`` on the hand-made dataset (tests/reports/conftest.py) and read
back with pypdf."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
import pytest

from lookingbeyond_desktop.reports import indicators, pdf
from lookingbeyond_desktop.reports.model import Filters, RatesInfo, Report
from lookingbeyond_desktop.reports.tables import ReportWords
from lookingbeyond_desktop.store import Store

TOP_TITLE = "The most engaged organizations"


@pytest.fixture
def report(hand_made_store: Store, hand_made_rates: RatesInfo, hand_made_today: dt.date,
           qapp: Any) -> Report:
    """The report on the hand-made data, no filter (it holds the most engaged organizations)."""
    with hand_made_store.engine.connect() as connection:
        return indicators.compute(connection, Filters(), rates=hand_made_rates,
                                  today=hand_made_today)


def _text(path: Path) -> str:
    """The PDF's text as pypdf extracts it, NFKC-normalised, white space made single spaces."""
    reader = pypdf.PdfReader(path)
    return " ".join(re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text()))
                    for page in reader.pages)


def test_the_most_engaged_organizations_name_their_countries(report: Report,
                                                             tmp_path: Path) -> None:
    """After the heading of the most engaged organizations, each line names the country:
    "Transparency International Kenya Kenya 3 6" (the side event it co-organized and took
    part in, the joint dialogue and the Rabat consultation; 2 + 3 + 1 representatives),
    "Transparencia Mexicana Mexico 3 5" (CoSP 3, its side event and CND 53; 3 + 1 + 1) and
    "Vienna NGO Committee on Drugs Austria 1 4" (CND 53); Morocco, China and the Russian
    Federation are named too, and none of the six codes (MX, MA, CN, AT, KE, RU) stands
    alone there (the six organizations engaged of conftest.py)."""
    section = report.section("top_organizations")
    assert {row.cells["country"] for row in section.rows} == {"MX", "MA", "CN", "AT", "KE", "RU"}
    out = tmp_path / "report.pdf"
    pdf.write_pdf(report, out)
    text = _text(out)
    assert TOP_TITLE in text
    table = text[text.rindex(TOP_TITLE):]
    assert "Transparency International Kenya Kenya 3 6" in table, table[:600]
    assert "Transparencia Mexicana Mexico 3 5" in table, table[:600]
    assert "Vienna NGO Committee on Drugs Austria 1 4" in table, table[:600]
    for name in ("Morocco", "China", "Russian Federation"):
        assert name in table
    for code in ("MX", "MA", "CN", "AT", "KE", "RU"):
        assert not re.search(rf"(?<!\w){code}(?!\w)", table), (code, table[:600])


def test_a_country_name_follows_the_words_of_the_report() -> None:
    """The name comes from the report's words (a translation names it in its language);
    a text that is no country's code is printed as it is."""

    class Shouting(ReportWords):
        def country(self, code: str) -> str:
            return super().country(code).upper()

    assert pdf.country_name("MX", ReportWords()) == "Mexico"
    assert pdf.country_name("MX", Shouting()) == "MEXICO"
    assert pdf.country_name("", ReportWords()) == ""
    assert pdf.country_name("Elsewhere", ReportWords()) == "Elsewhere"


def test_the_title_page_tells_what_this_computer_holds_from_the_region_filter(
        hand_made_store: Store, hand_made_rates: RatesInfo, hand_made_today: dt.date,
        qapp: Any, tmp_path: Path) -> None:
    """A report on Europe (vngoc and tir, 2 organizations) says "Region Europe" for what it
    covers, and "This computer holds" before the regions the data folder holds (the scope),
    never a bare "Scope" that reads like the report's coverage."""
    with hand_made_store.engine.connect() as connection:
        report = indicators.compute(connection, Filters(region="150"), rates=hand_made_rates,
                                    today=hand_made_today)
    assert report.scope and report.totals["organizations_engaged"].value == 2
    out = tmp_path / "report.pdf"
    pdf.write_pdf(report, out)
    first = re.sub(r"\s+", " ", unicodedata.normalize(
        "NFKC", pypdf.PdfReader(out).pages[0].extract_text()))
    assert "Region Europe" in first
    assert f"This computer holds {report.scope}" in first
    assert "Scope" not in first
