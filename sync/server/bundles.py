"""Headquarters' side of sync by file (issue 16): open a device's bundle, answer each of its
requests exactly as ``/v1/sync`` would (the same :class:`SyncService`, scopes, rules,
merges and conflicts), and seal the answers in a reply for that device only.

Used by ``lookingbeyond-server bundle import FILE --reply OUT`` and by the server's upload
page (``/bundle``).  See :mod:`sync.bundle` for the file and docs/sync-protocol.md, "Sync by
file", for the round trip.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, insert, null, select, update
from sqlalchemy.exc import IntegrityError

from sync import bundle, wire
from sync.bundle import REPLY, REPLY_BUDGET, REQUEST, BundleError, KeyPair, PublicKeys, counted
from sync.registry import Registry
from sync.server import accounts
from sync.server.schema import devices, server_keys
from sync.server.service import DeviceContext, SyncService, Validator, _refusal_key
from sync.wire import MAX_ANSWER_BUDGET, PROTOCOL_VERSION, ProtocolError, SyncRequest

log = logging.getLogger("lookingbeyond.server")

_DEVICE_ID = re.compile(r"^[0-9a-f]{32}\Z")
#: Pull-only answers a reply adds after the device's own requests, at most.
MAX_PULL_ANSWERS = 64


def hq_keys(engine: Engine) -> KeyPair:
    """Headquarters' key pairs for sync by file, made (and kept) the first time."""
    with engine.connect() as connection:
        found = {r.name: r.secret for r in connection.execute(select(server_keys))}
    if "sign" in found and "box" in found:
        return KeyPair(found["sign"], found["box"])
    made = KeyPair.generate()
    public = made.public()
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    for name, secret, half in (("sign", made.sign, public.sign), ("box", made.box, public.box)):
        try:
            with engine.begin() as connection:
                connection.execute(insert(server_keys).values(
                    name=name, secret=secret, public=half, created_at=now))
        except IntegrityError:  # another process made them at the same moment: theirs stay
            pass
    with engine.connect() as connection:
        found = {r.name: r.secret for r in connection.execute(select(server_keys))}
    return KeyPair(found["sign"], found["box"])


def hq_public_keys(engine: Engine) -> PublicKeys:
    """What every device is told at enrolment (and by ``/v1/bundle-keys``)."""
    return hq_keys(engine).public()


@dataclass
class ImportResult:
    """What importing one bundle did, for the person at headquarters (no personal data)."""

    reply: bytes
    device_id: str
    device_name: str
    user_name: str
    bundle_id: str
    made_at: str
    changes: int = 0  # pushed rows the bundle carried
    held_before: int = 0  # of them, in push batches headquarters already held (sent before)
    refused: int = 0
    conflicts: int = 0
    rows_out: int = 0  # rows the reply carries to the device
    more: bool = False  # headquarters has more for the device than one reply holds
    wipe: bool = False  # the reply tells the device to erase its data
    answers: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """A few lines a person reads (the command line and the upload page)."""
        lines = [f"File {self.bundle_id[:8]} from “{self.device_name}” ({self.user_name}), "
                 f"made {self.made_at[:16].replace('T', ' ')} UTC."]
        new = self.changes - self.held_before
        if self.changes == 0:
            lines.append("It carried no changes.")
        elif new == 0:
            lines.append(f"Its {counted(self.changes, 'changed record')} had all been received "
                         "before; nothing was applied twice.")
        else:
            lines.append(f"Received {counted(new, 'changed record')}"
                         + (f" ({self.held_before:,} more had been received before)"
                            if self.held_before else "") + ".")
        if self.refused:
            lines.append(f"Refused {counted(self.refused, 'change')} (the reply tells the "
                         "computer why).")
        if self.conflicts:
            lines.append(f"{counted(self.conflicts, 'conflict')} reported to the computer.")
        lines.append(f"The reply carries {counted(self.rows_out, 'record')} for the computer "
                     f"({len(self.reply) / 1024:.0f} KiB).")
        if self.more:
            lines.append("Headquarters has more for this computer than one reply holds: after "
                         "it reads this reply, carry a new file from it.")
        if self.wipe:
            lines.append("The reply orders this computer's data erased (remote wipe).")
        lines.extend(self.notes)
        return "\n".join(lines)


