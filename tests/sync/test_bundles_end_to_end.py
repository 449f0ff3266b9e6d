"""Sync by file (issue 16) end to end: a real `lookingbeyond-server serve` on loopback
(SQLite), the `lookingbeyond` and `lookingbeyond-server` commands run as processes on
their own data folders (the device keys and token in a file keyring, for tests only), and
the files carried between them as a USB stick would carry them.

One headquarters process serves the whole module (users for each test are made once);
each test enrols its own laptops.  The commands of different laptops run side by side
where a real office would run them side by side, never two on one data folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import requests
from sqlalchemy import func, select

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.exchange import import_file
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.server import accounts
from sync.server.database import make_engine
from sync.server.schema import named_changelog, records
from tests import rawdb
from tests.sync.credentials import PASSWORD
from tests.sync.server.hq_server import Server, running_server

pytestmark = pytest.mark.slow

TABLES = ("organizations", "contacts", "activities", "participations", "grants")


def record_id(name: str) -> str:
    """A stable UUID for a record of the scenario, from a readable name."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"lookingbeyond-bundle-e2e/{name}"))


class Headquarters:
    """The served headquarters (``server``, once started) and its command line on the same
    SQLite database."""

    server: Server

    def __init__(self, url: str) -> None:
        self.url = url

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """`lookingbeyond-server ARGS --database-url URL`."""
        result = subprocess.run([sys.executable, "-m", "lookingbeyond_desktop.headquarters", *args,
                                 "--database-url", self.url],
                                capture_output=True, text=True, timeout=180)
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def import_bundle(self, source: Path, reply: Path, *,
                      check: bool = True) -> subprocess.CompletedProcess[str]:
        """`lookingbeyond-server bundle import SOURCE --reply REPLY --json`."""
        return self.run("bundle", "import", str(source), "--reply", str(reply), "--json",
                        check=check)

    def imported(self, source: Path, reply: Path) -> dict[str, Any]:
        """Import a file that must be accepted; what the command said it did."""
        said = json.loads(self.import_bundle(source, reply).stdout)
        assert said["ok"] is True and reply.exists()
        return said

    def held(self) -> tuple[int, int]:
        """How many changes headquarters' log holds, and how many records it stores."""
        engine = make_engine(self.url)
        try:
            with engine.connect() as connection:
                count = select(func.count())
                return (int(connection.execute(count.select_from(named_changelog)).scalar_one()),
                        int(connection.execute(count.select_from(records)).scalar_one()))
        finally:
            engine.dispose()

    def changes_of(self, row_id: str) -> int:
        """How many changes headquarters' log holds for one record."""
        engine = make_engine(self.url)
        try:
            with engine.connect() as connection:
                return int(connection.execute(select(func.count()).select_from(named_changelog)
                                              .where(records.c.id == row_id)).scalar_one())
        finally:
            engine.dispose()

    def contents(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Every record headquarters stores, tombstones included: table -> id -> fields."""
        engine = make_engine(self.url)
        try:
            with engine.connect() as connection:
                found: dict[str, dict[str, dict[str, Any]]] = {table: {} for table in TABLES}
                for row in connection.execute(select(records)):
                    found.setdefault(row.tbl, {})[row.id] = dict(row.data)
                return found
        finally:
            engine.dispose()


class Laptop:
    """A data folder and the `lookingbeyond` command run on it."""

    def __init__(self, folder: Path, keyring_home: Path) -> None:
        self.folder = folder
        self.env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
                        XDG_DATA_HOME=str(keyring_home))
        self.csv_count = 0

    def run(self, *args: str, stdin: str = "",
            check: bool = True) -> subprocess.CompletedProcess[str]:
        """`lookingbeyond COMMAND --data-dir FOLDER ...` (`bundle export|import --data-dir
        FOLDER ...`); asserts exit status 0 unless ``check`` is false."""
        words = 2 if args[0] == "bundle" else 1
        result = subprocess.run(
            [sys.executable, "-m", "lookingbeyond_desktop", *args[:words], "--data-dir",
             str(self.folder), *args[words:]],
            input=stdin, capture_output=True, text=True, env=self.env, timeout=300)
        rawdb.follow(self.folder, self.env)
        if check:
            assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
        return result

    def import_csv(self, table: str, content: str, *, command: bool = True) -> None:
        """Import rows from CSV text (new ids are created, known ids updated): with
        `lookingbeyond import`, or (``command`` false, to spare a process start) through the
        store and the very function that command calls, while no command runs here."""
        self.csv_count += 1
        path = self.folder.parent / f"{self.folder.name}-{self.csv_count}-{table}.csv"
        path.write_text(content, encoding="utf-8")
        if command:
            self.run("import", "--table", table, str(path))
            return
        with Store.open(self.folder, create=False) as store, store.write() as writer:
            import_file(writer, table, path)

    def delete(self, table: str, row_id: str) -> None:
        """Delete a record through the store itself (the command line has no delete), while
        no command runs on this folder."""
        with Store.open(self.folder, create=False) as store, store.write() as writer:
            writer.delete(table, row_id)

    def export_bundle(self, out: Path) -> dict[str, Any]:
        """`lookingbeyond bundle export --out OUT --json`."""
        said = json.loads(self.run("bundle", "export", "--out", str(out), "--json").stdout)
        assert said["ok"] is True and out.exists()
        return said

    def read_reply(self, reply: Path, *, check: bool = True) -> subprocess.CompletedProcess[str]:
        """`lookingbeyond bundle import REPLY --json`."""
        return self.run("bundle", "import", str(reply), "--json", check=check)

    def read(self, reply: Path) -> dict[str, Any]:
        """Read a reply that must be accepted; what the command said it did."""
        said = json.loads(self.read_reply(reply).stdout)
        assert said["ok"] is True
        return said

    def pending(self) -> int:
        """This folder's changes headquarters does not hold yet (read in-process, while no
        command runs here)."""
        with Store.open(self.folder, create=False) as store:
            return replication_for(store).status().pending

    def progress(self) -> tuple[int, int]:
        """(pending changes, pull cursor), read in-process while no command runs here."""
        with Store.open(self.folder, create=False) as store:
            status = replication_for(store).status()
            return status.pending, status.cursor

    def device_id(self) -> str:
        """This folder's device id."""
        with Store.open(self.folder, create=False) as store:
            return str(replication_for(store).status().device_id)

    def contents(self) -> dict[str, dict[str, dict[str, Any]]]:
        """The JSON export, tombstones included: table -> id -> fields."""
        out = self.folder.parent / f"{self.folder.name}.json"
        self.run("export", "--format", "json", "--include-deleted", "--out", str(out))
        exported = json.loads(out.read_text(encoding="utf-8"))
        return {table: {row["id"]: {k: v for k, v in row.items() if k != "id"}
                        for row in exported[table]} for table in TABLES}


