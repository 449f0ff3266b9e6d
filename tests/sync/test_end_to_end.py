"""End to end: real headquarters server processes on loopback, real `lookingbeyond` commands
in several data folders (the device token in a file keyring for tests only)."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests import rawdb
from sync.server import accounts
from sync.server.database import init_database, make_engine
from tests.sync.credentials import PASSWORD
from tests.sync.server.hq_server import Server, running_server


def hq(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `lookingbeyond-server` against the database."""
    return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop.headquarters", *args, "--database-url", url],
                          input=stdin, capture_output=True, text=True, timeout=120)


class Laptop:
    """A data folder and the `lookingbeyond` command run on it."""

    def __init__(self, folder: Path, keyring_home: Path) -> None:
        self.folder = folder
        self.env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
                        XDG_DATA_HOME=str(keyring_home))

    def run(self, *args: str, stdin: str = "", check: bool = True) -> subprocess.CompletedProcess[str]:
        """`lookingbeyond COMMAND --data-dir FOLDER ...`."""
        result = subprocess.run(
            [sys.executable, "-m", "lookingbeyond_desktop", args[0], "--data-dir", str(self.folder), *args[1:]],
            input=stdin, capture_output=True, text=True, env=self.env, timeout=300)
        rawdb.follow(self.folder, self.env)
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def import_csv(self, table: str, content: str) -> None:
        """Import rows from CSV text."""
        path = self.folder.parent / f"{self.folder.name}-{table}.csv"
        path.write_text(content, encoding="utf-8")
        self.run("import", "--table", table, str(path))

    def export(self) -> dict[str, list[dict[str, object]]]:
        """The JSON export, tombstones included."""
        out = self.folder.parent / f"{self.folder.name}.json"
        self.run("export", "--format", "json", "--include-deleted", "--out", str(out))
        return json.loads(out.read_text(encoding="utf-8"))

    def org(self, org_id: str) -> dict[str, object]:
        """One organization as exported."""
        return next(o for o in self.export()["organizations"] if o["id"] == org_id)


ORG_ID = "3f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"


@pytest.fixture
def server(hq_url: str) -> Iterator[Server]:
    """A headquarters process on SQLite and on PostgreSQL, with users for every role.

    The database and its users are made in-process with the code `lookingbeyond-server init`
    and `user add` call (those commands are run for real in tests/sync/server/test_server_cli.py):
    four process starts spared per test."""
    engine = make_engine(hq_url)
    try:
        init_database(engine)
        with engine.begin() as connection:
            for name, role, countries in (("amina", "hq", []), ("juma", "hq", []),
                                          ("nairobi", "field", ["KE"])):
                accounts.add_user(connection, name, PASSWORD, role=role, countries=countries)
    finally:
        engine.dispose()
    with running_server(hq_url) as running:
        yield running


def laptop(tmp_path: Path, name: str, server: Server, user: str) -> Laptop:
    """A data folder enrolled as ``user``."""
    device = Laptop(tmp_path / name, tmp_path / f"{name}-keyring")
    device.run("login", "--server", server.base, "--user", user, "--password-stdin", stdin=f"{PASSWORD}\n")
    return device


@pytest.mark.slow
def test_two_offices_edit_offline_then_sync(server: Server, tmp_path: Path) -> None:
    """Different fields edited offline on two laptops both survive; the same field edited on
    both gives one winner everywhere and one conflict listed on both laptops."""
    first, second = laptop(tmp_path, "first", server, "amina"), laptop(tmp_path, "second", server, "juma")
    first.import_csv("organizations", f"id,name,country\n{ORG_ID},Transparency International Kenya,KE\n")
    first.run("sync")
    second.run("sync")
    assert second.org(ORG_ID)["name"] == "Transparency International Kenya"
    first.import_csv("organizations", f"id,acronym,phone\n{ORG_ID},TI-K,+254 111\n")
    second.import_csv("organizations", f"id,notes,phone\n{ORG_ID},Met at CoSP 3,+254 222\n")
    for device in (first, second, first):
        device.run("sync")
    a, b = first.org(ORG_ID), second.org(ORG_ID)
    assert a == b
    assert a["acronym"] == "TI-K" and a["notes"] == "Met at CoSP 3"
    for device in (first, second):
        (conflict,) = json.loads(device.run("conflicts", "--json").stdout)
        assert conflict["field"] == "phone"
        assert {conflict["winner_value"], conflict["loser_value"]} == {"+254 111", "+254 222"}
        assert conflict["winner_value"] == a["phone"]
    status = json.loads(first.run("status", "--json").stdout)
    assert status["pending_changes"] == 0 and status["last_sync"] and status["unresolved_conflicts"] == 1


