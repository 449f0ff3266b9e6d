"""The labelled pairs of duplicates_labelled.json, scored through a real Store: every record
of a half is written to one replica and the whole registry scanned as
``lookingbeyond duplicates`` does (blocking included), then each labelled pair is looked up
among the pairs found.  Shared by tests/store/test_duplicates_labelled.py and
bench/bench_duplicates.py."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.duplicates import duplicate_pairs

LABELLED = Path(__file__).with_name("duplicates_labelled.json")
_FIELDS = ("name", "aliases", "acronym", "country", "cities", "email", "phone", "website")


@dataclass(frozen=True)
class Scores:
    """Precision and recall of one half at one threshold."""

    pairs: int
    true_positives: int
    false_positives: int
    false_negatives: int
    misses: list[dict[str, Any]]
    wrong: list[dict[str, Any]]

    @property
    def precision(self) -> float:
        """Share of the pairs reported that are duplicates."""
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of the duplicates that are reported."""
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def labelled(split: str) -> list[dict[str, Any]]:
    """The pairs of one half ("tune" or "test")."""
    pairs = json.loads(LABELLED.read_text(encoding="utf-8"))
    return [pair for pair in pairs if pair["split"] == split]


def score_half(store: Store, split: str, *, min_score: float) -> Scores:
    """Write the half's records to ``store`` (empty) and score the registry scan."""
    pairs = labelled(split)
    ids: list[tuple[str, str]] = []
    with store.write(author="labelled") as writer:
        for pair in pairs:
            a, b = (writer.create("organizations", {f: side[f] for f in _FIELDS if f in side})
                    for side in (pair["a"], pair["b"]))
            ids.append((a, b))
    with store.engine.connect() as connection:
        found = {frozenset((p.keep, p.other)) for p in duplicate_pairs(connection,
                                                                        min_score=min_score)}
    tp = fp = fn = 0
    misses: list[dict[str, Any]] = []
    wrong: list[dict[str, Any]] = []
    for pair, (a, b) in zip(pairs, ids):
        reported = frozenset((a, b)) in found
        if reported and pair["duplicate"]:
            tp += 1
        elif reported:
            fp += 1
            wrong.append(pair)
        elif pair["duplicate"]:
            fn += 1
            misses.append(pair)
    return Scores(len(pairs), tp, fp, fn, misses, wrong)
