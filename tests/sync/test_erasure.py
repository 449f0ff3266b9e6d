"""Erasure of a person's data (issue 13, DESIGN invariant 13), on SQLite and PostgreSQL:
`lookingbeyond-server erase contact ID` blanks the personal fields at headquarters; at their
next sync the replicas blank them too, in their database, change log, conflicts and
backups.  Checked byte by byte: the files are decrypted page by page (tests/rawdb.py) and
searched for the values, free space included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, LargeBinary, select, text, type_coerce

from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.store import Store, backup
from lookingbeyond_desktop.store.sync_adapter import DesktopLocal
from sync.client import SyncError
from sync.server import packing
from sync.server.schema import LOGGED_USER, audited_changelog, changelog, conflicts, records
from tests import rawdb
from tests.sync.world import Device, World

PROJECT = Path(__file__).resolve().parents[2]
NAME = "Amina Wanjiru Odhiambo"
FIRST_EMAIL = "amina.first-address@example.org"
EMAIL = "amina.wanjiru@example.org"
PHONE_A, PHONE_B = "+254 700 111 222", "+254 700 333 444"
NOTES = "met at the Nairobi consultation; prefers Signal"
SECRETS = (NAME, FIRST_EMAIL, EMAIL, PHONE_A, PHONE_B, NOTES)


def erase_command(hq_engine: Engine, contact: str) -> subprocess.CompletedProcess[str]:
    """`lookingbeyond-server erase contact ID` in a process of its own, as headquarters
    runs it."""
    url = hq_engine.url.render_as_string(hide_password=False)
    return subprocess.run(
        [sys.executable, "-m", "lookingbeyond_desktop.headquarters", "erase", "contact", contact,
         "--database-url", url, "--by", "registry-officer"],
        capture_output=True, text=True, cwd=PROJECT, timeout=120, env=dict(os.environ))


def headquarters_dump(hq_engine: Engine, tmp_path: Path) -> bytes:
    """What headquarters' database holds, as its files or its dump show it: the SQLite file
    and its log byte for byte; PostgreSQL's pg_dump (or, without pg_dump, every row of every
    table as text).  Records' values are stored packed (migration 0015): whatever of the
    files inflates with the packing's dictionary is added as text (whoever reads the file
    has the dictionary too), and on PostgreSQL every stored value unpacked."""
    if hq_engine.dialect.name == "sqlite":
        database = Path(str(hq_engine.url.database))
        files = b"".join(Path(f"{database}{suffix}").read_bytes()
                         for suffix in ("", "-wal") if Path(f"{database}{suffix}").exists())
        return files + rawdb.inflated_anywhere(files)
    with hq_engine.connect() as connection:
        values = b"\n".join(packing.unpack_text(value) for value in connection.execute(
            select(type_coerce(records.c.data, LargeBinary))).scalars())
        if shutil.which("pg_dump"):
            url = hq_engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
            return values + subprocess.run(["pg_dump", "--no-owner", url], capture_output=True,
                                           check=True, timeout=120).stdout
        names = connection.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
        return values + "\n".join(str(row) for name in names
                                  for row in connection.execute(text(f'SELECT * FROM "{name}"'))).encode()


def found_in(blob: bytes, values: tuple[str, ...] = SECRETS) -> list[str]:
    """Which of ``values`` a blob holds (UTF-8 or UTF-16)."""
    return [value for value in values
            if any(value.encode(codec) in blob for codec in ("utf-8", "utf-16-le", "utf-16-be"))]


def leaks(device: Device) -> dict[str, list[str]]:
    """Each value of the person still found in a file of the device's data folder."""
    folder = device.store.folder
    return {value: hits for value in SECRETS if (hits := rawdb.holds(folder, value))}


