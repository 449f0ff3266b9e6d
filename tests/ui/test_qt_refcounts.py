"""The Qt binding keeps Python's reference counts straight (PySide6 6.12 on Python 3.11 does not)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_do_not_consume_references_to_none(qapp: QApplication) -> None:
    """Thousands of Qt calls returning None leave None's reference count where it was.

    PySide6 6.12 on Python 3.11 loses one reference per call and the interpreter aborts
    with "deallocating None" after a few thousand: the pinned version must not.
    """
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
        qapp.processEvents()
    assert abs(sys.getrefcount(None) - before) < 100
