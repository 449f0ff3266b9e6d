"""Attendance sheets: reading CSV and XLSX safely, guessing columns in three languages,
counting people per organization and matching names to known records."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from lookingbeyond_desktop.domain import attendance
from lookingbeyond_desktop.domain.attendance import Candidate, SheetError


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_reads_utf8_csv_with_bom_and_comma(tmp_path: Path) -> None:
    """A CSV saved as "CSV UTF-8" by Excel (with a BOM) is read with its row numbers;
    blank lines are left out."""
    sheet = attendance.read_sheet(_write(
        tmp_path / "a.csv", "\ufeffOrganization,Name,Sex\nTransparencia,Ana Pérez,F\n\n"
        "Integrity Watch,John Doe,M\n"))
    assert sheet.header == ["Organization", "Name", "Sex"]
    assert sheet.rows == [(2, ["Transparencia", "Ana Pérez", "F"]),
                          (4, ["Integrity Watch", "John Doe", "M"])]


def test_reads_windows_1252_semicolon_csv(tmp_path: Path) -> None:
    """A French Excel "CSV" (Windows-1252, semicolons) is read with its accents."""
    sheet = attendance.read_sheet(_write(
        tmp_path / "f.csv", "Organisation;Nom;Sexe\nAssociation Sénégalaise;Aïda Ndiaye;F\n",
        "cp1252"))
    assert sheet.header == ["Organisation", "Nom", "Sexe"]
    assert sheet.rows[0][1] == ["Association Sénégalaise", "Aïda Ndiaye", "F"]


def test_reads_first_sheet_of_a_workbook(tmp_path: Path) -> None:
    """An .xlsx is read from its first sheet; whole numbers come back without '.0'."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Organización", "Participantes", "Mujeres", "Hombres"])
    sheet.append(["Fundación Ciudadana", 3.0, 2, 1])
    path = tmp_path / "s.xlsx"
    book.save(path)
    read = attendance.read_sheet(path)
    assert read.header == ["Organización", "Participantes", "Mujeres", "Hombres"]
    assert read.rows == [(2, ["Fundación Ciudadana", "3", "2", "1"])]


@pytest.mark.parametrize(("name", "content", "code"), [
    ("empty.csv", b"", "empty"),
    ("blank.csv", b"\n\n , \n", "empty"),
    ("binary.csv", b"\x00\x01\x02PNG\x00" * 50, "not_text"),
    ("zip.csv", b"PK\x03\x04 rest of a workbook", "not_sheet"),
    ("photo.jpg", b"\xff\xd8\xff", "not_sheet"),
    ("broken.xlsx", b"not a zip at all", "unreadable_xlsx"),
    ("quote.csv", b'Organization\n"unclosed\n', None),
])
def test_a_bad_file_is_refused_with_a_reason(tmp_path: Path, name: str, content: bytes,
                                             code: str | None) -> None:
    """Empty, binary, misnamed and broken files raise SheetError with a code the screen
    words; a file that is only oddly quoted is still read."""
    path = tmp_path / name
    path.write_bytes(content)
    if code is None:
        attendance.read_sheet(path)
        return
    with pytest.raises(SheetError) as raised:
        attendance.read_sheet(path)
    assert raised.value.code == code


def test_huge_and_missing_files_are_refused(tmp_path: Path) -> None:
    """A file above the size limit, one with too many rows, a folder and a missing file are
    refused before anything is matched."""
    path = _write(tmp_path / "big.csv", "Organization\n" + "x\n" * 200)
    with pytest.raises(SheetError) as raised:
        attendance.read_sheet(path, max_bytes=100)
    assert raised.value.code == "too_big"
    with pytest.raises(SheetError) as raised:
        attendance.read_sheet(path, max_rows=50)
    assert raised.value.code == "too_many_rows"
    with pytest.raises(SheetError) as raised:
        attendance.read_sheet(tmp_path / "nothing.csv")
    assert raised.value.code == "missing"
    with pytest.raises(SheetError) as raised:
        attendance.read_sheet(tmp_path)
    assert raised.value.code == "folder"


@pytest.mark.parametrize(("header", "expected"), [
    (["Organization", "Full name", "E-mail", "Gender"],
     {0: "organization", 1: "contact", 2: "email", 3: "sex"}),
    (["Nom", "Organisation", "Courriel", "Sexe", "Pays"],
     {0: "contact", 1: "organization", 2: "email", 3: "sex", 4: "country"}),
    (["Nombre y apellido", "Organización", "Correo electrónico", "Mujeres", "Hombres"],
     {0: "contact", 1: "organization", 2: "email", 3: "women", 4: "men"}),
    (["Name of the organisation", "Number of participants", "Notes"],
     {0: "organization"}),
])
def test_columns_are_guessed_from_headers(header: list[str], expected: dict[int, str]) -> None:
    """Headers in English, French and Spanish name what their columns hold; unknown
    headers are left unmapped (the person maps them)."""
    assert attendance.guess_mapping(header) == expected


