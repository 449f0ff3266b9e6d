"""Property: whatever four replicas do offline, in any order of syncs, with replies lost,
and with round trips by file (issue 16) carried in any order, twice or never, they all end
with headquarters' state, and no acknowledged edit disappears silently."""

from __future__ import annotations

import os
from pathlib import Path
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
        # Erasure (issue 13): a device changes a person's phone; headquarters erases a person.
        st.tuples(st.just("person"), st.integers(0, DEVICES - 1), st.integers(0, 1)),
        st.tuples(st.just("erase"), st.integers(0, 1)),
        # Sync by file (issue 16): a device writes a file; headquarters imports one of the
        # files in transit (any, one imported before included); a device reads one of the
        # replies in transit (any, one read before included). What is never carried is lost.
        st.tuples(st.just("file"), st.integers(0, DEVICES - 1)),
        st.tuples(st.just("carry"), st.integers(0, 15)),
        st.tuples(st.just("reply"), st.integers(0, 15)),
    ),
    # At least 8 steps (4 before files): a round trip by file takes three, among edits and
    # syncs; the run's time stays about the same (an example's time is mostly its setup).
    min_size=8,
    max_size=30,
)


@settings(max_examples=int(os.environ.get("LBD_PROPERTY_EXAMPLES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(script=steps)
# Two offices delete a record, a third restores it: the second delete loses to the first
# (same value, no conflict), the first to the restore (a conflict holding "deleted").
@example(script=[("delete", 3, 3), ("delete", 2, 3), ("delete", 0, 3), ("restore", 3, 3)])
# Two offices delete a record; one syncs, then restores it: the other's delete (the same
# value, older, kept as one with it at headquarters) is undone with its own, knowingly.
@example(script=[("delete", 0, 1), ("delete", 3, 1), ("sync", 3, False), ("restore", 3, 1)])
# By file: two files before any reply, imported newest first, then the older (its change
# held: the log does not grow) and the newer again; the replies read in another order,
# one twice, around a network sync and an edit made meanwhile.
@example(script=[("edit", 0, 0, "phone", "A"), ("file", 0), ("edit", 0, 1, "notes", "B"),
                 ("file", 0), ("edit", 1, 0, "phone", "C"), ("sync", 1, False), ("carry", 1),
                 ("carry", 0), ("carry", 1), ("reply", 2), ("edit", 0, 0, "acronym", "D"),
                 ("reply", 0), ("reply", 0), ("sync", 0, True), ("reply", 1), ("reply", 2)])
# A person's phone changed on two laptops (one sent, one not, one reply lost), then erased;
# the laptop that had not sent changes it again before it hears of the erasure.
@example(script=[("person", 0, 0), ("sync", 0, False), ("person", 1, 0), ("sync", 2, True),
                 ("erase", 0), ("person", 1, 0), ("file", 1), ("sync", 3, False), ("carry", 0),
                 ("reply", 0), ("person", 2, 0), ("sync", 1, False)])
@pytest.mark.slow
def test_replicas_converge_and_keep_every_acknowledged_edit(
        script: list[tuple[Any, ...]], replica_template: Path) -> None:
    """Random edits, deletes, restores, creations and syncs (some replies lost) on four
    replicas, people's phones changed and people erased at headquarters, and round trips by file (files imported and replies read in any order, again,
    or never): after everyone syncs, all replicas equal headquarters, and every acknowledged
    edit is the current value, or a recorded conflict, or was overwritten by someone who had
    seen it, or belonged to a person since erased, of whom nothing is left in any file of
    headquarters or of a replica (invariant 13); along the way a reply read again changes nothing, reading a reply never moves
    the cursor or the acknowledgement back, and a file of changes headquarters holds adds
    nothing to its log."""
    play(script, replica_template)
