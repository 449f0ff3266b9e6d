"""Reports carry figures and organizations' names, never a person's personal data: a report
leaves the office (to donors, to Member States), so no contact's name, e-mail, phone or
notes may appear in any of its four exports, whatever the filters.  The window's list of the
people behind a figure stays on this computer."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest

from lookingbeyond_desktop.reports import indicators, pdf, tables
from lookingbeyond_desktop.reports.model import Filters, RatesInfo
from lookingbeyond_desktop.store import Store

# Personal data given to every contact of the hand-made dataset (conftest.py).
EMAIL = "ana.gomez@example.org"
PHONE = "+52 55 1234 5678"
NOTE = "met at the Doha side event"


@pytest.fixture
def personal(hand_made_store: Store, hand_made: dict[str, str]) -> list[str]:
    """Every contact given an e-mail, a phone and notes; returns the strings that must never
    appear in an export (the contacts' full names among them)."""
    with hand_made_store.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT id, full_name FROM contacts WHERE deleted = 0").all()
    with hand_made_store.write(author="tester") as writer:
        for row_id, _name in rows:
            writer.update("contacts", row_id, {"email": EMAIL, "phone": PHONE, "notes": NOTE})
    names = [name for _id, name in rows]
    assert names, "the hand-made dataset has contacts"
    return [*names, EMAIL, PHONE, NOTE]


def _text_of(path: Path) -> str:
    """Everything a reader of the file could see, as one string."""
    if path.suffix == ".pdf":
        text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
        return unicodedata.normalize("NFKC", text)
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return " ".join(str(cell.value) for sheet in book.worksheets
                        for row in sheet.iter_rows() for cell in row if cell.value is not None)
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(start=dt.date(2009, 1, 1), end=dt.date(2011, 12, 31)),
    Filters(country="MX"),
], ids=["everything", "2009-2011", "Mexico"])
def test_no_export_carries_a_persons_data(hand_made_store: Store, personal: list[str],
                                          hand_made_rates: RatesInfo, hand_made_today: dt.date,
                                          filters: Filters, tmp_path: Path, qapp: Any) -> None:
    """JSON, CSV, XLSX and PDF of the hand-made data (whose contact Ana Gómez took part in
    three events, now with an e-mail, a phone and notes) hold none of her name, e-mail, phone
    or notes, while they do count her: unique people ≥ 1 and the names of organizations are
    there."""
    with hand_made_store.engine.connect() as connection:
        report = indicators.compute(connection, filters, rates=hand_made_rates,
                                    today=hand_made_today)
    assert report.totals["named_people"].value, "the report counts the named contact"
    charts = pdf.prepare_charts(report)
    outputs = {
        "json": tmp_path / "r.json", "csv": tmp_path / "r.csv",
        "xlsx": tmp_path / "r.xlsx", "pdf": tmp_path / "r.pdf",
    }
    tables.write_json(report, outputs["json"])
    tables.write_csv(report, outputs["csv"])
    tables.write_xlsx(report, outputs["xlsx"])
    pdf.write_pdf(report, outputs["pdf"], charts=charts)
    for kind, path in outputs.items():
        text = _text_of(path)
        assert text.strip(), f"{kind} export is empty"
        leaked = [value for value in personal if value in text]
        assert leaked == [], f"{kind} export carries personal data"
