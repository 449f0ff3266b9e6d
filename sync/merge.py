"""Field-level merge rules, decided by headquarters for every pushed field.

Each pushed field carries its value, its version (hybrid logical clock + device) and its
*base*: the version of the field the device had when it made the edit.  If the base is the
field's current version, the device saw the latest value: the edit applies.  Otherwise the
two writes were concurrent: the greater version wins (deterministic everywhere), and the
other value is kept as a conflict that a person can review and reverse.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from sync.hlc import version_device


class Outcome(str, Enum):
    """What happens to one pushed field."""

    APPLY = "apply"  # the pushed value becomes the field's value
    KEEP = "keep"  # the current value stays (the pushed one lost a concurrent write)
    DUPLICATE = "duplicate"  # this exact write was applied before (a retried push)


@dataclass(frozen=True, slots=True)
class Current:
    """A field as headquarters holds it."""

    value: Any
    version: str


@dataclass(frozen=True, slots=True)
class Pushed:
    """A field as a device pushes it."""

    value: Any
    version: str
    base: str | None


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one field, and whether a conflict must be recorded."""

    outcome: Outcome
    conflict: bool = False


def decide(current: Current | None, pushed: Pushed) -> Decision:
    """The merge rule for one field."""
    if current is None:
        return Decision(Outcome.APPLY)
    if pushed.version == current.version:
        return Decision(Outcome.DUPLICATE)
    if pushed.base == current.version:
        return Decision(Outcome.APPLY)
    if pushed.version > current.version and version_device(pushed.version) == version_device(current.version):
        # The device's own earlier write (its reply was lost before the device learnt that
        # headquarters had it, so the base is older): a device's later write has seen its
        # earlier one; not a conflict with itself.
        return Decision(Outcome.APPLY)
    if pushed.value == current.value:
        # Concurrent writes of the same value: nothing to review; the greater version stays.
        return Decision(Outcome.APPLY if pushed.version > current.version else Outcome.KEEP)
    if pushed.version > current.version:
        return Decision(Outcome.APPLY, conflict=True)
    return Decision(Outcome.KEEP, conflict=True)