def a_person_known_to_two_laptops(world: World) -> tuple[Device, Device, str, str, str]:
    """A field laptop records a person (her e-mail changed once), with a participation that
    names her; headquarters' own laptop holds her too; both laptops changed her phone at
    once, so headquarters and both laptops keep the losing phone as a conflict; both
    laptops made a backup.  Returns (field laptop, hq laptop, organization, person,
    participation)."""
    world.user("nairobi", role="field", countries=["KE"])
    field, office = world.device("FIELD", "nairobi"), world.device("HQ", "hq")
    with field.write() as writer:
        org = writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})
        person = writer.create("contacts", {"organization_id": org, "full_name": NAME,
                                            "email": FIRST_EMAIL, "phone": "+254 700 000 000",
                                            "consent_on": "2026-01-15", "notes": NOTES})
        activity = writer.create("activities", {"title": "Regional consultation on UNCAC",
                                                "activity_type": "regional_consultation",
                                                "start_date": "2026-02-01", "country": "KE"})
        took_part = writer.create("participations", {"activity_id": activity, "organization_id": org,
                                                     "contact_id": person})
    field.sync()
    with field.write() as writer:
        writer.update("contacts", person, {"email": EMAIL})
    field.sync()
    office.sync()
    with field.write() as writer:
        writer.update("contacts", person, {"phone": PHONE_A})
    with office.write() as writer:
        writer.update("contacts", person, {"phone": PHONE_B})
    field.sync()
    office.sync()
    field.sync()
    for device in (field, office):
        backup.make_backup(device.store)
    return field, office, org, person, took_part


@pytest.mark.slow
def test_an_erased_person_leaves_every_file_of_headquarters_and_of_each_laptop(
        world: World, hq_engine: Engine, tmp_path: Path) -> None:
    """The person's name, both e-mails, both phones (one only in a conflict) and notes are in
    headquarters and in both laptops' databases and backups.  The field laptop then edits
    her notes without sending; headquarters erases her from its command line.  After one
    sync each: none of those values is in headquarters' database (SQLite file and log, or
    PostgreSQL's dump), nor in any file of either laptop's data folder (database, log,
    backups, decrypted page by page, free space included); her record keeps its id and
    organization, the participation still names her, no conflict about her is left, the
    unsent edit was refused and dropped (the refusal forgotten with her), the audit names who erased her, and the laptops
    refuse to edit her."""
    field, office, org, person, took_part = a_person_known_to_two_laptops(world)
    with hq_engine.connect() as connection:
        assert connection.execute(select(conflicts.c.id).where(conflicts.c.row_id == person)).first()
    before = {value for device in (field, office) for value in leaks(device)}
    assert {NAME, EMAIL, PHONE_A, PHONE_B} <= before  # the check can see them at all
    assert {NAME, EMAIL} <= set(found_in(headquarters_dump(hq_engine, tmp_path)))  # at headquarters too
    with field.write() as writer:  # made before it heard of the erasure
        writer.update("contacts", person, {"notes": NOTES + " (called in March)"})

    done = erase_command(hq_engine, person)
    assert done.returncode == 0, done.stderr
    assert "erased the personal data of contact" in done.stdout
    field_report, office_report = field.sync(), office.sync()

    assert found_in(headquarters_dump(hq_engine, tmp_path)) == []
    for device in (field, office):
        assert leaks(device) == {}, device.name
        assert device.value("contacts", person, "full_name") == ""
        assert device.value("contacts", person, "email") is None
        assert device.value("contacts", person, "organization_id") == org
        assert device.value("contacts", person, "erased_on") is not None
        assert device.value("participations", took_part, "contact_id") == person
        with device.store.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM conflicts WHERE row_id = :i"),
                                      {"i": person}).scalar() == 0
            assert connection.execute(text(
                "SELECT count(*) FROM changes WHERE row_id = :i AND device_seq > "
                "(SELECT pushed_seq FROM replica)"), {"i": person}).scalar() == 0
        with pytest.raises(ValidationError), device.write() as writer:
            writer.update("contacts", person, {"full_name": NAME})
    assert field_report.refused == 1 and not office_report.refused  # the unsent edit
    assert field_report.erased == office_report.erased == 1
    assert field.replication.status().pending == 0
    with hq_engine.connect() as connection:
        data = connection.execute(select(records.c.data).where(records.c.id == person)).scalar_one()
        audit = connection.execute(select(LOGGED_USER, changelog.c.what).select_from(audited_changelog)
                                   .where(records.c.id == person).order_by(changelog.c.seq.desc(), records.c.rid.desc())).first()
    assert data["organization_id"] == org and data["full_name"] == "" and data["erased_on"]
    assert tuple(audit) == ("registry-officer", "erased")


