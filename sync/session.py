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

from sync import bundle, client
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
    keys = _device_keys(device_id)
    answer = client.enrol(server_url, user, password, device_id, name, session=session,
                          bundle_keys=keys.own.public().encode())
    client.save_token(device_id, answer.pop("token"))
    _keep_hq_keys(device_id, keys, answer.get("hq_keys"))
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
    report = SyncClient(replica, status.server_url, token, session=session, cancel=cancel,
                        progress=progress, allow_mass_delete=allow_mass_delete).sync()
    try:
        keys = bundle.load_keys(status.device_id)
    except Exception:  # the keyring answered the token a moment ago; never fail a sync for this
        keys = None
    if keys is None or keys.hq is None:  # enrolled before sync by file: register once
        try:
            keys = keys or _device_keys(status.device_id)
            hq = client.register_bundle_keys(status.server_url, token, keys.own.public().encode(),
                                             session=session)
            _keep_hq_keys(status.device_id, keys, hq)
        except Exception:  # next time; the sync itself is done
            pass
    return report


def _read_keys(device_id: str) -> bundle.DeviceKeys | None:
    """This device's keys from the keyring; the keyring's errors worded like the token's."""
    from keyring.errors import KeyringError, NoKeyringError

    try:
        return bundle.load_keys(device_id)
    except NoKeyringError:
        raise SyncError("no_keyring", client.NO_KEYRING, retryable=False) from None
    except KeyringError as error:
        raise SyncError("keyring", f"The system keyring could not be read: {error}",
                        retryable=False) from None


def _device_keys(device_id: str) -> bundle.DeviceKeys:
    """This device's keys for sync by file (kept; made the first time)."""
    return _read_keys(device_id) or bundle.DeviceKeys(bundle.KeyPair.generate())


def _keep_hq_keys(device_id: str, keys: bundle.DeviceKeys, hq: Any) -> None:
    """Keep this device's keys with headquarters' public keys (an older headquarters that
    gave none: this device's own only, sent again at the next sync)."""
    from keyring.errors import KeyringError

    try:
        known = bundle.PublicKeys.decode(hq) if hq else None
    except ValueError:
        known = None
    try:
        bundle.save_keys(device_id, bundle.DeviceKeys(keys.own, known))
    except KeyringError as error:
        raise SyncError("keyring", f"The system keyring refused to store this computer's keys: "
                        f"{error}", retryable=False) from None


def bundle_keys(device_id: str) -> bundle.DeviceKeys:
    """This device's keys for a file, with headquarters'; SyncError when there are none
    (never enrolled, or enrolled before sync by file and never synced since)."""
    from sync.bundle_client import NO_HQ_KEYS

    keys = _read_keys(device_id)
    if keys is None or keys.hq is None:
        raise SyncError("no_keys", NO_HQ_KEYS, retryable=False)
    return keys


__all__ = ["EnrolResult", "bundle_keys", "enrol_device", "run_sync"]
