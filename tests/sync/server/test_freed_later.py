"""A large sync request's bulk is freed after its answer is sent, the cycle collector paused
from its body's decoding until then (gcpause.FreedLater, app.LARGE_BODY_BYTES): on SQLite and
PostgreSQL, through the real ASGI application; and the pause never outlives its request."""

from __future__ import annotations

import gc
import os
import uuid
import weakref
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from lookingbeyond_desktop.headquarters import create_app, validate_pushed
from sync import gcpause
from sync.gcpause import FreedLater
from sync.server import accounts
from sync.server import app as app_module
from sync.server.schema import records
from sync.wire import COLUMNS_VERSION, ColumnBlock, PushBatch, SyncRequest, encode_body
from tests.sync import records as valid
from tests.sync.credentials import PASSWORD
from tests.sync.server.test_server_app import call_asgi
from tests.sync.test_push_columns import NOW, _columns, _row

DEVICE = "cd" * 16


class _Kept:
    """An object a weak reference can watch (plain lists and dicts cannot be)."""


def test_a_held_pause_lasts_until_release_and_keeps_what_it_was_given() -> None:
    """hold pauses the collector; what is kept lives until release, which frees it and puts
    the collector back; a second release does nothing."""
    assert gc.isenabled()
    later = FreedLater()
    later.hold()
    later.hold()  # once only
    kept = _Kept()
    watch = weakref.ref(kept)
    later.keep(kept)
    del kept
    assert not gc.isenabled() and later.held and watch() is not None
    later.release()
    assert gc.isenabled() and not later.held and watch() is None
    later.release()
    assert gc.isenabled() and gcpause._PAUSES == 0


def test_dropped_unreleased_it_frees_and_resumes_by_itself() -> None:
    """An answer whose sending failed never runs its background task: the object, dropped,
    releases itself, so the collector is never left paused."""
    later = FreedLater()
    later.hold()
    kept = _Kept()
    watch = weakref.ref(kept)
    later.keep(kept)
    del kept, later
    assert gc.isenabled() and watch() is None and gcpause._PAUSES == 0


def test_it_leaves_a_collector_turned_off_by_others_alone() -> None:
    """A collector someone else had turned off stays off after the release."""
    gc.disable()
    try:
        later = FreedLater()
        later.hold()
        later.release()
        assert not gc.isenabled()
    finally:
        gc.enable()


def _large_push(count: int) -> bytes:
    """A first push of ``count`` new organizations in a column block, as gzip'ed JSON of at
    least LARGE_BODY_BYTES (their notes are random text, which does not compress)."""
    rows = [_row("organizations", str(uuid.uuid4()),
                 valid.organization(name=f"Organization {n}", notes=os.urandom(48).hex()), n)
            for n in range(count)]
    block = ColumnBlock("organizations", _columns("organizations"), rows)
    body = encode_body(SyncRequest(version=COLUMNS_VERSION, clock=NOW, devices=[DEVICE],
                                   push=PushBatch(1, 1, [], [block])).encode())
    assert len(body) >= app_module.LARGE_BODY_BYTES
    return body


def test_a_large_push_is_applied_paused_and_the_pause_ends_after_its_answer(hq_engine: Engine) -> None:
    """1,500 organizations in one request: every record is checked with the collector
    paused, all are stored, the answer is sent with it still paused (the batch and the
    body not freed yet), and once it has been sent (the background task run) the
    collector runs again and no pause is left."""
    with hq_engine.begin() as connection:
        user = accounts.add_user(connection, "hq", PASSWORD, role="hq")
        token = accounts.enrol_device(connection, user, DEVICE, "hq laptop")
    seen: list[bool] = []

    def watching(table: str, record: dict[str, Any], previous: Any, lookup: Any) -> Any:
        seen.append(gc.isenabled())
        return validate_pushed(table, record, previous, lookup)

    watching.referenced_fields = validate_pushed.referenced_fields  # type: ignore[attr-defined]
    app = create_app(hq_engine, validator=watching)
    answered: list[bool] = []  # whether the collector ran as the answer was sent
    status, _answer = call_asgi(app, "/v1/sync", [_large_push(1_500)], headers=[
        (b"authorization", f"Bearer {token}".encode()), (b"content-encoding", b"gzip")],
        watch=lambda message: answered.append(gc.isenabled()))
    assert status == 200
    assert len(seen) == 1_500 and not any(seen)
    assert answered and not any(answered)  # the batch and body still held, freed after
    assert gc.isenabled() and gcpause._PAUSES == 0
    with hq_engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(records)).scalar_one() == 1_500


def test_a_large_request_that_fails_leaves_no_pause(hq_engine: Engine) -> None:
    """A large body whose request fails (here the validator breaks: 500 internal) ends its
    pause all the same."""
    with hq_engine.begin() as connection:
        user = accounts.add_user(connection, "hq", PASSWORD, role="hq")
        token = accounts.enrol_device(connection, user, DEVICE, "hq laptop")

    def broken(table: str, record: dict[str, Any], previous: Any, lookup: Any) -> Any:
        assert not gc.isenabled()
        raise RuntimeError("a validator defect")

    app = create_app(hq_engine, validator=broken)
    status, _answer = call_asgi(app, "/v1/sync", [_large_push(1_500)], headers=[
        (b"authorization", f"Bearer {token}".encode()), (b"content-encoding", b"gzip")])
    assert status == 500
    assert gc.isenabled() and gcpause._PAUSES == 0


@pytest.fixture(autouse=True)
def _collector_as_found() -> Any:
    """Every test starts and ends with the collector running and no pause counted."""
    assert gc.isenabled() and gcpause._PAUSES == 0
    yield
    assert gc.isenabled() and gcpause._PAUSES == 0
