"""Measuring how long the GUI thread was kept from its event loop (tests and benchmark)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer


class Heartbeat(QObject):
    """Beats every ``interval`` ms on the GUI thread; ``gaps`` are the ms between beats.

    A gap much longer than the interval means the GUI thread was busy (blocked) that long.
    """

    def __init__(self, *, interval: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(interval)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        """Start measuring (forgets earlier gaps)."""
        self.gaps.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        """Stop measuring."""
        self._timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    @property
    def worst(self) -> float:
        """The longest gap seen, in ms."""
        return max(self.gaps, default=0.0)
