"""The ``lookingbeyond-server`` command: set up, run and administer headquarters.

Errors leave as one line on stderr and exit status 1; usage errors exit with 2 (argparse).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from sync.protocol import ProtocolError
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

PROG = "lookingbeyond-server"


class CommandError(Exception):
    """A command cannot do what was asked; the message is shown as is."""


def build_parser() -> argparse.ArgumentParser:
    """The command line (each sub-command has its own --help)."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="The Looking Beyond headquarters server: users, devices and sync.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = _command(commands, "init", "Create or upgrade the headquarters database.")
    init.set_defaults(run=_init)

    serve = _command(commands, "serve", "Serve the headquarters HTTP API (uvicorn).")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8470, help="port to listen on (default: %(default)s)")
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (default: %(default)s); with SQLite keep this small")
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

    device = commands.add_parser("device", help="manage devices", description="Manage devices.")
    device_commands = device.add_subparsers(dest="device_command", required=True, metavar="COMMAND")
    listing = _command(device_commands, "list",
                       "List devices: id, user, last sync, state (active or revoked).")
    listing.set_defaults(run=_device_list)
    revoke = _command(device_commands, "revoke", "Revoke a device: its token stops working.")
    revoke.add_argument("id", help="the device id (see: device list)")
    revoke.set_defaults(run=_device_revoke)
    reinstate = _command(device_commands, "reinstate",
                         "Let a revoked device enrol again (with its user's password).")
    reinstate.add_argument("id", help="the device id (see: device list)")
    reinstate.set_defaults(run=_device_reinstate)
    return parser


def _command(commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
             description: str) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=description, description=description)
    sub.add_argument("--database-url", default=None, metavar="URL",
                     help="sqlite:///FILE or postgresql://USER@HOST/DB (default: "
                          f"${DATABASE_URL_ENV}, else a SQLite file in the user data folder)")
    return sub


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
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


def _init(_args: argparse.Namespace, url: str) -> int:
    engine = make_engine(url)
    try:
        init_database(engine)
    finally:
        engine.dispose()
    print(f"headquarters database ready: {display_url(url)}")
    return 0


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    if args.workers < 1:
        raise CommandError("--workers must be at least 1")
    engine = make_engine(url)
    try:
        init_database(engine)  # idempotent; concurrent servers on PostgreSQL take a lock
    finally:
        engine.dispose()
    # Workers build the app from the environment (uvicorn imports the factory in each one).
    os.environ[DATABASE_URL_ENV] = url
    print(f"{PROG}: listening on http://{args.host}:{args.port} "
          f"(database {display_url(url)}, {args.workers} worker(s))", flush=True)
    uvicorn.run("sync.server.app:app_from_environment", factory=True, host=args.host,
                port=args.port, workers=args.workers, log_level="info",
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
