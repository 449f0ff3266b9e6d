"""An import a person steers: read a file, map its columns to fields, check every row, then
write all of it or nothing.  Qt-free; the window's import wizard drives it step by step.

1. :func:`inspect_source` reads a CSV, XLSX or JSON file (one sheet of a workbook, one table
   of a JSON export) into a header and rows, refusing with a :class:`SourceError` a file that
   is not what it says, not UTF-8, empty, without a header or too big.
2. :func:`guess_mapping` proposes a field for each column from its header (the field's own
   name or any label a person reads); :func:`layout_key` names a file layout so that the
   mapping a person settled on is proposed again for the next file with the same columns.
3. :func:`check_rows` runs every row through the store writer's own checks
   (:meth:`Writer.prepare_many`) on a read connection: nothing is written.
   Given the registry's index, rows that would create an organization are also looked
   up in it and among the file's earlier rows: likely duplicates are named on each row
   (:attr:`RowCheck.likely`), for the person to skip or create anyway.
4. :func:`run_import` prepares and writes every row (but those skipped) inside the
   caller's write transaction, reporting progress between chunks and raising
   :class:`ImportCancelled` when asked to stop, so that the transaction rolls back and
   the store is left as it was.

:func:`likely_duplicate_rows` does the same look-up for a file as ``lookingbeyond import``
reads it, so that the command line can warn about the duplicates it creates.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import re
import threading
import unicodedata
import zipfile
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from lookingbeyond_desktop.domain import matching
from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.validation import QT_TRANSLATE_NOOP, FieldError
from lookingbeyond_desktop.store.duplicates import (
    BLOCK_LIMIT,
    Likely,
    RegistryIndex,
    likely_in,
)
from lookingbeyond_desktop.store.exchange import (
    NUMERIC_KINDS,
    ImportResult,
    looks_like_formula,
    read_table_file,
    unneutralise_cell,
)
from lookingbeyond_desktop.store.writer import Prepared, Writer
from sync.registry import TableSpec

#: The tables a file can be imported into, parents first.
IMPORT_TABLES = ("organizations", "contacts", "activities", "participations", "grants")
SUFFIXES = (".csv", ".xlsx", ".xlsm", ".json")
#: Larger files are refused before they are read: a field office's registry fits many
#: times over, and a file this size is almost surely the wrong file.
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
#: Rows prepared and written per step; progress is reported and cancel checked between steps.
CHUNK = 250
#: The fields a file must map (unless it maps the record identifier, to update records):
#: those the rules require and the store has no default for.
REQUIRED: dict[str, tuple[str, ...]] = {
    "organizations": ("name", "country"),
    "contacts": ("organization_id", "full_name", "consent_on"),
    "activities": ("title", "activity_type", "start_date"),
    "participations": ("activity_id", "organization_id"),
    "grants": ("organization_id", "amount", "purpose"),
}


class SourceError(ValueError):
    """A file cannot be imported; ``code`` says why (for a translated message), ``details``
    hold the values the message names, and ``str()`` is an English message."""

    def __init__(self, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.details = details


class ImportCancelled(Exception):
    """The person cancelled the import; raised inside the write transaction to roll it back."""


@dataclass(frozen=True)
class Source:
    """What a file holds: its sheets (XLSX) or tables (JSON), and the chosen one's header and
    rows, each row with the number a person sees (the spreadsheet's row, the JSON item's
    position)."""

    path: Path
    sheets: tuple[str, ...]
    sheet: str | None
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


#: At most this many likely duplicates are named for one row.
LIKELY_PER_ROW = 5
#: A row is compared with at most this many records (those sharing the most keys with it):
#: a file of a thousand rows is checked in seconds, not minutes, on 100,000 organizations.
ROW_COMPARE_LIMIT = 100


@dataclass
class RowCheck:
    """One row as the writer sees it: its number, its cells, the rules it breaks and, for
    a row that creates an organization, the organizations (or earlier rows of the file)
    it is likely to duplicate, best first."""

    number: int
    cells: tuple[Any, ...]
    errors: list[FieldError] = field(default_factory=list)
    is_new: bool = True
    likely: list[Likely] = field(default_factory=list)


@dataclass
class CheckResult:
    """Every row checked, and the cells that look like spreadsheet formulas (row, column)."""

    rows: list[RowCheck]
    formula_cells: list[tuple[int, str]]

    @property
    def invalid(self) -> int:
        """How many rows break a rule."""
        return sum(1 for row in self.rows if row.errors)

    @property
    def valid(self) -> int:
        """How many rows can be imported."""
        return len(self.rows) - self.invalid

    @property
    def likely_numbers(self) -> list[int]:
        """The numbers of the rows that likely duplicate an organization."""
        return [row.number for row in self.rows if row.likely]


@dataclass
class ImportOutcome:
    """What an import wrote: counts, and the ids with their previous values (for undo)."""

    result: ImportResult
    created: list[str]
    updated: list[tuple[str, dict[str, Any], dict[str, Any]]]  # id, before, after
    skipped: int = 0  # rows left out as likely duplicates


# -- reading ------------------------------------------------------------------------------


def inspect_source(path: Path, *, sheet: str | None = None) -> Source:
    """Read ``path`` (the first sheet or table unless ``sheet`` names one)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceError("format", f"{path.name}: import reads .csv, .xlsx or .json files",
                          name=path.name)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SourceError("missing", f"{path}: no such file", name=path.name) from None
    except OSError as error:
        raise SourceError("unreadable", f"{path}: {error.strerror}", name=path.name) from None
    if path.is_dir():
        raise SourceError("folder", f"{path}: is a folder, not a file", name=path.name)
    if size > MAX_BYTES:
        raise SourceError("too_big", f"{path.name}: larger than {MAX_BYTES // 2**20} MB",
                          name=path.name, megabytes=MAX_BYTES // 2**20)
    if size == 0:
        raise SourceError("empty", f"{path.name}: the file is empty", name=path.name)
    try:
        if suffix == ".csv":
            sheets, chosen, header, rows = _read_csv(path)
        elif suffix == ".json":
            sheets, chosen, header, rows = _read_json(path, sheet)
        else:
            sheets, chosen, header, rows = _read_xlsx(path, sheet)
    except PermissionError:
        raise SourceError("unreadable", f"{path}: permission denied", name=path.name) from None
    try:
        return _source(path, sheets, chosen, header, rows)
    except SourceError as error:  # the person may choose another sheet of the workbook
        error.details.setdefault("sheets", tuple(sheets))
        error.details.setdefault("chosen", chosen)
        raise


def _source(path: Path, sheets: list[str], chosen: str | None, header: list[Any],
            rows: Iterable[tuple[int, list[Any]]]) -> Source:
    header = [_header_text(name) for name in header]
    while header and not header[-1]:
        header.pop()
    if not header:
        raise SourceError("no_header", f"{path.name}: the first row must name the columns",
                          name=path.name)
    if "" in header:
        column = header.index("") + 1
        raise SourceError("unnamed_column", f"{path.name}: column {column} has no name",
                          name=path.name, column=column)
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise SourceError("repeated_column", f"{path.name}: repeated column(s) "
                          f"{', '.join(repeated)}", name=path.name, columns=", ".join(repeated))
    kept: list[tuple[int, tuple[Any, ...]]] = []
    for number, cells in rows:
        if all(_blank(cell) for cell in cells):
            continue
        if len(cells) > len(header) and not all(_blank(cell) for cell in cells[len(header):]):
            raise SourceError("extra_cells", f"{path.name}: row {number} has more cells than "
                              "the header", name=path.name, row=number)
        if len(kept) >= MAX_ROWS:
            raise SourceError("too_many_rows", f"{path.name}: more than {MAX_ROWS:,} rows",
                              name=path.name, rows=MAX_ROWS)
        padded = tuple(cells[:len(header)]) + (None,) * (len(header) - len(cells))
        kept.append((number, padded))
    if not kept:
        raise SourceError("no_rows", f"{path.name}: there are no rows under the header",
                          name=path.name)
    return Source(path, tuple(sheets), chosen, tuple(header), tuple(kept))


_Read = tuple[list[str], str | None, list[Any], Iterable[tuple[int, list[Any]]]]


def _read_csv(path: Path) -> _Read:
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError("encoding", f"{path.name}: is not UTF-8 text; save it as “CSV UTF-8”",
                          name=path.name) from None
    if "\x00" in content:
        raise SourceError("not_text", f"{path.name}: is not a text file", name=path.name)
    if not content.strip():
        raise SourceError("empty", f"{path.name}: the file is empty", name=path.name)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=_delimiter(content),
                        strict=True)
    try:
        lines = list(reader)
    except csv.Error as error:
        raise SourceError("csv_syntax", f"{path.name}: line {reader.line_num}: {error}",
                          name=path.name, line=reader.line_num) from None
    return [], None, lines[0], ((index + 2, cells) for index, cells in enumerate(lines[1:]))


