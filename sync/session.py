"""The enrol and sync sequences, once, without Qt: the command line and the window both
call these (the window from its network thread).

``enrol_device`` asks headquarters for a device token, keeps it in the keyring and
remembers the server, the user and this computer's name; ``run_sync`` checks that the
replica is enrolled, loads the token, optionally forgets the pull cursor, and syncs until done.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import requests

from sync import client
from sync.client import ProgressCallback, SyncClient, SyncError, SyncReport
from sync.replica import Replication
from sync.wire import MAX_DEVICE_NAME

NOT_ENROLLED = ("This computer is not connected to headquarters yet: log in first "
                "(lookingbeyond login --server URL --user NAME --password-stdin).")


@dataclass(frozen=True)
class EnrolResult:
    """What headquarters said when it enrolled this device (never the token)."""

    server_url: str
    user: str
    role: str | None
    countries: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    answer: dict[str, Any] = field(default_factory=dict)  # the whole answer, token removed

    @property
    def scope(self) -> str:
        """The countries and regions of the user's scope, for a person to read."""
        return ", ".join([*self.countries, *self.regions])


def enrol_device(
    replica: Replication, server_url: str, user: str, password: str, device_name: str,
    *, session: requests.Session | None = None,
) -> EnrolResult:
    """Enrol this device with headquarters, keep its token in the keyring and remember the
    server, the user (the author of this device's edits from now on) and the name a person
    gave this computer (``device_name``, cut to MAX_DEVICE_NAME); SyncError (with a code)
    when it cannot."""
    device_id = replica.status().device_id
    name = " ".join(device_name.split())[:MAX_DEVICE_NAME] or device_id
    answer = client.enrol(server_url, user, password, device_id, name, session=session)
    client.save_token(device_id, answer.pop("token"))
    replica.record_enrolment(server_url=server_url, user_name=user, device_name=name)
    return EnrolResult(server_url, user, answer.get("role"), list(answer.get("countries") or []),
                       list(answer.get("regions") or []), answer)


def run_sync(
    replica: Replication, *, cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None, allow_mass_delete: bool = False, reset: bool = False,
    session: requests.Session | None = None,
) -> SyncReport:
    """One full sync of an enrolled replica (after forgetting the pull cursor when
    ``reset``); SyncError with a code when it stops (``not_enrolled`` first of all)."""
    status = replica.status()
    if not status.server_url:
        raise SyncError("not_enrolled", NOT_ENROLLED, retryable=False)
    token = client.load_token(status.device_id)
    if reset:
        replica.reset()
    return SyncClient(replica, status.server_url, token, session=session, cancel=cancel,
                      progress=progress, allow_mass_delete=allow_mass_delete).sync()


__all__ = ["EnrolResult", "enrol_device", "run_sync"]
