"""The limits of one headquarters server, handed by ``lookingbeyond-server serve`` to its
workers through the environment (uvicorn builds the app anew in each worker process).

Kept free of FastAPI and uvicorn imports, so that the command line starts quickly."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sync.server import accounts
from sync.wire import AppRelease

MAX_DEVICES_ENV = "LOOKINGBEYOND_MAX_DEVICES"
HASH_CONCURRENCY_ENV = "LOOKINGBEYOND_HASH_CONCURRENCY"
API_PAGES_ENV = "LOOKINGBEYOND_API_PAGES"
HEADER_TIMEOUT_ENV = "LOOKINGBEYOND_HEADER_TIMEOUT"
BODY_TIMEOUT_ENV = "LOOKINGBEYOND_BODY_TIMEOUT"
FORWARDED_ALLOW_IPS_ENV = "LOOKINGBEYOND_FORWARDED_ALLOW_IPS"
NEWEST_VERSION_ENV = "LOOKINGBEYOND_NEWEST_VERSION"
DOWNLOAD_URL_ENV = "LOOKINGBEYOND_DOWNLOAD_URL"

DEFAULT_HEADER_TIMEOUT_S = 20.0
# Between two pieces of a body: a 2G link that delivers nothing for this long has died.
DEFAULT_BODY_IDLE_S = 60.0
# A whole body: the client's push batches are 256 KiB, about a minute at 2G speed (40 kbit/s);
# ten minutes leaves a wide margin and still frees a connection a slow client trickles into.
DEFAULT_BODY_TOTAL_S = 600.0
# What one server process holds besides password hashing (Python, FastAPI, SQLAlchemy, the
# database driver, requests in flight); bench/bench_enrol.py measures it.
BASE_MEMORY_BYTES = 160 * 1024 * 1024


@dataclass(frozen=True)
class ServerSettings:
    """The limits of one headquarters server (the ``serve`` options of the same names)."""

    max_devices: int = accounts.DEFAULT_MAX_DEVICES
    hash_concurrency: int = accounts.DEFAULT_HASH_CONCURRENCY
    api_pages: bool = False
    body_idle_s: float = DEFAULT_BODY_IDLE_S
    body_total_s: float = DEFAULT_BODY_TOTAL_S
    #: The newest desktop application version, told to every device in its sync answers
    #: ("" for none), and where to get it.
    newest_version: str = ""
    download_url: str = ""

    @classmethod
    def from_environment(cls) -> ServerSettings:
        """The settings ``serve`` handed its workers through the environment."""
        return cls(
            max_devices=int(_number(MAX_DEVICES_ENV, cls.max_devices)),
            hash_concurrency=int(_number(HASH_CONCURRENCY_ENV, cls.hash_concurrency)),
            api_pages=os.environ.get(API_PAGES_ENV, "").strip().lower() in ("1", "true", "yes"),
            body_idle_s=_number(BODY_TIMEOUT_ENV, cls.body_idle_s),
            newest_version=os.environ.get(NEWEST_VERSION_ENV, "").strip(),
            download_url=os.environ.get(DOWNLOAD_URL_ENV, "").strip(),
        )

    def app_release(self) -> AppRelease | None:
        """What the sync answers announce (``app``), or None: no version set, or one that
        is not a version (``serve`` refuses those before starting)."""
        if not AppRelease.valid_version(self.newest_version):
            return None
        url = self.download_url if AppRelease.valid_url(self.download_url) else ""
        return AppRelease(self.newest_version, url)

    def memory_bound_bytes(self, workers: int = 1) -> int:
        """The stated bound of the server's memory: per worker process, the base plus
        argon2's memory cost times the password checks allowed at once; with several
        workers, uvicorn's supervising process (one more base) too."""
        processes = workers + (1 if workers > 1 else 0)
        return (processes * BASE_MEMORY_BYTES
                + workers * self.hash_concurrency * accounts.HASH_MEMORY_BYTES)


def header_timeout_s() -> float:
    """The header deadline of this process (``$LOOKINGBEYOND_HEADER_TIMEOUT`` seconds)."""
    return _number(HEADER_TIMEOUT_ENV, DEFAULT_HEADER_TIMEOUT_S)


def _number(name: str, default: float) -> float:
    text = os.environ.get(name, "").strip()
    return float(text) if text else default