def side_by_side(*calls: Any) -> list[Any]:
    """Run the calls at the same time (each on its own data folder); their results in order."""
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        futures = [pool.submit(call) for call in calls]
        return [future.result() for future in futures]


@pytest.fixture(scope="module")
def headquarters(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Headquarters]:
    """One `lookingbeyond-server serve` on a SQLite file for the module, with hq users."""
    folder = tmp_path_factory.mktemp("hq")
    url = f"sqlite:///{folder / 'hq.db'}"
    hq = Headquarters(url)
    hq.run("init")
    engine = make_engine(url)
    try:  # the users in-process (`user add` is tested elsewhere): four process starts spared
        with engine.begin() as connection:
            for name in ("amina", "juma", "wanjiru", "otieno"):
                accounts.add_user(connection, name, PASSWORD, role="hq")
    finally:
        engine.dispose()
    with running_server(url) as server:
        hq.server = server
        yield hq


def enrol(tmp_path: Path, name: str, hq: Headquarters, user: str) -> Laptop:
    """A data folder enrolled as ``user`` (the one time a far laptop reaches the network)."""
    device = Laptop(tmp_path / name, tmp_path / f"{name}-keyring")
    device.run("login", "--server", hq.server.base, "--user", user, "--device-name", name,
               "--password-stdin", stdin=f"{PASSWORD}\n")
    return device