def import_bundle(engine: Engine, registry: Registry, validator: Validator, data: bytes,
                  *, budget: int = REPLY_BUDGET) -> ImportResult:
    """Apply a device's bundle as its requests over the network would be, and seal the reply.

    BundleError (nothing written) when the file is not a bundle, is damaged, was made for
    another headquarters, names an unknown, revoked or wiped device, or is not signed by the
    device it names.  A push headquarters already holds is recognised and not applied
    again, so importing a bundle twice changes nothing (the second reply is as fresh as the
    first)."""
    keys = hq_keys(engine)
    header = bundle.read_header(data)
    if header["kind"] != REQUEST:
        raise BundleError("wrong_kind", "This is a reply made by headquarters for a computer: "
                          "read it on that computer (Sync > Sync by File), not here.")
    try:
        opened = bundle.open_sealed(data, keys)
    except BundleError as error:
        if error.code == "foreign":
            raise BundleError("foreign", "This file was made for another headquarters (its "
                              "computer was enrolled elsewhere). Nothing was read from it.") from None
        raise
    device_id = opened.facts.get("device")
    if not isinstance(device_id, str) or not _DEVICE_ID.match(device_id):
        raise BundleError("damaged", bundle.DAMAGED)
    with engine.connect() as connection:
        try:
            context, sign_key, box_key = accounts.device_for_bundle(connection, device_id)
        except ProtocolError as error:
            code = "unknown_device" if error.code == "not_found" else error.code
            raise BundleError(code, error.message) from None
        name_row = connection.execute(select(devices.c.name).where(devices.c.id == device_id)).one()
        connection.rollback()
    if not sign_key or not box_key:
        raise BundleError("no_keys", "Headquarters holds no keys for this computer, so it "
                          "cannot check who made the file. Log in again on that computer "
                          "with a connection once.")
    device_keys = PublicKeys(sign_key, box_key)
    opened.verify(device_keys)
    bundle_id = str(opened.facts.get("id") or "")
    result = ImportResult(b"", device_id, str(name_row.name or device_id), context.user_name,
                          bundle_id, str(opened.facts.get("made_at") or ""))
    answers, echoes = _answer(engine, registry, validator, context, opened, result, budget)
    facts = {
        "kind": REPLY, "device": device_id, "id": str(uuid.uuid4()), "for": bundle_id,
        "made_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "request_cursor": _first_cursor(opened), "answers": echoes, "more": result.more,
        "wipe": result.wipe, "v": PROTOCOL_VERSION,
    }
    result.reply = bundle.seal(REPLY, facts, answers, sender=keys, recipient=device_keys)
    result.answers = len(answers)
    log.info("bundle %s of device %s imported: %d rows pushed, %d refused, %d rows out",
             bundle_id[:8], device_id, result.changes, result.refused, result.rows_out)
    return result


def _first_cursor(opened: bundle.Opened) -> int:
    return int(opened.facts.get("cursor") or 0)


def _answer(engine: Engine, registry: Registry, validator: Validator, device: DeviceContext,
            opened: bundle.Opened, result: ImportResult, budget: int
            ) -> tuple[list[bytes], list[dict[str, Any]]]:
    """Each request of the bundle answered in turn (each pull continuing where the last one
    stopped), then pull-only answers while headquarters has more and the budget lasts."""
    service = SyncService(engine, registry, validator=validator)
    echoes: list[dict[str, Any]] = []
    size = 0
    cursor: int | None = None
    requests: list[dict[str, Any]] = []
    for body in opened.bodies:
        try:
            document = wire.decode_body(body, gzipped=True)
            SyncRequest.decode(document)  # checked before anything is applied
        except ProtocolError as error:
            raise BundleError("damaged", f"A request in this file cannot be read ({error.message}). "
                              "Nothing was applied.") from None
        if not isinstance(document, dict):
            raise BundleError("damaged", bundle.DAMAGED)
        requests.append(document)
    if not requests or len(requests) > bundle.MAX_REQUESTS:
        raise BundleError("damaged", bundle.DAMAGED)
    with engine.connect() as connection:
        stored = connection.execute(select(devices.c.pushed_seq, devices.c.refused_upto,
                                           devices.c.refused)
                                    .where(devices.c.id == device.device_id)).one()
        connection.rollback()
    held = int(stored.pushed_seq)
    facts = opened.facts.get("requests")
    complete = [bool(f.get("complete", True)) if isinstance(f, dict) else True
                for f in (facts if isinstance(facts, list) else [])]

    def ask(document: dict[str, Any]) -> dict[str, Any] | None:
        """One answer, as /v1/sync gives it; None once the device is to be wiped."""
        try:
            return service.sync(device, document)
        except ProtocolError as error:
            if error.code == "device_wipe":
                result.wipe = True
                return None
            if error.code == "push_gap":
                raise BundleError("out_of_order", "Headquarters does not yet hold this computer's "
                                  "earlier changes that this file builds on (a file made before "
                                  "it was not brought here, or headquarters was restored from a "
                                  f"backup). {error.message}. Bring the earlier file first, or "
                                  "make a new file on the computer.") from None
            raise BundleError(error.code, error.message) from None

    answered: list[dict[str, Any]] = []
    encoded: list[bytes] = []
    more = True
    while True:
        index = len(answered)
        if index < len(requests):  # the file's own requests, each pull going on from the last
            document = dict(requests[index], clock=None)  # its clock then says nothing now
            if cursor is not None:
                document.update(cursor=cursor, want=[])
            push = document.get("push") if isinstance(document.get("push"), dict) else None
            rows = push.get("rows") if push is not None else None
            pushed_rows = rows if isinstance(rows, list) else []
            if push is not None and isinstance(push.get("upto"), int) and push["upto"] <= held:
                result.held_before += len(pushed_rows)
            result.changes += len(pushed_rows)
        elif more and size < budget and index < len(requests) + MAX_PULL_ANSWERS:
            document = {"v": PROTOCOL_VERSION, "clock": None, "cursor": cursor, "d": [],
                        "limit": MAX_ANSWER_BUDGET}  # then pulls while there is more
        else:
            break
        answer = ask(document)
        if answer is None:
            more = False
            break
        answered.append(answer)
        encoded.append(wire.encode_body(answer))
        size += len(encoded[-1])
        echoes.append(_echo(document, answer, index == 0,
                            complete[index] if index < len(complete) else True))
        _count(result, answer)
        cursor = int(answer["cursor"])
        more = bool(answer.get("more"))
    result.more = more
    if _keep_refusals(engine, device, stored, opened.facts.get("acked"), answered, result):
        encoded[0] = wire.encode_body(answered[0])
    return encoded, echoes


