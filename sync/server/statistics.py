"""PostgreSQL's statistics of headquarters' tables kept up with a large push.

PostgreSQL chooses how to run a query from each table's statistics, which autovacuum
refreshes a minute or more after a table has grown.  A device's first push grows
``records`` from nothing to hundreds of thousands of rows in half a minute, and with the
statistics of an empty table the planner estimated that one table's records were a few
thousand: the push's lookups of 500 ids (``service._stored_records``) scanned every record
of the table instead of probing the primary key, 38 ms a query instead of 3, a third of a
first push's time on PostgreSQL (docs/benchmarks-sync.md, Scenario B, ninth session).

So after a push that created, since the tables were last analysed, at least half as many
records as they then held (and at least ``ANALYZE_FROM_ROWS``), the round trip analyses
``records``, ``ref_lists`` and ``changelog``, once its push has committed and outside the counter
lock: other devices' round trips go on meanwhile.  About eight times during a region's first
push of 30 batches (the table grows by half between two), never for the day's small pushes.  SQLite's
planner does not work from such statistics (it prefers the indexes without them): nothing
is done there.  An ANALYZE that fails is logged and forgotten: the push is committed, and
its answer goes out as it would have.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from sync.server.database import PerEngine

log = logging.getLogger("lookingbeyond.server")

# Fewer new records than this never make a round trip analyse (a day's pushes are tens).
ANALYZE_FROM_ROWS = 5_000
ANALYZED = ("records", "ref_lists", "changelog")


class TableStatistics:
    """Counts the records pushes create through one engine (a serve process) and analyses
    the tables when they have grown by half (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: float | None = None  # records at the last analysis (pg_class), once read
        self._since = 0  # records created since then, by this process
        self._running = False

    def created(self, engine: Engine, rows: int) -> bool:
        """Note ``rows`` records created by a committed push; analyse the tables if they have
        grown enough.  Returns whether they were analysed by this call."""
        if rows <= 0 or engine.dialect.name != "postgresql":
            return False
        with self._lock:
            self._since += rows
            if self._running or self._since < ANALYZE_FROM_ROWS:
                return False
            self._running = True
        try:
            if self._held is None:
                self._held = self._estimate(engine)
            if self._since < max(ANALYZE_FROM_ROWS, self._held / 2):
                return False
            with engine.begin() as connection:
                for table in ANALYZED:
                    connection.exec_driver_sql(f"ANALYZE {table}")
            with self._lock:
                self._since = 0
            self._held = self._estimate(engine)
            return True
        except SQLAlchemyError as error:
            log.warning("could not analyse headquarters' tables after a large push: %s",
                        type(error).__name__)
            return False
        finally:
            with self._lock:
                self._running = False

    @staticmethod
    def _estimate(engine: Engine) -> float:
        """The records PostgreSQL's statistics count (0 for a table never analysed: -1)."""
        with engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE oid = 'records'::regclass").scalar()
        return max(float(found or 0), 0.0)


# The one TableStatistics of an engine (a SyncService is made per request).
for_engine: PerEngine[TableStatistics] = PerEngine(TableStatistics)
