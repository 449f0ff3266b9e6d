"""The labelled pairs (tests/data/duplicates_labelled.json) meet the precision and recall
the issue asks for, on the half that was not used to choose the rules and threshold."""

from __future__ import annotations

from lookingbeyond_desktop.domain.matching import THRESHOLD
from lookingbeyond_desktop.store import Store
from tests.data.labelled import labelled, score_half


def test_labelled_set_is_large_and_mostly_across_scripts() -> None:
    """At least 300 pairs, a third across scripts, with look-alike non-duplicates."""
    pairs = labelled("tune") + labelled("test")
    assert len(pairs) >= 300
    assert sum(p["across_scripts"] for p in pairs) >= len(pairs) / 3
    kinds = {p["kind"] for p in pairs if not p["duplicate"]}
    assert {"chapters", "chapters_script", "same_acronym"} <= kinds


def test_test_half_precision_and_recall(store: Store) -> None:
    """Scanning the test half's records as `lookingbeyond duplicates` does reports its
    duplicate pairs with precision ≥ 0.95 and recall ≥ 0.85 at the shipped threshold."""
    scores = score_half(store, "test", min_score=THRESHOLD)
    wrong = [(p["a"]["name"], p["b"]["name"]) for p in scores.wrong]
    assert scores.precision >= 0.95, wrong
    assert scores.recall >= 0.85, [(p["a"]["name"], p["b"]["name"]) for p in scores.misses]
