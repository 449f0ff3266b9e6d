"""The local database encrypted at rest (issue 13): SQLCipher with a random key kept in the
keyring, or derived from a passphrase where no keyring exists; an older plain folder converted
in place safely; a remote wipe removing the key."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import (
    LockedStoreError,
    Store,
    StoreError,
    WrongPassphraseError,
    backup,
    cipher,
)
from lookingbeyond_desktop.store.search import search_organizations
from lookingbeyond_desktop.store.wipe import erase_data
from tests import rawdb

EMAIL = "amina.wanjiru.secret@example.org"
PHONE = "+254 700 123 987"
NAME = "Amina Wanjiru Kamau"
ROOT = Path(__file__).resolve().parents[2]


def fill(store: Store, organizations: int = 3) -> str:
    """Organizations (searchable) and one contact whose e-mail, phone and name are looked for
    in the files; returns the contact's organization id."""
    with store.write(author="tester") as writer:
        first = ""
        for n in range(organizations):
            org = writer.create("organizations", {"name": f"Haki Network {n}", "country": "KE",
                                                  "notes": f"Works on anti-corruption {n}"})
            first = first or org
        writer.create("contacts", {"organization_id": first, "full_name": NAME, "email": EMAIL,
                                   "phone": PHONE, "consent_on": "2026-01-15", "erased_on": None})
    return first


def files_holding(folder: Path, *needles: str) -> list[str]:
    """The files under ``folder`` whose bytes hold any of ``needles`` (UTF-8 or UTF-16)."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles:
            if needle.encode() in data or needle.encode("utf-16-le") in data:
                found.append(f"{path.relative_to(folder)}: {needle}")
    return found


def names(folder: Path) -> list[str]:
    with Store.open(folder, create=False) as store, store.engine.connect() as connection:
        return list(connection.execute(text(
            "SELECT name FROM organizations ORDER BY name")).scalars())


def make_plain(folder: Path) -> None:
    """Turn an encrypted folder into what an earlier version left: a plain database and plain
    backups, and no encryption.json."""
    key = cipher.folder_key(folder)
    files = [paths.database_path(folder), *sorted((folder / "backups").glob("*.sqlite3"))]
    for path in files:
        plain = path.with_name(path.name + ".tmp")
        connection = cipher.connect(path, key)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
        connection.close()
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(plain, path)
        assert cipher.is_plain(path)
    cipher.sidecar_path(folder).unlink()


def plain_folder_with_a_backup(folder: Path, *, organizations: int) -> list[str]:
    """A plain folder (database and one backup) as an earlier version left it; returns its
    organizations' names."""
    with Store.open(folder) as store:
        fill(store, organizations=organizations)
        backup.make_backup(store)
    before = names(folder)
    make_plain(folder)
    return before


def test_a_new_folder_is_encrypted_and_no_file_holds_a_contact_in_plain_text(data_dir: Path) -> None:
    """A new data folder's database, its write-ahead log and its backups start with no SQLite
    header, and none of a known contact's e-mail, phone or name is in any file of the folder;
    search, the integrity check and the backups all work on the encrypted files."""
    with Store.open(data_dir) as store:
        fill(store)
        made = backup.make_backup(store)
        with store.write(author="tester") as writer:  # this one stays in the write-ahead log
            writer.create("organizations", {"name": "Haki Wal Only", "country": "KE",
                                            "notes": EMAIL})
        assert paths.database_path(data_dir).with_name("lookingbeyond.sqlite3-wal").stat().st_size > 0
        assert files_holding(data_dir, EMAIL, PHONE, NAME) == []
        with store.engine.connect() as connection:
            hits = search_organizations(connection, "haki wal")
        assert [hit.name for hit in hits] == ["Haki Wal Only"]
    for path in (paths.database_path(data_dir), made.path):
        assert path.read_bytes()[:16] != cipher.PLAIN_HEADER
    assert backup.check(paths.database_path(data_dir)) == []
    assert backup.check(made.path) == []
    assert files_holding(data_dir, EMAIL, PHONE, NAME) == []
    description = cipher.read_sidecar(data_dir)
    assert description is not None and description["kind"] == "keyring"
    key = cipher.folder_key(data_dir)
    assert key not in cipher.sidecar_path(data_dir).read_text(encoding="utf-8")


