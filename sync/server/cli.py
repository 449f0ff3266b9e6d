"""The ``lookingbeyond-server`` command: set up, run and administer headquarters.

Errors leave as one line on stderr and exit status 1; usage errors exit with 2 (argparse).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from sync.wire import MAX_DOWNLOAD_URL, AppRelease, ProtocolError
from sync.server import accounts
from sync.server.database import (
    DATABASE_URL_ENV,
    SCHEMA_HEAD,
    DatabaseError,
    current_revision,
    default_database_url,
    display_url,
    init_database,
    make_engine,
)
from sync.server.settings import (
    API_PAGES_ENV,
    BODY_TIMEOUT_ENV,
    DEFAULT_BODY_TOTAL_S,
    DOWNLOAD_URL_ENV,
    FORWARDED_ALLOW_IPS_ENV,
    HASH_CONCURRENCY_ENV,
    HEADER_TIMEOUT_ENV,
    MAX_DEVICES_ENV,
    NEWEST_VERSION_ENV,
    ServerSettings,
    header_timeout_s,
)

PROG = "lookingbeyond-server"
# How long headquarters keeps an idle connection open for the next request (uvicorn: 5 s).
KEEP_ALIVE_S = 75


class CommandError(Exception):
    """A command cannot do what was asked; the message is shown as is."""


def build_parser() -> argparse.ArgumentParser:
    """The command line (each sub-command has its own --help)."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="The Looking Beyond headquarters server: users, devices and sync.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = _command(commands, "init", "Create or upgrade the headquarters database.")
    init.add_argument("--pending", action="store_true",
                      help="change nothing: exit 3 when the database needs an upgrade (or is "
                           "new), 0 when it is current (installer/server/install.sh stops the "
                           "instances before an upgrade: an older program cannot read a newer schema)")
    init.set_defaults(run=_init)

    serve = _command(commands, "serve", "Serve the headquarters HTTP API (uvicorn).")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8470, help="port to listen on (default: %(default)s)")
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (default: %(default)s); with SQLite keep this small")
    # Each limit's default comes from its environment variable when set (see settings.py).
    limits = ServerSettings.from_environment()
    serve.add_argument("--max-devices", type=int, default=limits.max_devices, metavar="N",
                       help="active (not revoked) devices one user may have (default: %(default)s, "
                            f"or ${MAX_DEVICES_ENV})")
    serve.add_argument("--hash-concurrency", type=int, default=limits.hash_concurrency,
                       metavar="N",
                       help="password checks run at once by each worker; argon2 takes 64 MiB each, "
                            "so a worker stays under about 160 MiB + N x 64 MiB; more sign-ins at "
                            "once are answered 503 busy with Retry-After (default: %(default)s, "
                            f"or ${HASH_CONCURRENCY_ENV})")
    serve.add_argument("--header-timeout", type=float, default=header_timeout_s(),
                       metavar="SECONDS",
                       help="close a connection whose request line and headers take longer "
                            f"(408 when part of them came; default: %(default)s, or ${HEADER_TIMEOUT_ENV})")
    serve.add_argument("--body-timeout", type=float, default=limits.body_idle_s, metavar="SECONDS",
                       help="answer 408 when a request body stalls this long (default: "
                            f"%(default)s, or ${BODY_TIMEOUT_ENV}; a whole body may take at most "
                            f"{DEFAULT_BODY_TOTAL_S:g})")
    serve.add_argument("--forwarded-allow-ips", default=os.environ.get(FORWARDED_ALLOW_IPS_ENV) or None,
                       metavar="IPS",
                       help="behind a reverse proxy: the proxy addresses (comma-separated, or *) "
                            "whose X-Forwarded-For names the client; without it the header is "
                            f"ignored and the connection's address is the client's (or ${FORWARDED_ALLOW_IPS_ENV})")
    serve.add_argument("--newest-version", default=limits.newest_version, metavar="VERSION",
                       help="the newest version of the desktop application (e.g. 1.4.2): every "
                            "device is told, and its Sync page says when it runs an older one "
                            f"(or ${NEWEST_VERSION_ENV})")
    serve.add_argument("--download-url", default=limits.download_url, metavar="URL",
                       help="where people get that version (http or https), shown with it "
                            f"(or ${DOWNLOAD_URL_ENV})")
    serve.add_argument("--api-pages", action="store_true", default=limits.api_pages,
                       help="serve the interactive API pages /docs and /redoc (off by default, or "
                            f"${API_PAGES_ENV}=1; /openapi.json is always served)")
    serve.set_defaults(run=_serve)

    user = commands.add_parser("user", help="manage users", description="Manage users.")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="COMMAND")
    add = _command(user_commands, "add", "Add a user; the password is read from stdin.")
    add.add_argument("name", help="the user's sign-in name")
    add.add_argument("--role", required=True, choices=accounts.ROLES,
                     help="hq sees everything; field: its countries; partner: its organization")
    add.add_argument("--country", action="append", default=[], metavar="ISO2",
                     help="an ISO 3166 alpha-2 country code (repeatable)")
    add.add_argument("--region", action="append", default=[], metavar="M49",
                     help="a UN M49 region code, e.g. 002 for Africa (repeatable)")
    add.add_argument("--organization", metavar="UUID", help="a partner's organization id")
    add.add_argument("--password-stdin", action="store_true", required=True,
                     help="read the password from standard input (required)")
    add.set_defaults(run=_user_add)

    change = _command(user_commands, "update",
                      "Change a user's role or scope. Records that leave the scope are "
                      "withdrawn from the user's devices at their next sync.")
    change.add_argument("name", help="the user's sign-in name")
    change.add_argument("--role", choices=accounts.ROLES,
                        help="a new role (scope options not given are cleared)")
    change.add_argument("--country", action="append", default=None, metavar="ISO2",
                        help="an ISO 3166 alpha-2 country code (repeatable); countries and "
                             "regions given replace the user's")
    change.add_argument("--region", action="append", default=None, metavar="M49",
                        help="a UN M49 region code (repeatable)")
    change.add_argument("--organization", metavar="UUID", help="a partner's organization id")
    change.set_defaults(run=_user_update)

    device = commands.add_parser("device", help="manage devices", description="Manage devices.")
    device_commands = device.add_subparsers(dest="device_command", required=True, metavar="COMMAND")
    listing = _command(device_commands, "list",
                       "List devices: id, user, last sync, state (active or revoked).")
    listing.set_defaults(run=_device_list)
    revoke = _command(device_commands, "revoke", "Revoke a device: its token stops working.")
    revoke.add_argument("id", help="the device id (see: device list)")
    revoke.set_defaults(run=_device_revoke)
    wipe = _command(device_commands, "wipe",
                    "Order a device's data erased: at its next sync it sends what it has not "
                    "sent, then erases its database, backups, logs and sign-in, and confirms; "
                    "its token is then refused for good.")
    wipe.add_argument("id", help="the device id (see: device list)")
    wipe.set_defaults(run=_device_wipe)
    reinstate = _command(device_commands, "reinstate",
                         "Let a revoked device enrol again (with its user's password).")
    reinstate.add_argument("id", help="the device id (see: device list)")
    reinstate.set_defaults(run=_device_reinstate)
    audit = _command(commands, "audit",
                     "List who changed a record (or one field of it), when and from which "
                     "device, oldest first.")
    audit.add_argument("--record", required=True, metavar="ID", help="the record's id")
    audit.add_argument("--field", default=None, metavar="NAME",
                       help="only the changes of this field (as named in the protocol: phone, notes…)")
    audit.add_argument("--json", action="store_true", help="one JSON list instead of lines")
    audit.set_defaults(run=_audit)

    erase = _command(commands, "erase",
                     "Erase a person's data for good (the right to be forgotten): the "
                     "personal fields of the record (name, e-mail, phone, consent date, "
                     "notes) are blanked at headquarters and, at their next sync, on every "
                     "computer that holds the record, in its database and its backups. The "
                     "id stays, so activities that counted the person still count them.")
    erase.add_argument("kind", metavar="KIND", help="what to erase: contact")
    erase.add_argument("id", help="the record's id")
    erase.add_argument("--by", default=None, metavar="NAME",
                       help="the headquarters user who asked for it, kept in the audit "
                            "(default: this computer's login name)")
    erase.set_defaults(run=_erase)

    bundle = commands.add_parser("bundle", help="sync by file (a computer without a link)",
                                 description="Sync by file: a computer without a connection "
                                 "writes a file; headquarters imports it and writes a reply "
                                 "that the computer reads.")
    bundle_commands = bundle.add_subparsers(dest="bundle_command", required=True, metavar="COMMAND")
    imported = _command(bundle_commands, "import",
                        "Apply a computer's sync file exactly as its sync over the network "
                        "would be applied, and write the reply file for that computer.")
    imported.add_argument("file", metavar="FILE", help="the file the computer wrote (.lbsync)")
    imported.add_argument("--reply", required=True, metavar="OUT",
                          help="where to write the reply file for the computer")
    imported.add_argument("--json", action="store_true", help="print what was done as JSON")
    imported.set_defaults(run=_bundle_import)
    return parser


