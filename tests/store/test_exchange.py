"""Export and import: stable bytes, field names as in the registry, all-or-nothing imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.exchange import (
    ExchangeError,
    ImportRowsError,
    export_csv,
    export_json,
    import_file,
)
from tests.conftest import make_org

ORG_ID = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"


def export_bytes(store: Store, path: Path, **options: object) -> bytes:
    """The JSON export of a store, as bytes."""
    with store.engine.connect() as connection:
        export_json(connection, path, **options)  # type: ignore[arg-type]
    return path.read_bytes()


def import_path(store: Store, table: str, path: Path) -> object:
    """Import a file in its own write transaction."""
    with store.write() as writer:
        return import_file(writer, table, path)


def change_count(store: Store) -> int:
    """How many changes the replica has recorded."""
    with store.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM changes")).scalar_one())


def write_csv(path: Path, content: str) -> Path:
    """Write a CSV file as UTF-8 text."""
    path.write_text(content, encoding="utf-8")
    return path


def test_two_replicas_with_the_same_data_export_the_same_bytes(tmp_path: Path) -> None:
    """Device ids, local keys, clocks and search text stay out of exports: same data, same bytes."""
    source = write_csv(
        tmp_path / "orgs.csv",
        f"id,name,country,cities,themes,is_rlo,rlo_region,verified_on\n"
        f"{ORG_ID},Transparencia Mexicana,mx,Ciudad de México; Monterrey,corruption,yes,419,2010-03-01\n"
        "b2c3d4e5-0000-4000-8000-000000000001,الجمعية المغربية لمحاربة الرشوة,MA,الرباط,,no,,\n",
    )
    exports = []
    for name in ("one", "two"):
        with Store.open(tmp_path / name) as store:
            import_path(store, "organizations", source)
            exports.append(export_bytes(store, tmp_path / f"{name}.json"))
    assert exports[0] == exports[1]
    data = json.loads(exports[0])
    assert list(data) == ["organizations", "contacts", "activities", "participations", "grants"]
    first = data["organizations"][0]
    assert list(first)[:3] == ["id", "name", "aliases"]
    assert not {"rid", "search_names", "sort_name", "sync_version", "deleted"} & set(first)
    assert first["cities"] == ["Ciudad de México", "Monterrey"] and first["is_rlo"] is True
    assert "الرباط" in exports[0].decode("utf-8")  # readable, not \\u-escaped


def test_deleted_records_are_exported_only_when_asked(store: Store, tmp_path: Path) -> None:
    """Tombstones stay out of a normal export and appear, flagged, with include_deleted."""
    org = make_org(store)
    with store.write() as writer:
        writer.delete("organizations", org)
    assert json.loads(export_bytes(store, tmp_path / "a.json"))["organizations"] == []
    rows = json.loads(export_bytes(store, tmp_path / "b.json", include_deleted=True))["organizations"]
    assert rows[0]["deleted"] is True


def test_csv_round_trip_reproduces_the_data(store: Store, tmp_path: Path) -> None:
    """Exporting a table to CSV and importing it into an empty replica gives identical exports."""
    org = make_org(store, cities="Monterrey; Puebla", themes="corruption; corruption.uncac",
                   verified_on="2011-01-31", notes='Line one, "quoted"\nline two')
    with store.write() as writer:
        writer.create("contacts", {"organization_id": org, "full_name": "Ana López",
                                   "email": "ana@tm.org.mx", "consent_on": "2010-05-01", "erased_on": None})
    with Store.open(tmp_path / "copy") as copy:
        for table in ("organizations", "contacts"):
            with store.engine.connect() as connection:
                export_csv(connection, tmp_path / f"{table}.csv", table=table)
            import_path(copy, table, tmp_path / f"{table}.csv")
        assert export_bytes(copy, tmp_path / "copy.json") == export_bytes(store, tmp_path / "orig.json")


def test_known_id_updates_only_the_columns_present(store: Store, tmp_path: Path) -> None:
    """A row with a known id changes only its columns; the change record names just those."""
    org = make_org(store, acronym="TM", notes="keep me")
    result = import_path(store, "organizations", write_csv(tmp_path / "u.csv", f"id,acronym\n{org},TMX\n"))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 0)  # type: ignore[attr-defined]
    with store.engine.connect() as connection:
        row = connection.execute(text("SELECT name, acronym, notes FROM organizations")).one()
        fields = connection.execute(text("SELECT fields FROM changes ORDER BY seq DESC")).scalar()
    assert tuple(row) == ("Transparencia Mexicana", "TMX", "keep me")
    assert json.loads(fields) == ["acronym"]


def test_malformed_csv_changes_nothing_and_names_the_bad_rows(store: Store, tmp_path: Path) -> None:
    """Bad rows are all reported with their spreadsheet row number and column; nothing is written."""
    org = make_org(store)
    before, changes_before = export_bytes(store, tmp_path / "before.json"), change_count(store)
    path = write_csv(
        tmp_path / "bad.csv",
        "id,name,country,verified_on,email\n"
        f"{org},Renamed,MX,2010-01-01,\n"        # row 2: fine (would update)
        ",Good New Org,KE,,\n"                   # row 3: fine (would create)
        ",Bad Date Org,KE,31/12/2010,\n"         # row 4: date
        ",,ZZ,,someone@\n"                       # row 5: name, country, e-mail
        "not-a-uuid,Whatever,KE,,\n",            # row 6: id
    )
    with pytest.raises(ImportRowsError) as raised:
        import_path(store, "organizations", path)
    problems = {(row, error.field) for row, error in raised.value.problems}
    assert problems == {(4, "verified_on"), (5, "name"), (5, "country"), (5, "email"), (6, "id")}
    message = str(raised.value)
    assert "row 4: verified_on" in message and "nothing was imported" in message
    assert export_bytes(store, tmp_path / "after.json") == before
    assert change_count(store) == changes_before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("name,country,colour\nA,KE,red\n", "unknown column(s) colour"),
        ("name,name\nA,B\n", "repeated column(s): name"),
        ("", "the file is empty"),
        ("name,country,deleted\nA,KE,true\n", "deleted column cannot be imported"),
        ('name,country\n"unterminated,KE\n', "line"),
        ("name,country\n", "no rows to import"),
        ("name,country\nA,KE,extra\n", "more cells than the header"),
    ],
)
def test_bad_files_are_refused_with_a_reason(store: Store, tmp_path: Path, content: str, expected: str) -> None:
    """Files that cannot be read as a table are refused with a message saying why."""
    with pytest.raises(ExchangeError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        import_path(store, "organizations", write_csv(tmp_path / "f.csv", content))
    assert change_count(store) == 0


def test_repeated_ids_in_one_file_are_refused(store: Store, tmp_path: Path) -> None:
    """The same id twice in a file is an error on the second row."""
    path = write_csv(tmp_path / "d.csv", f"id,name,country\n{ORG_ID},A,KE\n{ORG_ID},B,KE\n")
    with pytest.raises(ImportRowsError, match="row 3: id: repeats row 2"):
        import_path(store, "organizations", path)


def test_non_utf8_and_non_spreadsheet_files(store: Store, tmp_path: Path) -> None:
    """Latin-1 text, binary junk posing as .xlsx, and other suffixes get clear messages."""
    latin1 = tmp_path / "l.csv"
    latin1.write_bytes("name,country\nCôte,CI\n".encode("latin-1"))
    with pytest.raises(ExchangeError, match="not UTF-8"):
        import_path(store, "organizations", latin1)
    junk = tmp_path / "j.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip" * 10)
    with pytest.raises(ExchangeError, match="not a readable .xlsx"):
        import_path(store, "organizations", junk)
    with pytest.raises(ExchangeError, match=r"reads \.csv or \.xlsx"):
        import_path(store, "organizations", write_csv(tmp_path / "x.txt", "a"))


def test_xlsx_import_with_typed_cells(store: Store, tmp_path: Path) -> None:
    """A workbook's dates, numbers and booleans import like their text forms."""
    import datetime as dt

    org = make_org(store, is_rlo=True, rlo_region="419")
    book = Workbook()
    sheet = book.active
    sheet.append(["organization_id", "amount", "currency", "purpose", "approved_on", "status"])
    sheet.append([org, 15000.5, "usd", "Consultation after CoSP 4", dt.datetime(2011, 11, 2), "approved"])
    sheet.append([None, None, None, None, None, None])  # blank rows are skipped
    book.save(tmp_path / "grants.xlsx")
    result = import_path(store, "grants", tmp_path / "grants.xlsx")
    assert result.created == 1  # type: ignore[attr-defined]
    with store.engine.connect() as connection:
        grant = connection.execute(text("SELECT amount, currency, approved_on FROM grants")).one()
    assert tuple(grant) == ("15000.5", "USD", "2011-11-02")


def test_csv_export_needs_a_table_and_known_tables(store: Store, tmp_path: Path) -> None:
    """CSV holds one table; an unknown table name lists the real ones."""
    with store.engine.connect() as connection:
        with pytest.raises(ExchangeError, match="--table"):
            export_csv(connection, tmp_path / "a.csv", table=None)
        with pytest.raises(ExchangeError, match="organizations, contacts"):
            export_json(connection, tmp_path / "a.json", table="orgs")
    assert not (tmp_path / "a.json").exists()


def test_failed_export_leaves_no_partial_file(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while writing (a full disk, say) leaves neither a half file nor a temporary one."""
    make_org(store)
    out = tmp_path / "out.json"
    out.write_text("previous export", encoding="utf-8")
    import lookingbeyond_desktop.store.exchange as exchange

    def full_disk(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exchange, "iter_rows", full_disk)
    with store.engine.connect() as connection:
        with pytest.raises(OSError, match="No space left"):
            export_json(connection, out)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