def test_an_earlier_plain_folder_is_encrypted_in_place_with_its_backups(data_dir: Path) -> None:
    """A plain folder (database and backups, as an earlier version left them) is encrypted
    when it is opened: the same records, every file encrypted, no plain copy left behind,
    and the backups restore."""
    with Store.open(data_dir) as store:
        fill(store)
        backup.make_backup(store)
    make_plain(data_dir)
    with rawdb.opened(paths.database_path(data_dir)) as plain:
        before = [row[0] for row in plain.execute("SELECT name FROM organizations ORDER BY name")]
    assert files_holding(data_dir, EMAIL)  # plain, as it was
    assert names(data_dir) == before
    assert not cipher.is_plain(paths.database_path(data_dir))
    assert all(not cipher.is_plain(b.path) for b in backup.backups(data_dir))
    assert files_holding(data_dir, EMAIL, PHONE, NAME) == []
    leftovers = [p.name for p in data_dir.rglob("*") if p.name.endswith((".encrypting", ".plain"))]
    assert leftovers == []
    backup.restore(data_dir, backup.backups(data_dir)[0])
    assert names(data_dir) == before


@pytest.mark.parametrize("step", ["copy", "remove-journal", "swap", "overwrite", "backups"])
def test_a_conversion_interrupted_at_each_step_leaves_a_usable_folder(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """The conversion stopped (as by a crash) at each of its steps: the folder opens with all
    its records, ends encrypted, and holds no plain copy."""
    before = plain_folder_with_a_backup(data_dir, organizations=20)

    class Crash(BaseException):
        pass

    def crash(*_args: object, **_kwargs: object) -> None:
        raise Crash()

    calls = {"n": 0}
    real_encrypt = cipher.encrypt_file

    def encrypt_then_crash_on_backups(source: Path, target: Path, key: str) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise Crash()
        real_encrypt(source, target, key)

    if step == "copy":
        def half_copy(source: Path, target: Path, key: str) -> None:
            target.write_bytes(os.urandom(4096))  # a copy cut short
            raise Crash()
        monkeypatch.setattr(cipher, "encrypt_file", half_copy)
    elif step == "remove-journal":
        real_unlink = Path.unlink

        def unlink(self: Path, missing_ok: bool = False) -> None:
            if self.name.endswith("-shm"):
                raise Crash()
            real_unlink(self, missing_ok=missing_ok)
        monkeypatch.setattr(Path, "unlink", unlink)
    elif step == "swap":
        monkeypatch.setattr(cipher.os, "replace", crash)
    elif step == "overwrite":
        monkeypatch.setattr(cipher, "zero_and_remove", crash)
    else:
        monkeypatch.setattr(cipher, "encrypt_file", encrypt_then_crash_on_backups)
    with pytest.raises(Crash):
        Store.open(data_dir)
    monkeypatch.undo()
    cipher.forget_in_memory()  # as a new process: the key from the keyring
    assert names(data_dir) == before
    assert backup.check(paths.database_path(data_dir)) == []
    assert all(backup.check(b.path) == [] for b in backup.backups(data_dir))
    assert files_holding(data_dir, EMAIL, PHONE, NAME) == []
    assert [p.name for p in data_dir.rglob("*") if p.name.endswith((".encrypting", ".plain"))] == []


CONVERT = r"""
import sys
from lookingbeyond_desktop.store import Store
print("start", flush=True)
Store.open(sys.argv[1]).close()
print("done", flush=True)
"""


@pytest.mark.slow
def test_a_conversion_killed_at_random_moments_leaves_a_usable_folder(tmp_path: Path) -> None:
    """A process converting a plain folder of 2,000 organizations is killed with SIGKILL at
    random moments: every time, the folder then opens with every record, and in the end it
    is encrypted with no plain copy left.  Eight rounds at random moments in 0.6 s; if fewer
    than two kills landed during a conversion (a quick machine converts in less than the
    shortest delays), more rounds (at most eight) kill within its first 30 ms."""
    template = tmp_path / "template"
    before = plain_folder_with_a_backup(template, organizations=2000)
    script = tmp_path / "convert.py"
    script.write_text(CONVERT, encoding="utf-8")
    rng = random.Random(20261202)
    killed_during = 0
    for round_ in range(16):
        if round_ >= 8 and killed_during >= 2:
            break
        folder = tmp_path / f"round-{round_}"
        shutil.copytree(template, folder)
        child = subprocess.Popen([sys.executable, str(script), str(folder)], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.0, 0.6 if round_ < 8 else 0.03))
        child.send_signal(signal.SIGKILL)
        finished = child.stdout.read().strip() == "done"
        child.wait()
        killed_during += not finished
        cipher.forget_in_memory()
        assert names(folder) == before, f"round {round_}"
        assert not cipher.is_plain(paths.database_path(folder))
        assert files_holding(folder, EMAIL, PHONE, NAME) == [], f"round {round_}"
        assert [p.name for p in folder.rglob("*") if p.name.endswith((".encrypting", ".plain"))] == []
    assert killed_during >= 2, "no kill landed during a conversion: nothing was tested"