def test_rows_are_grouped_and_counted_per_organization(tmp_path: Path) -> None:
    """One group per organization (case and accents ignored); each row is one person;
    a sex column counts women and men; an unknown sex is reported, not guessed; a row
    without an organization is reported apart."""
    sheet = attendance.read_sheet(_write(
        tmp_path / "s.csv", "Organization,Name,Sex\nTransparencia,Ana,F\nTRANSPARÉNCIA,Luis,M\n"
        "Transparencia,Eva,f\nWatch,Bob,x\n,Nobody,F\n"))
    groups, orphans = attendance.group_rows(sheet, attendance.guess_mapping(sheet.header))
    first, second = groups
    assert (first.name, first.rows, first.representatives, first.women, first.men) == (
        "Transparencia", [2, 3, 4], 3, 2, 1)
    assert first.contacts == [("Ana", ""), ("Luis", ""), ("Eva", "")]
    assert (second.representatives, second.women, second.men) == (1, None, None)
    assert [p.code for p in second.problems] == ["unknown_sex"]
    assert [(p.row, p.code) for p in orphans] == [(6, "no_organization")]


def test_count_columns_are_summed_and_checked(tmp_path: Path) -> None:
    """With count columns, counts are summed; a non-number and more women and men than
    representatives are problems, never silently changed."""
    sheet = attendance.read_sheet(_write(
        tmp_path / "c.csv", "Organization,Participants,Women,Men\nA,3,1,1\nA,2,1,0\n"
        "B,two,0,0\nC,1,1,1\n"))
    groups, _ = attendance.group_rows(sheet, attendance.guess_mapping(sheet.header))
    a, b, c = groups
    assert (a.representatives, a.women, a.men, a.problems) == (5, 2, 1, [])
    assert [p.code for p in b.problems] == ["not_count"]
    assert [p.code for p in c.problems] == ["too_many"]


def test_matching_is_exact_first_then_fuzzy_with_scores() -> None:
    """An exact name, acronym or other name scores 100; a misspelling scores high but
    below 100; an unrelated name is not offered."""
    known = [Candidate("1", "Transparencia Mexicana — MX", ("Transparencia Mexicana", "TM")),
             Candidate("2", "Integrity Watch Afghanistan — AF",
                       ("Integrity Watch Afghanistan", "IWA", "Watch Afghanistan")),
             Candidate("3", "Harm Reduction Network — KE", ("Harm Reduction Network", ""))]
    assert attendance.best_matches("transparencia mexicana", known)[0] == attendance.Match(
        "1", "Transparencia Mexicana — MX", 100)
    assert attendance.best_matches("IWA", known)[0].id == "2"
    fuzzy = attendance.best_matches("Transparancia Mexicanna", known)
    assert fuzzy[0].id == "1" and attendance.SURE <= fuzzy[0].score < 100
    assert attendance.best_matches("Association of Lawyers", known) == []


def test_a_contact_is_matched_by_email_then_by_name() -> None:
    """The same e-mail wins whatever the name; otherwise only a near-identical name."""
    contacts = [Candidate("c1", "Ana Pérez", ("Ana Pérez",), owner="1", email="ana@tm.org"),
                Candidate("c2", "Luis Gómez", ("Luis Gómez",), owner="1")]
    assert attendance.match_contact("A. Perez", "ANA@tm.org", contacts).id == "c1"
    assert attendance.match_contact("ana perez", "", contacts).id == "c1"
    assert attendance.match_contact("Luisa Gomes-Ortiz", "", contacts) is None


def test_a_contact_is_matched_by_name_across_scripts() -> None:
    """A person written in Latin letters on the sheet is the contact recorded in Chinese,
    Cyrillic or Arabic script (and the reverse); another person of the same family is not."""
    contacts = [Candidate("c1", "王伟", ("王伟",), owner="1"),
                Candidate("c2", "Иван Петров", ("Иван Петров",), owner="1"),
                Candidate("c3", "محمد علي", ("محمد علي",), owner="1"),
                Candidate("c4", "Rachid Alaoui", ("Rachid Alaoui",), owner="1")]
    assert attendance.match_contact("Wang Wei", "", contacts).id == "c1"
    assert attendance.match_contact("Ivan Petrov", "", contacts).id == "c2"
    assert attendance.match_contact("Mohammed Ali", "", contacts).id == "c3"
    assert attendance.match_contact("Karim Alaoui", "", contacts) is None
