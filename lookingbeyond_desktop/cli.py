"""The ``lookingbeyond`` command: sub-commands for the local replica; none opens the window.

Every sub-command takes ``--data-dir`` (default: ``$LOOKINGBEYOND_DATA_DIR``, else the
user data folder).  Errors a person can act on are printed as one clear message with
exit status 1; usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from lookingbeyond_desktop import __version__, paths
from sync.wire import MAX_DEVICE_NAME

log = logging.getLogger("lookingbeyond")


class CommandError(Exception):
    """A failure to report to the person as a message, not a traceback."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``lookingbeyond`` and its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="lookingbeyond",
        description="Looking Beyond Desktop: the offline registry of civil-society partners. "
        "With no command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"data folder (default: ${paths.ENV_DATA_DIR}, else the user data folder)",
    )
    common.add_argument(
        "--passphrase-stdin", action="store_true",
        help="read the data folder's passphrase from the first line of standard input (for a "
        "computer with no keyring to keep the folder's key; a new folder is then locked with "
        "it; with login's --password-stdin, the password is the second line)",
    )
    parser.add_argument("--data-dir", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--passphrase-stdin", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", parents=[common], help="open the application window",
                         description="Open the application window.")
    gui.set_defaults(func=cmd_gui)

    demo = sub.add_parser("demo", parents=[common], help="fill an empty data folder with demo data",
                          description="Fill an empty data folder with believable demo data "
                          "(every UN region; Latin, Arabic, Cyrillic and Chinese names; the real "
                          "events of the Looking Beyond project). Deterministic for a seed.")
    demo.add_argument("--orgs", type=_positive, default=2_000, metavar="N",
                      help="number of organizations (default: 2000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default: 1)")
    demo.add_argument("--participations-per-org", type=_positive, default=3, metavar="K",
                      help="participation records per organization (default: 3)")
    demo.set_defaults(func=cmd_demo)

    search = sub.add_parser("search", parents=[common], help="full-text search of organizations",
                            description="Search organizations by name, alias, acronym, city or "
                            "notes; accents and Arabic letter forms do not matter.")
    search.add_argument("text", help="what to look for")
    search.add_argument("--limit", type=_positive, default=20, help="most results (default: 20)")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(func=cmd_search)

    dups = sub.add_parser("duplicates", parents=[common], help="list likely duplicate "
                          "organizations",
                          description="List pairs of live organizations that are likely one "
                          "(the same name in another script or spelling, the acronym as a name, "
                          "a shared website or e-mail domain, phone or city), with a score from "
                          "0 to 1 and the reasons (docs/duplicates.md). Nothing is changed.")
    dups.add_argument("--json", action="store_true", help="print JSON")
    dups.add_argument("--min-score", type=_score, default=None, metavar="S",
                      help="least score reported, between 0 and 1 (default: the threshold "
                      "measured on the labelled set, 0.75)")
    dups.set_defaults(func=cmd_duplicates)

    merge = sub.add_parser("merge", parents=[common], help="merge two records of one organization",
                           description="Merge the organization OTHER_ID into KEEP_ID: every "
                           "contact, participation, grant and co-organizing of OTHER moves to "
                           "KEEP, OTHER's names become KEEP's other names, and OTHER stays as a "
                           "deleted redirect, so that what other computers made of it offline "
                           "lands on KEEP. It syncs like any edit. --undo OTHER_ID undoes this "
                           "computer's merge while nothing else has changed the two records.")
    merge.add_argument("ids", nargs="*", metavar="ID", help="KEEP_ID OTHER_ID")
    merge.add_argument("--take", action="append", default=[], metavar="FIELD",
                       help="a field KEEP takes from OTHER (repeat it), e.g. --take phone")
    merge.add_argument("--undo", metavar="OTHER_ID", help="undo the merge of OTHER_ID")
    merge.set_defaults(func=cmd_merge, usage_error=merge.error)

    export = sub.add_parser("export", parents=[common], help="export synced data as JSON or CSV",
                            description="Export the synced tables (JSON: one object with a list "
                            "per table; CSV: one table). Same data, same bytes.")
    export.add_argument("--format", choices=("json", "csv"), required=True)
    export.add_argument("--table", help="only this table (required for CSV)")
    export.add_argument("--out", required=True, metavar="FILE", help="file to write")
    export.add_argument("--include-deleted", action="store_true",
                        help="also export deleted records (with a deleted column)")
    export.add_argument("--include-at-risk", action="append", default=[], metavar="NAME_OR_ID",
                        help="also export the contacts of this at-risk organization (its name, "
                        "acronym or id; repeat it for several): they are left out otherwise")
    export.set_defaults(func=cmd_export)

    imp = sub.add_parser("import", parents=[common], help="import a CSV or XLSX file into a table",
                         description="Import rows into a table. Columns are named as in the "
                         "export; a row whose id is known updates only the columns present, other "
                         "rows are created. All or nothing: bad rows are named and nothing changes.")
    imp.add_argument("--table", required=True, help="table to import into")
    imp.add_argument("file", metavar="FILE", help=".csv (UTF-8) or .xlsx file")
    imp.set_defaults(func=cmd_import)

    login = sub.add_parser("login", parents=[common], help="enrol this device with headquarters",
                           description="Enrol this device with the headquarters server; the "
                           "device token is kept in the operating system's keyring.")
    login.add_argument("--server", required=True, metavar="URL", help="headquarters address")
    login.add_argument("--user", required=True, metavar="NAME", help="your user name")
    login.add_argument("--password-stdin", action="store_true", required=True,
                       help="read the password from standard input")
    login.add_argument("--device-name", metavar="NAME", default=None,
                       help="a name for this computer that colleagues will recognise in "
                       "History, Trash and Conflicts, e.g. NAIROBI-LAPTOP-2 (default: its host "
                       f"name; at most {MAX_DEVICE_NAME} characters)")
    login.set_defaults(func=cmd_login)

    sync = sub.add_parser("sync", parents=[common], help="sync with headquarters",
                          description="Send local changes and receive the others'. Exit status 0 "
                          "only when fully synced; safe to run from a scheduler.")
    sync.add_argument("--json", action="store_true", help="print JSON")
    sync.add_argument("--allow-deletions", action="store_true",
                      help="apply headquarters' changes even when they delete many local records "
                      "(without it, such a sync stops and asks)")
    sync.add_argument("--reset", action="store_true",
                      help="forget what was received and reconcile everything again "
                      "(local changes not yet sent are kept and sent)")
    sync.set_defaults(func=cmd_sync)

    bundle = sub.add_parser("bundle", help="sync by file, for a computer without a connection",
                            description="Sync by file: write what this computer would send in a "
                            "sync to a file, carry it to headquarters (lookingbeyond-server bundle "
                            "import, or its /bundle page), and read the reply it gives here.",
                            epilog="lookingbeyond bundle export --data-dir DIR --out FILE; "
                            "lookingbeyond bundle import --data-dir DIR REPLY")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)
    bundle_out = bundle_sub.add_parser("export", parents=[common], help="write a file for headquarters",
                                       description="Write this computer's unsent changes and "
                                       "what it asks of headquarters to a sealed file. The "
                                       "changes stay pending until a reply says headquarters "
                                       "holds them.")
    bundle_out.add_argument("--out", required=True, metavar="FILE", help="the file to write (.lbsync)")
    bundle_out.add_argument("--json", action="store_true", help="print JSON")
    bundle_out.set_defaults(func=cmd_bundle_export)
    bundle_in = bundle_sub.add_parser("import", parents=[common], help="read headquarters' reply",
                                      description="Read the reply headquarters made for this "
                                      "computer's file, as a sync would. Reading it twice changes "
                                      "nothing.")
    bundle_in.add_argument("reply", metavar="REPLY", help="the reply file headquarters wrote")
    bundle_in.add_argument("--json", action="store_true", help="print JSON")
    bundle_in.add_argument("--allow-deletions", action="store_true",
                           help="apply the reply even when it deletes many local records")
    bundle_in.set_defaults(func=cmd_bundle_import)

    conflicts = sub.add_parser("conflicts", parents=[common], help="list or settle sync conflicts",
                               description="List values that lost a concurrent edit (and deletes "
                               "that met an edit), or settle one with --resolve.")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.add_argument("--all", action="store_true", help="include settled conflicts")
    conflicts.add_argument("--resolve", metavar="ID", help="settle this conflict")
    conflicts.add_argument("--keep", choices=("winner", "loser"), default="winner",
                           help="with --resolve: keep the current value (winner) or bring back "
                           "the other one (loser)")
    conflicts.set_defaults(func=cmd_conflicts)

    status = sub.add_parser("status", parents=[common], help="device id, counts, pending changes",
                            description="Show this replica's device id, record counts and the "
                            "changes not yet synced.")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(func=cmd_status)

    check = sub.add_parser("check", parents=[common], help="check the database for damage",
                           description="Run SQLite's integrity check on the local database. "
                           "Exit status 1 when it is damaged (then see: restore).")
    check.set_defaults(func=cmd_check)

    back = sub.add_parser("backup", parents=[common], help="back up the local database now",
                          description="Make a checked copy of the local database in the "
                          "backups folder of the data folder (the newest three are kept; the "
                          "application also makes one a day).")
    back.add_argument("--list", action="store_true", help="list the backups instead")
    back.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", parents=[common], help="restore the newest good backup",
                             description="Put a backup in place of the local database. The "
                             "current file is moved to a damaged-<time> folder, not deleted. "
                             "The next sync brings back from headquarters what this device had "
                             "synced since the backup; edits not synced since are lost.")
    restore.add_argument("--from", dest="source", metavar="FILE",
                         help="the backup to restore (default: the newest that passes its check)")
    restore.set_defaults(func=cmd_restore)

    report = sub.add_parser("report", parents=[common], help="the indicators report as PDF, XLSX, "
                            "CSV or JSON",
                            description="Compute the project's indicators (docs/reports.md) from "
                            "the local data and write them as an A4 PDF report, an Excel "
                            "workbook, a CSV indicator table or one JSON object. Activities "
                            "count when they start in the period; region and country narrow "
                            "the organizations by where they are based.")
    report.add_argument("--format", choices=REPORT_FORMATS,
                        help="what to write (default: from the name of --out)")
    report.add_argument("--out", required=True, metavar="FILE", help="file to write")
    report.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD",
                        help="first day of the period")
    report.add_argument("--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD",
                        help="last day of the period (included)")
    report.add_argument("--region", type=_region_code, metavar="M49",
                        help="a UN M49 region or sub-region code, e.g. 002 (Africa)")
    report.add_argument("--country", type=_country_code, metavar="ISO2",
                        help="a country's ISO 3166-1 alpha-2 code, e.g. KE")
    report.add_argument("--theme", type=_theme_code, metavar="CODE",
                        help="a thematic area or sub-theme code, e.g. corruption")
    report.add_argument("--network", type=_network_code, metavar="CODE",
                        help="a partner network code, e.g. vngoc")
    report.add_argument("--office", type=_office_code, metavar="CODE",
                        help="a UNODC office code (the activities it organized), e.g. HQ")
    report.set_defaults(func=cmd_report, usage_error=report.error)
    return parser


