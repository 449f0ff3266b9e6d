"""Attendance sheets: read a CSV or XLSX list of who came, map its columns, group its rows
by organization and match them to known organizations and contacts (Qt-free).

The screen (``ui/attendance.py``) shows what this module finds and lets a person change
it; nothing here writes.  Problems are reported as codes with their values
(:class:`SheetError`, :class:`Problem`) so that the screen can say them in the person's
language.

Matching is exact first (the name, an acronym or another name, folded for case and
accents), then fuzzy: ``rapidfuzz`` when it is installed, else :mod:`difflib` (the
standard library).  A score is 0–100; 100 is an exact match.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lookingbeyond_desktop.domain.textsearch import fold

try:  # optional: faster and better fuzzy scores
    from rapidfuzz import fuzz as _rapidfuzz  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - depends on the installation
    _rapidfuzz = None  # type: ignore[assignment, unused-ignore]

#: What a column of the sheet can mean.
FIELDS = ("organization", "contact", "email", "sex", "representatives", "women", "men",
          "country")
MAX_BYTES = 20 * 1024 * 1024  # an attendance sheet is a few hundred rows, never 20 MB
MAX_ROWS = 10_000
EXACT = 100
SURE = 90  # from this score a match is chosen without asking
LIKELY = 60  # from this score a match is offered

# Header words in English, French and Spanish (folded: lower case, no accents).
_HEADERS: dict[str, tuple[str, ...]] = {
    "organization": ("organization", "organisation", "organizacion", "org", "ngo", "ong",
                     "cso", "osc", "institution", "entity", "entite", "entidad", "company",
                     "organisme", "association", "asociacion"),
    "contact": ("name", "full name", "participant", "participant name", "person", "nom",
                "nom complet", "prenom et nom", "nom et prenom", "nombre", "nombre completo",
                "nombre y apellido", "nombres y apellidos", "participante", "contact"),
    "email": ("email", "e-mail", "e mail", "mail", "courriel", "adresse email",
              "correo", "correo electronico"),
    "sex": ("sex", "gender", "sexe", "genre", "sexo", "genero", "m/f", "f/m", "h/f", "f/h"),
    "representatives": ("representatives", "number", "count", "participants", "attendees",
                        "representants", "nombre de participants", "effectif",
                        "representantes", "numero", "numero de participantes", "cantidad",
                        "total"),
    "women": ("women", "female", "females", "femmes", "mujeres", "f"),
    "men": ("men", "male", "males", "hommes", "hombres", "m", "h"),
    "country": ("country", "pays", "pais", "country code", "code pays"),
}
# Words of a "sex" cell.
_WOMAN = {"f", "female", "woman", "women", "w", "femme", "femmes", "mujer", "mujeres",
          "femenino", "feminin", "feminine"}
_MAN = {"m", "male", "man", "men", "h", "homme", "hommes", "hombre", "hombres", "masculino",
        "masculin", "v", "varon"}


class SheetError(ValueError):
    """The file cannot be read as a sheet: ``code`` says why, ``detail`` gives a value."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code  # missing | folder | too_big | not_sheet | not_text | bad_csv |
        # empty | no_header | too_many_rows | unreadable_xlsx
        self.detail = detail


@dataclass(frozen=True)
class Sheet:
    """A sheet's header and its non-blank rows (each with its row number in the file)."""

    name: str
    header: list[str]
    rows: list[tuple[int, list[str]]]


# -- reading -----------------------------------------------------------------------------