def test_where_no_keyring_exists_a_passphrase_locks_the_folder(data_dir: Path, no_keyring: None) -> None:
    """With no keyring, a new folder asks for a passphrase (at least 8 characters); the folder
    then opens only with it; a wrong one is told apart from a missing one; encryption.json
    holds no key."""
    with pytest.raises(LockedStoreError) as needed:
        Store.open(data_dir)
    assert needed.value.new
    with pytest.raises(LockedStoreError, match="at least 8"):
        Store.open(data_dir, passphrase="short")
    with Store.open(data_dir, passphrase="correct horse battery") as store:
        fill(store)
    cipher.forget_in_memory()
    with pytest.raises(LockedStoreError) as locked:
        Store.open(data_dir)
    assert not locked.value.new
    with pytest.raises(WrongPassphraseError):
        Store.open(data_dir, passphrase="wrong horse battery")
    assert len(names_with(data_dir, "correct horse battery")) == 3
    description = cipher.read_sidecar(data_dir)
    assert description is not None and description["kind"] == "passphrase"
    assert cipher.folder_key(data_dir) not in cipher.sidecar_path(data_dir).read_text(encoding="utf-8")
    assert files_holding(data_dir, EMAIL, PHONE, NAME, "correct horse battery") == []


def names_with(folder: Path, passphrase: str) -> list[str]:
    with Store.open(folder, passphrase=passphrase) as store, store.engine.connect() as connection:
        return list(connection.execute(text("SELECT name FROM organizations")).scalars())


def test_a_folder_whose_key_is_not_in_the_keyring_is_refused_in_words(data_dir: Path) -> None:
    """A folder copied to another computer (its key not in that keyring) is refused with a
    message that says so, and nothing in it is changed."""
    with Store.open(data_dir) as store:
        fill(store)
    description = cipher.read_sidecar(data_dir)
    assert description is not None
    keyring.delete_password(cipher.KEYRING_SERVICE, cipher.KEYRING_PREFIX + description["key_id"])
    cipher.forget_in_memory()
    before = paths.database_path(data_dir).read_bytes()
    with pytest.raises(StoreError, match="not in this computer's keyring"):
        Store.open(data_dir)
    assert paths.database_path(data_dir).read_bytes() == before


def test_erasing_the_folder_removes_its_key_from_the_keyring(data_dir: Path) -> None:
    """A remote wipe's erasure takes the key out of the keyring first and removes
    encryption.json: a copy of the files kept elsewhere can no longer be opened."""
    with Store.open(data_dir) as store:
        fill(store)
    copy = data_dir.parent / "copy"
    shutil.copytree(data_dir, copy)
    description = cipher.read_sidecar(data_dir)
    assert description is not None
    erase_data(data_dir)
    assert keyring.get_password(cipher.KEYRING_SERVICE,
                                cipher.KEYRING_PREFIX + description["key_id"]) is None
    assert not cipher.sidecar_path(data_dir).exists()
    assert not paths.database_path(data_dir).exists()
    with pytest.raises(StoreError, match="not in this computer's keyring"):
        Store.open(copy)


def cli(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop", *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_the_command_line_reads_the_passphrase_from_standard_input(tmp_path: Path) -> None:
    """On a computer without a keyring: `lookingbeyond import` into a new folder needs
    --passphrase-stdin (told so in words), locks the folder with it, and later commands open
    it with it; a wrong one is refused."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    folder = tmp_path / "laptop"
    rows = tmp_path / "o.csv"
    rows.write_text("name,country\nHaki Network,KE\n", encoding="utf-8")
    refused = cli(env, "import", "--table", "organizations", str(rows), "--data-dir", str(folder))
    assert refused.returncode == 1
    assert "choose a passphrase" in refused.stderr and "--passphrase-stdin" in refused.stderr
    done = cli(env, "import", "--table", "organizations", str(rows), "--data-dir", str(folder),
               "--passphrase-stdin", stdin="a long enough passphrase\n")
    assert done.returncode == 0, done.stderr
    status = cli(env, "status", "--json", "--data-dir", str(folder), "--passphrase-stdin",
                 stdin="a long enough passphrase\n")
    assert status.returncode == 0, status.stderr
    assert '"live": 1' in status.stdout
    wrong = cli(env, "status", "--data-dir", str(folder), "--passphrase-stdin", stdin="not it at all\n")
    assert wrong.returncode == 1 and "does not open" in wrong.stderr
    assert "Traceback" not in refused.stderr + wrong.stderr
    assert files_holding(folder, "Haki Network", "a long enough passphrase") == []
