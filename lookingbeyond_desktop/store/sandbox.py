"""Facts about a data folder that never sync (the ``local_settings`` table, 0006).

A folder filled with demo data is a **sandbox**: it is marked in the same transaction as
the demo data, and a marked folder can never be enrolled with headquarters or synced
(:func:`refuse_demo`, called by :mod:`lookingbeyond_desktop.store.sync_adapter` before any
network call).  A folder a person chose to start empty is marked too, so that the welcome
screen does not ask again; every other new, empty folder shows it (:func:`needs_welcome`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, delete, insert, select

from lookingbeyond_desktop.store.database import Store
from lookingbeyond_desktop.store.writer import TABLES
from sync.client import SyncError

DEMO = "demo_data"
STARTED_EMPTY = "started_empty"
#: The code of the refusal (a :class:`sync.client.SyncError`); the window words it itself.
DEMO_CODE = "demo_data"
DEMO_REFUSAL = (
    "This data folder holds demo data, which must never reach headquarters, so it cannot be "
    "connected to headquarters or synced. Keep it for trying the application. For real work, "
    "start a new data folder: in the window choose File > New data folder…, or run "
    "`lookingbeyond gui --data-dir NEW_FOLDER` (then log in from there)."
)

_SETTINGS = TABLES["local_settings"]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def get_setting(connection: Connection, name: str) -> str | None:
    """One local setting's value (None when it is not set)."""
    return connection.execute(select(_SETTINGS.c.value).where(_SETTINGS.c.name == name)).scalar()


def put_setting(connection: Connection, name: str, value: str | None) -> None:
    """Set (or, with None, forget) one local setting."""
    connection.execute(delete(_SETTINGS).where(_SETTINGS.c.name == name))
    if value is not None:
        connection.execute(insert(_SETTINGS).values(name=name, value=value, set_at=_now()))


_get = get_setting

#: The role of the headquarters user this folder was enrolled for (hq, field or partner),
#: kept at enrolment; absent before it.
ROLE = "role"


def enrolled_role(connection: Connection) -> str | None:
    """The role this data folder was enrolled for, or None (not enrolled, or enrolled by an
    older version: headquarters decides all the same)."""
    return get_setting(connection, ROLE)


def _set(connection: Connection, name: str, value: str) -> None:
    """Set a fact once (the first value stays)."""
    if _get(connection, name) is None:
        connection.execute(insert(_SETTINGS).values(name=name, value=value, set_at=_now()))


def mark_demo(connection: Connection, how: str = "generated") -> None:
    """Mark the folder as holding demo data; call it inside the transaction that writes it."""
    _set(connection, DEMO, how)


def is_demo(connection: Connection) -> bool:
    """Whether the folder holds demo data (and so must never be enrolled or synced)."""
    return _get(connection, DEMO) is not None


def mark_started_empty(connection: Connection) -> None:
    """Remember that a person chose to start this folder empty (committed by the caller)."""
    _set(connection, STARTED_EMPTY, "chosen on the welcome screen")


def started_empty(connection: Connection) -> bool:
    """Whether a person chose to start this folder empty."""
    return _get(connection, STARTED_EMPTY) is not None


def has_sync_state(connection: Connection) -> bool:
    """Whether this folder was ever connected to headquarters or received anything."""
    state = connection.exec_driver_sql(
        "SELECT server_url, cursor, last_sync_at FROM sync_state").first()
    return state is not None and bool(state.server_url or state.cursor or state.last_sync_at)


def needs_welcome(connection: Connection) -> bool:
    """Whether the window should open on the welcome screen: a new folder with no record,
    never connected to headquarters, neither demo data nor started empty on purpose."""
    # Imported here: the browse module (rapidfuzz, attendance) is the window's, and a
    # scheduled `lookingbeyond sync` reaches this module without needing it (~20 ms).
    from lookingbeyond_desktop.store.browse import is_empty

    return (is_empty(connection) and not has_sync_state(connection)
            and not started_empty(connection) and not is_demo(connection))


def can_hold_demo(connection: Connection) -> str | None:
    """Why demo data may not go into this folder (None: it may): real records, or a
    connection to headquarters, whose data demo records must never mix with."""
    if connection.exec_driver_sql("SELECT 1 FROM organizations LIMIT 1").first():
        return "it already holds organizations"
    if has_sync_state(connection):
        return "it is connected to headquarters"
    return None


def refuse_demo(store: Store) -> None:
    """Raise the ``demo_data`` SyncError when ``store`` holds demo data: called before any
    network call of an enrolment or a sync, by the command line and the window alike."""
    with store.engine.connect() as connection:
        demo = is_demo(connection)
    if demo:
        raise SyncError(DEMO_CODE, DEMO_REFUSAL, retryable=False)


__all__ = ["DEMO_CODE", "DEMO_REFUSAL", "can_hold_demo", "has_sync_state", "is_demo",
           "mark_demo", "mark_started_empty", "needs_welcome", "refuse_demo", "started_empty"]