def _delimiter(content: str) -> str:
    """A comma, unless the header holds none but semicolons or tabs (spreadsheets set to a
    language with a decimal comma save CSV with semicolons)."""
    first = content.split("\n", 1)[0]
    if "," in first:
        return ","
    return ";" if first.count(";") >= first.count("\t") and ";" in first else (
        "\t" if "\t" in first else ",")


def _read_xlsx(path: Path, sheet: str | None) -> _Read:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        if isinstance(error, PermissionError):
            raise
        raise SourceError("bad_workbook", f"{path.name}: is not a readable .xlsx workbook",
                          name=path.name) from None
    try:
        names = list(workbook.sheetnames)
        chosen = sheet if sheet in names else names[0]
        rows = workbook[chosen].iter_rows(values_only=True)
        first = next(rows, None)
        if first is None:
            raise SourceError("empty_sheet", f"{path.name}: the sheet “{chosen}” is empty",
                              name=path.name, sheet=chosen, sheets=tuple(names), chosen=chosen)
        data: list[tuple[int, list[Any]]] = []
        for index, cells in enumerate(rows):
            if all(_blank(cell) for cell in cells):
                continue
            if len(data) >= MAX_ROWS:
                raise SourceError("too_many_rows", f"{path.name}: more than {MAX_ROWS:,} rows",
                                  name=path.name, rows=MAX_ROWS)
            data.append((index + 2, list(cells)))
    finally:
        workbook.close()
    return names, chosen, list(first), data


