"""Sync by file (issue 16): a round trip of the sync protocol that travels by hand.

A **bundle** is a sealed file.  A device's bundle holds the requests it would send to
``/v1/sync`` (its unsent changes in push batches, its pull cursor, the rows it wants, the
conflicts it settled), exactly the gzip'ed bodies the network would carry; headquarters
answers each as it would answer over the network, and its **reply** holds those answers
(the same gzip'ed bodies).  So a bundle obeys the protocol's invariants by construction:
headquarters recognises a push it holds (importing a bundle twice changes nothing), a pull
is bounded by the committed counter, and every scope check and rule is the network's.

The file (``MAGIC``, then a JSON header, then the sealed box)::

    b"LBSYNC" 0x00 0x01 | u32 header length | header JSON | ciphertext

- the header is ``{"kind": "request" | "reply", "to": FINGERPRINT, "epk": KEY, "n": NONCE}``:
  the recipient's key fingerprint (so a file for another headquarters, or a reply for
  another computer, is told apart before anything is opened), a fresh X25519 public key and
  a nonce, in base64; nothing about the sender, the records or the people;
- the ciphertext is ChaCha20-Poly1305 under a key derived (HKDF-SHA256) from X25519 between
  the fresh key and the recipient's key, with the magic and the header as associated data:
  a changed, cut or lengthened file fails as a whole;
- the plaintext is the sender's Ed25519 signature (64 bytes) over magic, header and the
  rest, then the parts: ``u32 count``, then ``u32 length | bytes`` each.  Part 0 is the
  bundle's own facts (gzip'ed JSON: kind, device, id, time, what each part answers);
  the others are protocol bodies.

Keys: a device makes its two key pairs (signing, Ed25519; receiving, X25519) when it
enrols, keeps the private halves with its token in the keyring (:func:`save_keys`) and
gives headquarters the public halves; headquarters keeps its own pairs in its database and
tells every device their public halves.  Nothing here imports the desktop.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import struct
from dataclasses import dataclass, field
from typing import Any

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

# ``cryptography`` is imported where keys are used, not with this module: every
# ``lookingbeyond sync`` reads the keyring entry (a scheduler's empty sync counts its
# start-up in milliseconds; bench/bench_cli_sync.py).

MAGIC = b"LBSYNC\x00\x01"
SUFFIX = ".lbsync"
#: The largest bundle either side writes or reads (a reply stops filling before it).
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
#: A reply stops adding answers once its parts pass this many (compressed) bytes.
REPLY_BUDGET = 24 * 1024 * 1024
#: A device's bundle carries at most this many push batches (the rest wait for the next).
MAX_REQUESTS = 16
MAX_PARTS = 256
MAX_HEADER = 4096
_INFO = b"lookingbeyond sync bundle v1"
_SIGNED = b"lookingbeyond sync bundle signature v1"
KEYRING_SUFFIX = ".bundle"
REQUEST = "request"
REPLY = "reply"


class BundleError(Exception):
    """A bundle that cannot be made or read; ``message`` is for the person, ``code`` for
    programs (``damaged``, ``not_a_bundle``, ``foreign``, ``other_device``,
    ``bad_signature``, ``unknown_device``, ``device_revoked``, ``no_keys``, ``too_large``,
    ``out_of_order``, ...).  Nothing was written when it is raised."""

    def __init__(self, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details or {}  # mass_delete: {"deleting", "live"}


def counted(number: int, thing: str, things: str | None = None) -> str:
    """``1 record``, ``3 records`` (the summaries of the command line and the upload page;
    the window words its own, translated)."""
    return f"{number:,} {thing if number == 1 else things or thing + 's'}"


# -- keys ---------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int) -> bytes:
    try:
        data = base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError):
        raise ValueError("not base64") from None
    if len(data) != size:
        raise ValueError("wrong key length")
    return data


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def fingerprint(box_public: str) -> str:
    """A short name of a receiving key (the first 16 hex digits of its SHA-256)."""
    return hashlib.sha256(_unb64(box_public, 32)).hexdigest()[:16]


@dataclass(frozen=True)
class PublicKeys:
    """The public halves of one side's keys, as they travel (base64 of the raw keys)."""

    sign: str
    box: str

    def encode(self) -> dict[str, str]:
        return {"sign": self.sign, "box": self.box}

    @classmethod
    def decode(cls, document: Any) -> PublicKeys:
        """From ``{"sign": B64, "box": B64}``; ValueError when it is not that."""
        if not isinstance(document, dict):
            raise ValueError("keys must be an object")
        keys = cls(str(document.get("sign")), str(document.get("box")))
        _unb64(keys.sign, 32)
        _unb64(keys.box, 32)
        return keys

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.box)


