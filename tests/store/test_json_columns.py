"""The local store's JSON columns (lists, versions) are read by orjson where it can, by the
json module where orjson refuses the text: the same value either way, whatever the text
holds (``sync.wire.json_loads``, the store's engine's JSON reader)."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sync.wire import json_loads as _json_loads

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20)


@given(json_values)
def test_a_column_reads_back_as_the_json_module_reads_it(value: Any) -> None:
    """Any value the store writes (the json module's text, ``ensure_ascii`` off), integers
    beyond 64 bits and lone surrogates included, reads back as the json module reads it."""
    text = json.dumps(value, ensure_ascii=False)
    assert _json_loads(text) == json.loads(text)


def test_what_orjson_refuses_is_read_by_the_json_module() -> None:
    """Text orjson refuses (a big integer, NaN, a lone surrogate's escape) is still read."""
    assert _json_loads("[18446744073709551616]") == [2**64]
    assert math.isnan(_json_loads("NaN"))
    assert _json_loads('["\\ud800"]') == ["\ud800"]
    assert _json_loads('{"a": ["x", "y"]}') == {"a": ["x", "y"]}