def read_sheet(path: Path, *, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS) -> Sheet:
    """Read ``path`` (.csv, .txt, .tsv, .xlsx, .xlsm); SheetError with a reason otherwise.

    CSV may be UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 (what Excel
    writes as "CSV" in Western Europe); the delimiter (comma, semicolon or tab) is guessed.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SheetError("missing", str(path)) from None
    if path.is_dir():
        raise SheetError("folder", str(path))
    if size > max_bytes:
        raise SheetError("too_big", f"{size // (1024 * 1024)} MB")
    if size == 0:
        raise SheetError("empty", path.name)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        header, rows = _read_xlsx(path, max_rows)
    elif suffix in (".csv", ".txt", ".tsv", ""):
        header, rows = _read_csv(path.read_bytes(), max_rows)
    else:
        raise SheetError("not_sheet", path.name)
    if not any(header):
        raise SheetError("no_header", path.name)
    return Sheet(path.name, header, rows)


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise SheetError("not_text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 100):
        raise SheetError("not_text")
    return text


def _read_csv(data: bytes, max_rows: int) -> tuple[list[str], list[tuple[int, list[str]]]]:
    if data.startswith(b"PK\x03\x04"):
        raise SheetError("not_sheet", "a workbook saved with another name")
    text = _decode(data)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    lines: list[list[str]] = []
    try:
        for cells in reader:
            lines.append(cells)
            if len(lines) > max_rows + 1:
                raise SheetError("too_many_rows", str(max_rows))
    except csv.Error as error:
        raise SheetError("bad_csv", f"{reader.line_num}: {error}") from None
    return _split(lines)


def _read_xlsx(path: Path, max_rows: int) -> tuple[list[str], list[tuple[int, list[str]]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise SheetError("unreadable_xlsx", path.name) from None
    try:
        lines: list[list[str]] = []
        for cells in workbook.worksheets[0].iter_rows(values_only=True):
            lines.append([_cell_text(cell) for cell in cells])
            if len(lines) > max_rows + 1:
                raise SheetError("too_many_rows", str(max_rows))
    finally:
        workbook.close()
    return _split(lines)


def _cell_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _split(lines: list[list[str]]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The first non-blank line is the header; blank lines are left out."""
    numbered = [(index + 1, [c.strip() for c in cells]) for index, cells in enumerate(lines)]
    numbered = [(number, cells) for number, cells in numbered if any(cells)]
    if not numbered:
        raise SheetError("empty")
    (_, header), rows = numbered[0], numbered[1:]
    while header and not header[-1]:
        header.pop()
    return header, rows


# -- columns -----------------------------------------------------------------------------


def _header_key(text: str) -> str:
    return " ".join(re.sub(r"[_.:#()]+", " ", fold(text)).split())


def guess_mapping(header: Sequence[str]) -> dict[int, str]:
    """What each column probably means, from its header (English, French or Spanish).

    Each meaning goes to at most one column, the first whose header names it.
    """
    mapping: dict[int, str] = {}
    for index, name in enumerate(header):
        key = _header_key(name)
        for meaning, words in _HEADERS.items():
            if meaning in mapping.values() or index in mapping:
                continue
            if key in words or (len(key) > 3 and any(w in key.split() for w in words if len(w) > 3)
                                and meaning in ("organization", "email", "country")):
                mapping[index] = meaning
    return mapping


# -- grouping ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Something wrong with one row of the sheet: ``code`` and the value concerned."""

    row: int  # the row number in the file
    code: str  # no_organization | not_count | unknown_sex | too_many | no_country
    value: str = ""


@dataclass
class Group:
    """The rows of one organization as written in the sheet, with its counts."""

    name: str
    rows: list[int] = field(default_factory=list)
    contacts: list[tuple[str, str]] = field(default_factory=list)  # (name, e-mail) per person
    country: str = ""
    representatives: int = 0
    women: int | None = None
    men: int | None = None
    problems: list[Problem] = field(default_factory=list)


def group_rows(sheet: Sheet, mapping: Mapping[int, str]) -> tuple[list[Group], list[Problem]]:
    """One group per organization name (folded), in the order of first appearance.

    Counts: a representatives column is summed; otherwise each row is one person.  Women
    and men come from their columns, or from a sex column (one person per row); they stay
    unknown (None) when the sheet says nothing about them.
    """
    column = {meaning: index for index, meaning in mapping.items()}
    groups: dict[str, Group] = {}
    orphans: list[Problem] = []

    def cell(cells: list[str], meaning: str) -> str:
        index = column.get(meaning)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    for number, cells in sheet.rows:
        name = cell(cells, "organization")
        if not name:
            orphans.append(Problem(number, "no_organization"))
            continue
        group = groups.setdefault(_key(name), Group(name))
        group.rows.append(number)
        person = cell(cells, "contact")
        email = cell(cells, "email")
        if person or email:
            group.contacts.append((person, email))
        if not group.country:
            group.country = cell(cells, "country").upper()
        _count_row(group, number, cells, column, cell)
    for group in groups.values():
        if group.women is not None or group.men is not None:
            counted = (group.women or 0) + (group.men or 0)
            if counted > group.representatives:
                group.problems.append(Problem(group.rows[0], "too_many", str(counted)))
    return list(groups.values()), orphans


