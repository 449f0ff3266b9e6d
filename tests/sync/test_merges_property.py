"""Property (merges, issue 14): four replicas edit, delete, create, merge organizations and
add contacts offline, in any order of syncs, with replies lost: they all end with
headquarters' state, no acknowledged edit disappears silently, and no reference anywhere
points to a merged-away record.  (tests/sync/test_convergence_property.py holds restores;
a restore racing a merge is a known open case: docs/testing.md.)"""

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
        st.tuples(st.just("create"), st.integers(0, DEVICES - 1)),
        st.tuples(st.just("sync"), st.integers(0, DEVICES - 1), st.booleans()),
        # Merges (issue 14): one organization into another, and contacts made offline of
        # organizations that may be merged away meanwhile.
        st.tuples(st.just("merge"), st.integers(0, DEVICES - 1), st.integers(0, 5), st.integers(0, 5)),
        st.tuples(st.just("contact"), st.integers(0, DEVICES - 1), st.integers(0, 5)),
    ),
    min_size=4,
    max_size=30,
)


@settings(max_examples=int(os.environ.get("LBD_PROPERTY_EXAMPLES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(script=steps)
# Merges crossing: 1 into 0 on one laptop, 0 into 1 on another (headquarters refuses the
# second: it would come back to itself), with a contact of 1 made offline on a third.
@example(script=[("contact", 2, 1), ("merge", 0, 0, 1), ("merge", 1, 1, 0), ("sync", 0, False),
                 ("sync", 1, False), ("sync", 2, True)])
@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("LOOKINGBEYOND_TEST_MERGE_PROPERTY") != "1",
                    reason="opt-in while it still finds cases to understand (docs/testing.md): "
                    "LOOKINGBEYOND_TEST_MERGE_PROPERTY=1")
def test_merges_converge_and_leave_no_reference_to_a_merged_away_record(script: list[tuple[Any, ...]]) -> None:
    """Random edits, deletes, creations, merges, contacts and syncs (some replies
    lost) on four replicas: after everyone syncs (and gives up, as a person would, what
    headquarters refused), all replicas equal headquarters, every acknowledged edit is the
    current value, or a recorded conflict, or was overwritten by someone who had seen it, and
    no reference points to a merged-away organization."""
    play(script)
