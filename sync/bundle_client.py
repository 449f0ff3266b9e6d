"""The device's side of sync by file (issue 16): write a file for headquarters, read its reply.

:func:`export_bundle` puts what the device would send in one sync into a sealed file: its
unsent changes (in push batches, up to :data:`sync.bundle.MAX_REQUESTS`), its pull cursor,
the rows it wants in full and the conflicts settled here.  Nothing is marked as sent: the
changes stay pending until a reply (or an ordinary sync) says headquarters holds them, so a
lost stick loses nothing, and a later file or sync sends them again (headquarters
recognises what it holds).

:func:`import_reply` applies headquarters' answers as the network client applies them,
with the answers' order made safe (``Replication.apply_response(late=True)``): a reply read
twice, read after a newer one, or after an ordinary sync, never moves the acknowledgement
or the cursor back, and never applies an old pull over newer rows.  Each answer is applied
in its own transaction and counted, so a reply whose reading was cut off goes on where it
stopped, and one read before is said to be so.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from sync import bundle
from sync.bundle import REPLY, REQUEST, BundleError, DeviceKeys, counted
from sync.client import ConfirmationNeeded
from sync.hlc import wall_ms
from sync.replica import PushBatch, Replication
from sync.wire import (
    MAX_ANSWER_BUDGET,
    PROTOCOL_VERSION,
    DeviceTable,
    ProtocolError,
    SyncRequest,
    decode_answer_body,
    encode_body,
)

#: A push batch in a file is cut at this much JSON (the network's is 256 KiB; headquarters
#: accepts 4 MiB inflated per request).
BUNDLE_PUSH_BYTES = 1024 * 1024
#: ``local_settings`` row: the replies read here, ``{reply id: [answers applied, when]}``.
READ_REPLIES = "bundle_replies"
KEEP_READ = 200


@dataclass
class ExportResult:
    """A file made for headquarters: its bytes and what it holds, for the person."""

    data: bytes
    bundle_id: str
    records: int = 0  # changed records it carries
    batches: int = 0
    first_change: int | None = None
    last_change: int | None = None
    left_for_later: int = 0  # pending changes past what one file carries
    cursor: int = 0
    wanted: int = 0
    settled_conflicts: int = 0

    def summary(self) -> str:
        """What the file holds, in words."""
        lines = [f"This file ({len(self.data) / 1024:.0f} KiB) carries "
                 + (f"{counted(self.records, 'changed record')} made on this computer"
                    if self.records else "no changes (nothing is waiting to be sent)")
                 + " and asks headquarters for what changed since this computer last heard "
                   "from it."]
        if self.settled_conflicts:
            lines.append(f"It also carries {counted(self.settled_conflicts, 'conflict')} settled "
                         "here.")
        if self.left_for_later:
            lines.append(f"{counted(self.left_for_later, 'further change')} did not fit: they go "
                         "in the next file.")
        lines.append("It is sealed for headquarters: nobody else can read it, and any change "
                     "to it is detected. The changes stay marked as not sent until the reply "
                     "is read here.")
        return "\n".join(lines)


@dataclass
class ReplyResult:
    """What reading a reply did."""

    reply_id: str
    made_at: str
    answers: int = 0
    already_read: bool = False  # every answer of it had been applied here before
    acknowledged: int = 0  # this computer's changes headquarters now holds (up to)
    received: int = 0
    fixed: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)
    conflicts: int = 0
    quarantined: int = 0
    withdrawn: int = 0
    erased: int = 0  # people whose data headquarters erased, erased here too
    more: bool = False
    wipe: bool = False
    pending: int = 0  # changes of this computer still not held by headquarters

    def summary(self) -> str:
        """What happened, in words."""
        if self.already_read:
            return ("This reply was read on this computer before; nothing changed. "
                    f"{counted(self.pending, 'change')} still waiting to be sent.")
        lines = [f"Read the reply made by headquarters on {self.made_at[:16].replace('T', ' ')} UTC."]
        lines.append(f"Received {counted(self.received, 'record')}" + (
            f" and {counted(self.fixed, 'correction')}" if self.fixed else "") + ".")
        if self.refused:
            lines.append(f"Headquarters refused {counted(len(self.refused), 'change')}: see the "
                         "Sync page or lookingbeyond status.")
        if self.conflicts:
            lines.append(f"{counted(self.conflicts, 'conflict')} to review.")
        if self.withdrawn:
            lines.append(f"{counted(self.withdrawn, 'record')} left this office's scope and were "
                         "removed.")
        if self.erased:
            lines.append(f"Headquarters erased the personal data of {counted(self.erased, 'person', 'people')} "
                         "at their request: removed from this computer too.")
        if self.quarantined:
            lines.append(f"{counted(self.quarantined, 'record')} could not be stored by this "
                         "version and "
                         "were kept aside.")
        lines.append("Every change made here has reached headquarters." if not self.pending
                     else f"{counted(self.pending, 'change')} made here still waiting to be sent.")
        if self.more:
            lines.append("Headquarters has more for this computer: make a new file and carry it "
                         "there again.")
        return "\n".join(lines)


def export_bundle(replica: Replication, keys: DeviceKeys, *,
                  push_bytes: int = BUNDLE_PUSH_BYTES) -> ExportResult:
    """A sealed file of what this device would send in a sync (nothing is marked sent)."""
    if keys.hq is None:
        raise BundleError("no_keys", NO_HQ_KEYS)
    status = replica.status()
    resolved = list(replica.resolved_conflict_ids())
    wanted = [(w[0], w[1]) for w in status.wanted]
    requests: list[SyncRequest] = []
    facts: list[dict[str, Any]] = []
    result = ExportResult(b"", str(uuid.uuid4()), cursor=status.cursor, wanted=len(wanted),
                          settled_conflicts=len(resolved))
    after: int | None = None
    batches: list[PushBatch] = []
    if not status.realign:  # a restored replica first learns how far headquarters holds its changes
        while len(batches) < bundle.MAX_REQUESTS:
            batch = replica.build_push(limit_bytes=push_bytes, after=after)
            if batch is None:
                break
            batches.append(batch)
            after = batch.upto
            if batch.complete:
                break
    sent: list[PushBatch | None] = list(batches) or [None]
    for index, batch in enumerate(sent):
        first = index == 0
        requests.append(SyncRequest(
            version=PROTOCOL_VERSION, clock=wall_ms(), cursor=status.cursor,
            devices=batch.devices.ids if batch else [], push=batch.wire() if batch else None,
            want=wanted if first else [], resolved=resolved if first else [],
            limit=MAX_ANSWER_BUDGET, own=status.restored))
        facts.append({"complete": batch.complete if batch else True})
        if batch is not None:
            result.records += len(batch.rows)
            result.first_change = batch.first if result.first_change is None else result.first_change
            result.last_change = batch.upto
    result.batches = len(batches)
    if batches and not batches[-1].complete:
        result.left_for_later = max(0, status.last_seq - batches[-1].upto)
    document = {"kind": REQUEST, "device": status.device_id, "id": result.bundle_id,
                "made_at": _now(), "cursor": status.cursor, "requests": facts,
                # How far headquarters' acknowledgements reached this computer: it has read
                # every refusal answered up to here (sync.server.bundles._keep_refusals).
                "acked": status.pushed_seq,
                "v": PROTOCOL_VERSION}
    result.data = bundle.seal(REQUEST, document, [encode_body(r.encode()) for r in requests],
                              sender=keys.own, recipient=keys.hq)
    return result


NO_HQ_KEYS = ("This computer does not have headquarters' keys for sync by file yet. Connect it "
              "to headquarters once (Sync Now, or log in again); from then on it can sync by file.")


def import_reply(replica: Replication, keys: DeviceKeys, data: bytes, *,
                 allow_mass_delete: bool = False) -> ReplyResult:
    """Apply headquarters' reply (BundleError, nothing written, when it cannot be read, was
    made for another computer, or is not headquarters')."""
    header = bundle.read_header(data)
    if header["kind"] != REPLY:
        raise BundleError("wrong_kind", "This file was made on a computer for headquarters: "
                          "bring it to headquarters (or its upload page); a computer reads only "
                          "the replies headquarters makes.")
    if keys.hq is None:
        raise BundleError("no_keys", NO_HQ_KEYS)
    try:
        opened = bundle.open_sealed(data, keys.own)
    except BundleError as error:
        if error.code == "foreign":
            raise BundleError("other_device", OTHER_DEVICE) from None
        raise
    try:
        opened.verify(keys.hq)
    except BundleError:
        raise BundleError("bad_signature", "This reply was changed after headquarters made it, "
                          "or was not made by the headquarters this computer is enrolled with. "
                          "Nothing was read from it.") from None
    facts = opened.facts
    status = replica.status()
    if facts.get("device") != status.device_id:
        raise BundleError("other_device", OTHER_DEVICE)
    reply_id = str(facts.get("id") or "")
    echoes = facts.get("answers")
    if (not reply_id or not isinstance(echoes, list) or len(echoes) != len(opened.bodies)
            or not all(isinstance(e, dict) for e in echoes)):
        raise BundleError("damaged", bundle.DAMAGED)
    result = ReplyResult(reply_id, str(facts.get("made_at") or ""), len(opened.bodies),
                         more=bool(facts.get("more")), wipe=bool(facts.get("wipe")))
    done = _read_before(replica, reply_id)
    if done >= len(opened.bodies):
        result.already_read = True
        result.pending = replica.status().pending
        return result
    request_cursor = facts.get("request_cursor")
    if not isinstance(request_cursor, int) or request_cursor > status.cursor:
        raise BundleError("out_of_order", "This reply continues from a point this computer "
                          "does not hold any more (its data was reset or restored since the file "
                          "was made). Nothing was read from it: make a new file and carry it to "
                          "headquarters.")
    answers = []
    for body in opened.bodies:  # every answer readable before the first is applied
        try:
            answer = decode_answer_body(body)
        except ProtocolError:
            raise BundleError("damaged", bundle.DAMAGED) from None
        if not isinstance(answer, dict) or not isinstance(answer.get("cursor"), int):
            raise BundleError("damaged", bundle.DAMAGED)
        answers.append(answer)
    for index in range(done, len(answers)):
        answer, echo = answers[index], echoes[index]
        batch = _batch(echo)
        want = echo.get("want") if isinstance(echo.get("want"), list) else []
        try:
            outcome = replica.apply_response(
                batch, answer, local_clock_ms=wall_ms(), allow_mass_delete=allow_mass_delete,
                requested=[list(w) for w in want if isinstance(w, list)], late=True,
                also=_mark_read(replica, reply_id, index + 1))
        except ConfirmationNeeded as error:
            raise BundleError("mass_delete", f"Stopped before applying: {error}. If "
                              "headquarters really deleted them, confirm and read the reply "
                              "again; nothing more was changed here.",
                              {"deleting": error.deleting, "live": error.live}) from None
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise BundleError("damaged", f"Headquarters' reply cannot be applied by this "
                              f"version ({error}).") from None
        if index == 0 and isinstance(echo.get("resolved"), list):
            replica.acknowledge_resolved([str(r) for r in echo["resolved"]])
        result.received += outcome.pulled
        result.fixed += outcome.fixed
        result.refused.extend(outcome.refused)
        result.conflicts += outcome.conflicts
        result.quarantined += outcome.quarantined
        result.withdrawn += outcome.withdrawn
        result.erased += outcome.erased
    after = replica.status()
    result.acknowledged = after.pushed_seq
    result.pending = after.pending
    return result


