"""A body's JSON (sync.wire.body_json): orjson writes exactly the text the json module writes
(``json_bytes``) for every document the protocol makes, and the json module writes what
orjson refuses (a lone surrogate neither writes as UTF-8: no body carries one), so a body
reads back as the document either way."""

from __future__ import annotations

import gzip
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sync.wire import body_json, decode_body, encode_body, json_bytes, json_size

# What the protocol's documents hold: text (any character, control characters and those
# beyond the basic plane included), integers within 64 bits, booleans, nulls, lists and
# objects with text keys.
protocol_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.text(alphabet=st.characters(exclude_categories=("Cs",))),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30)


@given(protocol_values)
def test_orjson_writes_the_json_modules_text(document: Any) -> None:
    """For any document of the protocol's values the body's text is byte for byte the json
    module's compact text, and the body reads back as the document."""
    assert body_json(document) == json_bytes(document)
    assert decode_body(encode_body(document)) == document


@given(st.recursive(
    st.integers() | st.text() | st.none(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.integers() | st.text(max_size=4), inner,
                                                                max_size=3),
    max_leaves=12))
def test_what_orjson_refuses_the_json_module_writes(document: Any) -> None:
    """Integers beyond 64 bits and keys that are no text: the json module's text, as
    before."""
    assert body_json(document) == json_bytes(document)


def test_a_body_is_gzip_of_that_text() -> None:
    """encode_body is gzip of body_json's text; a large integer goes through the json
    module and reads back."""
    document = {"n": 2**70, "rows": [[1, None, True, "é"]]}
    assert gzip.decompress(encode_body(document)) == json_bytes(document)
    assert json.loads(gzip.decompress(encode_body(document))) == document


@given(st.one_of(protocol_values, st.recursive(
    st.integers() | st.text() | st.none() | st.booleans(),
    lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner)
    | st.dictionaries(st.integers() | st.text(max_size=4), inner, max_size=3),
    max_leaves=12)))
def test_a_rows_size_is_the_json_modules(document: Any) -> None:
    """What a device counts of a row to cut its push batches (wire.json_size) is the UTF-8
    length of the json module's text with its default separators, for any document of the
    protocol's values, and for what orjson refuses (integers beyond 64 bits, keys that are
    no text) or writes as a list (tuples)."""
    assert json_size(document) == len(json.dumps(document, ensure_ascii=False).encode("utf-8"))


class _Values(list):  # type: ignore[type-arg]
    """A list of another class, as a library might hand one."""


def test_a_size_counts_lists_of_other_classes() -> None:
    """A list or an object of a subclass (written as one by both) counts its separators."""
    document = {"a": _Values(["x", "y", "z"]), "b": (1, [2, 3])}
    assert json_size(document) == len(json.dumps(document, ensure_ascii=False).encode("utf-8"))

