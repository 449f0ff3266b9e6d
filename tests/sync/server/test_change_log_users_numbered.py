"""Migration 0025 (issue 15, item 2): the change log names users by number (``log_users``)
and stores what a change did as a code, on SQLite and PostgreSQL.  The audit reads the same
before and after, the downgrade gives names and words back, a log holding a kind of change
this program does not know is left as it was, and devices keep syncing afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, column, insert, select, table, text

from sync.server.audit import record_history
from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from sync.server.schema import LoggedWhat, changelog, log_users
from tests.sync.server.migrations import edit_travels, migrate_to, migrated, served_at_head

BEFORE = "0024_table_codes"
RAW = table("changelog", column("seq"), column("user_name"), column("what"))


def _history(engine: Engine, record_id: str) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [(e.seq, e.at, e.user, e.device_id, e.table, e.what, e.fields)
                for e in record_history(connection, record_id)]


def _sql_nulls(engine: Engine) -> list[tuple[bool, bool]]:
    """Whether each entry's ``fields`` and ``changed`` are SQL's null."""
    with engine.connect() as connection:
        return [(bool(a), bool(b)) for a, b in connection.execute(text(
            "SELECT fields IS NULL, changed IS NULL FROM changelog ORDER BY seq"))]


def test_the_audit_reads_the_same_after_the_downgrade_and_the_upgrade(hq_url: str, tmp_path: Path) -> None:
    """Changes by two users (a creation, an edit) are names and words in the log's own
    columns after the downgrade, and read the same in the audit after the upgrade as before
    (each user numbered once, the words as codes, a creation's fields SQL's null where the
    downgrade wrote JSON's ``null``); a field laptop then syncs, and its edit is
    logged under a user the log had not named, with the next number."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        world.user("amina", role="hq")
        world.user("nairobi", role="field", countries=["KE"])
        a, b = world.device("A", "hq"), world.device("B", "amina")
        with a.write() as writer:
            org = writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})
        a.sync(), b.sync()
        edit_travels(b, a, "organizations", org, {"phone": "+254 700"})
        history = _history(engine, org)
        assert [(h[2], h[5], h[6]) for h in history] == [("hq", "created", None), ("amina", "edited", ["phone"])]
        assert _sql_nulls(engine) == [(True, True), (False, False)]  # a creation: every field
    finally:
        world.close()
        engine.dispose()

    with migrated(hq_url, BEFORE, down=True) as engine:
        with engine.connect() as connection:
            raw = [tuple(row) for row in connection.execute(select(RAW).order_by(RAW.c.seq))]
        assert [row[1:] for row in raw] == [("hq", "created"), ("amina", "edited")]
        with engine.connect() as connection:  # JSON's null text, as the program of before wrote it
            assert connection.execute(text("SELECT CAST(fields AS TEXT), CAST(changed AS TEXT) FROM changelog "
                                           "ORDER BY seq")).first() == ("null", "null")

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        assert _history(engine, org) == history
        with engine.connect() as connection:
            assert sorted(connection.execute(select(log_users.c.name, log_users.c.n))) == [("amina", 1), ("hq", 2)]
            codes = connection.execute(text("SELECT what FROM changelog ORDER BY seq")).scalars().all()
        assert codes == [1, 2] and _sql_nulls(engine) == [(True, True), (False, False)]
        laptop = world.device("LAP", "nairobi")
        assert laptop.sync().quarantined == 0 and laptop.has("organizations", org)
        edit_travels(laptop, world.device("C", "hq"), "organizations", org, {"website": "https://kif.example.org"})
        assert [(h[2], h[5]) for h in _history(engine, org)][-1] == ("nairobi", "edited")
        with engine.connect() as connection:
            assert connection.execute(select(log_users.c.n).where(log_users.c.name == "nairobi")).scalar_one() == 3
    finally:
        world.close()
        engine.dispose()


def test_a_kind_of_change_without_a_code_stops_the_upgrade_with_nothing_changed(hq_url: str, tmp_path: Path) -> None:
    """A log entry whose ``what`` this program has no code for (written by some other
    program) would lose its word: the upgrade refuses, saying which, and the database stays
    at the revision before with the entry as it was."""
    engine, world = served_at_head(hq_url, tmp_path / "w", first=True)
    try:
        with world.device("A", "hq").write() as writer:
            writer.create("organizations", {"name": "Forum", "country": "KE"})
        world.device("A", "hq").sync()
    finally:
        world.close()
    try:
        migrate_to(engine, BEFORE, down=True)
        with engine.begin() as connection:
            connection.execute(text("UPDATE changelog SET what = 'archived'"))
        with pytest.raises(RuntimeError, match="archived"):
            init_database(engine)
        assert current_revision(engine) == BEFORE
        with engine.connect() as connection:
            assert connection.execute(select(RAW.c.what)).scalars().all() == ["archived"]
    finally:
        engine.dispose()


def test_what_a_change_did_is_stored_as_a_code(hq_url: str) -> None:
    """The four kinds of change are stored as their codes and read back as words; a word
    without a code is refused when written, and a code of some newer program reads as
    ``unknown`` instead of failing the audit; 0025's downgrade, which has no word for it,
    stops with the log as it was."""
    engine = make_engine(hq_url)
    try:
        init_database(engine)
        kind = LoggedWhat()
        assert [kind.process_bind_param(w, None) for w in ("created", "edited", "moved", "erased")] == [1, 2, 3, 4]
        with pytest.raises(ValueError, match="archived"):
            kind.process_bind_param("archived", None)
        with engine.begin() as connection:
            connection.execute(insert(changelog), [{"seq": 1, "rid": 1, "device_no": 0, "what": "moved"},
                                                   {"seq": 2, "rid": 1, "device_no": 0, "what": None}])
            connection.execute(text("INSERT INTO changelog (seq, rid, device_no, what) VALUES (3, 1, 0, 9)"))
            assert connection.execute(select(changelog.c.what).order_by(changelog.c.seq)).scalars().all() == [
                "moved", None, "unknown"]
        with pytest.raises(RuntimeError, match="9"):  # 0025's downgrade has no word for it
            migrate_to(engine, BEFORE, down=True)
        assert current_revision(engine) == "0025_change_log_users_numbered"
        with engine.connect() as connection:
            assert connection.execute(text("SELECT what FROM changelog WHERE seq = 3")).scalar_one() == 9
    finally:
        engine.dispose()