OTHER_DEVICE = ("This reply was made for another computer (it answers a file made there). "
                "Nothing was read from it: give it to the computer it belongs to.")


def _batch(echo: dict[str, Any]) -> PushBatch | None:
    """The push an answer answers, as far as applying it needs (its range, whether it held
    every pending change, and the refused rows as pushed)."""
    first, upto = echo.get("first"), echo.get("upto")
    if not isinstance(first, int) or not isinstance(upto, int):
        return None
    rows = [r for r in echo.get("refused_rows") or [] if isinstance(r, dict)]
    names = [d for d in echo.get("d") or [] if isinstance(d, str)]
    return PushBatch(first, upto, rows, DeviceTable(names), bool(echo.get("complete", True)))


def _settings(replica: Replication) -> Any:
    return replica.local.tables.get("local_settings")


def _read_before(replica: Replication, reply_id: str) -> int:
    """How many answers of this reply were applied here already."""
    table = _settings(replica)
    if table is None:
        return 0
    with replica.local.engine.connect() as connection:
        value = connection.execute(select(table.c.value).where(table.c.name == READ_REPLIES)).scalar()
    read = _decode_read(value)
    entry = read.get(reply_id)
    return int(entry[0]) if isinstance(entry, list) and entry and isinstance(entry[0], int) else 0


def _decode_read(value: str | None) -> dict[str, Any]:
    try:
        read = json.loads(value) if value else {}
    except ValueError:
        return {}
    return read if isinstance(read, dict) else {}


def _mark_read(replica: Replication, reply_id: str, answers: int) -> Any:
    """Bookkeeping in the answer's own transaction: this many answers of the reply applied."""
    table = _settings(replica)

    def mark(connection: Connection) -> None:
        if table is None:
            return
        read = _decode_read(connection.execute(
            select(table.c.value).where(table.c.name == READ_REPLIES)).scalar())
        read[reply_id] = [answers, _now()]
        if len(read) > KEEP_READ:  # the oldest first out
            for old in sorted(read, key=lambda k: str(read[k][1]) if isinstance(read[k], list) else "")[
                    :len(read) - KEEP_READ]:
                del read[old]
        connection.execute(delete(table).where(table.c.name == READ_REPLIES))
        connection.execute(insert(table).values(name=READ_REPLIES, value=json.dumps(read),
                                                set_at=_now()))

    return mark


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


__all__ = ["ExportResult", "ReplyResult", "export_bundle", "import_reply"]