def _laptop_with_person(world: World) -> tuple[Device, str, str]:
    """A laptop of an hq user that made an organization and a person of it, synced:
    (the laptop, the organization's id, the person's)."""
    laptop = world.device("LAPTOP", "hq")
    with laptop.write() as writer:
        org = writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})
        person = writer.create("contacts", {"organization_id": org, "full_name": NAME,
                                            "consent_on": "2026-01-15"})
    laptop.sync()
    return laptop, org, person


def test_erasing_twice_or_an_unknown_record_says_so(world: World, hq_engine: Engine) -> None:
    """Erasing the same person again changes nothing and says when it was done; an unknown
    id and a kind of record that holds no personal data are refused in words (exit 1)."""
    laptop, org, person = _laptop_with_person(world)
    assert erase_command(hq_engine, person).returncode == 0
    again = erase_command(hq_engine, person)
    assert again.returncode == 0 and "was erased on" in again.stdout
    unknown = erase_command(hq_engine, "6f1c2b9e-0000-4000-8000-000000000000")
    assert unknown.returncode == 1 and "has no record" in unknown.stderr
    url = hq_engine.url.render_as_string(hide_password=False)
    wrong = subprocess.run(
        [sys.executable, "-m", "lookingbeyond_desktop.headquarters", "erase", "organization", org,
         "--database-url", url], capture_output=True, text=True, cwd=PROJECT, timeout=120)
    assert wrong.returncode == 1 and "only contact" in wrong.stderr


def test_headquarters_takes_no_change_to_an_erased_person_but_a_delete(world: World, hq_engine: Engine) -> None:
    """A laptop that has not heard of the erasure pushes a new phone for the person: refused
    (``personal_data_erased``), headquarters keeps the blanks; a delete of the record is
    kept; a laptop cannot set the erasure date itself (``bad_value``)."""
    from sync.server.erasure import erase

    from lookingbeyond_desktop.domain.registry import REGISTRY

    laptop, other = world.device("LAPTOP", "hq"), world.device("OTHER", "hq")
    with laptop.write() as writer:
        org = writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})
        person = writer.create("contacts", {"organization_id": org, "full_name": NAME,
                                            "consent_on": "2026-01-15"})
    laptop.sync()
    other.sync()
    with hq_engine.begin() as connection:
        erase(connection, REGISTRY, "contacts", person, user_name="hq")
    with other.write() as writer:
        writer.update("contacts", person, {"phone": PHONE_A})
    answer = other.replication.build_push()
    assert answer is not None and answer.rows
    report = other.sync()
    assert report.refused == 1
    with hq_engine.connect() as connection:
        data = connection.execute(select(records.c.data).where(records.c.id == person)).scalar_one()
    assert data["phone"] is None and data["full_name"] == ""
    assert other.value("contacts", person, "phone") is None
    with laptop.write() as writer:
        writer.delete("contacts", person)
    assert not laptop.sync().refused
    with hq_engine.connect() as connection:
        assert connection.execute(select(records.c.deleted).where(records.c.id == person)).scalar_one()