def _command(commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
             description: str) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=description, description=description)
    sub.add_argument("--database-url", default=None, metavar="URL",
                     help="sqlite:///FILE or postgresql://USER@HOST/DB (default: "
                          f"${DATABASE_URL_ENV}, else a SQLite file in the user data folder)")
    return sub


def main(argv: Sequence[str] | None = None, *, app_factory: str | None = None,
         domain: Callable[[], tuple[Any, Any]] | None = None) -> int:
    """Run the command line; returns the exit status.  ``app_factory`` ("module:function")
    builds each ``serve`` worker's application with the domain's registry and validator
    (``lookingbeyond_desktop.headquarters``), and ``domain`` gives them to the commands that
    apply pushes themselves (``bundle import``): this package knows no schema of its own."""
    args = build_parser().parse_args(argv)
    args.app_factory = app_factory
    args.domain = domain
    url = args.database_url or default_database_url()
    run: Callable[[argparse.Namespace, str], int] = args.run
    try:
        return run(args, url)
    except (CommandError, accounts.AccountError, DatabaseError) as error:
        return _fail(str(error))
    except ProtocolError as error:
        return _fail(error.message)
    except sa_exc.OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else "unknown reason"
        return _fail(f"cannot use the database {display_url(url)}: {reason}")
    except sa_exc.SQLAlchemyError as error:
        return _fail(f"database error on {display_url(url)}: {type(error).__name__}")


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 1