@dataclass(frozen=True)
class KeyPair:
    """One side's private keys (signing and receiving), base64 of the raw keys."""

    sign: str
    box: str

    @classmethod
    def generate(cls) -> KeyPair:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return cls(_b64(_raw_private(Ed25519PrivateKey.generate())),
                   _b64(_raw_private(X25519PrivateKey.generate())))

    def public(self) -> PublicKeys:
        return PublicKeys(_b64(_raw_public(self._signer().public_key())),
                          _b64(_raw_public(self._receiver().public_key())))

    def _signer(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(_unb64(self.sign, 32))

    def _receiver(self) -> X25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return X25519PrivateKey.from_private_bytes(_unb64(self.box, 32))


@dataclass(frozen=True)
class DeviceKeys:
    """What a device keeps in its keyring for sync by file: its own key pairs and, once
    headquarters told them, headquarters' public keys."""

    own: KeyPair
    hq: PublicKeys | None = None

    def encode(self) -> str:
        document: dict[str, Any] = {"sign": self.own.sign, "box": self.own.box}
        if self.hq is not None:
            document["hq"] = self.hq.encode()
        return json.dumps(document)

    @classmethod
    def decode(cls, text: str) -> DeviceKeys:
        document = json.loads(text)
        own = KeyPair(str(document["sign"]), str(document["box"]))
        _unb64(own.sign, 32)  # readable keys, or ValueError
        _unb64(own.box, 32)
        hq = PublicKeys.decode(document["hq"]) if document.get("hq") else None
        return cls(own, hq)


def load_keys(device_id: str) -> DeviceKeys | None:
    """This device's keys from the keyring (None when it has none yet).  Raises the
    keyring's own errors (the caller words them)."""
    import keyring

    from sync.client import KEYRING_SERVICE

    text = keyring.get_password(KEYRING_SERVICE, device_id + KEYRING_SUFFIX)
    if not text:
        return None
    try:
        return DeviceKeys.decode(text)
    except (ValueError, KeyError, TypeError):
        return None  # unreadable: made again at the next enrolment


def save_keys(device_id: str, keys: DeviceKeys) -> None:
    """Keep this device's keys in the keyring (never in a file)."""
    import keyring

    from sync.client import KEYRING_SERVICE

    keyring.set_password(KEYRING_SERVICE, device_id + KEYRING_SUFFIX, keys.encode())


def forget_keys(device_id: str) -> None:
    """Remove this device's keys from the keyring (a remote wipe); nothing when none."""
    import keyring
    from keyring.errors import PasswordDeleteError

    from sync.client import KEYRING_SERVICE

    try:
        keyring.delete_password(KEYRING_SERVICE, device_id + KEYRING_SUFFIX)
    except PasswordDeleteError:
        pass


def write_whole(path: str | os.PathLike[str], data: bytes) -> None:
    """Write a file whole or not at all (a stick pulled out, a full disk): a neighbouring
    partial file, synced to the disk, then renamed over.  OSError otherwise (nothing left
    behind)."""
    from pathlib import Path

    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


# -- sealing and opening ------------------------------------------------------------------


@dataclass
class Opened:
    """A bundle opened: its facts (part 0) and its protocol bodies (gzip'ed, as sent)."""

    kind: str
    facts: dict[str, Any]
    bodies: list[bytes] = field(default_factory=list)
    header: dict[str, Any] = field(default_factory=dict)
    signed: bytes = b""  # what the signature covers
    signature: bytes = b""

    def verify(self, sender: PublicKeys) -> None:
        """BundleError ``bad_signature`` unless ``sender`` signed it."""
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(_unb64(sender.sign, 32)).verify(
                self.signature, self.signed)
        except (InvalidSignature, ValueError):
            raise BundleError("bad_signature", "This file was changed after it was made, or "
                              "was not made by the computer it names. Nothing was read from "
                              "it.") from None


def _derive(shared: bytes, header: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO + header).derive(shared)


def seal(kind: str, facts: dict[str, Any], bodies: list[bytes], *, sender: KeyPair,
         recipient: PublicKeys) -> bytes:
    """The file holding ``facts`` and ``bodies``, signed by ``sender`` and readable only by
    the holder of ``recipient``'s receiving key.  BundleError ``too_large`` past the limit."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    if len(bodies) + 1 > MAX_PARTS:
        raise BundleError("too_large", "Too many parts for one file.")
    ephemeral = X25519PrivateKey.generate()
    nonce = os.urandom(12)
    header = json.dumps({"kind": kind, "to": recipient.fingerprint,
                         "epk": _b64(_raw_public(ephemeral.public_key())), "n": _b64(nonce)},
                        separators=(",", ":")).encode("ascii")
    parts = [gzip.compress(json.dumps(facts, separators=(",", ":")).encode("utf-8"), mtime=0),
             *bodies]
    rest = struct.pack(">I", len(parts)) + b"".join(struct.pack(">I", len(p)) + p for p in parts)
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    signature = sender._signer().sign(_SIGNED + prefix + rest)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(_unb64(recipient.box, 32)))
    sealed = ChaCha20Poly1305(_derive(shared, header)).encrypt(nonce, signature + rest, prefix)
    data = prefix + sealed
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("too_large", "The file would be larger than "
                          f"{MAX_BUNDLE_BYTES // (1024 * 1024)} MiB.")
    return data


def read_header(data: bytes) -> dict[str, Any]:
    """The plain header of a bundle; BundleError when ``data`` is not a bundle."""
    if not data.startswith(MAGIC):
        if data[:6] == MAGIC[:6]:
            raise BundleError("unsupported", "This file was made by a newer version of Looking "
                              "Beyond; update this one to read it.")
        raise BundleError("not_a_bundle", "This is not a sync file of Looking Beyond "
                          "(it does not start as one).")
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("too_large", "This file is larger than any sync file "
                          f"({MAX_BUNDLE_BYTES // (1024 * 1024)} MiB at most).")
    try:
        (size,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
        if size > MAX_HEADER:
            raise ValueError("header too long")
        header = json.loads(data[len(MAGIC) + 4:len(MAGIC) + 4 + size])
        if not isinstance(header, dict) or header.get("kind") not in (REQUEST, REPLY):
            raise ValueError("header")
        for name in ("to", "epk", "n"):
            if not isinstance(header.get(name), str):
                raise ValueError(name)
    except (struct.error, ValueError, UnicodeDecodeError):
        raise BundleError("damaged", DAMAGED) from None
    header["_size"] = size
    return header


DAMAGED = ("This sync file is damaged or incomplete (it may have been cut short when it was "
           "copied). Nothing was read from it: copy it again, or make a new one.")


def open_sealed(data: bytes, receiver: KeyPair) -> Opened:
    """Open a bundle made for ``receiver`` (the signature is checked by the caller, who
    knows the sender: :meth:`Opened.verify`).  BundleError ``foreign`` when it was made for
    another key, ``damaged`` when any byte of it changed or is missing."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    header = read_header(data)
    size = header.pop("_size")
    if header["to"] != receiver.public().fingerprint:
        raise BundleError("foreign", "This file was made for someone else.")
    raw_header = data[len(MAGIC) + 4:len(MAGIC) + 4 + size]
    prefix = data[:len(MAGIC) + 4 + size]
    try:
        epk = X25519PublicKey.from_public_bytes(_unb64(header["epk"], 32))
        nonce = _unb64(header["n"], 12)
        shared = receiver._receiver().exchange(epk)
        plain = ChaCha20Poly1305(_derive(shared, raw_header)).decrypt(
            nonce, data[len(prefix):], prefix)
    except (InvalidTag, ValueError):
        raise BundleError("damaged", DAMAGED) from None
    signature, rest = plain[:64], plain[64:]
    try:
        (count,) = struct.unpack(">I", rest[:4])
        if not 1 <= count <= MAX_PARTS:
            raise ValueError("parts")
        parts: list[bytes] = []
        at = 4
        for _ in range(count):
            (length,) = struct.unpack(">I", rest[at:at + 4])
            at += 4
            if at + length > len(rest):
                raise ValueError("part")
            parts.append(rest[at:at + length])
            at += length
        if at != len(rest):
            raise ValueError("trailing")
        facts = json.loads(gzip.decompress(parts[0]))
        if not isinstance(facts, dict) or facts.get("kind") != header["kind"]:
            raise ValueError("facts")
    except (struct.error, ValueError, OSError, EOFError):
        # Sealed intact but not in this shape: a bug or a forged file; refused all the same.
        raise BundleError("damaged", DAMAGED) from None
    return Opened(header["kind"], facts, parts[1:], header, _SIGNED + prefix + rest, signature)


__all__ = ["BundleError", "DeviceKeys", "KeyPair", "Opened", "PublicKeys", "fingerprint",
           "forget_keys", "load_keys", "open_sealed", "read_header", "save_keys", "seal"]
