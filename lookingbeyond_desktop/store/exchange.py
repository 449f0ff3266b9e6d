"""Export to JSON or CSV and import from CSV or XLSX, in the registry's field names.

An export holds only synced values, in a stable order (tables in dependency order, rows
by id, fields in registry order), so two replicas holding the same data export the same
bytes.  An import is all or nothing: every row is checked first, and any problem is
reported with its row number and column before anything is written.

CSV exports are opened in spreadsheets, which run a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return as a formula (CSV injection).  Following OWASP, such
a text cell is written with a leading ``'`` (:func:`neutralise_cell`); numbers are left as
they are.  An import takes that quote off again, so an export imports back exactly, and
warns (naming row and column, never the value) about other cells that look like formulas.
JSON exports are data, not spreadsheets, and are written as stored.

The contacts of an organization flagged at risk (``organizations.at_risk``, issue 13) are
left out of every export unless the person asks for that organization by name
(``include_at_risk``: the ids of the at-risk organizations whose contacts go in, or True for
all of them, as a full copy for another program of this registry's own would).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import threading
import zipfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, func, select, true
from sqlalchemy.sql.elements import ColumnElement

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.validation import QT_TRANSLATE_NOOP, FieldError
from lookingbeyond_desktop.store.writer import TABLES, Writer
from sync.registry import FieldSpec, Kind, TableSpec

LIST_SEPARATOR = "; "
# What a spreadsheet takes for the start of a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Kinds whose cells are numbers, written as they are (a negative number is not a formula).
NUMERIC_KINDS = frozenset({Kind.INT, Kind.DECIMAL})
_NEUTRALISED = re.compile(r"'*[=+\-@\t\r]")  # what an export prefixes with one more quote
# A cell starting with + or - that holds only a number or a telephone number is no formula
# worth a warning ("+254 20 123 4567", "-3.5").
_PLAIN_NUMBER = re.compile(r"[+\-]?[0-9][0-9 ().,/\-]*")


class ExchangeError(ValueError):
    """A file cannot be exported or imported; the message says why."""


class ImportRowsError(ExchangeError):
    """Rows of an import break rules; nothing was written."""

    def __init__(self, path: Path, problems: list[tuple[int, FieldError]]) -> None:
        self.problems = problems
        lines = [f"row {row}: {problem}" for row, problem in problems[:50]]
        more = len(problems) - len(lines)
        if more > 0:
            lines.append(f"… and {more} more")
        rows = len({row for row, _ in problems})
        super().__init__(
            f"{path.name}: {rows} row(s) have problems, nothing was imported:\n" + "\n".join(lines)
        )


@dataclass(frozen=True)
class ImportResult:
    """What an import did; ``warnings`` name the rows and columns of cells that looked like
    spreadsheet formulas (imported as text)."""

    created: int
    updated: int
    unchanged: int
    warnings: tuple[str, ...] = ()


def neutralise_cell(text: str) -> str:
    """``text`` as a spreadsheet cell that is never run as a formula: one ``'`` more in front
    when it starts (after any quotes) like a formula, so :func:`unneutralise_cell` gives the
    text back exactly."""
    return "'" + text if _NEUTRALISED.match(text) else text


def unneutralise_cell(cell: str) -> str:
    """The text an export neutralised with :func:`neutralise_cell`."""
    return cell[1:] if cell.startswith("'") and _NEUTRALISED.match(cell) else cell


def looks_like_formula(cell: str) -> bool:
    """Whether a spreadsheet would run ``cell`` as a formula (a plain number or telephone
    number starting with + or - is left out: it is harmless and common)."""
    return cell.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(cell)


# -- export ------------------------------------------------------------------------------

#: Which at-risk organizations' contacts an export includes: their ids, or True for all.
IncludeAtRisk = Collection[str] | bool
AT_RISK_TABLE = "contacts"  # the table whose rows an at-risk organization's flag keeps out


def at_risk_organizations(connection: Connection) -> list[tuple[str, str]]:
    """(id, name) of the live organizations flagged at risk, by name."""
    columns = TABLES["organizations"]
    rows = connection.execute(select(columns.c.id, columns.c.name).where(
        columns.c.at_risk.is_(True), columns.c.deleted.is_(False)).order_by(
        columns.c.sort_name, columns.c.id))
    return [(str(row.id), str(row.name)) for row in rows]


def find_at_risk(connection: Connection, wanted: Iterable[str]) -> tuple[list[str], list[str]]:
    """The at-risk organizations a person named (each by id, or by name or acronym, case
    not minding), and the words that named none: (ids, unknown)."""
    columns = TABLES["organizations"]
    flagged = connection.execute(select(columns.c.id, columns.c.name, columns.c.acronym).where(
        columns.c.at_risk.is_(True), columns.c.deleted.is_(False))).all()
    ids: list[str] = []
    unknown: list[str] = []
    for word in wanted:
        key = word.strip().casefold()
        found = [str(row.id) for row in flagged
                 if key in (str(row.id).casefold(), str(row.name).casefold(),
                            str(row.acronym or "").casefold())]
        if found:
            ids.extend(i for i in found if i not in ids)
        else:
            unknown.append(word)
    return ids, unknown


def _kept(table: TableSpec, include_at_risk: IncludeAtRisk) -> ColumnElement[bool]:
    """The SQL condition on ``table``'s rows that leaves out at-risk organizations' contacts
    (those of ``include_at_risk`` excepted)."""
    if table.name != AT_RISK_TABLE or include_at_risk is True:
        return true()
    organizations = TABLES["organizations"]
    flagged = select(organizations.c.id).where(organizations.c.at_risk.is_(True))
    if include_at_risk:
        flagged = flagged.where(organizations.c.id.not_in(sorted(include_at_risk)))
    return TABLES[table.name].c.organization_id.not_in(flagged)


def left_out(connection: Connection, include_at_risk: IncludeAtRisk = ()) -> int:
    """How many live contacts an export leaves out (at-risk organizations not asked for)."""
    if include_at_risk is True:
        return 0
    spec = REGISTRY.table(AT_RISK_TABLE)
    columns = TABLES[AT_RISK_TABLE]
    return int(connection.execute(select(func.count()).select_from(columns).where(
        columns.c.deleted.is_(False), ~_kept(spec, include_at_risk))).scalar_one())



def export_fields(table: TableSpec, *, include_deleted: bool) -> list[FieldSpec]:
    """The fields an export writes for ``table``: the record's state (deleted, merged into
    another) only with the deleted records, so that an export of live records imports back."""
    return [f for f in table.fields if include_deleted or f.name not in ("deleted", "merged_into")]


def iter_rows(
    connection: Connection, table: TableSpec, *, include_deleted: bool = False,
    include_at_risk: IncludeAtRisk = (),
) -> Iterator[dict[str, Any]]:
    """A table's rows as JSON-ready dicts keyed by field name, ordered by id (at-risk
    organizations' contacts left out unless ``include_at_risk`` asks for them)."""
    columns = TABLES[table.name]
    fields = export_fields(table, include_deleted=include_deleted)
    query = select(*(columns.c[f.name] for f in fields)).order_by(columns.c.id).where(
        _kept(table, include_at_risk))
    if not include_deleted:
        query = query.where(columns.c.deleted.is_(False))
    for row in connection.execute(query.execution_options(yield_per=2000)):
        yield {f.name: f.encode(value) for f, value in zip(fields, row)}


