"""The report as data files (reports/tables.py): JSON with the names the issue fixes, the CSV
indicator table, the XLSX workbook; computed by the real ``indicators.compute`` on the
hand-made dataset of ``conftest.py`` (figures worked out by hand there and below)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import stat
from pathlib import Path

import openpyxl
import pytest

from lookingbeyond_desktop.reports import indicators, tables
from lookingbeyond_desktop.reports.model import Filters, RatesInfo, Report
from lookingbeyond_desktop.store import Store

ARABIC = "ترانسبرانسي المغرب"
CHINESE = "透明国际中国联络处"
PERIOD = Filters(start=dt.date(2010, 1, 1), end=dt.date(2010, 12, 31), region="002")


def _report(store: Store, rates: RatesInfo, today: dt.date,
            filters: Filters | None = None) -> Report:
    with store.engine.connect() as connection:
        return indicators.compute(connection, filters or Filters(), rates=rates, today=today)


@pytest.fixture
def report(hand_made_store: Store, hand_made_rates: RatesInfo,
           hand_made_today: dt.date) -> Report:
    """The report on all the hand-made data (no filter), with its most engaged organizations."""
    return _report(hand_made_store, hand_made_rates, hand_made_today)


def _rows(data: dict[str, object], key: str, kind: str) -> dict[str, dict[str, object]]:
    rows = data[key]
    assert isinstance(rows, list)
    return {row[kind]: row for row in rows}


# -- JSON -------------------------------------------------------------------------------------


def test_json_totals_are_the_hand_worked_figures(report: Report) -> None:
    """totals: 6 organizations engaged (tm, tma, cn, vngoc, tik, tir: idle only in a deleted
    activity, gone deleted); 23 representatives (3+2+1 +1+2 +4+1+1 +3 +2+1+2); 20 people
    (23, less Ana's 3 participations and Karim's and Wanjiru's 2, plus the 3 of them);
    6 activities; 3 Member States (KE, UG, TZ in the one joint activity); developing
    countries 4 of 6 (MX, MA, CN, KE; not AT, RU); women 9 of 17 recorded; grants in US
    dollars 15,000 + 8,000 × 1.08 + 5,000 × 1.08 = 29,040.00."""
    data = tables.report_json(report)
    assert set(data) >= {"filters", "as_of", "generated_at", "scope", "totals", "by_meeting",
                         "by_region", "by_theme", "grants", "rates"}
    assert data["filters"] == {"from": None, "to": None, "region": None, "country": None,
                               "theme": None, "network": None, "office": None}
    totals = data["totals"]
    assert totals["organizations_engaged"] == 6
    assert totals["representatives"] == 23
    assert totals["unique_people"] == 20
    assert totals["activities"] == 6
    assert totals["member_states"] == 3
    assert totals["developing_country_share"] == pytest.approx(4 / 6)
    assert totals["women_share"] == pytest.approx(9 / 17)
    assert totals["grants_usd"] == 29040.0
    assert all(isinstance(totals[key], int) for key in
               ("organizations_engaged", "representatives", "unique_people", "activities",
                "member_states"))


def test_json_sections_use_codes_and_hand_worked_figures(report: Report) -> None:
    """by_meeting is keyed by the reference code: COSP3 has 4 organizations (tm, tma, cn,
    tik: gone is deleted) and 9 representatives (3+2+1 at the meeting, 1+2 at its side
    event), 4 women and 3 men (2+0 and 1+1; tma's 2 not recorded) in 2 activities; CND53 has
    3 organizations and 6 representatives (2 women, 1 man).  by_region "002" (Africa, level 0):
    2 organizations (tma MA, tik KE), 2 activities (Nairobi KE, Rabat MA).  by_theme
    "corruption": 4 organizations (tm, tma, tik, tir), 3 activities (CoSP 3, its side event
    on the review mechanism, the joint dialogue on prevention)."""
    data = tables.report_json(report)
    meetings = _rows(data, "by_meeting", "meeting")
    assert meetings["COSP3"] == {"meeting": "COSP3", "organizations": 4, "representatives": 9,
                                 "women": 4, "men": 3, "not_recorded": 2, "activities": 2}
    assert (meetings["CND53"]["organizations"], meetings["CND53"]["representatives"],
            meetings["CND53"]["women"], meetings["CND53"]["men"]) == (3, 6, 2, 1)
    regions = _rows(data, "by_region", "region")
    assert regions["002"] == {"region": "002", "level": 0, "organizations": 2, "activities": 2}
    assert regions["015"]["level"] == 1
    themes = _rows(data, "by_theme", "theme")
    assert themes["corruption"] == {"theme": "corruption", "level": 0, "organizations": 4,
                                    "activities": 3}


def test_json_grants_have_amounts_keyed_by_currency(report: Report) -> None:
    """grants by status: approved 2 (USD 15,000 and EUR 8,000 = USD 23,640.00 at 1.08),
    proposed 1 (EUR 5,000 = USD 5,400.00); the deleted grant of USD 99,999 never counts.
    Money is a JSON number with two decimals; the rates are stated with their date."""
    data = tables.report_json(report)
    grants = _rows(data, "grants", "status")
    assert grants["approved"]["count"] == 2
    assert grants["approved"]["amounts"] == {"USD": 15000.0, "EUR": 8000.0}
    assert grants["approved"]["usd"] == 23640.0
    assert grants["proposed"]["count"] == 1
    assert grants["proposed"]["amounts"]["EUR"] == 5000.0
    assert grants["proposed"]["usd"] == 5400.0
    assert data["rates"] == {"as_of": "2011-12-01", "source": "test rates",
                             "usd_per_unit": {"EUR": 1.08, "GBP": 1.25, "USD": 1.0}}


def test_json_names_the_most_engaged_organizations(report: Report, hand_made: dict[str, str],
                                                   ) -> None:
    """top_organizations lists organizations by id and name, most activities first: tik 3
    (side event, joint dialogue, Rabat; 2+3+1 = 6 representatives), tm 3 (5), tma 3 (4:
    it co-organized the joint dialogue without representatives there), cn 2, vngoc 1, tir 1;
    the country as its ISO code (codes, never names, in JSON), the keys in the order
    {"organization", "name", "country", "activities", "representatives"}."""
    data = tables.report_json(report)
    top = data["top_organizations"]
    assert [(row["name"], row["activities"], row["representatives"]) for row in top] == [
        ("Transparency International Kenya", 3, 6), ("Transparencia Mexicana", 3, 5),
        (ARABIC, 3, 4), (CHINESE, 2, 2), ("Vienna NGO Committee on Drugs", 1, 4),
        ("Центр «Трансперенси Интернешнл – Р»", 1, 2)]
    assert top[2] == {"organization": hand_made["tma"], "name": ARABIC, "country": "MA",
                      "activities": 3, "representatives": 4}
    assert list(top[0]) == ["organization", "name", "country", "activities", "representatives"]


def test_renderers_name_the_country_of_an_organization(report: Report, tmp_path: Path) -> None:
    """The most engaged organizations' country is a code in the report (MA for tma); the
    table text (the window, the PDF), the CSV and the workbook show "Morocco"; other text
    stays as it is."""
    section = report.section("top_organizations")
    tma = section.rows[2]
    words = tables.ReportWords()
    assert tma.cells["country"] == "MA"
    assert tables.cell_text(tma.cells["country"], "text", words) == "Morocco"
    assert tables.cell_text("Not a code", "text", words) == "Not a code"
    out = tmp_path / "report.csv"
    tables.write_csv(report, out)
    lines = [line for line in _csv(out) if line[3] == tma.key]
    assert ["Country", "", "Morocco"] == lines[0][4:]
    xlsx = tmp_path / "report.xlsx"
    tables.write_xlsx(report, xlsx)
    sheet = openpyxl.load_workbook(xlsx)["Partnership"]
    found = [row for row in sheet.iter_rows(values_only=True) if row[1] == tma.key]
    assert found[0][:5] == (ARABIC, tma.key, "Morocco", 3, 4)


def test_json_file_states_the_filters_and_reads_back(
        hand_made_store: Store, hand_made_rates: RatesInfo, hand_made_today: dt.date,
        tmp_path: Path) -> None:
    """The JSON file of a filtered report (2010, Africa) states its filters as given and is
    the same object as report_json, names in their own script (not \\u escapes); in 2010 in
    Africa: tik took part in the joint dialogue, tma co-organized it: 2 organizations."""
    report = _report(hand_made_store, hand_made_rates, hand_made_today, PERIOD)
    out = tmp_path / "report.json"
    tables.write_json(report, out)
    text = out.read_text(encoding="utf-8")
    assert json.loads(text) == json.loads(json.dumps(tables.report_json(report)))
    data = json.loads(text)
    assert data["filters"] == {"from": "2010-01-01", "to": "2010-12-31", "region": "002",
                               "country": None, "theme": None, "network": None, "office": None}
    assert data["totals"]["organizations_engaged"] == 2
    assert ARABIC in text


def test_an_empty_period_gives_zeros_and_nulls(
        hand_made_store: Store, hand_made_rates: RatesInfo, hand_made_today: dt.date) -> None:
    """A period with no activity: counts 0, shares null (not computable), no meeting rows."""
    report = _report(hand_made_store, hand_made_rates, hand_made_today,
                     Filters(start=dt.date(2030, 1, 1)))
    data = tables.report_json(report)
    assert data["totals"]["organizations_engaged"] == 0
    assert data["totals"]["women_share"] is None
    assert data["by_meeting"] == []
    assert data["top_organizations"] == []


# -- CSV --------------------------------------------------------------------------------------


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_csv_is_the_indicator_table_with_a_bom(report: Report, tmp_path: Path) -> None:
    """The CSV starts with a UTF-8 byte-order mark (Excel then reads Arabic), has one line
    per figure (group, section, row, code, column, unit, value) after lines stating what the
    report covers, numbers plain: CoSP 3's representatives are 9, women share 0.5294."""
    out = tmp_path / "report.csv"
    tables.write_csv(report, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    lines = _csv(out)
    assert lines[0] == ["Group", "Section", "Row", "Code", "Column", "Unit", "Value"]
    assert ["", "Report", "", "", "Filters", "", "All the data, no filter"] in lines
    assert ["Policy debate", "Intergovernmental meetings", "CoSP 3", "COSP3", "Representatives",
            "count", "9"] in [line for line in lines if line[:2] == [
                "Policy debate", "Intergovernmental meetings"]]
    women = [line for line in lines if line[3] == "women_share"]
    assert women[0][5:] == ["share (0 to 1)", "0.5294"]
    approved_eur = [line for line in lines if line[3] == "approved" and "EUR" in line[4]]
    assert approved_eur[0][5:] == ["EUR", "8000.00"]
    assert any(line[2] == ARABIC for line in lines)
    assert all(len(line) == 7 for line in lines)


def test_csv_neutralises_formula_like_names(hand_made_store: Store, hand_made: dict[str, str],
                                            hand_made_rates: RatesInfo, hand_made_today: dt.date,
                                            tmp_path: Path) -> None:
    """An organization named like a formula ("=HYPERLINK(…)", "@SUM(…)") is written with a
    leading quote, as every export of the application does (store/exchange.neutralise_cell);
    no text cell of the file starts like a formula, numbers stay plain."""
    with hand_made_store.write(author="tester") as writer:
        for name in ('=HYPERLINK("http://x.example","click")', "@SUM(1+1)"):
            org = writer.create("organizations", {"name": name, "country": "KE"})
            writer.create("participations", {"activity_id": hand_made["joint"],
                                             "organization_id": org, "representatives": 1})
    report = _report(hand_made_store, hand_made_rates, hand_made_today)
    out = tmp_path / "report.csv"
    tables.write_csv(report, out)
    cells = [cell for line in _csv(out) for cell in line]
    assert "'@SUM(1+1)" in cells
    assert '\'=HYPERLINK("http://x.example","click")' in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")]
    assert not [cell for cell in cells if cell.startswith("-") and not cell[1:2].isdigit()]


# -- XLSX -------------------------------------------------------------------------------------


def test_xlsx_first_sheet_states_filters_and_totals(
        hand_made_store: Store, hand_made_rates: RatesInfo, hand_made_today: dt.date,
        tmp_path: Path) -> None:
    """The workbook opens with openpyxl; its first sheet "Report" states the title, the
    filters in words (period 2010-01-01 to 2010-12-31, region Africa), the as-of and
    generated-at moments, the rates' date and source, then the totals as numbers (2
    organizations engaged in Africa in 2010; shares with a percentage format); then one
    sheet per indicator group."""
    report = _report(hand_made_store, hand_made_rates, hand_made_today, PERIOD)
    out = tmp_path / "report.xlsx"
    tables.write_xlsx(report, out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Report", "Policy debate", "Partnership", "Seed funding",
                               "Data quality"]
    first = book["Report"]
    pairs = {row[0].value: row[1] for row in first.iter_rows(min_col=1, max_col=2)
             if row[0].value}
    assert first["A1"].value.startswith("Looking Beyond")
    assert pairs["Period"].value == "2010-01-01 to 2010-12-31"
    assert pairs["Region"].value == "Africa (002)"
    assert pairs["Data as of"].value.endswith("UTC")
    assert pairs["Generated at"].value.endswith("UTC")
    assert pairs["US dollar rates"].value == "as of 2011-12-01. test rates"
    engaged = pairs["Organizations engaged"]
    assert engaged.value == 2 and isinstance(engaged.value, int)
    women = pairs["Women among representatives (where recorded)"]
    assert isinstance(women.value, float) and women.number_format == "0.0%"
    assert first.column_dimensions["A"].width > 20


def test_xlsx_group_sheets_hold_numbers(report: Report, tmp_path: Path) -> None:
    """Each group sheet holds its sections as titled tables whose figures are numbers:
    CoSP 3's row reads 4, 9, 4, 3, 2, 2 (ints); the approved grants' amounts are floats with
    a money format under headers that name the currency; names in Arabic are kept whole."""
    out = tmp_path / "report.xlsx"
    tables.write_xlsx(report, out)
    book = openpyxl.load_workbook(out)
    policy = book["Policy debate"]
    rows = {row[0].value: row for row in policy.iter_rows() if row[0].value}
    assert "Intergovernmental meetings" in rows
    cosp = [cell.value for cell in rows["CoSP 3"][1:8]]
    assert cosp == ["COSP3", 4, 9, 4, 3, 2, 2]
    assert all(isinstance(value, int) for value in cosp[1:])
    seed = book["Seed funding"]
    grid = [list(row) for row in seed.iter_rows()]
    header = next(row for row in grid if row[0].value == "Status")
    approved = next(row for row in grid if row[0].value == "Approved")
    titles = [cell.value for cell in header]
    usd = approved[titles.index("USD")]
    eur = approved[titles.index("EUR")]
    assert (usd.value, eur.value) == (15000, 8000)
    assert eur.number_format == "#,##0.00"
    assert approved[titles.index("In US dollars")].value == 23640
    partnership = book["Partnership"]
    assert ARABIC in [row[0].value for row in partnership.iter_rows()]
    assert seed.column_dimensions["A"].width >= 10


@pytest.mark.parametrize("writer", [tables.write_json, tables.write_csv, tables.write_xlsx])
def test_a_file_that_cannot_be_written_leaves_nothing(report: Report, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      writer: object) -> None:
    """Writing into a missing folder raises OSError naming the file asked for (not a
    temporary name); a disk that fills up as the file is flushed (ENOSPC from fsync) leaves
    the previous file untouched, no temporary file behind, and an OSError naming the file."""
    import errno

    folder = tmp_path / "out"
    missing = folder / "nowhere" / "report.out"
    with pytest.raises(OSError) as raised:
        writer(report, missing)  # type: ignore[operator]
    assert str(missing) in str(raised.value)
    assert not missing.parent.exists()

    folder.mkdir()
    out = folder / "kept.out"
    out.write_text("before", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tables.os, "fsync", full)
    with pytest.raises(OSError) as raised:
        writer(report, out)  # type: ignore[operator]
    assert raised.value.errno == errno.ENOSPC and raised.value.filename == str(out)
    assert out.read_text(encoding="utf-8") == "before"
    assert sorted(p.name for p in folder.iterdir()) == ["kept.out"]


def test_tables_never_imports_qt() -> None:
    """reports/tables.py is plain Python (the command line writes JSON, CSV and XLSX without
    Qt): it imports no PySide6 or shiboken module, the window hands it its words."""
    import ast

    tree = ast.parse(Path(tables.__file__).read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
             for alias in node.names}
    names |= {node.module for node in ast.walk(tree)
              if isinstance(node, ast.ImportFrom) and node.module}
    assert not {name for name in names if name.split(".")[0] in ("PySide6", "shiboken6")}


def test_control_characters_in_a_name_do_not_stop_the_workbook(
        hand_made_store: Store, hand_made: dict[str, str], hand_made_rates: RatesInfo,
        hand_made_today: dt.date, tmp_path: Path) -> None:
    """A name holding a control character (a vertical tab pasted from another program, which
    the spreadsheet format cannot hold) is written without it; the workbook is made."""
    with hand_made_store.write(author="tester") as writer:
        writer.update("organizations", hand_made["tm"], {"name": "Transparencia\x0bMexicana"})
    with hand_made_store.engine.connect() as connection:
        report = indicators.compute(connection, Filters(), rates=hand_made_rates,
                                    today=hand_made_today)
    out = tmp_path / "r.xlsx"
    tables.write_xlsx(report, out)
    cells = [str(cell.value) for sheet in openpyxl.load_workbook(out).worksheets
             for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert "TransparenciaMexicana" in cells


def test_an_export_is_readable_by_colleagues(report: Report, tmp_path: Path) -> None:
    """A report saved to a shared folder gets the permissions any new file of this process
    gets (0666 less the umask: readable by others under the usual umask 022), not the
    temporary file's owner-only 0600."""
    for name, write in (("r.json", tables.write_json), ("r.csv", tables.write_csv),
                        ("r.xlsx", tables.write_xlsx)):
        write(report, tmp_path / name)
        mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
        assert mode == 0o666 & ~tables._UMASK, name
        (tmp_path / "plain").write_text("x")
        assert mode == stat.S_IMODE((tmp_path / "plain").stat().st_mode), name


def test_an_error_without_a_number_keeps_its_words_and_names_the_file(tmp_path: Path) -> None:
    """A failure raised with a message only (as the PDF writer's "cannot write a PDF file")
    reaches the person as that message and the file's name, never "[Errno None] None"."""
    target = tmp_path / "r.pdf"
    with pytest.raises(OSError) as raised:
        with tables._atomic_file(target):
            raise OSError("cannot write a PDF file")
    assert "None" not in str(raised.value)
    assert "cannot write a PDF file" in str(raised.value) and str(target) in str(raised.value)
    assert list(tmp_path.iterdir()) == []