def test_a_change_refused_after_the_laptop_erased_the_person_is_not_kept(world: World, hq_engine: Engine) -> None:
    """A refusal that arrives after the laptop erased the person keeps nothing of her: the
    laptop writes a new phone for her before it hears of the erasure and pushes it, the
    answer (the refusal, ``personal_data_erased``) is lost; it hears of the erasure from a
    reply by file made earlier, then reads a later reply that carries the refusal.  No
    refusal to review is left, nor an entry on the Conflicts page, and the record is
    headquarters' blanks (invariant 13)."""
    from sync.bundle_client import export_bundle, import_reply
    from sync.server.bundles import import_bundle
    from sync.server.erasure import erase

    from lookingbeyond_desktop.domain.registry import REGISTRY
    from lookingbeyond_desktop.headquarters import validate_pushed

    laptop, org, person = _laptop_with_person(world)
    assert laptop.keys is not None
    made = export_bundle(laptop.replication, laptop.keys)
    with hq_engine.begin() as connection:
        erase(connection, REGISTRY, "contacts", person, user_name="hq")
    with laptop.write() as writer:
        writer.update("contacts", person, {"phone": PHONE_A})
    earlier = import_bundle(hq_engine, REGISTRY, validate_pushed, made.data).reply
    world.adapter.drop_next_response = True
    with pytest.raises(SyncError):
        laptop.sync()
    world.adapter.drop_next_response = False
    later = import_bundle(hq_engine, REGISTRY, validate_pushed, made.data).reply
    import_reply(laptop.replication, laptop.keys, earlier)
    assert laptop.value("contacts", person, "erased_on") is not None
    import_reply(laptop.replication, laptop.keys, later)
    laptop.sync()
    with laptop.store.engine.connect() as connection:
        held = connection.exec_driver_sql(
            "SELECT (SELECT count(*) FROM sync_refusals WHERE row_id = ?),"
            " (SELECT count(*) FROM conflicts WHERE row_id = ?)", (person, person)).one()
    assert tuple(held) == (0, 0)  # nothing to give up: no entry will hold her values
    assert laptop.value("contacts", person, "phone") is None
    assert not laptop.replication.build_push()


def test_an_erasure_interrupted_before_the_backups_were_scrubbed_is_finished_at_the_next_opening(
        world: World, hq_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The laptop applies the erasure and stops before scrubbing its backups (as if the
    process were killed right after the commit): the backup (and the log) still hold her
    e-mail; the
    next time the folder is opened the backup is scrubbed and nothing of her is left."""
    from sync.server.erasure import erase

    from lookingbeyond_desktop.domain.registry import REGISTRY

    laptop = world.device("LAPTOP", "hq")
    with laptop.write() as writer:
        org = writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})
        person = writer.create("contacts", {"organization_id": org, "full_name": NAME,
                                            "email": EMAIL, "consent_on": "2026-01-15"})
    laptop.sync()
    backup.make_backup(laptop.store)
    with hq_engine.begin() as connection:
        erase(connection, REGISTRY, "contacts", person, user_name="hq")
    monkeypatch.setattr(DesktopLocal, "settle_erasures", lambda self: None)
    laptop.sync()
    folder = laptop.store.folder
    assert f"backups/{backup.backups(folder)[0].path.name}" in rawdb.holds(folder, EMAIL)
    laptop.store.close()
    monkeypatch.undo()

    Store.open(folder).close()
    assert rawdb.holds(folder, EMAIL) == [] and rawdb.holds(folder, NAME) == []
    assert backup.check(backup.backups(folder)[0].path) == []


def test_an_erasure_carried_on_a_file_erases_the_laptop_and_its_backup(
        world: World, hq_engine: Engine) -> None:
    """An office without a link syncs by file: the reply headquarters writes after the
    erasure blanks the person on the laptop, says so in its summary, and leaves nothing of
    her in any file of the folder, its backup included."""
    from sync.bundle_client import export_bundle, import_reply
    from sync.server.bundles import import_bundle
    from sync.server.erasure import erase

    from lookingbeyond_desktop.domain.registry import REGISTRY
    from lookingbeyond_desktop.headquarters import validate_pushed

    laptop = world.device("FAR", "hq")
    with laptop.write() as writer:
        org = writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})
        person = writer.create("contacts", {"organization_id": org, "full_name": NAME,
                                            "email": EMAIL, "consent_on": "2026-01-15"})
    laptop.sync()
    backup.make_backup(laptop.store)
    with hq_engine.begin() as connection:
        erase(connection, REGISTRY, "contacts", person, user_name="hq")
    assert laptop.keys is not None
    made = export_bundle(laptop.replication, laptop.keys)
    reply = import_bundle(hq_engine, REGISTRY, validate_pushed, made.data).reply
    read = import_reply(laptop.replication, laptop.keys, reply)

    assert read.erased == 1 and "erased the personal data of 1 person" in read.summary()
    assert laptop.value("contacts", person, "erased_on") is not None
    assert rawdb.holds(laptop.store.folder, EMAIL) == [] and rawdb.holds(laptop.store.folder, NAME) == []