def _tables(table: str | None) -> list[TableSpec]:
    if table is None:
        return list(REGISTRY.tables)
    if table not in REGISTRY:
        raise ExchangeError(f"unknown table “{table}”; choose one of: {', '.join(REGISTRY.names)}")
    return [REGISTRY.table(table)]


def export_json(
    connection: Connection, out: Path, *, table: str | None = None, include_deleted: bool = False,
    include_at_risk: IncludeAtRisk = (),
) -> dict[str, int]:
    """Write one JSON object with a list of rows per synced table; returns rows per table."""
    counts: dict[str, int] = {}
    with _atomic_text(out) as stream:
        stream.write("{")
        for index, spec in enumerate(_tables(table)):
            stream.write(("," if index else "") + f"\n  {json.dumps(spec.name)}: [")
            count = 0
            for row in iter_rows(connection, spec, include_deleted=include_deleted,
                                 include_at_risk=include_at_risk):
                stream.write(("," if count else "") + "\n    ")
                stream.write(json.dumps(row, ensure_ascii=False))
                count += 1
            stream.write("\n  ]" if count else "]")
            counts[spec.name] = count
        stream.write("\n}\n")
    return counts


def export_csv(
    connection: Connection, out: Path, *, table: str | None, include_deleted: bool = False,
    include_at_risk: IncludeAtRisk = (),
) -> dict[str, int]:
    """Write one table as CSV (UTF-8 with a byte-order mark, which spreadsheets expect)."""
    if table is None:
        raise ExchangeError("a CSV file holds one table: choose it with --table")
    (spec,) = _tables(table)
    fields = export_fields(spec, include_deleted=include_deleted)
    count = 0
    with _atomic_text(out, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([f.name for f in fields])
        for row in iter_rows(connection, spec, include_deleted=include_deleted,
                             include_at_risk=include_at_risk):
            writer.writerow([_csv_cell(f, row[f.name]) for f in fields])
            count += 1
    return {spec.name: count}


EXPORT_FORMATS = ("csv", "xlsx", "json")


class ExportCancelled(Exception):
    """The person cancelled an export; the file was not written."""


def ids_of_rids(connection: Connection, table: str, rids: Sequence[int]) -> list[str]:
    """The ids of the rows with these local keys, in the order of ``rids`` (a list's order)."""
    columns = TABLES[table]
    found: dict[int, str] = {}
    for start in range(0, len(rids), 500):
        chunk = list(rids[start:start + 500])
        found.update((int(rid), str(row_id)) for rid, row_id in connection.execute(
            select(columns.c.rid, columns.c.id).where(columns.c.rid.in_(chunk))))
    return [found[rid] for rid in rids if rid in found]


def rows_by_id(connection: Connection, table: TableSpec, ids: Sequence[str], *,
               include_at_risk: IncludeAtRisk = ()) -> Iterator[dict[str, Any]]:
    """The live rows with these ids, in the order of ``ids``, as JSON-ready dicts (at-risk
    organizations' contacts left out unless ``include_at_risk`` asks for them)."""
    columns = TABLES[table.name]
    fields = export_fields(table, include_deleted=False)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        query = select(*(columns.c[f.name] for f in fields)).where(
            columns.c.id.in_(chunk), columns.c.deleted.is_(False), _kept(table, include_at_risk))
        found = {row[0]: {f.name: f.encode(value) for f, value in zip(fields, row)}
                 for row in connection.execute(query)}
        yield from (found[row_id] for row_id in chunk if row_id in found)


def export_records(
    connection: Connection,
    out: Path,
    *,
    table: str,
    fmt: str,
    ids: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    headers: Mapping[str, str] | None = None,
    sheet_title: str | None = None,
    include_at_risk: IncludeAtRisk = (),
) -> int:
    """Write one table's live rows (only those of ``ids``, in that order, when given) as CSV,
    XLSX or JSON; returns how many.  ``headers`` names the CSV and XLSX columns (the labels
    a person reads) instead of the field names; JSON keys are always the field names.  Text cells of CSV and XLSX are neutralised
    (:func:`neutralise_cell`).  The file appears only when complete: a full disk, a refused
    folder or a cancel (:class:`ExportCancelled`) leaves whatever was there before.  The
    contacts of at-risk organizations are left out unless ``include_at_risk`` names them."""
    (spec,) = _tables(table)
    if fmt not in EXPORT_FORMATS:
        raise ExchangeError(f"unknown format “{fmt}”; choose one of: {', '.join(EXPORT_FORMATS)}")
    fields = export_fields(spec, include_deleted=False)
    if ids is None:
        total = int(connection.execute(
            select(func.count()).select_from(TABLES[spec.name]).where(
                TABLES[spec.name].c.deleted.is_(False), _kept(spec, include_at_risk))).scalar_one())
        rows: Iterable[dict[str, Any]] = iter_rows(connection, spec, include_at_risk=include_at_risk)
    else:
        total = len(ids)
        rows = rows_by_id(connection, spec, ids, include_at_risk=include_at_risk)

    def counted() -> Iterator[dict[str, Any]]:
        for count, row in enumerate(rows, start=1):
            yield row
            if count % 200 == 0 or count == total:
                if cancel is not None and cancel.is_set():
                    raise ExportCancelled()
                if progress is not None:
                    progress(count, total)

    if progress is not None:
        progress(0, total)
    titles = [(headers or {}).get(f.name, f.name) for f in fields]
    if fmt == "xlsx":
        title = re.sub(r"[\[\]:*?/\\]", " ", sheet_title or spec.name)[:31].strip()
        return _write_xlsx(out, title or spec.name, spec, fields, titles, counted())
    count = 0
    if fmt == "json":
        with _atomic_text(out) as stream:
            stream.write("{" + f"\n  {json.dumps(spec.name)}: [")
            for row in counted():
                stream.write(("," if count else "") + "\n    " + json.dumps(row, ensure_ascii=False))
                count += 1
            stream.write(("\n  ]" if count else "]") + "\n}\n")
        return count
    with _atomic_text(out, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([neutralise_cell(title) for title in titles])
        for row in counted():
            writer.writerow([_csv_cell(f, row[f.name]) for f in fields])
            count += 1
    return count


def _write_xlsx(out: Path, sheet_title: str, spec: TableSpec, fields: list[FieldSpec],
                titles: list[str],
                rows: Iterable[dict[str, Any]]) -> int:
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    sheet.append([neutralise_cell(title) for title in titles])
    count = 0
    for row in rows:
        try:
            sheet.append([_xlsx_cell(f, row[f.name]) for f in fields])
        except IllegalCharacterError:
            raise ExchangeError(f"a record of {spec.name} holds control characters that a "
                                "workbook cannot hold: export it as CSV or JSON") from None
        count += 1
    folder = out.parent if str(out.parent) else Path(".")
    handle, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".xlsx", dir=folder)
    os.close(handle)
    try:
        workbook.save(tmp)
        with open(tmp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return count


def _xlsx_cell(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind is Kind.INT:
        return int(value)
    if spec.kind is Kind.DECIMAL:
        number = float(value)  # a number a spreadsheet sums, when that loses nothing
        return number if Decimal(repr(number)) == Decimal(value) else str(value)
    if spec.kind is Kind.BOOL:
        return bool(value)
    return _csv_cell(spec, value)


def _csv_cell(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return ""
    if spec.kind is Kind.LIST:
        text = LIST_SEPARATOR.join(value)
    elif spec.kind is Kind.BOOL:
        text = "true" if value else "false"
    else:
        text = str(value)
    return text if spec.kind in NUMERIC_KINDS else neutralise_cell(text)


class _atomic_text:
    """A text file written next to its destination and moved into place only when complete,
    so a full disk or a crash never leaves half an export behind."""

    def __init__(self, out: Path, *, encoding: str = "utf-8", newline: str | None = None) -> None:
        self.out = out
        self.encoding = encoding
        self.newline = newline

    def __enter__(self) -> IO[str]:
        folder = self.out.parent if str(self.out.parent) else Path(".")
        handle, self.tmp = tempfile.mkstemp(prefix=f".{self.out.name}.", dir=folder)
        self.stream = io.open(handle, "w", encoding=self.encoding, newline=self.newline)
        return self.stream

    def __exit__(self, exc_type: object, *_: object) -> None:
        try:
            if exc_type is None:
                self.stream.flush()
                os.fsync(self.stream.fileno())
            self.stream.close()
            if exc_type is None:
                os.replace(self.tmp, self.out)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)


# -- import ------------------------------------------------------------------------------


def read_table_file(path: Path) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """The header and the non-blank rows (with their spreadsheet row numbers) of a file."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            header, rows = _read_csv(path)
        elif suffix in (".xlsx", ".xlsm"):
            header, rows = _read_xlsx(path)
        else:
            raise ExchangeError(f"{path.name}: import reads .csv or .xlsx files")
    except FileNotFoundError:
        raise ExchangeError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ExchangeError(f"{path}: is a folder, not a file") from None
    if not header or all(not name for name in header):
        raise ExchangeError(f"{path.name}: the first row must name the columns")
    records: list[tuple[int, dict[str, Any]]] = []
    for number, cells in rows:
        if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
            continue
        if len(cells) > len(header):
            extra = cells[len(header):]
            if any(cell not in (None, "") for cell in extra):
                raise ExchangeError(f"{path.name}: row {number} has more cells than the header")
        records.append((number, {name: cells[i] if i < len(cells) else None
                                 for i, name in enumerate(header)}))
    return header, records


def _read_csv(path: Path) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExchangeError(
            f"{path.name}: is not UTF-8 text (byte {error.start}); save it as “CSV UTF-8”"
        ) from None
    if "\x00" in content:
        raise ExchangeError(f"{path.name}: is not a text file")
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    try:
        lines = list(reader)
    except csv.Error as error:
        raise ExchangeError(f"{path.name}: line {reader.line_num}: {error}") from None
    if not lines:
        raise ExchangeError(f"{path.name}: the file is empty")
    header = [name.strip() for name in lines[0]]
    return header, ((index + 2, list(cells)) for index, cells in enumerate(lines[1:]))


def _read_xlsx(path: Path) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        if isinstance(error, FileNotFoundError):
            raise
        raise ExchangeError(f"{path.name}: is not a readable .xlsx workbook") from None
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    first = next(rows, None)
    if first is None:
        raise ExchangeError(f"{path.name}: the first sheet is empty")
    header = ["" if name is None else str(name).strip() for name in first]
    while header and not header[-1]:
        header.pop()
    data = [(index + 2, list(cells)) for index, cells in enumerate(rows)]
    workbook.close()
    return header, iter(data)


def check_header(path: Path, spec: TableSpec, header: Sequence[str]) -> None:
    """Refuse unknown, repeated or unnamed columns before reading any row."""
    problems = []
    known = set(spec.field_names)
    unknown = [name for name in header if name and name not in known]
    if unknown:
        problems.append(
            f"unknown column(s) {', '.join(unknown)}; {spec.name} has: {', '.join(spec.field_names)}"
        )
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        problems.append(f"repeated column(s): {', '.join(repeated)}")
    if "" in header:
        problems.append(f"column {header.index('') + 1} has no name")
    if "deleted" in header:
        problems.append("the deleted column cannot be imported: delete or restore in the app")
    if "merged_into" in header:
        problems.append("the merged_into column cannot be imported: merge in the app or with "
                        "lookingbeyond merge")
    if problems:
        raise ExchangeError(f"{path.name}: " + "; ".join(problems))


def import_file(writer: Writer, table: str, path: Path) -> ImportResult:
    """Import ``path`` into ``table`` through ``writer`` (the caller's transaction).

    A row whose ``id`` names an existing record updates only the columns present; other
    rows create records.  Raises ImportRowsError (naming rows and columns) before writing
    anything if any row is bad.
    """
    (spec,) = _tables(table)
    header, rows = read_table_file(path)
    check_header(path, spec, header)
    warnings = _take_off_formula_quotes(spec, rows)
    problems: list[tuple[int, FieldError]] = []
    seen: dict[str, int] = {}
    items: list[tuple[str | None, dict[str, Any]]] = []
    numbers: list[int] = []
    for number, record in rows:
        row_id = record.pop("id", None)
        row_id = str(row_id).strip() if row_id not in (None, "") else None
        if row_id is not None:
            if row_id in seen:
                problems.append((number, FieldError("id", QT_TRANSLATE_NOOP("validation", "repeats row %1"), (str(seen[row_id]),))))
                continue
            seen[row_id] = number
        items.append((row_id, record))
        numbers.append(number)
    prepared = writer.prepare_many(table, items)
    for number, item in zip(numbers, prepared):
        problems.extend((number, error) for error in item.errors)
    if problems:
        problems.sort(key=lambda problem: problem[0])
        raise ImportRowsError(path, problems)
    if not prepared:
        raise ExchangeError(f"{path.name}: there are no rows to import")
    writer.apply(prepared)
    created = sum(1 for item in prepared if item.is_new)
    updated = sum(1 for item in prepared if not item.is_new and item.values)
    return ImportResult(created, updated, len(prepared) - created - updated, tuple(warnings))


def _take_off_formula_quotes(spec: TableSpec, rows: list[tuple[int, dict[str, Any]]]) -> list[str]:
    """Take off the quote an export put before formula-like text (in place), and name the
    rows and columns of the other cells that look like formulas."""
    warnings: list[str] = []
    text_columns = {f.name for f in spec.fields if f.kind not in NUMERIC_KINDS}
    for number, record in rows:
        for name, cell in record.items():
            if name not in text_columns or not isinstance(cell, str):
                continue
            plain = unneutralise_cell(cell)
            if plain != cell:
                record[name] = plain
            elif looks_like_formula(cell):
                warnings.append(f"row {number}, column {name}: starts like a spreadsheet formula "
                                "(=, +, -, @, tab or carriage return); imported as text")
    return warnings
