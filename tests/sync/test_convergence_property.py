"""Property: whatever four replicas do offline, in any order of syncs, with replies lost,
they all end with headquarters' state, and no acknowledged edit disappears silently."""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.sync.replicas_play import DEVICES, FIELDS, play

steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, DEVICES - 1), st.integers(0, 3),
                  st.sampled_from(FIELDS), st.sampled_from(["A", "B", "C", "D", ""])),
        st.tuples(st.just("delete"), st.integers(0, DEVICES - 1), st.integers(0, 3)),
        st.tuples(st.just("restore"), st.integers(0, DEVICES - 1), st.integers(0, 3)),
        st.tuples(st.just("create"), st.integers(0, DEVICES - 1)),
        st.tuples(st.just("sync"), st.integers(0, DEVICES - 1), st.booleans()),
    ),
    min_size=4,
    max_size=30,
)


@settings(max_examples=int(os.environ.get("LBD_PROPERTY_EXAMPLES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(script=steps)
# Two offices delete a record, a third restores it: the second delete loses to the first
# (same value, no conflict), the first to the restore (a conflict holding "deleted").
@example(script=[("delete", 3, 3), ("delete", 2, 3), ("delete", 0, 3), ("restore", 3, 3)])
# Two offices delete a record; one syncs, then restores it: the other's delete (the same
# value, older, kept as one with it at headquarters) is undone with its own, knowingly.
@example(script=[("delete", 0, 1), ("delete", 3, 1), ("sync", 3, False), ("restore", 3, 1)])
@pytest.mark.slow
def test_replicas_converge_and_keep_every_acknowledged_edit(script: list[tuple[Any, ...]]) -> None:
    """Random edits, deletes, restores, creations and syncs (some replies lost) on four
    replicas: after everyone syncs, all replicas equal headquarters, and every acknowledged
    edit is the current value, or a recorded conflict, or was overwritten by someone who had
    seen it."""
    play(script)
