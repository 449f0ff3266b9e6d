"""The steered import (store/import_plan.py) and the table export (exchange.export_records):
reading files, guessing the mapping, checking rows with the writer's rules, all-or-nothing
writes with cancel, and exports of chosen rows in CSV, XLSX and JSON."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.exchange import ExportCancelled, export_records
from lookingbeyond_desktop.store.import_plan import (
    MAX_BYTES,
    ImportCancelled,
    SourceError,
    check_rows,
    guess_mapping,
    header_key,
    inspect_source,
    layout_key,
    missing_required,
    repeated_fields,
    run_import,
)
from lookingbeyond_desktop.store.writer import RowsError
from tests.conftest import make_org


def counts(store: Store) -> tuple[int, int]:
    """(organizations, recorded changes) in the store."""
    with store.engine.connect() as connection:
        orgs = connection.execute(text("SELECT count(*) FROM organizations")).scalar_one()
        changes = connection.execute(text("SELECT count(*) FROM changes")).scalar_one()
    return int(orgs), int(changes)


def write(path: Path, content: str) -> Path:
    """A UTF-8 text file."""
    path.write_text(content, encoding="utf-8")
    return path


def test_csv_xlsx_and_json_read_alike(tmp_path: Path) -> None:
    """The three formats give the same header and rows; a workbook lists its sheets and a
    JSON export its tables, and the chosen one is read."""
    csv_file = write(tmp_path / "a.csv", "Name,Country\nAmal,KE\n,\nBeta,UG\n")
    workbook = Workbook()
    workbook.active.title = "Notes"
    workbook.active.append(["nothing here"])
    workbook.active.append(["x"])
    sheet = workbook.create_sheet("Partners")
    for row in (["Name", "Country"], ["Amal", "KE"], [None, None], ["Beta", "UG"]):
        sheet.append(row)
    workbook.save(tmp_path / "a.xlsx")
    write(tmp_path / "a.json", json.dumps({"organizations": [{"Name": "Amal", "Country": "KE"},
                                                             {"Name": "Beta", "Country": "UG"}]}))
    from_csv = inspect_source(csv_file)
    from_xlsx = inspect_source(tmp_path / "a.xlsx", sheet="Partners")
    from_json = inspect_source(tmp_path / "a.json")
    assert from_xlsx.sheets == ("Notes", "Partners") and from_xlsx.sheet == "Partners"
    assert from_json.sheets == ("organizations",)
    for source in (from_csv, from_xlsx, from_json):
        assert source.header == ("Name", "Country")
        assert [cells for _n, cells in source.rows] == [("Amal", "KE"), ("Beta", "UG")]
    assert [n for n, _c in from_csv.rows] == [2, 4]  # the spreadsheet's own row numbers


def test_semicolon_csv_is_read(tmp_path: Path) -> None:
    """A CSV saved by a spreadsheet set to a decimal-comma language uses semicolons."""
    source = inspect_source(write(tmp_path / "s.csv", "Name;Country\nAmal;KE\n"))
    assert source.header == ("Name", "Country") and source.rows[0][1] == ("Amal", "KE")


@pytest.mark.parametrize(("name", "content", "code"), [
    ("a.txt", b"Name\nx\n", "format"),
    ("a.csv", b"", "empty"),
    ("a.csv", b"\n\n", "empty"),
    ("a.csv", "Name\nCaf\xe9\n".encode("latin-1"), "encoding"),
    ("a.csv", b"Name\x00\x01\n", "not_text"),
    ("a.csv", b'Name\n"open\n', "csv_syntax"),
    ("a.csv", b"Name,Name\nx,y\n", "repeated_column"),
    ("a.csv", b"Name,,Country\nx,,KE\n", "unnamed_column"),
    ("a.csv", b"Name\nx,y\n", "extra_cells"),
    ("a.csv", b"Name,Country\n", "no_rows"),
    ("a.xlsx", b"PK\x03\x04 not really a workbook", "bad_workbook"),
    ("a.json", b"{not json", "bad_json"),
    ("a.json", b'[1, 2]', "bad_json"),
])
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    """Each kind of bad file is refused with its own code (the window translates it)."""
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        inspect_source(path)
    assert caught.value.code == code


def test_missing_folder_and_huge_files_are_refused(tmp_path: Path) -> None:
    """A missing file, a folder and a file over the size limit are refused before reading."""
    with pytest.raises(SourceError, match="no such file"):
        inspect_source(tmp_path / "gone.csv")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(SourceError) as caught:
        inspect_source(tmp_path / "dir.csv")
    assert caught.value.code == "folder"
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as stream:
        stream.truncate(MAX_BYTES + 1)
    with pytest.raises(SourceError) as caught:
        inspect_source(huge)
    assert caught.value.code == "too_big"


def test_mapping_is_guessed_from_names_and_labels() -> None:
    """Headers match field names or labels whatever the case, accents or punctuation; a field
    goes to one column only; unknown headers map to nothing."""
    labels = {"full_name": ["Full name", "Nom complet"], "consent_on": ["Consent given on"],
              "organization_id": ["Organization"]}
    header = ["NOM COMPLET", "e-mail", "Consent given on", "Organization", "Shoe size", "Email"]
    assert guess_mapping("contacts", header, labels) == [
        "full_name", "email", "consent_on", "organization_id", None, None]
    assert missing_required("contacts", ["full_name", None]) == ["organization_id", "consent_on"]
    assert missing_required("contacts", ["id", None]) == []
    assert repeated_fields(["name", "name", None]) == ["name"]


def test_layout_keys_name_the_table_and_the_headers() -> None:
    """The same columns (whatever the case or spacing) for the same table give the same key;
    another table, another order or another column gives another."""
    assert layout_key("contacts", ["Name", "E-mail"]) == layout_key("contacts", [" name", "e-mail"])
    assert layout_key("contacts", ["Name", "E-mail"]) != layout_key("organizations", ["Name", "E-mail"])
    assert layout_key("contacts", ["Name", "E-mail"]) != layout_key("contacts", ["E-mail", "Name"])
    assert header_key(["a"]) != header_key(["a", "b"])


def test_rows_are_checked_with_the_writers_rules_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    """Every bad row is reported with its field (country code, required name, date), and
    checking writes nothing."""
    source = inspect_source(write(tmp_path / "o.csv",
                                  "Name,Country,Verified\nAmal,KE,2010-01-02\n,KE,\nBeta,ZZ,soon\n"))
    mapping = ["name", "country", "verified_on"]
    before = counts(store)
    with store.engine.connect() as connection:
        result = check_rows(connection, "organizations", source, mapping)
    assert counts(store) == before
    assert (result.valid, result.invalid) == (1, 2)
    assert [r.number for r in result.rows if r.errors] == [3, 4]
    assert {e.field for e in result.rows[1].errors} == {"name"}
    assert {e.field for e in result.rows[2].errors} == {"country", "verified_on"}


def test_a_good_file_imports_every_row_and_reports_undo_data(store: Store, tmp_path: Path) -> None:
    """A good file creates its rows and updates a known record (by id), in one transaction,
    returning the created ids and the updated record's previous values."""
    known = make_org(store, name="Old name")
    source = inspect_source(write(tmp_path / "o.csv",
                                  f"id,Name,Country\n{known},New name,MX\n,Amal,KE\n,Beta,UG\n"))
    with store.write() as writer:
        outcome = run_import(writer, "organizations", source, ["id", "name", "country"])
    assert (outcome.result.created, outcome.result.updated) == (2, 1)
    assert outcome.updated == [(known, {"name": "Old name"}, {"name": "New name"})]
    assert counts(store)[0] == 3 and len(outcome.created) == 2