@pytest.mark.slow
def test_delete_against_edit_and_its_review(server: Server, tmp_path: Path) -> None:
    """One laptop deletes while another edits: deleted everywhere, the collision is listed,
    and keeping the edit restores the record everywhere."""
    first, second = laptop(tmp_path, "first", server, "amina"), laptop(tmp_path, "second", server, "juma")
    first.import_csv("organizations", f"id,name,country\n{ORG_ID},UNCAC Coalition,DE\n")
    first.run("sync")
    second.run("sync")
    delete = ("import sys; from lookingbeyond_desktop.store import Store\n"
              "with Store.open(sys.argv[1]) as s, s.write() as w: w.delete('organizations', sys.argv[2])")
    subprocess.run([sys.executable, "-c", delete, str(first.folder), ORG_ID], check=True,
                   env=first.env)  # the laptop's keyring holds its folder's key
    second.import_csv("organizations", f"id,notes\n{ORG_ID},Still active\n")
    for device in (first, second, first):
        device.run("sync")
    assert first.org(ORG_ID)["deleted"] is True and second.org(ORG_ID)["deleted"] is True
    (conflict,) = json.loads(second.run("conflicts", "--json").stdout)
    assert conflict["kind"] == "edited_deleted"  # the delete reached headquarters first
    second.run("conflicts", "--resolve", conflict["id"], "--keep", "loser")
    second.run("sync")
    first.run("sync")
    for device in (first, second):
        org = device.org(ORG_ID)
        assert org["deleted"] is False and org["notes"] == "Still active"


@pytest.mark.slow
def test_scope_refusal_revocation_and_old_protocol(server: Server, hq_url: str, tmp_path: Path) -> None:
    """A field laptop's write outside its country is refused with a reason (exit 1); a revoked
    laptop is told so; a client of an old protocol is refused with a message."""
    field = laptop(tmp_path, "field", server, "nairobi")
    field.import_csv("organizations", "name,country\nSomewhere in Mexico,MX\n")
    refused = field.run("sync", check=False)
    assert refused.returncode == 1 and "refused 1 change" in refused.stdout
    status = json.loads(field.run("status", "--json").stdout)
    assert status["refused"][0]["code"] == "out_of_scope"

    device_id = json.loads(field.run("status", "--json").stdout)["device_id"]
    listing = hq(hq_url, "device", "list").stdout
    assert any(line.startswith(device_id) for line in listing.splitlines())
    assert hq(hq_url, "device", "revoke", device_id).returncode == 0
    revoked = field.run("sync", check=False)
    assert revoked.returncode == 1 and "revoked" in revoked.stderr

    body = gzip.compress(json.dumps({"v": 0, "cursor": 0}).encode())
    answer = requests.post(f"{server.base}/v1/sync", data=body, timeout=30, headers={
        "Content-Encoding": "gzip", "Authorization": "Bearer whatever"})
    assert answer.status_code in (401, 426)  # the token is checked first; see below
    enrolled = laptop(tmp_path, "other", server, "amina")
    token = subprocess.run(
        [sys.executable, "-c", "import keyring,sys; print(keyring.get_password('LookingBeyond', sys.argv[1]))",
         json.loads(enrolled.run("status", "--json").stdout)["device_id"]],
        capture_output=True, text=True, env=enrolled.env, check=True).stdout.strip()
    old = requests.post(f"{server.base}/v1/sync", data=body, timeout=30, headers={
        "Content-Encoding": "gzip", "Authorization": f"Bearer {token}"})
    assert old.status_code == 426
    assert old.json()["error"]["code"] == "protocol_unsupported"
    assert "install the current version" in old.json()["error"]["message"]


