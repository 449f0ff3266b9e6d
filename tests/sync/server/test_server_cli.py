"""The `lookingbeyond-server` command, run for real in child processes on SQLite and
PostgreSQL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from sync.server import accounts
from sync.server.cli import build_parser
from sync.server.database import make_engine
from sync.server.schema import users
from tests.sync.credentials import PASSWORD

DEVICE = "abcdefabcdefabcdefabcdefabcdef01"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `lookingbeyond-server ARGS` in a child process."""
    return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop.headquarters", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_every_command_has_help() -> None:
    """Every sub-command has a description and answers --help."""
    parser = build_parser()
    commands = [["init"], ["serve"], ["user", "add"], ["device", "list"], ["device", "revoke"],
                ["device", "reinstate"]]
    for command in commands:
        with pytest.raises(SystemExit) as raised:
            parser.parse_args([*command, "--help"])
        assert raised.value.code == 0
    result = run("device", "list", "--help")
    assert result.returncode == 0 and "--database-url" in result.stdout


def test_init_user_add_device_list_and_revoke(hq_url: str) -> None:
    """init creates the database (twice is fine); user add reads the password from stdin
    and hashes it; device list prints a line per device starting with its id; device revoke
    turns it to revoked."""
    assert run("init", "--database-url", hq_url).returncode == 0
    assert run("init", "--database-url", hq_url).returncode == 0
    added = run("user", "add", "amina", "--role", "field", "--country", "KE", "--region", "014",
                "--password-stdin", "--database-url", hq_url, stdin=f"{PASSWORD}\n")
    assert added.returncode == 0, added.stderr
    engine = make_engine(hq_url)
    try:
        with engine.begin() as connection:
            stored = connection.execute(select(users.c.password_hash, users.c.regions)).one()
            user = accounts.find_user(connection, "amina")
            assert user is not None
            accounts.enrol_device(connection, user, DEVICE, "Nairobi laptop")
        assert accounts._verify(stored.password_hash, PASSWORD)  # the newline is not part of it
        assert stored.regions == ["014"]
        listed = run("device", "list", "--database-url", hq_url)
        assert listed.returncode == 0, listed.stderr
        assert re.fullmatch(rf"{DEVICE}  amina  never  active\n", listed.stdout)
        revoked = run("device", "revoke", DEVICE, "--database-url", hq_url)
        assert revoked.returncode == 0, revoked.stderr
        listed = run("device", "list", "--database-url", hq_url)
        assert listed.stdout.split() == [DEVICE, "amina", "never", "revoked"]
    finally:
        engine.dispose()


def test_errors_are_one_line_and_exit_1(hq_url: str) -> None:
    """An empty password, a bad country, an unknown device: one line on stderr, status 1."""
    run("init", "--database-url", hq_url)
    cases = [
        (("user", "add", "omar", "--role", "field", "--country", "KE", "--password-stdin"), "",
         "password read from stdin is empty"),
        (("user", "add", "omar", "--role", "field", "--country", "XX", "--password-stdin"), PASSWORD,
         "'XX' is not an ISO 3166 alpha-2 country code"),
        (("user", "add", "rlo", "--role", "partner", "--password-stdin"), PASSWORD,
         "needs --organization"),
        (("device", "revoke", "f" * 32), "", "no device with id"),
    ]
    for args, stdin, complaint in cases:
        result = run(*args, "--database-url", hq_url, stdin=stdin)
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and complaint in result.stderr, result.stderr


def test_uninitialised_database_and_usage_errors() -> None:
    """A database nobody initialised is a clear error (1); a usage error exits 2."""
    result = run("device", "list", "--database-url", "postgresql://nobody@127.0.0.1:1/none")
    assert result.returncode == 1 and result.stderr.startswith("lookingbeyond-server: error:")
    assert result.stderr.count("\n") == 1
    assert run("user", "add", "x", "--role", "king", "--password-stdin").returncode == 2
    assert run("device").returncode == 2


def test_init_pending_tells_whether_the_schema_would_change(tmp_path: Path) -> None:
    """``init --pending`` changes nothing and exits 3 for a database that needs an upgrade
    (here a new one), 0 once it is current: what installer/server/install.sh asks before
    an upgrade, to stop the instances when the schema changes."""
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    before = run("init", "--pending", "--database-url", url)
    assert before.returncode == 3 and "needs an upgrade" in before.stdout, before.stderr
    assert run("device", "list", "--database-url", url).returncode == 1  # still uninitialised
    assert run("init", "--database-url", url).returncode == 0
    after = run("init", "--pending", "--database-url", url)
    assert after.returncode == 0 and "current" in after.stdout, after.stderr
