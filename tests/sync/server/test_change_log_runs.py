"""Migration 0030 (issue 15, item 2): the change log stores a run of entries alike in every
other column, whose sequence numbers and records' row ids both go up by one, as one row
(``changelog.more``), on SQLite and PostgreSQL.  A push's new records are numbered in the
order it logs them, so its creations fold; every reader reads each entry as before: a
laptop walking the log in small pages (which end inside runs), a field laptop whose scope
leaves out half of a run, the audit.  The upgrade folds a log the program of before stored
a row an entry (its records numbered again), the downgrade writes one row an entry again, and
:func:`schema.fold_runs` loses nothing whatever it is given (a property)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select, text

from sync.server.audit import record_history
from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from sync.server.schema import (ENTRY_ORDER, ENTRY_SEQ, LOGGED_DEVICE, RUN_MOST, audited_changelog, changelog,
                                fold_runs, named_changelog, records)
from tests.sync.server.migrations import migrate_to, named_references, served_at_head
from tests.sync.test_snapshot import _holdings
from tests.sync.world import Device, World

BEFORE = "0029_versions_devices_numbered"
ALIKE = ("at", "device_no", "author_no", "user_no", "what", "fields", "changed")


def _entries(engine: Engine) -> list[tuple[Any, ...]]:
    """(seq, row id, table, id, device, what, fields) of every entry, a run's one by one."""
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(ENTRY_SEQ, records.c.rid, records.c.tbl, records.c.id, LOGGED_DEVICE, changelog.c.what,
                   changelog.c.fields).select_from(audited_changelog).order_by(*ENTRY_ORDER))]


def _rows(engine: Engine) -> int:
    """How many rows the change log's table holds."""
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(changelog)).scalar_one())


def _downgraded(url: str) -> Engine:
    """An engine on the headquarters at ``url`` downgraded to 0029."""
    engine = make_engine(url)
    migrate_to(engine, BEFORE, down=True)
    return engine


