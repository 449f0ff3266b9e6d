"""Benchmark of event entry: a 40-organization event with its counts, entered by keyboard
through the real window (QTest key presses into the real grid and search box).

    .venv/bin/python bench/bench_event_entry.py [--organizations 40] [--seed 3]

Three ways a field officer enters the same kind of event, each into a new activity of a
fresh demo replica (300 organizations, built once in a temporary folder):

1. **paste names, type counts**: the organization names copied from a spreadsheet and
   pasted (Ctrl+V), then representatives, women and men typed per row
   (``12 Tab 5 Tab 7 Enter``);
2. **look up, tick, add, type representatives**: the organizations found by typing a word
   in the look-up box, ticked with Space and added with Ctrl+Enter, then the
   representatives typed per row (``12 Enter``);
3. **paste names with counts**: name, representatives, women and men copied together
   from a spreadsheet and pasted once.

Prints keystrokes (every key press, letters of typed words included) per organization
and seconds from the first key to the last write stored, and checks what was stored.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class Keyboard:
    """Key presses into whatever has the focus, counted."""

    def __init__(self, app: Any, ops: Any) -> None:
        self.app = app
        self.ops = ops
        self.count = 0

    def type(self, text: str) -> None:
        """Type ``text`` (one key press per character)."""
        from PySide6.QtTest import QTest

        for character in text:
            QTest.keyClicks(self.app.focusWidget(), character)
            self.count += 1
            self.app.processEvents()  # a person's keys reach an event loop between them

    def press(self, key: Any, modifier: Any = None) -> None:
        """Press one key (with a modifier held: still one key press)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(self.app.focusWidget(), key, modifier or Qt.KeyboardModifier.NoModifier)
        self.count += 1
        self.app.processEvents()

    def settle(self) -> None:
        """Let the window answer: every database job done and shown."""
        from PySide6.QtTest import QTest

        QTest.qWait(5)
        while not self.ops.idle:
            QTest.qWait(5)
        QTest.qWait(5)


def _counts(rng: random.Random) -> tuple[int, int, int]:
    representatives = rng.randint(1, 12)
    women = rng.randint(0, representatives)
    return representatives, women, rng.randint(0, representatives - women)


