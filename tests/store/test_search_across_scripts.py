"""Search finds Arabic names from a Latin spelling with vowels (query side only)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lookingbeyond_desktop.domain.textsearch import consonant_skeleton, match_query
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.search import search_organizations
from tests.conftest import make_org


def names(store: Store, typed: str) -> list[str]:
    """Names of the organizations a search returns."""
    with store.engine.connect() as connection:
        return [hit.name for hit in search_organizations(connection, typed)]


def test_latin_spelling_finds_arabic(store: Store) -> None:
    """'markaz', 'Markaz al-Quds' and 'transparency maghreb' find the Arabic names."""
    make_org(store, name="مركز القدس للدراسات", country="PS")
    make_org(store, name="ترانسبرانسي المغرب", country="MA")
    make_org(store, name="Centre for Integrity", country="KE")
    assert names(store, "markaz") == ["مركز القدس للدراسات"]
    assert names(store, "Markaz al-Quds") == ["مركز القدس للدراسات"]
    assert names(store, "transparency maghreb") == ["ترانسبرانسي المغرب"]
    assert names(store, "centre") == ["Centre for Integrity"]
    assert names(store, "markaz integrity") == []  # every word must still match


def test_skeletons_are_arabic_transliterations() -> None:
    """The skeleton is what anyascii writes for the Arabic word."""
    assert consonant_skeleton("markaz") == "mrkz"
    assert consonant_skeleton("Transparency") == "trnsbrnsy"
    assert consonant_skeleton("Mohammed") == "mhmd"


def test_default_query_is_unchanged() -> None:
    """Without across_scripts the query is exactly the old one."""
    assert match_query("Transparencia mex") == '"transparencia"* "mex"*'
    assert match_query("markaz", across_scripts=True) == '("markaz"* OR "mrkz"* OR "lmrkz"*)'


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_is_a_valid_query(typed: str) -> None:
    """Whatever is typed, the across-scripts query parses in FTS5 (no operator gets in)."""
    import sqlite3

    query = match_query(typed, across_scripts=True)
    if query is None:
        return
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    connection.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()