def _ready_engine(url: str) -> Engine:
    engine = make_engine(url)
    revision = current_revision(engine)
    if revision != SCHEMA_HEAD:
        engine.dispose()
        raise CommandError(f"the database {display_url(url)} is not initialised or is out of "
                           f"date: run `{PROG} init --database-url URL` first")
    return engine


def _registry(args: argparse.Namespace) -> Any:
    """The domain's registry (upgrades that complete stored records need it), or None."""
    return args.domain()[0] if args.domain is not None else None


def _init(args: argparse.Namespace, url: str) -> int:
    engine = make_engine(url)
    try:
        if args.pending:
            revision = current_revision(engine)
            if revision == SCHEMA_HEAD:
                print(f"headquarters database current (schema {revision}): {display_url(url)}")
                return 0
            print(f"headquarters database needs an upgrade (schema {revision or 'none'} to "
                  f"{SCHEMA_HEAD}): {display_url(url)}")
            return 3
        init_database(engine, _registry(args))
    finally:
        engine.dispose()
    print(f"headquarters database ready: {display_url(url)}")
    return 0


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    for option, value in (("--workers", args.workers), ("--max-devices", args.max_devices),
                          ("--hash-concurrency", args.hash_concurrency)):
        if value < 1:
            raise CommandError(f"{option} must be at least 1")
    for option, seconds in (("--header-timeout", args.header_timeout),
                            ("--body-timeout", args.body_timeout)):
        if not seconds > 0:
            raise CommandError(f"{option} must be a positive number of seconds")
    if args.newest_version and not AppRelease.valid_version(args.newest_version):
        raise CommandError(f"--newest-version {args.newest_version!r} is not a version such as "
                           "1.4.2")
    if args.download_url and not AppRelease.valid_url(args.download_url):
        raise CommandError("--download-url must be an http or https address of at most "
                           f"{MAX_DOWNLOAD_URL} characters")
    engine = make_engine(url)
    try:
        init_database(engine, _registry(args))  # idempotent; concurrent servers: a lock
    finally:
        engine.dispose()
    # Workers build the app from the environment (uvicorn imports the factory in each one).
    os.environ[DATABASE_URL_ENV] = url
    os.environ[MAX_DEVICES_ENV] = str(args.max_devices)
    os.environ[HASH_CONCURRENCY_ENV] = str(args.hash_concurrency)
    os.environ[HEADER_TIMEOUT_ENV] = str(args.header_timeout)
    os.environ[BODY_TIMEOUT_ENV] = str(args.body_timeout)
    os.environ[API_PAGES_ENV] = "1" if args.api_pages else ""
    os.environ[NEWEST_VERSION_ENV] = args.newest_version
    os.environ[DOWNLOAD_URL_ENV] = args.download_url
    print(f"{PROG}: listening on http://{args.host}:{args.port} "
          f"(database {display_url(url)}, {args.workers} worker(s))", flush=True)
    if args.app_factory is None:
        raise CommandError("serve needs the application's domain: run lookingbeyond-server "
                           "(python -m lookingbeyond_desktop.headquarters)")
    uvicorn.run(args.app_factory, factory=True, host=args.host,
                port=args.port, workers=args.workers, log_level="info",
                # A deadline for each request's headers (uvicorn has none of its own).
                http="sync.server.timeouts:HeaderTimeoutProtocol",
                # X-Forwarded-For is believed only from the proxies named by the option.
                proxy_headers=args.forwarded_allow_ips is not None,
                forwarded_allow_ips=args.forwarded_allow_ips,
                # An idle connection is kept longer than a device pauses between the
                # requests of one sync and than nginx keeps its upstream connections (60 s):
                # closed at uvicorn's 5 s, the close could cross the next request on the
                # wire, which then failed as a dropped connection (docs/reliability.md).
                timeout_keep_alive=KEEP_ALIVE_S,
                # Every byte counts on a 2G link: no Date or Server header on each answer.
                server_header=False, date_header=False)
    return 0