REPORT_FORMATS = ("pdf", "xlsx", "csv", "json")


def _iso_date(text: str) -> Any:
    import datetime as dt
    import re

    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            raise ValueError
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date: write it YYYY-MM-DD, "
                                         "e.g. 2024-01-31") from None


def _known(kind: str, code: str, known: Any, example: str, typed: str | None = None) -> str:
    if code not in known:
        raise argparse.ArgumentTypeError(f"there is no {kind} “{typed or code}”: {example}")
    return code


def _region_code(text: str) -> str:
    from lookingbeyond_desktop.domain import reference

    code = text.strip().zfill(3) if text.strip().isdigit() else text.strip()
    regions = reference.regions()
    examples = ", ".join(f"{c} ({r.name})" for c, r in regions.items() if r.kind == "region")
    return _known("UN M49 region", code, regions, f"the regions are {examples}, "
                  "and their sub-regions")


def _country_code(text: str) -> str:
    from lookingbeyond_desktop.domain import reference

    code = text.strip().upper()
    guess = reference.resolve_country(text) if len(code) != 2 else None
    hint = f"did you mean {guess}?" if guess else "give its ISO 3166-1 alpha-2 code, e.g. KE"
    return _known("country code", code, reference.countries(), hint, text.strip())


def _theme_code(text: str) -> str:
    from lookingbeyond_desktop.domain import reference

    areas = ", ".join(t.code for t in reference.theme_areas())
    return _known("thematic area", text.strip(), reference.themes(),
                  f"the areas are {areas} (a sub-theme is AREA.NAME)")