ORG_COLUMNS = "id,name,country,phone,notes\n"


def org_row(name: str, phone: str, notes: str) -> str:
    """A CSV row of an organization of the scenario (its name is also its key)."""
    return f"{record_id(name)},{name},KE,{phone},{notes}\n"


def week_edits(who: str, day: int, seeds: list[str], knows_seeds: bool) -> list[tuple[str, str]]:
    """One laptop's edits of one day, as CSV imports: two new organizations, its own
    organization of the day before and one of the shared ones edited (phone and notes; the
    shared ones are edited on several laptops, so some edits meet concurrently), and on
    some days an activity with a participation, or a contact."""
    rows = [org_row(f"{who} day {day} #{k}", f"+254 {day}{k}0 {len(who)}", f"met on day {day}")
            for k in (0, 1)]
    if day > 1:
        rows.append(org_row(f"{who} day {day - 1} #0", f"+254 7{day} {len(who)}",
                            f"{who} called on day {day}"))
    if knows_seeds:
        offset = {"nairobi": 0, "kampala": 1, "turkana": 3}[who]
        index = (day + offset) % len(seeds)
        if not (index == 3 and day > 4):  # the last one is deleted on day 4 (after the edits)
            rows.append(org_row(seeds[index], f"+254 9{day}{offset}",
                                f"{who} updated on day {day}"))
    edits = [("organizations", ORG_COLUMNS + "".join(rows))]
    if (who, day) in (("turkana", 2), ("kampala", 3), ("nairobi", 6)):
        activity = record_id(f"{who} activity {day}")
        edits.append(("activities", "id,title,activity_type,start_date,end_date,country\n"
                                    f"{activity},Consultation of day {day},training,2024-03-0{day},"
                                    f"2024-03-0{day},KE\n"))
        edits.append(("participations", "id,activity_id,organization_id\n"
                                        f"{record_id(f'{who} participation {day}')},{activity},"
                                        f"{record_id(f'{who} day {day} #0')}\n"))
    if (who, day) in (("nairobi", 4), ("turkana", 6)):
        edits.append(("contacts", "id,organization_id,full_name,consent_on\n"
                                  f"{record_id(f'{who} contact {day}')},"
                                  f"{record_id(f'{who} day {day} #1')},"
                                  f"Person {day} of {who},2024-01-0{day}\n"))
    return edits


def apply_edits(device: Laptop, edits: list[tuple[str, str]], *, command: bool) -> None:
    """A laptop's CSV imports of the day, one after the other."""
    for table, content in edits:
        device.import_csv(table, content, command=command)