def _user_add(args: argparse.Namespace, url: str) -> int:
    password = sys.stdin.read()
    password = password[:-1] if password.endswith("\n") else password
    password = password[:-1] if password.endswith("\r") else password
    if not password:
        raise CommandError("the password read from stdin is empty")
    engine = _ready_engine(url)
    try:
        with engine.begin() as connection:
            user = accounts.add_user(
                connection, args.name, password, role=args.role, countries=args.country,
                regions=args.region, organization_id=args.organization)
    finally:
        engine.dispose()
    print(f"added user {user.name} ({user.role})")
    return 0


def _user_update(args: argparse.Namespace, url: str) -> int:
    engine = _ready_engine(url)
    try:
        with engine.begin() as connection:
            user, left, joined = accounts.update_user(
                connection, args.name, role=args.role, countries=args.country,
                regions=args.region, organization_id=args.organization)
    finally:
        engine.dispose()
    print(f"updated user {user.name} ({user.role}): {left} record(s) withdrawn from its "
          f"devices, {joined} newly visible")
    return 0


def _device_list(_args: argparse.Namespace, url: str) -> int:
    engine = _ready_engine(url)
    try:
        with engine.connect() as connection:
            found = accounts.list_devices(connection)
    finally:
        engine.dispose()
    for device in found:
        print(f"{device.id}  {device.user_name}  {device.last_sync_at or 'never'}  {device.state}")
    return 0


def _audit(args: argparse.Namespace, url: str) -> int:
    from sync.server.audit import describe, record_history

    engine = _ready_engine(url)
    try:
        with engine.connect() as connection:
            found = record_history(connection, args.record, args.field)
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps([entry.as_json() for entry in found], ensure_ascii=False, indent=1))
        return 0
    if not found:
        print(f"no change of {args.record}" + (f" touching {args.field}" if args.field else "")
              + " is recorded")
        return 0
    for entry in found:
        print(describe(entry))
    return 0


