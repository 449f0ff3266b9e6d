"""A push's pending changes grouped by row (``sync.replica._coalesce``): what each row sends.

The grouping has a quick path for the change that every first push is made of (a new row:
no fields named, no base); these tests pin that it groups exactly as the rule says for any
mix of new rows, edits and bases, stored as JSON text or as read."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sync.replica import _coalesce

ROWS = st.sampled_from([("organizations", "o1"), ("organizations", "o2"), ("contacts", "c1")])
FIELDS = st.sampled_from(["name", "country", "email"])


@st.composite
def changes(draw: Any) -> list[tuple[int, str, str, Any, Any]]:
    """Pending changes in sequence order: a new row (fields None) or an edit of some fields,
    each with or without a base (``"*"`` the row's, a field's own), as text or as read."""
    found = []
    for seq in range(1, draw(st.integers(0, 12)) + 1):
        table, row_id = draw(ROWS)
        fields = None if draw(st.booleans()) else sorted(draw(st.sets(FIELDS, min_size=1)))
        base = draw(st.none() | st.dictionaries(st.sampled_from(["*", "name", "country", "email"]),
                                                st.text(max_size=3), max_size=3))
        as_text = draw(st.booleans())
        found.append((seq, table, row_id,
                      json.dumps(fields) if as_text and fields is not None else fields,
                      json.dumps(base) if as_text and base is not None else base))
    return found


def _expected(pending: list[tuple[int, str, str, Any, Any]]) -> dict[tuple[str, str], tuple[Any, ...]]:
    """The rule, written plainly: a row sends every field once any of its changes is new (or
    names no fields), else the fields its changes name; a field's base is the one its first
    naming change carried, the row's base that of its first change."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for seq, table, row_id, fields, base in pending:
        fields = json.loads(fields) if isinstance(fields, str) else fields
        base = (json.loads(base) if isinstance(base, str) else base) or {}
        row = rows.setdefault((table, row_id), {"first": seq, "whole": False, "fields": [], "bases": {},
                                                 "row_base": base.get("*")})
        if fields is None:
            row["whole"] = True
        for name in fields or []:
            if name not in row["fields"]:
                row["fields"].append(name)
                if name in base:
                    row["bases"][name] = base[name]
    return {key: (row["first"], None if row["whole"] else set(row["fields"]),
                  {} if row["whole"] else row["bases"], row["row_base"])
            for key, row in rows.items()}


@given(changes())
def test_changes_group_by_row_as_the_rule_says(pending: list[tuple[int, str, str, Any, Any]]) -> None:
    """Any mix of new rows and edits groups into the rows in the order of their first change,
    each with its first sequence number, its fields (None: every field) and their bases."""
    grouped = _coalesce(pending)
    expected = _expected(pending)
    assert list(grouped) == list(expected)
    for key, pending_row in grouped.items():
        first, fields, bases, row_base = expected[key]
        assert pending_row.first_seq == first
        assert pending_row.fields == fields
        assert pending_row.row_base == row_base
        if fields is not None:
            assert pending_row.bases == bases


def test_an_edit_then_a_new_row_sends_every_field() -> None:
    """A row edited, then written whole (fields None, no base: the quick path), is sent
    whole; its first change still names where it starts."""
    grouped = _coalesce([(1, "organizations", "o1", '["name"]', '{"name": "v1"}'),
                         (2, "organizations", "o1", None, None)])
    assert grouped[("organizations", "o1")].fields is None
    assert grouped[("organizations", "o1")].first_seq == 1
