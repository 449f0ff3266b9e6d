"""A process killed with SIGKILL in the middle of a stream of writes loses nothing it acknowledged."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lookingbeyond_desktop import paths
from tests import rawdb

WRITER = r"""
import sys
from lookingbeyond_desktop.store import Store
store = Store.open(sys.argv[1])
start = int(sys.argv[2])
previous = None
for n in range(start, start + 100000):
    with store.write() as writer:
        org = writer.create("organizations", {"name": f"Org {n}", "country": "KE",
                                              "notes": f"edit {n}"})
        if previous is not None:
            writer.update("organizations", previous, {"notes": f"edit {n}"})
    # Printed only after the commit returned: this edit is acknowledged.
    print(f"ACK {n} {org} {previous or '-'}", flush=True)
    previous = org
"""


@pytest.mark.slow
def test_sigkill_during_writes_keeps_every_acknowledged_edit(tmp_path: Path) -> None:
    """Kill a writer at random moments, many times: the database stays intact, every acknowledged
    edit is there with its change record, and no change record lacks its row."""
    data_dir = tmp_path / "data"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(20091109)
    acked_notes: dict[str, int] = {}  # row id -> highest acknowledged "edit n"
    acked_rows: list[str] = []
    start = 0
    for _round in range(8):
        child = subprocess.Popen(
            [sys.executable, str(script), str(data_dir), str(start)],
            stdout=subprocess.PIPE, text=True, env=os.environ | {"PYTHONUNBUFFERED": "1"},
        )
        assert child.stdout is not None
        # The kill comes at a random moment after the writer's first acknowledged edit (not
        # after its start: on a busy machine starting Python alone can take a second).
        deadline: float | None = None
        pause = rng.uniform(0.3, 1.2)
        while deadline is None or time.monotonic() < deadline:
            line = child.stdout.readline()
            if deadline is None:
                deadline = time.monotonic() + pause
            if not line:
                break
            _, n, org, previous = line.split()
            acked_rows.append(org)
            acked_notes[org] = int(n)
            if previous != "-":
                acked_notes[previous] = int(n)
            start = int(n) + 1
        child.send_signal(signal.SIGKILL)
        # Lines already written before the kill are acknowledged too.
        for line in child.stdout:
            _, n, org, previous = line.split()
            acked_rows.append(org)
            acked_notes[org] = int(n)
            if previous != "-":
                acked_notes[previous] = int(n)
            start = int(n) + 1
        child.wait()
        start += 1000  # the killed transaction's numbers are never reused

    assert len(acked_rows) > 50, "the writer made too little progress to test anything"
    with rawdb.opened(paths.database_path(data_dir)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        notes = dict(db.execute("SELECT id, notes FROM organizations").fetchall())
        for org, n in acked_notes.items():
            assert org in notes, f"acknowledged organization {org} is lost"
            assert int(notes[org].split()[1]) >= n, f"acknowledged edit {n} of {org} is lost"
        inserts = {r for (r,) in db.execute("SELECT row_id FROM changes WHERE op = 'insert'")}
        assert set(notes) == inserts, "a row without its change record, or a record without its row"
        updates = db.execute(
            "SELECT count(*) FROM changes c WHERE op = 'update' AND NOT EXISTS "
            "(SELECT 1 FROM organizations o WHERE o.id = c.row_id)").fetchone()[0]
        assert updates == 0
        last_seq, = db.execute("SELECT last_seq FROM replica").fetchone()
        assert last_seq == db.execute("SELECT max(device_seq) FROM changes").fetchone()[0]
        assert db.execute("SELECT count(*) FROM organizations_fts WHERE organizations_fts MATCH 'org'").fetchone()[0] == len(notes)