def test_a_computer_without_a_link_converges_with_two_networked_ones_over_a_week_of_files(
        headquarters: Headquarters, tmp_path: Path) -> None:
    """Three laptops enrolled once over the network; for seven days each one creates,
    updates and (some days) deletes records; the two networked ones sync, the far one only
    carries files: some days the stick is forgotten (two files before one import, and a
    file imported late, after a newer one), one reply is read twice, two replies are read
    newest first.  Nothing is applied twice at headquarters, nothing pending is marked held
    before a reply says so, and after one final round the three laptops hold the same
    records, tombstones included, and headquarters holds exactly those.  (The far laptop's
    edits go through `lookingbeyond import`; the networked ones' through the same import
    function in-process, which spares some forty process starts.)"""
    hq = headquarters
    nairobi, kampala, turkana = side_by_side(
        lambda: enrol(tmp_path, "nairobi", hq, "amina"),
        lambda: enrol(tmp_path, "kampala", hq, "juma"),
        lambda: enrol(tmp_path, "turkana", hq, "wanjiru"))
    laptops = {"nairobi": nairobi, "kampala": kampala, "turkana": turkana}
    seeds = [f"Shared organization {k}" for k in range(4)]
    nairobi.import_csv("organizations", ORG_COLUMNS + "".join(
        org_row(seed, "+254 20 000", "entered before the week") for seed in seeds), command=False)
    nairobi.run("sync")
    stick = tmp_path / "stick"
    stick.mkdir()
    turkana_knows_seeds = False

    def file(kind: str, day: int) -> Path:
        return stick / f"{kind}-{day}.lbsync"

    for day in range(1, 8):
        side_by_side(*(lambda who=who: apply_edits(laptops[who], week_edits(
            who, day, seeds, who != "turkana" or turkana_knows_seeds), command=who == "turkana")
            for who in laptops))
        if day == 4:  # a shared one deleted at a networked office, the far one edits it today
            kampala.delete("organizations", record_id(seeds[3]))
        if day == 5:  # the far office deletes one of its own, carried on day 1
            turkana.delete("organizations", record_id("turkana day 1 #1"))
        pending = turkana.pending() if day in (2, 5) else None
        exported = side_by_side(lambda: nairobi.run("sync"), lambda: kampala.run("sync"),
                                lambda: turkana.export_bundle(file("request", day)))[2]
        assert exported["records"] > 0
        if day == 1:
            said = hq.imported(file("request", 1), file("reply", 1))
            assert said["changes"] == exported["records"] and said["held_before"] == 0
            assert turkana.read(file("reply", 1))["pending"] == 0
            turkana_knows_seeds = True
        elif day in (2, 5):  # the stick was forgotten: the file stays, nothing is marked sent
            assert turkana.pending() == pending
        elif day == 3:  # yesterday's file and today's reach headquarters; replies read newest first
            two = hq.imported(file("request", 2), file("reply", 2))
            assert two["held_before"] == 0 and two["changes"] > 0
            three = hq.imported(file("request", 3), file("reply", 3))
            assert three["changes"] > two["changes"]  # day 2's changes rode again with day 3's
            # ... and were recognised: a record made on day 2 and not edited since has one change
            assert hq.changes_of(record_id("turkana day 2 #1")) == 1
            assert hq.changes_of(record_id("turkana day 3 #1")) == 1
            newest = turkana.read(file("reply", 3))
            assert newest["pending"] == 0 and not newest["already_read"]
            older = turkana.read(file("reply", 2))
            assert older["pending"] == 0 and not older["already_read"]
            assert older["cursor"] == newest["cursor"]  # the older reply moved nothing back
        elif day == 4:  # a reply read twice
            hq.imported(file("request", 4), file("reply", 4))
            first = turkana.read(file("reply", 4))
            again = turkana.read(file("reply", 4))
            assert not first["already_read"] and again["already_read"]
            assert again["cursor"] == first["cursor"] and again["pending"] == 0
        elif day == 6:  # day 5's file was left at home: today's carries its changes too
            said = hq.imported(file("request", 6), file("reply", 6))
            assert said["held_before"] == 0
            assert turkana.read(file("reply", 6))["pending"] == 0
        elif day == 7:  # day 5's file turns up at last, after a newer one: nothing doubled
            logged = hq.held()
            late = hq.imported(file("request", 5), file("reply", 5))
            assert late["changes"] > 0 and late["held_before"] == late["changes"]
            assert hq.held() == logged
            hq.imported(file("request", 7), file("reply", 7))
            newest = turkana.read(file("reply", 7))
            oldest = turkana.read(file("reply", 5))
            assert newest["pending"] == oldest["pending"] == 0
            assert oldest["cursor"] == newest["cursor"]

    # The final round: the networked ones push, the far one carries a file, the networked
    # ones pull what it brought.
    side_by_side(lambda: nairobi.run("sync"), lambda: kampala.run("sync"))
    turkana.export_bundle(file("request", 8))
    hq.imported(file("request", 8), file("reply", 8))
    assert turkana.read(file("reply", 8))["pending"] == 0
    side_by_side(lambda: nairobi.run("sync"), lambda: kampala.run("sync"))

    held = side_by_side(*(laptop.contents for laptop in laptops.values()))
    assert held[0] == held[1] == held[2]
    assert held[0] == hq.contents()
    organizations = held[0]["organizations"]
    assert len(organizations) == 4 + 3 * 7 * 2
    assert organizations[record_id("turkana day 1 #1")]["deleted"] is True
    assert organizations[record_id("turkana day 6 #0")]["phone"] == "+254 77 7"  # edited on day 7
    assert len(held[0]["participations"]) == 3 and len(held[0]["contacts"]) == 2
    assert [laptop.pending() for laptop in laptops.values()] == [0, 0, 0]