KEEP_ID = "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
OTHER_ID = "7b2e3d4c-5f6a-4b7c-9d8e-0f1a2b3c4d5e"
ACTIVITY_ID = "8c3f4e5d-6a7b-4c8d-8e9f-1a2b3c4d5e6f"
PARTICIPATION_ID = "9d4a5f6e-7b8c-4d9e-9f0a-2b3c4d5e6f7a"


@pytest.mark.slow
def test_a_merge_reaches_an_offline_reference(server: Server, hq_url: str, tmp_path: Path) -> None:
    """The issue's case with real processes: B, offline, adds a participation of OTHER; A
    merges OTHER into KEEP (`lookingbeyond merge`) and syncs; B syncs: on both laptops and at
    headquarters the participation belongs to KEEP, and OTHER exists only as a redirect."""
    from sqlalchemy import select

    from sync.server.schema import records

    first, second = laptop(tmp_path, "first", server, "amina"), laptop(tmp_path, "second", server, "juma")
    first.import_csv("organizations", f"id,name,country\n{KEEP_ID},Transparency Maroc,MA\n"
                                      f"{OTHER_ID},ترانسبرانسي المغرب,MA\n")
    first.import_csv("activities", "id,title,activity_type,start_date,end_date,country\n"
                                   f"{ACTIVITY_ID},Regional consultation,training,2024-03-01,2024-03-02,MA\n")
    first.run("sync")
    second.run("sync")
    second.import_csv("participations", "id,activity_id,organization_id\n"
                                        f"{PARTICIPATION_ID},{ACTIVITY_ID},{OTHER_ID}\n")
    merged = first.run("merge", KEEP_ID, OTHER_ID)
    assert "Merged “ترانسبرانسي المغرب” into “Transparency Maroc”" in merged.stdout
    first.run("sync")
    second.run("sync")
    first.run("sync")
    for device in (first, second):
        exported = device.export()
        (participation,) = [p for p in exported["participations"] if p["id"] == PARTICIPATION_ID]
        assert participation["organization_id"] == KEEP_ID
        (other,) = [o for o in exported["organizations"] if o["id"] == OTHER_ID]
        assert other["merged_into"] == KEEP_ID and other["deleted"] is True
        assert json.loads(device.run("status", "--json").stdout)["pending_changes"] == 0
    engine = make_engine(hq_url)
    try:
        with engine.connect() as connection:
            stored = {(row.tbl, row.id): dict(row.data) for row in connection.execute(select(records))}
    finally:
        engine.dispose()
    assert stored[("participations", PARTICIPATION_ID)]["organization_id"] == KEEP_ID
    assert stored[("organizations", OTHER_ID)]["merged_into"] == KEEP_ID


def test_without_a_keyring_login_explains_what_to_do(tmp_path: Path) -> None:
    """Where no keyring exists, login refuses to store the token in a file and says what to do."""
    device = Laptop(tmp_path / "d", tmp_path)
    device.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    with running_server(f"sqlite:///{tmp_path / 'hq.db'}") as running:
        hq(f"sqlite:///{tmp_path / 'hq.db'}", "user", "add", "amina", "--role", "hq", "--password-stdin",
           stdin=f"{PASSWORD}\n")
        result = device.run("login", "--server", running.base, "--user", "amina", "--password-stdin",
                            stdin=f"{PASSWORD}\n", check=False)
    assert result.returncode == 1
    assert "No system keyring" in result.stderr and "never written to a plain file" in result.stderr