def _erase(args: argparse.Namespace, url: str) -> int:
    import getpass

    from sync.server.erasure import ErasureError, erasable_tables, erase, settle

    if args.domain is None:
        raise CommandError("erase needs the application's domain: run lookingbeyond-server "
                           "(python -m lookingbeyond_desktop.headquarters)")
    registry, _validator = args.domain()
    tables = erasable_tables(registry)
    table = next((name for name in tables if args.kind in (name, name.rstrip("s"))), None)
    if table is None:
        raise CommandError(f"cannot erase a {args.kind}: only "
                           f"{', '.join(name.rstrip('s') for name in tables)}")
    by = args.by or f"{getpass.getuser()} (command line)"
    engine = _ready_engine(url)
    try:
        try:
            with engine.begin() as connection:
                done = erase(connection, registry, table, args.id, user_name=by)
        except ErasureError as error:
            raise CommandError(str(error)) from None
        settle(engine)
    finally:
        engine.dispose()
    if done.already:
        print(f"{args.kind} {args.id} was erased on {done.erased_on}; "
              f"{done.conflicts_removed} kept conflict(s) removed")
    else:
        print(f"erased the personal data of {args.kind} {args.id} ({done.erased_on}): every "
              "computer that holds it removes it at its next sync")
    return 0


def _bundle_import(args: argparse.Namespace, url: str) -> int:
    from pathlib import Path

    from sync.bundle import MAX_BUNDLE_BYTES, BundleError, write_whole
    from sync.server.bundles import import_bundle

    if args.domain is None:
        raise CommandError("bundle import needs the application's domain: run lookingbeyond-server "
                           "(python -m lookingbeyond_desktop.headquarters)")
    source, target = Path(args.file), Path(args.reply)
    try:
        with open(source, "rb") as handle:  # never more than a file can hold (refused then)
            data = handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as error:
        raise CommandError(f"cannot read {source}: {error.strerror or error}") from None
    if target.resolve() == source.resolve():
        raise CommandError("--reply must name another file than the one imported")
    registry, validator = args.domain()
    engine = _ready_engine(url)
    try:
        try:
            result = import_bundle(engine, registry, validator, data)
        except BundleError as error:
            if args.json:
                print(json.dumps({"ok": False, "code": error.code, "message": error.message}))
            raise CommandError(f"{source.name} was not applied: {error.message}") from None
    finally:
        engine.dispose()
    try:  # the reply appears whole or not at all (a full stick, a pulled stick)
        write_whole(target, result.reply)
    except OSError as error:
        raise CommandError(f"{source.name} was applied, but the reply could not be written to "
                           f"{target} ({error.strerror or error}). Import the same file again "
                           "to write a new reply: nothing is applied twice.") from None
    if args.json:
        print(json.dumps({"ok": True, "device": result.device_id, "bundle": result.bundle_id,
                          "changes": result.changes, "held_before": result.held_before,
                          "refused": result.refused, "conflicts": result.conflicts,
                          "rows_out": result.rows_out, "more": result.more, "wipe": result.wipe,
                          "reply": str(target), "reply_bytes": len(result.reply)}))
    else:
        print(result.summary())
        print(f"Reply written to {target}: carry it back to that computer.")
    return 0


def _device_wipe(args: argparse.Namespace, url: str) -> int:
    engine = _ready_engine(url)
    try:
        with engine.begin() as connection:
            when = accounts.request_wipe(connection, args.id)
    finally:
        engine.dispose()
    print(f"wipe of device {args.id} ordered ({when}): it happens at the device's next sync; "
          "see: device list")
    return 0


def _device_revoke(args: argparse.Namespace, url: str) -> int:
    engine = _ready_engine(url)
    try:
        with engine.begin() as connection:
            when = accounts.revoke_device(connection, args.id)
    finally:
        engine.dispose()
    print(f"revoked device {args.id} ({when})")
    return 0


def _device_reinstate(args: argparse.Namespace, url: str) -> int:
    engine = _ready_engine(url)
    try:
        with engine.begin() as connection:
            accounts.reinstate_device(connection, args.id)
    finally:
        engine.dispose()
    print(f"device {args.id} may enrol again")
    return 0


if __name__ == "__main__":
    sys.exit(main())