def _keep_refusals(engine: Engine, device: DeviceContext, stored: Any, acked: Any,
                   answered: list[dict[str, Any]], result: ImportResult) -> bool:
    """What headquarters keeps of the refusals it answered, for a reply on a stick.

    Over the network a reply lost on the way is followed at once by the same push, and
    headquarters keeps a push's refusals until the device shows it read them
    (``service._unconfirmed_refusals``).  A reply on a stick may be lost too, and a file
    may be older than what the device sent since (a file carried late): the answers inside
    one reply, each taken for proof that the one before arrived, would drop refusals the
    device never read.  So after a file, headquarters keeps every refusal of its reply with
    those it kept before, and drops the kept ones only when the file shows that the device
    had read them: the count of its changes acknowledged when it wrote the file (``acked``,
    applied in the same transaction as the refusals) reaches the push they answered.  The
    kept refusals the device had not read when it wrote the file travel in this reply too."""
    shown = (isinstance(acked, int) and stored.refused_upto is not None
             and acked >= int(stored.refused_upto))
    before = [] if shown or stored.refused_upto is None else [
        r for r in stored.refused or [] if isinstance(r, dict)]
    added = False
    if before and answered:
        first = answered[0]["refused"]
        seen = {_refusal_key(r) for r in first}
        for refusal in before:
            if _refusal_key(refusal) not in seen:
                seen.add(_refusal_key(refusal))
                first.append(refusal)
                result.refused += 1
                added = True
    kept: list[dict[str, Any]] = []
    seen = set()
    for refusal in [r for answer in answered for r in answer["refused"]] + before:
        if _refusal_key(refusal) not in seen:
            seen.add(_refusal_key(refusal))
            kept.append(refusal)
    with engine.begin() as connection:
        pushed = int(connection.execute(select(devices.c.pushed_seq)
                                        .where(devices.c.id == device.device_id)).scalar_one())
        upto = max(pushed, int(stored.refused_upto or 0))
        connection.execute(update(devices).where(devices.c.id == device.device_id).values(
            refused_upto=upto if kept else None, refused=kept if kept else null()))
    return added  # the first answer gained kept refusals (encode it again)


def _echo(request: dict[str, Any], answer: dict[str, Any], first: bool, complete: bool
          ) -> dict[str, Any]:
    """What the device needs of its own request to apply the answer (the network client
    keeps these in memory): the push's range, whether it held every pending change, the
    rows it asked for, and the refused rows as they were pushed (their fields and whether
    they created a record) with the push's device table."""
    push = request.get("push") if isinstance(request.get("push"), dict) else None
    refused = {(r.get("t"), r.get("i")) for r in answer.get("refused", []) if isinstance(r, dict)}
    rows = [r for r in (push or {}).get("rows", []) if isinstance(r, dict)
            and (r.get("t"), r.get("i")) in refused]
    return {"first": push.get("from") if push else None, "upto": push.get("upto") if push else None,
            "complete": complete, "refused_rows": rows,
            "d": list(request.get("d") or []) if rows else [],
            "want": list(request.get("want") or []) if first else [],
            "resolved": list(request.get("resolved") or []) if first else []}


def _count(result: ImportResult, answer: dict[str, Any]) -> None:
    result.refused += len(answer.get("refused") or [])
    result.conflicts += len(answer.get("conflicts") or [])
    result.rows_out += len(answer.get("rows") or []) + len(answer.get("fix") or [])


__all__ = ["ImportResult", "hq_keys", "hq_public_keys", "import_bundle"]