def _check(stored: list[Any], expected: list[Any]) -> None:
    """The stored counts are the typed ones (order aside)."""
    key = repr
    if sorted(map(key, stored)) != sorted(map(key, expected)):
        missing = collections.Counter(map(key, expected)) - collections.Counter(map(key, stored))
        extra = collections.Counter(map(key, stored)) - collections.Counter(map(key, expected))
        raise SystemExit(f"stored counts differ: typed but not stored {dict(missing)}, "
                         f"stored but not typed {dict(extra)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organizations", type=int, default=40)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from lookingbeyond_desktop.demo import generate
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops
    from lookingbeyond_desktop.ui.participants import REPRESENTATIVES

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    folder = Path(tempfile.mkdtemp()) / "data"
    print("building 300 demo organizations…", flush=True)
    with Store.open(folder) as store:
        generate(store, organizations=300, seed=7)
    store = Store.open(folder)
    ops = Ops(store)
    window = MainWindow(ops, QSettings())
    window.resize(1024, 600)
    window.show()
    keys = Keyboard(app, ops)
    keys.settle()
    rng = random.Random(args.seed)
    n = args.organizations
    with store.engine.connect() as connection:
        names = [row[0] for row in connection.execute(text(
            "SELECT name FROM organizations WHERE deleted = 0 ORDER BY rid"))]

    def new_activity(title: str) -> Any:
        window.new_activity_action.trigger()
        editor = window.activities.editor
        editor.form.set_value("title", title)
        editor.form.set_value("start_date", "2010-10-04")
        editor.form.set_value("country", "KE")
        window.save_action.trigger()
        keys.settle()
        editor.tabs.setCurrentIndex(1)
        keys.settle()
        return editor

    def stored(activity_id: str) -> list[tuple[int, int | None, int | None]]:
        with store.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(
                "SELECT representatives, women, men FROM participations "
                "WHERE activity_id = :a AND deleted = 0"), {"a": activity_id})]

    results: list[tuple[str, int, int, float]] = []

    # 1. paste names, type the three counts per row
    editor = new_activity("Bench: paste names, type counts")
    chosen = rng.sample(names, n)
    app.clipboard().setText("\n".join(chosen) + "\n")
    grid = editor.grid
    grid.setFocus()
    keys.count = 0
    started = time.perf_counter()
    keys.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    keys.settle()
    grid.go_to(0, REPRESENTATIVES)  # where the paste leaves the cursor
    expected = []
    for _row in range(grid.model().rowCount()):
        representatives, women, men = _counts(rng)
        expected.append((representatives, women, men))
        keys.type(str(representatives))
        keys.press(Qt.Key.Key_Tab)
        keys.type(str(women))
        keys.press(Qt.Key.Key_Tab)
        keys.type(str(men))
        keys.press(Qt.Key.Key_Return)
    keys.settle()
    seconds = time.perf_counter() - started
    _check(stored(editor.activity_id), expected)
    results.append(("paste names, type representatives, women, men", n, keys.count, seconds))

    # 2. look up by a word, tick with Space, add with Ctrl+Enter, type representatives
    editor = new_activity("Bench: look up, tick, add")
    panel = editor.participants_panel
    words = collections.Counter(
        word.lower() for name in names for word in set(name.split()) if len(word) >= 5
        and word.isalpha())
    keys.count = 0
    started = time.perf_counter()
    added = 0
    for word, _count in words.most_common():
        if added >= n:
            break
        keys.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "Loo&k up"
        if not panel.search.hasFocus():
            raise SystemExit("Alt+K did not reach the look-up box")
        keys.type(word[:5])
        keys.settle()
        keys.press(Qt.Key.Key_Down)
        results_list = panel.results
        present = {p["organization_id"] for p in editor.participants}
        ticked = 0
        wanted = [row for row in range(results_list.count())
                  if results_list.item(row).data(Qt.ItemDataRole.UserRole)[1] is None
                  and results_list.item(row).data(Qt.ItemDataRole.UserRole)[0] not in present]
        wanted = wanted[: n - added]
        for row in range(wanted[-1] + 1 if wanted else 0):
            if row in wanted:
                keys.press(Qt.Key.Key_Space)
                ticked += 1
            if row < wanted[-1]:
                keys.press(Qt.Key.Key_Down)
        if ticked:
            keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            keys.settle()
            added += ticked
        else:
            panel.search.clear()
    grid = editor.grid
    grid.setFocus()
    keys.press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _step in range(REPRESENTATIVES):
        keys.press(Qt.Key.Key_Right)
    expected_reps = []
    for _row in range(grid.model().rowCount()):
        representatives = rng.randint(1, 12)
        expected_reps.append(representatives)
        keys.type(str(representatives))
        keys.press(Qt.Key.Key_Return)
    keys.settle()
    seconds = time.perf_counter() - started
    assert sorted(r for r, _w, _m in stored(editor.activity_id)) == sorted(expected_reps)
    results.append(("look up a word, tick with Space, Ctrl+Enter, type representatives",
                    len(expected_reps), keys.count, seconds))

    # 3. paste names with their counts
    editor = new_activity("Bench: paste names with counts")
    chosen = rng.sample(names, n)
    rows = [(name, *_counts(rng)) for name in chosen]
    app.clipboard().setText("\n".join("\t".join(map(str, row)) for row in rows) + "\n")
    editor.grid.setFocus()
    keys.count = 0
    started = time.perf_counter()
    keys.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    keys.settle()
    seconds = time.perf_counter() - started
    _check(stored(editor.activity_id), [row[1:] for row in rows])
    results.append(("paste names with representatives, women, men", n, keys.count, seconds))

    print(f"{n}-organization event, window 1024x600, {os.cpu_count()} cores")
    for label, organizations, count, seconds in results:
        print(f"  {label}: {organizations} organizations, {count} keystrokes "
              f"({count / organizations:.2f} per organization), {seconds:.1f} s")
    window.undo_stack.clear()
    ops.shutdown()
    store.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