def _count_row(group: Group, number: int, cells: list[str], column: Mapping[str, int],
               cell: Callable[[list[str], str], str]) -> None:
    if "representatives" in column:
        group.representatives += _number(group, number, cell(cells, "representatives"), 1)
    else:
        group.representatives += 1
    for meaning in ("women", "men"):
        if meaning in column:
            value = _number(group, number, cell(cells, meaning), 0)
            setattr(group, meaning, (getattr(group, meaning) or 0) + value)
    if "sex" in column:
        sex = fold(cell(cells, "sex")).strip(". ")
        if sex in _WOMAN:
            group.women = (group.women or 0) + 1
            group.men = group.men or 0
        elif sex in _MAN:
            group.men = (group.men or 0) + 1
            group.women = group.women or 0
        elif sex:
            group.problems.append(Problem(number, "unknown_sex", cell(cells, "sex")))


def _number(group: Group, row: int, text: str, blank: int) -> int:
    if not text:
        return blank
    try:
        value = float(text.replace(",", ".")) if not text.isdigit() else int(text)
    except ValueError:
        value = -1
    if value < 0 or int(value) != value:
        group.problems.append(Problem(row, "not_count", text))
        return 0
    return int(value)


# -- matching ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A known record that a name may mean: its id, the label to show and the names it
    answers to (name, acronym, other names)."""

    id: str
    label: str
    names: tuple[str, ...]
    owner: str | None = None  # a contact's organization
    email: str = ""


@dataclass(frozen=True)
class Match:
    """A candidate and how well it matches (0–100; 100 is exact)."""

    id: str
    label: str
    score: int


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def score(typed: str, known: str) -> int:
    """How alike two names are, 0–100 (100: the same once case, accents and
    punctuation are ignored)."""
    a, b = _key(typed), _key(known)
    if not a or not b:
        return 0
    if a == b:
        return EXACT
    if _rapidfuzz is not None:
        # the same measures as the difflib fallback below (whole text, and words sorted):
        # WRatio's partial matching scores unrelated short names too high
        best = max(_rapidfuzz.ratio(a, b), _rapidfuzz.token_sort_ratio(a, b))
        return min(99, int(round(best)))
    plain = difflib.SequenceMatcher(None, a, b).ratio()
    ordered = difflib.SequenceMatcher(None, " ".join(sorted(a.split())),
                                      " ".join(sorted(b.split()))).ratio()
    return min(99, int(round(100 * max(plain, ordered))))


def best_matches(typed: str, candidates: Iterable[Candidate], *, limit: int = 5,
                 floor: int = LIKELY) -> list[Match]:
    """The candidates that ``typed`` may mean, best first (exact matches first of all)."""
    scored: dict[str, Match] = {}
    for candidate in candidates:
        best = max((score(typed, name) for name in candidate.names if name), default=0)
        if best >= floor and (candidate.id not in scored or scored[candidate.id].score < best):
            scored[candidate.id] = Match(candidate.id, candidate.label, best)
    return sorted(scored.values(), key=lambda m: (-m.score, m.label))[:limit]


def match_contact(name: str, email: str, contacts: Iterable[Candidate]) -> Match | None:
    """The known contact a person of the sheet is: the same e-mail, else the same or a
    very close name."""
    pool = list(contacts)
    if email:
        for contact in pool:
            if contact.email and contact.email.casefold() == email.casefold():
                return Match(contact.id, contact.label, EXACT)
    if not name:
        return None
    best: Match | None = None
    for contact in pool:
        alike = max((person_score(name, known) for known in contact.names if known), default=0)
        if alike >= SURE and (best is None or alike > best.score):
            best = Match(contact.id, contact.label, alike)
    return best


def person_score(typed: str, known: str) -> int:
    """How alike two people's names are, 0–100, in any scripts ("Wang Wei" and 王伟, "Ivan
    Petrov" and Иван Петров, "Mohammed Ali" and محمد علي) and in any order of names."""
    same = score(typed, known)
    if same >= EXACT:
        return same
    from lookingbeyond_desktop.domain.matching import person_similarity

    return max(same, min(99, int(round(100 * person_similarity(typed, known)))))


def search_terms(name: str) -> list[str]:
    """The words of a name worth searching for candidates (three letters or more)."""
    return [word for word in _key(name).split() if len(word) >= 3]


__all__ = [
    "FIELDS",
    "Candidate",
    "Group",
    "Match",
    "Problem",
    "Sheet",
    "SheetError",
    "best_matches",
    "group_rows",
    "guess_mapping",
    "match_contact",
    "person_score",
    "read_sheet",
    "score",
    "search_terms",
]