def flipped(data: bytes, at: int) -> bytes:
    """``data`` with one bit of the byte at ``at`` changed."""
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


def test_changed_cut_or_misdirected_files_are_refused_by_the_commands_with_nothing_written(
        headquarters: Headquarters, tmp_path: Path) -> None:
    """Through the two command lines: a file with one byte changed (in its header or its
    sealed part), cut short, or a reply handed to headquarters is refused with a message on
    stderr, exit status 1, no reply file, and headquarters' log and records unchanged; a
    reply changed or cut, or a computer's own file handed to it as a reply, is refused the
    same way with the laptop's pending changes and cursor unchanged.  A file imported twice
    and a reply read twice are accepted and change nothing the second time."""
    hq = headquarters
    laptop = enrol(tmp_path, "refusals", hq, "otieno")
    laptop.import_csv("organizations", ORG_COLUMNS + org_row("Lodwar Youth Forum", "+254 54 1",
                                                             "first"), command=False)
    source = tmp_path / "out.lbsync"
    laptop.export_bundle(source)
    data = source.read_bytes()
    before = hq.held(), hq.contents()
    bad_files = {"flipped-header": flipped(data, 20), "flipped-last": flipped(data, len(data) - 1),
                 "cut": data[:-7], "cut-short": data[:40]}
    for name, content in bad_files.items():
        (tmp_path / f"{name}.lbsync").write_bytes(content)

    def refused_at_hq(name: str) -> tuple[str, subprocess.CompletedProcess[str]]:
        return name, hq.import_bundle(tmp_path / f"{name}.lbsync",
                                      tmp_path / f"{name}-reply.lbsync", check=False)

    for name, result in side_by_side(*(lambda name=name: refused_at_hq(name)
                                       for name in bad_files)):
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        assert result.stderr.startswith(
            f"lookingbeyond-server: error: {name}.lbsync was not applied: "), result.stderr
        assert "Traceback" not in result.stderr
        said = json.loads(result.stdout)
        assert said["ok"] is False and said["message"], (name, said)
        assert said["code"] in ("damaged", "not_a_bundle"), (name, said)
        assert not (tmp_path / f"{name}-reply.lbsync").exists()
    assert (hq.held(), hq.contents()) == before

    reply = tmp_path / "reply.lbsync"
    first = hq.imported(source, reply)
    assert first["changes"] == 1 and first["held_before"] == 0
    logged = hq.held()
    wrong_way = hq.import_bundle(reply, tmp_path / "reply-of-reply.lbsync", check=False)
    assert wrong_way.returncode == 1 and "reply made by headquarters" in wrong_way.stderr
    assert json.loads(wrong_way.stdout)["code"] == "wrong_kind"
    again = hq.imported(source, tmp_path / "reply-again.lbsync")  # the file imported twice
    assert again["held_before"] == again["changes"] == 1
    assert hq.held() == logged

    answer = reply.read_bytes()
    progress = laptop.progress()
    assert progress[0] == 1
    bad_replies = {"reply-flipped": flipped(answer, len(answer) // 2), "reply-cut": answer[:-1],
                   "own-file": data}
    for name, content in bad_replies.items():
        (tmp_path / f"{name}.lbsync").write_bytes(content)
        result = laptop.read_reply(tmp_path / f"{name}.lbsync", check=False)
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        assert f"{name}.lbsync was not read: " in result.stderr and "Traceback" not in result.stderr
        said = json.loads(result.stdout)
        assert said["ok"] is False and said["message"], said
        assert said["code"] == ("wrong_kind" if name == "own-file" else "damaged"), (name, said)
    assert laptop.progress() == progress
    read = laptop.read(reply)
    assert read["pending"] == 0 and not read["already_read"]
    twice = laptop.read(reply)
    assert twice["already_read"] and twice["cursor"] == read["cursor"]
    later = laptop.read(tmp_path / "reply-again.lbsync")  # the second file's reply: nothing new
    assert later["received"] == 0 and later["pending"] == 0 and later["cursor"] == read["cursor"]


def test_the_upload_page_and_its_post_answer_with_a_reply_the_laptop_reads(
        headquarters: Headquarters, tmp_path: Path) -> None:
    """GET /bundle is the upload page; POST /v1/bundle with a file from `bundle export`
    answers with the reply file (application/octet-stream, what was done in
    X-Bundle-Summary) that `lookingbeyond bundle import` reads; a changed file gets HTTP
    422 with the API's error shape (code ``bundle_refused``) and nothing is applied."""
    hq = headquarters
    page = requests.get(f"{hq.server.base}/bundle", timeout=30)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<input id="file" name="file" type="file"' in page.text and "v1/bundle" in page.text

    laptop = enrol(tmp_path, "uploader", hq, "otieno")
    laptop.import_csv("organizations", ORG_COLUMNS + org_row("Marsabit Peace Forum", "+254 69 2",
                                                             "by the page"), command=False)
    source = tmp_path / "out.lbsync"
    laptop.export_bundle(source)
    data = source.read_bytes()
    before = hq.held()
    damaged = requests.post(f"{hq.server.base}/v1/bundle", data=flipped(data, len(data) // 2),
                            timeout=60, headers={"Content-Type": "application/octet-stream"})
    assert damaged.status_code == 422
    error = damaged.json()["error"]
    assert error["code"] == "bundle_refused" and "damaged" in error["message"]
    assert hq.held() == before

    answer = requests.post(f"{hq.server.base}/v1/bundle", data=data, timeout=60,
                           headers={"Content-Type": "application/octet-stream"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/octet-stream"
    summary = unquote(answer.headers["X-Bundle-Summary"])
    assert "Received 1 changed record" in summary and "Marsabit" not in summary
    assert ".lbsync" in answer.headers["content-disposition"]
    reply = tmp_path / "reply.lbsync"
    reply.write_bytes(answer.content)
    assert laptop.read(reply)["pending"] == 0
    assert hq.contents()["organizations"][record_id("Marsabit Peace Forum")]["phone"] == "+254 69 2"


def test_a_revoked_computers_file_is_refused_by_the_command(headquarters: Headquarters,
                                                            tmp_path: Path) -> None:
    """After `lookingbeyond-server device revoke ID`, that computer's file is refused by
    `lookingbeyond-server bundle import` (it says the computer was revoked), no reply is
    written and headquarters' log and records are unchanged."""
    hq = headquarters
    laptop = enrol(tmp_path, "revoked", hq, "otieno")
    laptop.import_csv("organizations", ORG_COLUMNS + org_row("Wajir Forum", "+254 46 3",
                                                             "before revocation"), command=False)
    source = tmp_path / "out.lbsync"
    laptop.export_bundle(source)
    hq.run("device", "revoke", laptop.device_id())
    before = hq.held()
    result = hq.import_bundle(source, tmp_path / "reply.lbsync", check=False)
    assert result.returncode == 1
    assert "out.lbsync was not applied" in result.stderr and "revoked" in result.stderr
    assert json.loads(result.stdout)["code"] == "device_revoked"
    assert not (tmp_path / "reply.lbsync").exists()
    assert hq.held() == before