def _network_code(text: str) -> str:
    from lookingbeyond_desktop.domain import reference

    networks = reference.networks()
    return _known("network", text.strip(), networks, f"choose one of {', '.join(networks)}")


def _office_code(text: str) -> str:
    from lookingbeyond_desktop.domain import reference

    offices = reference.offices()
    return _known("UNODC office", text.strip().upper(), offices,
                  f"choose one of {', '.join(offices)}")


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError("must be between 0 and 1, e.g. 0.8")
    return value


@contextmanager
def _importing(args: argparse.Namespace) -> Iterator[None]:
    """Imports with the cyclic garbage collector paused.  SQLAlchemy and the declarative
    models make some hundreds of thousands of objects that live as long as the process; the
    collector would walk them again and again while they are made and after.  In the
    `lookingbeyond` process itself they are then frozen out of its sight (``gc.freeze``);
    a program that calls ``main(ARGS)`` gets its collector back as it was.  Together about
    a third of the CPU time of an empty `lookingbeyond sync` (bench/bench_cli_sync.py)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if getattr(args, "ends_process", False):
            gc.freeze()
        if collecting:
            gc.enable()


def _open_store(args: argparse.Namespace, *, create: bool = True) -> Any:
    with _importing(args):
        from lookingbeyond_desktop.store import Store

    return Store.open(paths.data_dir(args.data_dir), create=create)


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the application window."""
    from lookingbeyond_desktop.app import run

    return run(data_dir=paths.data_dir(args.data_dir) if args.data_dir else None)


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill an empty data folder with demo data."""
    from lookingbeyond_desktop.demo import generate
    from lookingbeyond_desktop.store.queries import count_live

    with _open_store(args) as store:
        existing = count_live(store, "organizations")
        if existing:
            raise CommandError(
                f"{store.folder} already holds {existing} organizations; "
                "demo data goes into an empty data folder (choose one with --data-dir)."
            )
        last = [-1]

        def progress(table: str, done: int, total: int) -> None:
            percent = done * 100 // total
            if percent // 10 != last[0] // 10:
                last[0] = percent
                print(f"\r{percent:3d}% ({table})", end="", file=sys.stderr, flush=True)

        summary = generate(store, organizations=args.orgs, seed=args.seed,
                           participations_per_org=args.participations_per_org, progress=progress,
                           sandbox=True)
        print(file=sys.stderr)
        print(f"Demo data written to {store.folder}: " + ", ".join(
            f"{count:,} {table}" for table, count in summary.counts.items()))
        print("This folder is for trying the application only: it can never be connected to "
              "headquarters or synced. For real work use another data folder (--data-dir).")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print the organizations matching a text."""
    from lookingbeyond_desktop.store.search import search_organizations

    with _open_store(args, create=False) as store, store.engine.connect() as connection:
        hits = search_organizations(connection, args.text, limit=args.limit)
    if args.json:
        print(json.dumps([_hit(hit) for hit in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(f"No organization matches “{args.text}”.")
    for hit in hits:
        acronym = f" ({hit.acronym})" if hit.acronym else ""
        cities = f" — {', '.join(hit.cities)}" if hit.cities else ""
        print(f"{hit.name}{acronym} [{hit.country}]{cities}  {hit.id}")
    return 0


def _hit(hit: Any) -> dict[str, Any]:
    return {name: getattr(hit, name) for name in hit.__slots__}


def cmd_duplicates(args: argparse.Namespace) -> int:
    """Print the likely duplicate pairs among live organizations."""
    from lookingbeyond_desktop.domain.matching import REASONS, THRESHOLD
    from lookingbeyond_desktop.store.duplicates import duplicate_pairs

    minimum = THRESHOLD if args.min_score is None else args.min_score
    with _open_store(args, create=False) as store, store.engine.connect() as connection:
        pairs = duplicate_pairs(connection, min_score=minimum)
    if args.json:
        print(json.dumps([pair.as_json() for pair in pairs], ensure_ascii=False, indent=2))
        return 0
    if not pairs:
        print(f"No likely duplicates (score {minimum:g} or more).")
    for pair in pairs:
        reasons = ", ".join(REASONS[code] for code in pair.reasons)
        print(f"{pair.score:.2f}  {pair.names[0]}  ~  {pair.names[1]}  ({reasons})\n"
              f"      keep {pair.keep}  other {pair.other}")
    if pairs:
        print(f"{len(pairs):,} likely pair(s).")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge one organization into another, or undo this computer's merge."""
    from lookingbeyond_desktop.store.merges import TAKEABLE, merge, undo_merge

    if args.undo is not None:
        if args.ids or args.take:
            args.usage_error("--undo takes only the id of the organization merged away")
    elif len(args.ids) != 2:
        args.usage_error("give two ids: KEEP_ID OTHER_ID (see lookingbeyond duplicates)")
    unknown = [name for name in args.take if name not in TAKEABLE]
    if unknown:
        args.usage_error(f"--take {unknown[0]}: not a field of an organization that can be "
                         f"taken; choose from {', '.join(TAKEABLE)}")
    with _open_store(args, create=False) as store:
        with store.write() as writer:
            if args.undo is not None:
                result = undo_merge(writer, args.undo)
            else:
                result = merge(writer, args.ids[0], args.ids[1], take=args.take)
        names = _organization_names(store, [result.keep_id, result.other_id])
    keep, other = names.get(result.keep_id, result.keep_id), names.get(result.other_id, result.other_id)
    singular = {"contacts": "contact", "participations": "participation", "grants": "grant",
                "activities": "activity", "organizations": "organization"}
    moved = ", ".join(f"{count:,} {table if count != 1 else singular.get(table, table)}"
                      for table, count in sorted(result.moved.items()))
    if args.undo is not None:
        print(f"Undid the merge of “{other}” into “{keep}”: “{other}” is back"
              + (f", with {moved} moved back" if moved else "") + ".")
    else:
        print(f"Merged “{other}” into “{keep}”."
              + (f" Took {', '.join(result.taken)}." if result.taken else "")
              + (f" Other names added: {', '.join(result.names_added)}." if result.names_added else "")
              + (f" Moved {moved}." if moved else ""))
        print(f"It reaches headquarters at the next sync. To undo it: lookingbeyond merge "
              f"--undo {result.other_id}")
    return 0


def _organization_names(store: Any, ids: list[str]) -> dict[str, str]:
    from sqlalchemy import text

    with store.engine.connect() as connection:
        return {row.id: row.name for row in connection.execute(
            text("SELECT id, name FROM organizations WHERE id IN (:a, :b)"),
            {"a": ids[0], "b": ids[-1]})}


def cmd_export(args: argparse.Namespace) -> int:
    """Export synced tables to a file."""
    from lookingbeyond_desktop.store.exchange import (
        at_risk_organizations,
        export_csv,
        export_json,
        find_at_risk,
        left_out,
    )

    export = export_json if args.format == "json" else export_csv
    out = Path(args.out)
    with _open_store(args, create=False) as store, store.engine.connect() as connection:
        included, unknown = find_at_risk(connection, args.include_at_risk)
        if unknown:  # a misspelt name must not pass for "nothing to include"
            print("error: no organization at risk is called " + ", ".join(
                f"“{word}”" for word in unknown) + "; the ones at risk are: " + (", ".join(
                    f"“{name}” ({org_id})" for org_id, name in at_risk_organizations(connection))
                    or "none"), file=sys.stderr)
            return 2
        counts = export(connection, out, table=args.table, include_deleted=args.include_deleted,
                        include_at_risk=included)
        kept_out = left_out(connection, included) if args.table in (None, "contacts") else 0
    print(f"Exported to {out}: " + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    if kept_out:
        print(f"Left out {kept_out:,} contacts of organizations at risk (ask for one with "
              "--include-at-risk NAME).", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import a CSV or XLSX file into a table, all or nothing."""
    from lookingbeyond_desktop.domain.matching import REASONS
    from lookingbeyond_desktop.store.exchange import import_file
    from lookingbeyond_desktop.store.import_plan import likely_duplicate_rows

    with _open_store(args) as store, store.write() as writer:
        likely = likely_duplicate_rows(writer.connection, args.table, Path(args.file))
        result = import_file(writer, args.table, Path(args.file))
    print(f"Imported {args.file} into {args.table}: {result.created:,} created, "
          f"{result.updated:,} updated, {result.unchanged:,} unchanged.")
    for number, name, (hit, *_others) in likely:  # created all the same: a person decides
        where = f"row {hit.row} of the file" if hit.row is not None else f"{hit.id} [{hit.country}]"
        print(f"warning: row {number}: created “{name}”, likely a duplicate of “{hit.name}” "
              f"({where}; score {hit.score:.2f}: {', '.join(REASONS[r] for r in hit.reasons)})",
              file=sys.stderr)
    for warning in result.warnings[:50]:  # rows and columns only, never the values
        print(f"warning: {warning}", file=sys.stderr)
    if len(result.warnings) > 50:
        print(f"warning: … and {len(result.warnings) - 50} more cells that look like formulas",
              file=sys.stderr)
    return 0


def cmd_login(args: argparse.Namespace) -> int:
    """Enrol the device and keep its token in the keyring."""
    import platform

    with _importing(args):
        from lookingbeyond_desktop.store.sandbox import refuse_demo
        from lookingbeyond_desktop.store import cipher
        from lookingbeyond_desktop.store.sync_adapter import enrol_device
        from sync.client import NO_KEYRING, SyncError

    if not cipher.keyring_usable():  # the token could not be kept: said before a folder is made
        raise CommandError(NO_KEYRING)
    with _open_store(args) as store:
        password = sys.stdin.readline().rstrip("\r\n")
        try:
            if not password:
                refuse_demo(store)  # a demo folder is told so before the password is missing
                raise CommandError("no password on standard input")
            device_name = " ".join((args.device_name if args.device_name is not None
                                    else platform.node()).split())
            if not device_name:
                raise CommandError("give this computer a name with --device-name NAME")
            if len(device_name) > MAX_DEVICE_NAME:
                raise CommandError(f"--device-name is longer than {MAX_DEVICE_NAME} characters")
            result = enrol_device(store, args.server, args.user, password, device_name)
        except SyncError as error:
            raise CommandError(error.message) from None
    print(f"This device ({device_name}) is enrolled with {args.server} as {args.user} "
          f"({result.role}" + (f": {result.scope}" if result.scope else "") + ").")
    return 0


def _wipe_after_order(args: argparse.Namespace, order: Any, device_id: str, server_url: str) -> int:
    """Headquarters ordered this folder's data erased (remote wipe): erase it, tell
    headquarters, forget the token; exit status 3."""
    from lookingbeyond_desktop.store.wipe import carry_out

    outcome = carry_out(paths.data_dir(args.data_dir), device_id, server_url)
    said = ("Headquarters asked for this computer's copy of the registry to be erased. "
            "Everything it had not sent was received first. Erased: the database, its backups "
            "and logs, and the sign-in token.")
    if outcome.confirmed_at is None:
        said += f" Headquarters could not be told ({outcome.confirm_error})."
    if args.json:
        print(json.dumps({"ok": False, "code": "device_wipe", "message": said,
                          "wiped": [str(p) for p in outcome.erased],
                          "confirmed_at": outcome.confirmed_at}, ensure_ascii=False))
    else:
        print(said)
    return 3


def cmd_sync(args: argparse.Namespace) -> int:
    """Sync until done; exit 0 only when fully synced.  The plain empty case (nothing to
    send, nothing new) goes by the quick path, without SQLAlchemy or requests
    (:mod:`lookingbeyond_desktop.quick_sync`, whose rule says when); everything else, and
    whatever the quick path is unsure of, by the ordinary one."""
    from lookingbeyond_desktop import quick_sync

    if not args.reset:
        quick = quick_sync.empty_sync(paths.data_dir(args.data_dir), app_version=__version__)
        if quick is not None:
            return _sync_said(args, quick.server_url, quick.report, pending=0,
                              cursor=quick.cursor, unresolved=0, kept_aside=0,
                              last_sync_at=quick.last_sync_at, newer=None)
    with _importing(args):
        from lookingbeyond_desktop.store.sandbox import refuse_demo
        from lookingbeyond_desktop.store.sync_adapter import (
            newer_release,
            replication_for,
            run_sync,
        )
        from sync.client import SyncError
    quick_sync.attach()  # the store's cipher module, if the quick path loaded it first

    wipe_ordered: SyncError | None = None
    with _open_store(args, create=False) as store:
        replication = replication_for(store)
        status = replication.status()
        try:
            if not status.server_url:
                refuse_demo(store)  # a demo folder is told why it can never sync
                raise CommandError("this device is not enrolled: run lookingbeyond login first")
            report = run_sync(store, allow_mass_delete=args.allow_deletions, reset=args.reset)
        except SyncError as error:
            if error.code == "device_wipe":  # erased below, once the database is closed
                wipe_ordered = error
            elif args.json:
                print(json.dumps({"ok": False, "code": error.code, "message": error.message,
                                  "retryable": error.retryable}, ensure_ascii=False))
            if wipe_ordered is None:
                if error.code in ("token_invalid", "token_expired"):  # must sign in again
                    raise CommandError(f"{error.message} (lookingbeyond login --server "
                                       f"{status.server_url} --user NAME --password-stdin)") from None
                raise CommandError(error.message) from None
        if wipe_ordered is not None:
            device_id = status.device_id
        else:
            after = replication.status()
            # Counted in one read, not listed: a scheduler's sync runs every few minutes,
            # and a folder may keep hundreds of conflicts to review.
            with store.engine.connect() as connection:
                unresolved, kept_aside = _sync_leftovers(connection, replication)
                newer = newer_release(connection, __version__)
    if wipe_ordered is not None:
        return _wipe_after_order(args, wipe_ordered, device_id, status.server_url)
    return _sync_said(args, status.server_url or "",
                      {k: v for k, v in report.__dict__.items() if k != "app"},
                      pending=after.pending, cursor=after.cursor, unresolved=unresolved,
                      kept_aside=kept_aside, last_sync_at=after.last_sync_at, newer=newer)


def _sync_said(args: argparse.Namespace, server_url: str, report: dict[str, Any], *,
               pending: int, cursor: int, unresolved: int, kept_aside: int,
               last_sync_at: str | None, newer: Any) -> int:
    """Print what a finished sync did (``report``: ``SyncReport``'s fields but ``app``, in
    order), the same words whichever path did it; the exit status."""
    result = {"ok": True, **report, "pending": pending, "cursor": cursor,
              "unresolved_conflicts": unresolved, "quarantine": kept_aside,
              "last_sync_at": last_sync_at,
              "newer_version": newer.encode() if newer is not None else None}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"Synced with {server_url}: sent {report['pushed_rows']:,} records, received "
              f"{report['pulled_rows']:,}, in {report['rounds']} round trip(s) "
              f"({report['bytes_sent'] + report['bytes_received']:,} bytes).")
        if report["refused"]:
            print(f"Headquarters refused {report['refused']} change(s): see the Sync page or "
                  "lookingbeyond status.")
        if report["withdrawn"]:
            print(f"{report['withdrawn']:,} record(s) left this office's scope and were "
                  "removed from this computer.")
        if report["erased"]:
            print(f"Headquarters erased the personal data of {report['erased']:,} person(s) "
                  "at their request: removed from this computer and its backups too.")
        if report["quarantined"]:
            print(f"{report['quarantined']:,} record(s) from headquarters could not be stored "
                  "by this version and were kept aside: see lookingbeyond status.")
        if unresolved:
            print(f"{unresolved} conflict(s) to review: lookingbeyond conflicts")
        if newer is not None:
            where = f": {newer.url}" if newer.url else " (ask headquarters for it)"
            print(f"A newer version of Looking Beyond, {newer.newest}, is available{where}; "
                  f"this one is {__version__}.")
    return 0 if pending == 0 and not report["refused"] and not report["quarantined"] else 1


def _sync_leftovers(connection: Any, replication: Any) -> tuple[int, int]:
    """How many conflicts wait for review (the unresolved ones that
    ``Replication.conflicts()`` lists) and how many pulled rows are kept aside (its
    ``quarantine()``), counted in the database."""
    from sqlalchemy import func, select

    conflicts, quarantine = replication.conflicts_table, replication.quarantine_table
    unresolved = connection.execute(select(func.count()).select_from(conflicts).where(
        conflicts.c.resolved_at.is_(None))).scalar_one()
    kept_aside = connection.execute(select(func.count()).select_from(quarantine)).scalar_one()
    return int(unresolved), int(kept_aside)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    """Write a sync file for headquarters (nothing is marked sent)."""
    from pathlib import Path

    from lookingbeyond_desktop.store.sync_adapter import export_bundle
    from sync.bundle import BundleError, write_whole
    from sync.client import SyncError

    target = Path(args.out)
    with _open_store(args, create=False) as store:
        try:
            result = export_bundle(store)
        except (SyncError, BundleError) as error:
            raise CommandError(error.message) from None
    try:
        write_whole(target, result.data)
    except OSError as error:
        raise CommandError(f"the file could not be written to {target} "
                           f"({error.strerror or error}); nothing was lost, try another place") from None
    if args.json:
        print(json.dumps({"ok": True, "file": str(target), "bytes": len(result.data),
                          "bundle": result.bundle_id, "records": result.records,
                          "batches": result.batches, "left_for_later": result.left_for_later,
                          "cursor": result.cursor}))
    else:
        print(result.summary())
        print(f"Written to {target}: carry it to headquarters.")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    """Read headquarters' reply; exit 0 when nothing is left to send, 1 otherwise, 3 when
    it ordered this folder's data erased."""
    from pathlib import Path

    from lookingbeyond_desktop.store.sync_adapter import import_reply, replication_for
    from sync.bundle import MAX_BUNDLE_BYTES, BundleError
    from sync.client import SyncError

    source = Path(args.reply)
    try:
        with open(source, "rb") as handle:  # never more than a reply can hold (refused then)
            data = handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as error:
        raise CommandError(f"cannot read {source}: {error.strerror or error}") from None
    with _open_store(args, create=False) as store:
        try:
            result = import_reply(store, data, allow_mass_delete=args.allow_deletions)
        except (SyncError, BundleError) as error:
            if args.json:
                print(json.dumps({"ok": False, "code": error.code, "message": error.message},
                                 ensure_ascii=False))
            raise CommandError(f"{source.name} was not read: {error.message}") from None
        status = replication_for(store).status()
    if result.wipe:
        from lookingbeyond_desktop.store.wipe import carry_out

        outcome = carry_out(paths.data_dir(args.data_dir), status.device_id, status.server_url or "",
                            confirm=False)
        said = ("Headquarters asked for this computer's copy of the registry to be erased. "
                "Everything it had not sent was received first. Erased: the database, its "
                "backups and logs, and the sign-in.")
        if args.json:
            print(json.dumps({"ok": False, "code": "device_wipe", "message": said,
                              "wiped": [str(p) for p in outcome.erased]}, ensure_ascii=False))
        else:
            print(said)
        return 3
    if args.json:
        print(json.dumps({"ok": True, "reply": result.reply_id, "already_read": result.already_read,
                          "received": result.received, "fixed": result.fixed,
                          "refused": len(result.refused), "conflicts": result.conflicts,
                          "quarantined": result.quarantined, "withdrawn": result.withdrawn,
                          "pending": result.pending, "more": result.more,
                          "cursor": status.cursor}, ensure_ascii=False))
    else:
        print(result.summary())
    return 0 if result.pending == 0 and not result.refused and not result.more else 1


def cmd_conflicts(args: argparse.Namespace) -> int:
    """List or settle conflicts."""
    from lookingbeyond_desktop.store.sync_adapter import replication_for

    with _open_store(args, create=False) as store:
        replication = replication_for(store)
        if args.resolve:
            try:
                replication.resolve_conflict(args.resolve, keep=args.keep)
            except KeyError:
                raise CommandError(f"there is no conflict {args.resolve}") from None
            print(f"Conflict {args.resolve} settled (kept the {args.keep}); it syncs with the next sync.")
            return 0
        found = replication.conflicts(include_resolved=args.all)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2, default=str))
        return 0
    if not found:
        print("No conflicts to review.")
    for item in found:
        print(f"{item['id']}  {item['tbl']} {item['row_id']} {item['field']} ({item['kind']}): "
              f"kept {_short(item['winner_value'])}, other {_short(item['loser_value'])}")
    return 0


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "…"


def cmd_status(args: argparse.Namespace) -> int:
    """Print the replica's identity, counts and pending changes."""
    from lookingbeyond_desktop.store.queries import replica_status
    from lookingbeyond_desktop.store.sandbox import is_demo
    from lookingbeyond_desktop.store.sync_adapter import quarantined

    with _open_store(args, create=False) as store:
        status = replica_status(store)
        with store.engine.connect() as connection:
            status["quarantine"] = quarantined(connection)
            status["demo_data"] = is_demo(connection)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
        return 0
    print(f"Data folder:     {status['data_dir']}")
    print(f"Device id:       {status['device_id']}")
    print(f"Schema:          {status['schema']} (reference data {status['reference_version']})")
    for table, counts in status["counts"].items():
        deleted = f" (+{counts['deleted']:,} in the trash)" if counts["deleted"] else ""
        print(f"{table + ':':17}{counts['live']:,}{deleted}")
    print(f"Pending changes: {status['pending_changes']:,}")
    if status["demo_data"]:
        print("Demo data:       yes (this folder can never be connected to headquarters)")
    print(f"Headquarters:    {status['server_url'] or 'not enrolled'}")
    print(f"Last sync:       {status['last_sync'] or 'never'}")
    if status["last_error"]:
        print(f"Last problem:    {status['last_error']}")
    if status["unresolved_conflicts"]:
        print(f"Conflicts:       {status['unresolved_conflicts']} to review")
    for refusal in status["refused"]:
        print(f"Refused:         {refusal['tbl']} {refusal['row_id']}: {refusal['reason']}")
    if status["quarantine"]:
        print(f"Kept aside:      {len(status['quarantine'])} record(s) from headquarters this "
              "version could not store")
    for kept in status["quarantine"][:20]:
        print(f"Kept aside:      {kept['tbl']} {kept['row_id']}: {kept['reason']}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Check the local database; exit status 1 when it is damaged."""
    from lookingbeyond_desktop.store import backup

    folder = paths.data_dir(args.data_dir)
    database = paths.database_path(folder)
    if not database.exists():
        raise CommandError(f"There is no Looking Beyond data in {folder}.")
    problems = backup.check(database)
    if not problems:
        print(f"{database}: ok")
        return 0
    print(f"{database} is damaged:", file=sys.stderr)
    for problem in problems[:10]:
        print(f"  {problem}", file=sys.stderr)
    found = backup.backups(folder)
    if found:
        print(f"The newest backup is from {found[0].made_at:%Y-%m-%d %H:%M} UTC: "
              "restore it with `lookingbeyond restore`.", file=sys.stderr)
    else:
        print("There is no backup in this data folder.", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    """Make a backup now, or list the backups."""
    from lookingbeyond_desktop.store import backup

    folder = paths.data_dir(args.data_dir)
    if args.list:
        found = backup.backups(folder)
        if not found:
            print("No backups yet.")
        for item in found:
            print(f"{item.made_at:%Y-%m-%d %H:%M:%S} UTC  {item.size / 1e6:8.1f} MB  {item.path}")
        return 0
    with _open_store(args, create=False) as store:
        made = backup.make_backup(store)
    print(f"Backed up to {made.path} ({made.size / 1e6:.1f} MB).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup in place of the local database."""
    from lookingbeyond_desktop.store import backup

    folder = paths.data_dir(args.data_dir)
    chosen = Path(args.source) if args.source else backup.newest_good(folder)
    if chosen is None:
        raise CommandError(f"There is no usable backup in {backup.backup_dir(folder)}.")
    kept = backup.restore(folder, chosen)
    print(f"Restored {getattr(chosen, 'path', chosen)}.")
    print(f"The previous database is kept in {kept}.")
    print("Sync with headquarters to bring back what this device had synced since the backup.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Compute the indicators and write them as PDF, XLSX, CSV or JSON."""
    from lookingbeyond_desktop.reports import indicators, tables
    from lookingbeyond_desktop.reports.model import Filters

    out = Path(args.out)
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in REPORT_FORMATS:
        args.usage_error(f"cannot tell the format from the name “{out.name}”: give --format "
                         f"{', '.join(REPORT_FORMATS[:-1])} or {REPORT_FORMATS[-1]}")
    if args.start and args.end and args.end < args.start:
        args.usage_error(f"--to {args.end} is before --from {args.start}")
    if args.region and args.country:
        from lookingbeyond_desktop.domain import reference

        if args.country not in reference.countries_in_region(args.region):
            args.usage_error(f"--country {args.country} is not in --region {args.region}: "
                             "the report would be empty (give one of them)")
    if not out.parent.is_dir():
        raise CommandError(f"cannot write {out}: there is no folder {out.parent}")
    filters = Filters(start=args.start, end=args.end, region=args.region, country=args.country,
                      theme=args.theme, network=args.network, office=args.office)
    with _open_store(args, create=False) as store, store.engine.connect() as connection:
        report = indicators.compute(connection, filters)
    detail = ""
    if fmt == "pdf":
        from lookingbeyond_desktop.reports.pdf import write_pdf  # Qt: loaded only for a PDF

        pages = write_pdf(report, out)
        detail = f", {pages} page{'s' if pages != 1 else ''}"
    else:
        writer = {"xlsx": tables.write_xlsx, "csv": tables.write_csv,
                  "json": tables.write_json}[fmt]
        writer(report, out)
    words = tables.ReportWords()
    scope = "; ".join(f"{name.lower()}: {value}" if name != "Filters" else value
                      for name, value in tables.describe_filters(report, words))
    totals = report.totals
    engaged = _counted(totals.get("organizations_engaged"), "organization", "organizations")
    activities = _counted(totals.get("activities"), "activity", "activities")
    print(f"Report written to {out} ({fmt.upper()}{detail}): {engaged} engaged in "
          f"{activities} ({scope}).")
    return 0


def _counted(figure: Any, one: str, many: str) -> str:
    value = figure.value if figure is not None and figure.value is not None else 0
    return f"{value:,} {one if value == 1 else many}"


def setup_logging(data_dir: Path) -> None:
    """Log to a file in the data folder (never personal data: see the writers' messages)."""
    folder = paths.log_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "lookingbeyond.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(_LOG_HANDLER)
    root = logging.getLogger()
    for previous in [h for h in root.handlers if h.get_name() == _LOG_HANDLER]:
        root.removeHandler(previous)  # the window reopened on another data folder
        previous.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


_LOG_HANDLER = "lookingbeyond-data-folder"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.func = cmd_gui
    # The process ends with the command: the installed `lookingbeyond`, not a caller of
    # main(ARGS), and not the window (its objects are left to Qt's order at exit).
    args.ends_process = argv is None and args.command not in (None, "gui")
    data_dir = paths.data_dir(args.data_dir)
    if getattr(args, "passphrase_stdin", False):
        from lookingbeyond_desktop.store import cipher

        cipher.provide_passphrase(sys.stdin.readline().rstrip("\r\n"))
    if args.command not in (None, "gui") and data_dir.exists():
        setup_logging(data_dir)
    try:
        return int(args.func(args))
    except Exception as error:
        if isinstance(error, _reported_errors()):
            from lookingbeyond_desktop.store import LockedStoreError

            hint = ""
            if isinstance(error, LockedStoreError) and not getattr(args, "passphrase_stdin", False):
                hint = " Give it on the first line of standard input with --passphrase-stdin."
            print(f"lookingbeyond: {error}{hint}", file=sys.stderr)
            return 1
        if not isinstance(error, OSError):
            raise
        print(f"lookingbeyond: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        log.exception("command failed")
        return 1
    except KeyboardInterrupt:
        print("lookingbeyond: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    finally:
        if args.ends_process:
            # At exit the collector would walk every object left, about 0.2 s for nothing:
            # the store and files are closed by the commands, logging by atexit, and the
            # memory goes back with the process.
            gc.freeze()


def _reported_errors() -> tuple[type[BaseException], ...]:
    """The failures a person can act on: one message, exit status 1.  Looked up only once a
    command failed, so that a command does not load modules it does not use (a sync never
    loads the import and export module) for their error classes."""
    from lookingbeyond_desktop.domain.validation import ValidationError
    from lookingbeyond_desktop.store import StoreError
    from lookingbeyond_desktop.store.exchange import ExchangeError
    from lookingbeyond_desktop.store.writer import RowsError

    return (CommandError, StoreError, ExchangeError, ValidationError, RowsError)


if __name__ == "__main__":
    sys.exit(main())
