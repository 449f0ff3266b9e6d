"""Demo data is a sandbox: a folder filled with demo data is marked in the same transaction,
and the command line never enrols or syncs it (no connection is even attempted)."""

from __future__ import annotations

import io
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from lookingbeyond_desktop.cli import main
from lookingbeyond_desktop.demo import DemoRefused, generate
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store import sandbox
from lookingbeyond_desktop.store.sync_adapter import replication_for

DEMO_WORDS = "holds demo data, which must never reach headquarters"


class Listener:
    """A TCP port that listens but never answers: any connection attempt to it lands in
    its backlog, so :meth:`attempted` tells whether something tried to reach it."""

    def __init__(self) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.setblocking(False)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"

    def attempted(self) -> bool:
        """Whether any connection reached the port."""
        try:
            connection, _ = self.socket.accept()
        except BlockingIOError:
            return False
        connection.close()
        return True


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A would-be headquarters that records connection attempts."""
    found = Listener()
    yield found
    found.socket.close()


def cli(args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        stdin: str = "") -> tuple[int, str, str]:
    """Run the real command-line function; returns (status, stdout, stderr)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_demo_command_marks_the_folder_and_login_refuses_without_a_connection(
        tmp_path: Path, listener: Listener) -> None:
    """`lookingbeyond demo` then `lookingbeyond login` (real processes): the login exits 1
    with the message that says the folder holds demo data and how to start a real folder,
    and nothing tried to reach headquarters."""
    folder = str(tmp_path / "demo")
    made = subprocess.run([sys.executable, "-m", "lookingbeyond_desktop", "demo", "--data-dir",
                           folder, "--orgs", "30"], capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    assert "can never be connected to headquarters" in made.stdout
    login = subprocess.run(
        [sys.executable, "-m", "lookingbeyond_desktop", "login", "--data-dir", folder,
         "--server", listener.url, "--user", "amina", "--password-stdin"],
        input="secret\n", capture_output=True, text=True, timeout=300)
    assert login.returncode == 1
    assert DEMO_WORDS in login.stderr and "--data-dir NEW_FOLDER" in login.stderr
    assert not listener.attempted()
    with Store.open(folder, create=False) as store:
        assert replication_for(store).status().server_url is None


def test_sync_of_a_demo_folder_refuses_even_when_enrolled_before(
        tmp_path: Path, listener: Listener, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`lookingbeyond sync` on a demo folder exits 1 with the demo message, whether or not
    it was enrolled (an older version let demo folders log in): no connection is made."""
    folder = tmp_path / "demo"
    with Store.open(folder) as store:
        generate(store, organizations=20, sandbox=True)
    status, _out, err = cli(["sync", "--data-dir", str(folder)], capsys, monkeypatch)
    assert status == 1 and DEMO_WORDS in err
    with Store.open(folder) as store:  # as an older version would have left it
        replication_for(store).configure(server_url=listener.url, user_name="amina")
    status, out, err = cli(["sync", "--data-dir", str(folder), "--json"], capsys, monkeypatch)
    assert status == 1 and DEMO_WORDS in err and '"code": "demo_data"' in out
    assert not listener.attempted()
    status, out, _err = cli(["status", "--data-dir", str(folder)], capsys, monkeypatch)
    assert status == 0 and "Demo data:       yes" in out


def test_login_of_a_real_folder_still_reaches_headquarters(
        tmp_path: Path, listener: Listener, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The refusal is about demo folders only: a real folder's login does try to connect
    (here to a port that never answers, so it fails with a network message)."""
    folder = tmp_path / "real"
    listener.socket.close()  # nothing listens: the connection is refused at once
    status, _out, err = cli(["login", "--data-dir", str(folder), "--server", listener.url,
                             "--user", "amina", "--password-stdin"], capsys, monkeypatch,
                            stdin="secret\n")
    assert status == 1 and DEMO_WORDS not in err


def test_demo_data_never_goes_into_a_folder_connected_to_headquarters(tmp_path: Path) -> None:
    """Demo data is refused (nothing written) in a folder enrolled with headquarters, where
    it would mix with real data."""
    with Store.open(tmp_path / "real") as store:
        replication_for(store).configure(server_url="https://hq.example.org", user_name="amina")
        with pytest.raises(DemoRefused, match="connected to headquarters"):
            generate(store, organizations=20, sandbox=True)
        with store.engine.connect() as connection:
            assert not sandbox.is_demo(connection)
            assert connection.execute(text("SELECT count(*) FROM organizations")).scalar() == 0


def test_mark_and_data_are_one_transaction(tmp_path: Path) -> None:
    """When writing the demo data fails, the folder is neither filled nor marked."""
    with Store.open(tmp_path / "d") as store:
        def broken(*_args: object) -> None:
            raise OSError("disk trouble")

        with pytest.raises(OSError):
            generate(store, organizations=20, sandbox=True, progress=broken)
        with store.engine.connect() as connection:
            assert not sandbox.is_demo(connection)
            assert connection.execute(text("SELECT count(*) FROM organizations")).scalar() == 0


def test_demo_folder_from_an_older_version_is_recognised(tmp_path: Path) -> None:
    """A folder filled with demo data before the mark existed (schema 0005) is marked when
    it is upgraded, from the author name demo data was always written under; never one
    already connected to headquarters (older versions let a person log in after the demo:
    marking it would strand its unsent work)."""
    from alembic import command

    from lookingbeyond_desktop.store.migrations import alembic_config

    old, real, connected = tmp_path / "old-demo", tmp_path / "old-real", tmp_path / "connected"
    for folder in (old, connected):
        with Store.open(folder) as store:
            generate(store, organizations=20)  # as older versions did: no mark
    with Store.open(connected) as store:
        replication_for(store).configure(server_url="https://hq.example.org", user_name="amina")
    with Store.open(real) as store, store.write() as writer:
        writer.create("organizations", {"name": "Kenya Civic Forum", "country": "KE"})
    for folder in (old, real, connected):
        with Store.open(folder) as store, store.engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
            connection.commit()
    with Store.open(old) as store, store.engine.connect() as connection:
        assert sandbox.is_demo(connection)
    for folder in (real, connected):
        with Store.open(folder) as store, store.engine.connect() as connection:
            assert not sandbox.is_demo(connection)


def test_welcome_is_wanted_by_every_new_folder_until_a_choice(tmp_path: Path) -> None:
    """Every new, empty folder wants the welcome screen; starting it empty on purpose is
    remembered in the folder; a folder connected to headquarters or with demo data does not
    ask."""
    for name in ("first", "second"):
        with Store.open(tmp_path / name) as store, store.engine.connect() as connection:
            assert sandbox.needs_welcome(connection)
    with Store.open(tmp_path / "first") as store, store.engine.connect() as connection:
        sandbox.mark_started_empty(connection)
        connection.commit()
    with Store.open(tmp_path / "first") as store, store.engine.connect() as connection:
        assert sandbox.started_empty(connection) and not sandbox.needs_welcome(connection)
    with Store.open(tmp_path / "enrolled") as store:
        replication_for(store).configure(server_url="https://hq.example.org", user_name="amina")
        with store.engine.connect() as connection:
            assert not sandbox.needs_welcome(connection)