def _region(device: Device, organizations: int) -> dict[str, list[str]]:
    """``organizations`` organizations, Kenyan and Ugandan in turn, and a contact of each
    of the first twenty, created and pushed in one sync (nothing refused)."""
    made: dict[str, list[str]] = {"KE": [], "UG": [], "contacts": []}
    with device.write() as writer:
        for index in range(organizations):
            country = "KE" if index % 2 == 0 else "UG"
            made[country].append(writer.create("organizations", {"name": f"Organization {index:04d}",
                                                                 "country": country}))
        for index in range(20):
            org = (made["KE"] if index % 2 == 0 else made["UG"])[index // 2]
            made["contacts"].append(writer.create("contacts", {"organization_id": org,
                                                               "full_name": f"Person {index:02d}",
                                                               "consent_on": "2024-01-01"}))
    report = device.sync()
    assert report.refused == 0 and report.pushed_rows == organizations + 20
    return made


def _walker(world: World, name: str, user: str) -> Device:
    """A new laptop of ``user`` that walks the change log in pages of about 3 KB."""
    device = world.device(name, user)
    device.client.snapshot = False
    device.client.pull_bytes = 3_000
    return device


def test_a_push_is_logged_in_runs_and_every_reader_reads_each_entry(world: World, hq_engine: Engine) -> None:
    """600 new organizations and 20 contacts pushed: the change log holds a few rows, none
    standing for more than RUN_MOST entries, and one entry for each record, numbered
    without a gap.  A laptop walking the log in pages that end inside runs holds exactly
    what a snapshot gives, an edit made since included; a Kenyan field laptop walking it
    holds exactly the Kenyan half; the audit names each creation with its own number."""
    world.user("nairobi", role="field", countries=["KE"])
    hq = world.device("HQ", "hq")
    made = _region(hq, 600)
    entries = _entries(hq_engine)
    assert len(entries) == 620 and len({(table, record_id) for _s, _r, table, record_id, *_ in entries}) == 620
    first = entries[0][0]
    assert [seq for seq, *_ in entries] == list(range(first, first + 620))
    assert {(what, fields) for *_, what, fields in entries} == {("created", None)}
    rows = _rows(hq_engine)
    assert 3 <= rows <= 12, rows  # 620 entries, RUN_MOST a row at most
    with hq_engine.connect() as connection:
        assert connection.execute(select(func.max(changelog.c.more))).scalar_one() == RUN_MOST - 1
    edited = made["KE"][150]
    with hq.write() as writer:
        writer.update("organizations", edited, {"phone": "+254 20 555"})
    assert hq.sync().refused == 0

    walker, snapshot = _walker(world, "walker", "hq"), world.device("snapshot", "hq")
    report = walker.sync()
    assert report.rounds > 20, report  # many pages: most end inside a run
    snapshot.sync()
    assert _holdings(walker) == _holdings(snapshot)
    assert walker.value("organizations", edited, "phone") == "+254 20 555"
    assert len(_holdings(walker)["organizations"]) == 600

    kenyan = _walker(world, "kenyan", "nairobi")
    kenyan.sync()
    with kenyan.store.engine.connect() as connection:
        held = set(connection.execute(text("SELECT id FROM organizations")).scalars())
        people = set(connection.execute(text("SELECT id FROM contacts")).scalars())
    assert held == set(made["KE"]) and people == set(made["contacts"][0::2])

    with hq_engine.connect() as connection:
        history = record_history(connection, edited)
    created_at = next(seq for seq, _r, _t, record_id, *_ in entries if record_id == edited)
    assert [(entry.seq, entry.what) for entry in history][0] == (created_at, "created")
    assert [entry.what for entry in history] == ["created", "edited"]
    assert history[0].device_id == hq.store.device_id and history[1].fields == ["phone"]


def test_the_downgrade_writes_an_entry_a_row_and_the_upgrade_reads_them(hq_url: str, tmp_path: Path) -> None:
    """After a push logged in runs, the downgrade to 0029 holds one row for each entry, with
    the sequence number, record and device it had; upgraded again, the entries read the
    same (in runs again), and a laptop walking the log holds every record."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        _region(world.device("HQ", "hq"), 300)
        entries = _entries(engine)
        assert len(entries) == 320 and _rows(engine) < 10
    finally:
        world.close()
        engine.dispose()

    engine = _downgraded(hq_url)
    try:
        with engine.connect() as connection:
            assert "more" not in {row[0] for row in connection.execute(text(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'changelog'"
                if engine.dialect.name == "postgresql" else "SELECT name FROM pragma_table_info('changelog')"))}
            former = [tuple(row) for row in connection.execute(text("SELECT seq, rid FROM changelog ORDER BY seq"))]
        assert former == [(seq, rid) for seq, rid, *_ in entries]
    finally:
        engine.dispose()

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        assert _entries(engine) == entries and _rows(engine) < 10  # folded again
        walker = _walker(world, "walker", "hq")
        walker.sync()
        assert len(_holdings(walker)["organizations"]) == 300 and len(_holdings(walker)["contacts"]) == 20
    finally:
        world.close()
        engine.dispose()


def _named(engine: Engine) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every entry (seq, table, id, device, what, fields) and every reference (the parent's
    table and id, the child's), by the records' names, not their row ids."""
    entries = [(seq, table, record_id, *rest) for seq, _rid, table, record_id, *rest in _entries(engine)]
    with engine.connect() as connection:
        named = named_references(connection)
    return entries, named


def _scramble(engine: Engine) -> None:
    """Number the records of a database at 0029 again in the reverse order (the program of
    before numbered a push's records in the order of their ids, not of their entries): the
    records, references and entries name the same records as before."""
    with engine.begin() as connection:
        top = connection.execute(text("SELECT max(rid) FROM records")).scalar_one()
        for table_name, columns in (("records", ("rid",)), ("refs", ("parent_rid", "rid")), ("changelog", ("rid",))):
            connection.execute(text(f"UPDATE {table_name} SET "
                                    + ", ".join(f"{column} = -{column}" for column in columns)))
            connection.execute(text(f"UPDATE {table_name} SET "
                                    + ", ".join(f"{column} = :top + 1 + {column}" for column in columns)),
                               {"top": top})
        rids = connection.execute(text("SELECT rid FROM changelog ORDER BY seq")).scalars().all()
    assert rids[:3] == sorted(rids[:3], reverse=True)


def test_the_upgrade_folds_a_log_stored_a_row_an_entry(hq_url: str, tmp_path: Path) -> None:
    """A headquarters at 0029 whose records were numbered in another order than their
    entries (as the program of before numbered them) is upgraded: the records are numbered
    again, the change log is stored in a few rows, every entry and reference names the
    records it named, a laptop walking the log holds every record, and a push after the
    upgrade numbers its records after every other and is stored in runs too."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        hq = world.device("HQ", "hq")
        made = _region(hq, 300)
        with hq.write() as writer:  # two entries alike, of records apart: never one run
            writer.update("organizations", made["KE"][10], {"phone": "+254 20 100"})
            writer.update("organizations", made["KE"][40], {"phone": "+254 20 140"})
        assert hq.sync().refused == 0
        before = _named(engine)
        assert len(before[0]) == 322 and len(before[1]) == 20
        assert before[0][-2][3:] == before[0][-1][3:] and before[0][-1][0] == before[0][-2][0] + 1
    finally:
        world.close()
        engine.dispose()

    engine = _downgraded(hq_url)
    try:
        _scramble(engine)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM changelog")).scalar_one() == 322
    finally:
        engine.dispose()

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert _named(engine) == before
        assert _rows(engine) <= 6, _rows(engine)  # 320 creations in runs of 256, the 2 edits alone
        with engine.connect() as connection:  # the migration's runs are the ones a push makes
            stored = [dict(row._mapping) for row in connection.execute(select(changelog).order_by(changelog.c.seq))]
        entries = [{**row, "seq": row["seq"] - back, "rid": row["rid"] - back}
                   for row in stored for back in range(row["more"] or 0, -1, -1)]
        assert fold_runs(entries) == stored
        with engine.connect() as connection:
            numbered = connection.execute(select(records.c.rid).order_by(records.c.rid)).scalars().all()
        assert numbered == list(range(1, 321))
        walker = _walker(world, "walker", "hq")
        walker.sync()
        holdings = _holdings(walker)
        assert len(holdings["organizations"]) == 300 and len(holdings["contacts"]) == 20
        assert walker.value("organizations", made["KE"][10], "phone") == "+254 20 100"
        laptop = world.device("HQ-2", "hq")
        laptop.sync()
        with laptop.write() as writer:
            late = [writer.create("organizations", {"name": f"Late {index}", "country": "KE"}) for index in range(5)]
        assert laptop.sync().refused == 0
        after = _entries(engine)
        assert [(record_id, rid) for _s, rid, _t, record_id, *_ in after[-5:]] == [
            (record_id, 321 + index) for index, record_id in enumerate(late)]
        assert _rows(engine) <= 7
        walker.sync()
        assert all(walker.has("organizations", record_id) for record_id in late)
    finally:
        world.close()
        engine.dispose()


def test_the_upgrade_folds_only_entries_that_follow_on(hq_url: str) -> None:
    """A change log at 0029 written directly: creations of records numbered in another
    order; edits alike, two of which share their number less row id with an edit of another
    record between (never one run), three of which follow on (one run); an edit naming no
    record; 300 creations (runs of 256 and 44).  The
    upgrade stores exactly the rows ``fold_runs`` makes of the renumbered entries, each entry
    names the record it named, and the one naming no record keeps naming none."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, BEFORE)
        old = [60, 10, 50, 20, 40, 30] + list(range(1_000, 1_300))  # creation order -> old row ids
        ids = {rid: uuid.UUID(int=rid).bytes for rid in old}
        seq = 0
        log: list[tuple[int, int, int, str | None]] = []  # (seq, old row id, what, fields)

        def logged(rid: int, what: int, fields: str | None) -> None:
            nonlocal seq
            seq += 1
            log.append((seq, rid, what, fields))

        for rid in old[:6]:
            logged(rid, 1, None)
        # New row ids 1, 5, 3, 4, 5 at seqs 7 to 11: 7 - 1 == 9 - 3, but 8 lies between (7
        # stays alone); 9, 10, 11 of row ids 3, 4, 5 follow on (one run).
        for rid in (60, 40, 50, 20, 40):
            logged(rid, 2, '["phone"]')
        logged(99, 2, '["notes"]')  # no record 99
        for rid in old[6:]:
            logged(rid, 1, None)
        with engine.begin() as connection:
            for rid in old:
                connection.execute(text("INSERT INTO records (rid, tbl, id, data, versions, deleted, scope_keys) "
                                        "VALUES (:rid, :tbl, :id, :data, :versions, :deleted, '')"),
                                   {"rid": rid, "tbl": b"\x01", "id": ids[rid], "data": b"\x00",
                                    "versions": b"\x00", "deleted": False})
            connection.execute(text("INSERT INTO changelog (seq, rid, at, device_no, user_no, what, fields) "
                                    "VALUES (:seq, :rid, 1700000000, 1, 1, :what, " +
                                    ("CAST(:fields AS json))" if engine.dialect.name == "postgresql" else ":fields)")),
                               [{"seq": s, "rid": r, "what": w, "fields": f} for s, r, w, f in log])
            connection.execute(text("UPDATE counter SET seq = :top"), {"top": seq})
        init_database(engine)
        with engine.connect() as connection:
            stored = [dict(row._mapping) for row in connection.execute(select(changelog).order_by(changelog.c.seq))]
            named = {int(row.seq): row.id for row in connection.execute(
                select(ENTRY_SEQ, records.c.id).select_from(named_changelog))}
            numbered = dict(connection.execute(select(records.c.id, records.c.rid)).all())
        entries = [{**row, "seq": row["seq"] - back, "rid": row["rid"] - back}
                   for row in stored for back in range(row["more"] or 0, -1, -1)]
        assert fold_runs(entries) == stored
        assert [(row["seq"], row["rid"], row["more"]) for row in stored] == [
            (6, 6, 5), (7, 1, None), (8, 5, None), (11, 5, 2), (12, -99, None),
            (268, 262, 255), (312, 306, 43)]
        assert named == {s: str(uuid.UUID(bytes=ids[r])) for s, r, _w, _f in log if r != 99}
        assert [numbered[str(uuid.UUID(bytes=ids[rid]))] for rid in old] == list(range(1, 307))
    finally:
        engine.dispose()


_ENTRY = st.fixed_dictionaries({
    "seq_step": st.sampled_from([1, 1, 1, 1, 2]),
    "rid_step": st.sampled_from([1, 1, 1, 1, 2, -5]),
    "at": st.sampled_from([1_700_000_000, 1_700_000_001]),
    "device_no": st.sampled_from([0, 1]),
    "author_no": st.sampled_from([None, None, 2]),
    "user_no": st.sampled_from([1, None]),
    "what": st.sampled_from(["created", "created", "edited"]),
    "fields": st.sampled_from([None, None, ["name"]]),
    "changed": st.sampled_from([None, None, ["name"]]),
})


@settings(max_examples=200, deadline=None)
@given(st.lists(_ENTRY, max_size=700))
def test_fold_runs_gives_back_every_entry(drawn: list[dict[str, Any]]) -> None:
    """Whatever entries it is given (in sequence order), the rows :func:`fold_runs` makes
    stand for exactly those entries, each row for at most RUN_MOST, and no row could take
    the next row's first entry."""
    entries, seq, rid = [], 0, 1_000
    for each in drawn:
        seq, rid = seq + each["seq_step"], rid + each["rid_step"]
        entries.append({"seq": seq, "rid": rid, "tbl": "organizations", "id": f"id-{rid}",
                        **{name: each[name] for name in ALIKE}})
    rows = fold_runs(entries)
    expanded = [{"seq": row["seq"] - back, "rid": row["rid"] - back, **{name: row[name] for name in ALIKE}}
                for row in rows for back in range(row["more"] or 0, -1, -1)]
    assert expanded == [{name: entry[name] for name in ("seq", "rid", *ALIKE)} for entry in entries]
    assert all(set(row) == {"seq", "rid", "more", *ALIKE} for row in rows)
    assert all((row["more"] or 0) < RUN_MOST and row["more"] != 0 for row in rows)
    for before, after in zip(rows, rows[1:]):
        start = after["more"] or 0
        assert not (after["seq"] - start == before["seq"] + 1 and after["rid"] - start == before["rid"] + 1
                    and all(after[name] == before[name] for name in ALIKE)
                    and (before["more"] or 0) + 1 < RUN_MOST)
