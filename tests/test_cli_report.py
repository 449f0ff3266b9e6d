"""``lookingbeyond report``: the indicators report written as PDF, XLSX, CSV or JSON from the
command line, on the hand-made dataset of tests/reports/conftest.py; bad arguments are
refused with a clear message and exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest

from lookingbeyond_desktop.cli import main
from lookingbeyond_desktop.store import Store
from tests.reports.conftest import fill_hand_made


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A data folder holding the hand-made dataset (closed again: the command opens it)."""
    store = Store.open(data_dir)
    try:
        fill_hand_made(store)
    finally:
        store.close()
    return data_dir


def _report(folder: Path, *args: str) -> int:
    return main(["report", "--data-dir", str(folder), *args])


def test_json_end_to_end(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`report --format json` writes the JSON object (6 organizations engaged, CoSP 3 with 4
    organizations and 9 representatives: worked out in conftest.py) and prints one line
    saying what was written."""
    out = tmp_path / "report.json"
    assert _report(folder, "--format", "json", "--out", str(out)) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["totals"]["organizations_engaged"] == 6
    cosp = next(row for row in data["by_meeting"] if row["meeting"] == "COSP3")
    assert (cosp["organizations"], cosp["representatives"]) == (4, 9)
    printed = capsys.readouterr().out.strip().splitlines()
    assert printed == [f"Report written to {out} (JSON): 6 organizations engaged in 6 "
                       "activities (All the data, no filter)."]


def test_format_from_the_file_name_and_filters(folder: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Without --format, the name's suffix decides (.csv: the CSV table, with its BOM); the
    filters are applied and stated: in 2010 in Africa (002), 2 organizations engaged (tik
    in the Nairobi dialogue, tma co-organizing it) in 1 activity."""
    out = tmp_path / "africa.csv"
    assert _report(folder, "--out", str(out), "--from", "2010-01-01", "--to", "2010-12-31",
                   "--region", "2") == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    text = out.read_text(encoding="utf-8-sig")
    assert "Africa (002)" in text and "2010-01-01 to 2010-12-31" in text
    assert capsys.readouterr().out.strip() == (
        f"Report written to {out} (CSV): 2 organizations engaged in 1 activity "
        "(period: 2010-01-01 to 2010-12-31; region: Africa (002)).")


def test_xlsx_end_to_end(folder: Path, tmp_path: Path) -> None:
    """`report --format xlsx` writes a workbook openpyxl reads: a first sheet with the
    filters, one sheet per indicator group, figures as numbers (Kenya: 1 organization)."""
    out = tmp_path / "report.xlsx"
    assert _report(folder, "--format", "xlsx", "--out", str(out), "--country", "ke") == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Report"
    assert "Policy debate" in book.sheetnames
    pairs = {row[0].value: row[1].value for row in book["Report"].iter_rows(max_col=2)
             if row[0].value}
    assert pairs["Country"] == "Kenya (KE)"
    assert pairs["Organizations engaged"] == 1


def test_pdf_end_to_end(folder: Path, tmp_path: Path, qapp: Any,
                        capsys: pytest.CaptureFixture[str]) -> None:
    """`report --format pdf` writes an A4 PDF whose text states the title and the theme
    filter, and says how many pages it wrote."""
    out = tmp_path / "report.pdf"
    assert _report(folder, "--out", str(out), "--theme", "corruption") == 0
    reader = pypdf.PdfReader(out)
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Looking Beyond: report on civil society engagement" in first
    assert "Thematic area Anti-corruption (corruption)" in first
    assert f"(PDF, {len(reader.pages)} pages)" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2011-02-30"], "“2011-02-30” is not a date"),
    (["--to", "yesterday"], "“yesterday” is not a date"),
    (["--from", "2011-01-01", "--to", "2010-12-31"], "--to 2010-12-31 is before --from 2011-01-01"),
    (["--region", "999"], "there is no UN M49 region “999”"),
    (["--country", "Kenya"], "there is no country code “Kenya”: did you mean KE?"),
    (["--country", "XX"], "there is no country code “XX”"),
    (["--theme", "drugz"], "there is no thematic area “drugz”"),
    (["--network", "nope"], "there is no network “nope”"),
    (["--office", "RO-XX"], "there is no UNODC office “RO-XX”"),
    (["--region", "142", "--country", "KE"], "--country KE is not in --region 142"),
    (["--format", "docx"], "invalid choice: 'docx'"),
])
def test_bad_arguments_exit_with_status_2(folder: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          args: list[str], message: str) -> None:
    """Each bad argument is refused before anything is computed: exit status 2, a message
    that names the argument and says what is wrong, no file written."""
    out = tmp_path / "report.json"
    with pytest.raises(SystemExit) as raised:
        _report(folder, "--out", str(out), *args)
    assert raised.value.code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_name_without_a_known_suffix_needs_a_format(folder: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """--out report.txt without --format: exit status 2, and the formats are named."""
    with pytest.raises(SystemExit) as raised:
        _report(folder, "--out", str(tmp_path / "report.txt"))
    assert raised.value.code == 2
    assert "give --format pdf, xlsx, csv or json" in capsys.readouterr().err


def test_missing_data_or_folder_fail_clearly(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A data folder without data, or an output folder that does not exist: exit status 1
    and one line saying which."""
    assert main(["report", "--data-dir", str(tmp_path / "none"), "--out",
                 str(tmp_path / "r.json")]) == 1
    assert "no Looking Beyond data" in capsys.readouterr().err
    assert main(["report", "--data-dir", str(tmp_path / "none"), "--out",
                 str(tmp_path / "nowhere" / "r.json")]) == 1
    assert f"there is no folder {tmp_path / 'nowhere'}" in capsys.readouterr().err


def test_data_formats_load_no_qt(folder: Path, tmp_path: Path) -> None:
    """Writing JSON, CSV or XLSX loads no Qt module (only a PDF needs Qt, imported then)."""
    code = (
        "import sys\n"
        "from lookingbeyond_desktop.cli import main\n"
        "for suffix in ('json', 'csv', 'xlsx'):\n"
        f"    assert main(['report', '--data-dir', {str(folder)!r}, '--out', "
        f"{str(tmp_path)!r} + '/r.' + suffix]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=300)
    assert result.stdout.strip().splitlines()[-1] == "[]"