def _read_json(path: Path, sheet: str | None) -> _Read:
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SourceError("encoding", f"{path.name}: is not UTF-8 text", name=path.name) from None
    except json.JSONDecodeError as error:
        raise SourceError("bad_json", f"{path.name}: line {error.lineno}: {error.msg}",
                          name=path.name, line=error.lineno) from None
    names: list[str] = []
    chosen: str | None = None
    if isinstance(data, dict):
        names = [name for name, value in data.items() if isinstance(value, list)]
        if not names:
            raise SourceError("bad_json", f"{path.name}: holds no list of records",
                              name=path.name, line=1)
        chosen = sheet if sheet in names else names[0]
        data = data[chosen]
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise SourceError("bad_json", f"{path.name}: must hold a list of records",
                          name=path.name, line=1)
    header: dict[str, None] = {}
    for item in data:
        header.update((str(key), None) for key in item)
    columns = list(header)
    rows = ((index + 1, [item.get(name) for name in columns]) for index, item in enumerate(data))
    return names, chosen, columns, rows


def _header_text(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# -- mapping ------------------------------------------------------------------------------


def layout_key(table: str, header: Sequence[str]) -> str:
    """A stable name for a file layout (a target table and its column headers, in order)."""
    text = "\x1f".join([table, *(_fold(name) for name in header)])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def header_key(header: Sequence[str]) -> str:
    """A stable name for a set of column headers alone (to propose the table again)."""
    return layout_key("", header)


def importable_fields(table: str) -> list[str]:
    """The fields a file may fill (every synced field but the tombstone flag)."""
    return [name for name in REGISTRY.table(table).field_names if name != "deleted"]


def guess_mapping(table: str, header: Sequence[str],
                  labels: Mapping[str, Iterable[str]]) -> list[str | None]:
    """A field for each column (None: not imported), from its header: the field's name
    ("full_name", "Full name") or any of its ``labels`` (translated or not), ignoring case,
    accents, spaces and punctuation.  A field is given to one column only."""
    wanted: dict[str, str] = {}
    for name in importable_fields(table):
        for word in (name, name.replace("_", " "), *labels.get(name, ())):
            wanted.setdefault(_fold(word), name)
    mapping: list[str | None] = []
    taken: set[str] = set()
    for column in header:
        found = wanted.get(_fold(column))
        if found in taken:
            found = None
        if found is not None:
            taken.add(found)
        mapping.append(found)
    return mapping


def missing_required(table: str, mapping: Sequence[str | None]) -> list[str]:
    """Required fields no column is mapped to (none when the record id is mapped: the file
    may update records, and a row that creates one is checked on its own)."""
    chosen = set(mapping)
    if "id" in chosen:
        return []
    return [name for name in REQUIRED[table] if name not in chosen]


def repeated_fields(mapping: Sequence[str | None]) -> list[str]:
    """Fields that more than one column is mapped to."""
    chosen = [name for name in mapping if name]
    return sorted({name for name in chosen if chosen.count(name) > 1})


def same_words(first: str, second: str) -> bool:
    """Whether two headers say the same, ignoring case, accents, spaces and punctuation."""
    return _fold(first) == _fold(second)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return re.sub(r"[\W_]+", "", "".join(c for c in decomposed if not unicodedata.combining(c)))


# -- checking and writing -----------------------------------------------------------------


def _records(spec: TableSpec, source: Source, mapping: Sequence[str | None]
             ) -> tuple[list[tuple[int, str | None, dict[str, Any]]], list[tuple[int, str]],
                        dict[int, list[FieldError]]]:
    """Each row as (number, id, values), the formula-like cells, and rows with repeated ids."""
    text_fields = {f.name for f in spec.fields if f.kind not in NUMERIC_KINDS}
    formulas: list[tuple[int, str]] = []
    repeated: dict[int, list[FieldError]] = {}
    seen: dict[str, int] = {}
    records: list[tuple[int, str | None, dict[str, Any]]] = []
    for number, cells in source.rows:
        values: dict[str, Any] = {}
        row_id: str | None = None
        for column, (name, cell) in enumerate(zip(mapping, cells)):
            if name is None:
                continue
            if isinstance(cell, str) and name in text_fields:
                plain = unneutralise_cell(cell)
                if plain == cell and looks_like_formula(cell):
                    formulas.append((number, source.header[column]))
                cell = plain
            if name == "id":
                row_id = str(cell).strip() if not _blank(cell) else None
            else:
                values[name] = cell
        if row_id is not None:
            if row_id in seen:
                repeated[number] = [FieldError("id", QT_TRANSLATE_NOOP("validation", "repeats row %1"), (str(seen[row_id]),))]
            else:
                seen[row_id] = number
        records.append((number, row_id, values))
    return records, formulas, repeated


def check_rows(connection: Connection, table: str, source: Source,
               mapping: Sequence[str | None], *,
               duplicates: RegistryIndex | None = None) -> CheckResult:
    """Every row through the writer's checks, on a read connection (nothing is written).

    With ``duplicates`` (the registry's index), each valid row that creates an
    organization is looked up in it and among the file's earlier rows (:attr:`RowCheck.likely`)."""
    spec = REGISTRY.table(table)
    records, formulas, repeated = _records(spec, source, mapping)
    writer = Writer(connection)
    checked: list[RowCheck] = []
    cells = dict(source.rows)
    finder = _DuplicateFinder(duplicates) if duplicates is not None and table == "organizations" \
        else None
    for start in range(0, len(records), CHUNK * 4):
        chunk = records[start:start + CHUNK * 4]
        prepared = writer.prepare_many(table, [(row_id, values) for _n, row_id, values in chunk])
        for (number, _id, _values), item in zip(chunk, prepared):
            errors = repeated.get(number, []) + item.errors
            row = RowCheck(number, cells[number], errors, item.is_new)
            if finder is not None and item.is_new and not errors:
                row.likely = finder.look_up(number, item)
            checked.append(row)
    return CheckResult(checked, formulas)


class _DuplicateFinder:
    """Looks up the organizations a file creates, row after row, in the registry's index
    and among the rows before (filed as they come, under "row:<number>")."""

    def __init__(self, registry: RegistryIndex) -> None:
        self.registry = registry
        self.earlier = RegistryIndex()

    def look_up(self, number: int, item: Prepared) -> list[Likely]:
        """The likely duplicates of a new row, best first; then the row is filed."""
        p = matching.profile({**item.values, "id": item.row_id})
        found = likely_in(self.registry, p, limit=LIKELY_PER_ROW, most=ROW_COMPARE_LIMIT)
        # among the file's rows, blocks as a full scan of the registry takes them: a word
        # every row has ("Organization 1", "Organization 2", …) says nothing
        for hit in likely_in(self.earlier, p, limit=LIKELY_PER_ROW, blocks=BLOCK_LIMIT,
                             most=ROW_COMPARE_LIMIT):
            found.append(dataclasses.replace(hit, id="", row=int(hit.id.split(":", 1)[1])))
        self.earlier.add(matching.profile({**item.values, "id": f"row:{number}"}), rid=number)
        found.sort(key=lambda hit: (-hit.score, hit.row is not None, hit.name))
        return found[:LIKELY_PER_ROW]


def likely_duplicate_rows(connection: Connection, table: str, path: Path
                          ) -> list[tuple[int, str, list[Likely]]]:
    """(row number, name, likely duplicates) of each row of ``path`` that would create an
    organization likely already in the registry or in an earlier row — the file read as
    ``lookingbeyond import`` reads it (:func:`~lookingbeyond_desktop.store.exchange.import_file`).
    Nothing is written; rows that break a rule are left to the import to name."""
    if table != "organizations":
        return []
    _header, rows = read_table_file(path)
    items: list[tuple[str | None, dict[str, Any]]] = []
    for _number, record in rows:
        row_id = record.get("id")
        values = {name: unneutralise_cell(cell) if isinstance(cell, str) else cell
                  for name, cell in record.items() if name != "id"}
        items.append((str(row_id).strip() if row_id not in (None, "") else None, values))
    prepared = Writer(connection).prepare_many(table, items) if items else []
    new = [(number, item) for (number, _record), item in zip(rows, prepared)
           if item.is_new and not item.errors]
    if not new:
        return []
    finder = _DuplicateFinder(RegistryIndex.load(connection))
    found = []
    for number, item in new:
        hits = finder.look_up(number, item)
        if hits:
            found.append((number, str(item.values.get("name") or ""), hits))
    return found


def run_import(writer: Writer, table: str, source: Source, mapping: Sequence[str | None], *,
               cancel: threading.Event | None = None,
               progress: Callable[[int, int], None] | None = None,
               skip: Collection[int] = ()) -> ImportOutcome:
    """Prepare and write every row in ``writer``'s transaction, all or nothing; the rows
    numbered in ``skip`` (likely duplicates the person chose to leave out) are not.

    ``progress(done, total)`` is called after each step (preparing then writing: ``total``
    is twice the rows); :class:`ImportCancelled` is raised when ``cancel`` is set, and
    :class:`~lookingbeyond_desktop.store.writer.RowsError` when a row breaks a rule (the
    data may have changed since the rows were checked): either way the caller's transaction
    rolls back and nothing is written.
    """
    spec = REGISTRY.table(table)
    records, formulas, repeated = _records(spec, source, mapping)
    left_out = set(skip)
    if left_out:
        records = [record for record in records if record[0] not in left_out]
        repeated = {number: errors for number, errors in repeated.items()
                    if number not in left_out}
    if repeated:
        from lookingbeyond_desktop.store.writer import RowsError

        raise RowsError({number: errors for number, errors in repeated.items()})
    total = 2 * len(records)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)
        if cancel is not None and cancel.is_set():
            raise ImportCancelled()

    step(0)
    prepared: list[Prepared] = []
    for start in range(0, len(records), CHUNK):
        chunk = records[start:start + CHUNK]
        prepared.extend(writer.prepare_many(table, [(row_id, values)
                                                    for _n, row_id, values in chunk]))
        step(len(chunk))
    bad = {records[index][0]: item.errors for index, item in enumerate(prepared) if item.errors}
    if bad:
        from lookingbeyond_desktop.store.writer import RowsError

        raise RowsError(bad)
    for start in range(0, len(prepared), CHUNK):
        chunk_items = prepared[start:start + CHUNK]
        writer.apply(chunk_items)
        step(len(chunk_items))
    created = [item.row_id for item in prepared if item.is_new]
    updated = [(item.row_id, {name: (item.previous or {}).get(name) for name in item.values},
                dict(item.values)) for item in prepared if not item.is_new and item.values]
    warnings = tuple(f"row {number}, column {column}: starts like a spreadsheet formula; "
                     "imported as text" for number, column in formulas)
    result = ImportResult(len(created), len(updated),
                          len(prepared) - len(created) - len(updated), warnings)
    return ImportOutcome(result, created, updated, len(source.rows) - len(records))


def field_column(mapping: Sequence[str | None], error: FieldError) -> int | None:
    """The column of the file an error is about (None: the whole row, or a field no column
    fills, such as a required field left out)."""
    try:
        return list(mapping).index(error.field) if error.field else None
    except ValueError:
        return None


__all__ = [
    "CHUNK", "IMPORT_TABLES", "MAX_BYTES", "MAX_ROWS", "REQUIRED", "CheckResult",
    "ImportCancelled", "ImportOutcome", "RowCheck", "Source", "SourceError", "check_rows",
    "field_column", "guess_mapping", "header_key", "importable_fields", "inspect_source",
    "layout_key", "likely_duplicate_rows", "missing_required", "repeated_fields",
    "run_import", "same_words",
]