def test_an_import_that_breaks_a_rule_writes_nothing(store: Store, tmp_path: Path) -> None:
    """A row that breaks a rule at import time (the store changed since the check) raises
    RowsError naming its row and nothing is written."""
    source = inspect_source(write(tmp_path / "o.csv", "Name,Country\nAmal,KE\nBeta,ZZ\n"))
    before = counts(store)
    with pytest.raises(RowsError) as caught, store.write() as writer:
        run_import(writer, "organizations", source, ["name", "country"])
    assert list(caught.value.errors) == [3]
    assert counts(store) == before


def test_cancel_in_the_middle_rolls_everything_back(store: Store, tmp_path: Path) -> None:
    """Cancel set from the progress callback, half-way through the writes, leaves the store
    exactly as it was: no row and no change record."""
    lines = ["Name,Country"] + [f"Organization {i},KE" for i in range(1200)]
    source = inspect_source(write(tmp_path / "big.csv", "\n".join(lines) + "\n"))
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done > total * 3 // 4:
            cancel.set()

    before = counts(store)
    with pytest.raises(ImportCancelled), store.write() as writer:
        run_import(writer, "organizations", source, ["name", "country"], cancel=cancel,
                   progress=progress)
    assert counts(store) == before
    assert seen[-1] < 2400  # stopped before the end


def test_export_of_chosen_ids_in_each_format(store: Store, tmp_path: Path) -> None:
    """Only the ids asked for are written, in that order, in CSV, XLSX and JSON; formula-like
    text is neutralised in CSV and XLSX."""
    ids = [make_org(store, name=name) for name in ("Alpha", "=Beta", "Gamma")]
    wanted = [ids[2], ids[1]]
    with store.engine.connect() as connection:
        for fmt in ("csv", "xlsx", "json"):
            assert export_records(connection, tmp_path / f"x.{fmt}", table="organizations",
                                  fmt=fmt, ids=wanted) == 2
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["id"] for r in rows] == wanted and rows[1]["name"] == "'=Beta"
    sheet = load_workbook(tmp_path / "x.xlsx").active
    table = list(sheet.iter_rows(values_only=True))
    assert [r[0] for r in table[1:]] == wanted and table[2][1] == "'=Beta"
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in data["organizations"]] == wanted and data["organizations"][1]["name"] == "=Beta"
    # What was exported imports back with the guessed mapping.
    source = inspect_source(tmp_path / "x.xlsx")
    assert guess_mapping("organizations", source.header, {})[:2] == ["id", "name"]


def test_cancelled_export_leaves_no_file(store: Store, tmp_path: Path) -> None:
    """A cancel during an export leaves no file, not even a part of one."""
    for index in range(450):
        make_org(store, name=f"Org {index}")
    cancel = threading.Event()
    cancel.set()
    with store.engine.connect() as connection, pytest.raises(ExportCancelled):
        export_records(connection, tmp_path / "x.csv", table="organizations", fmt="csv",
                       cancel=cancel)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
