"""Folding text for search, identically for stored text and queries."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lookingbeyond_desktop.domain.textsearch import arabic_stem, fold, match_query, transliterate


def test_fold_removes_case_accents_and_arabic_variants() -> None:
    """Case, Latin accents, harakat, hamza carriers, ta marbuta and tatweel all fold away."""
    assert fold("Transparéncia ÇA") == "transparencia ca"
    assert fold("الرَّشْوَة") == fold("الرشوه")
    assert fold("أمل") == fold("امل") == fold("إمل")
    assert fold("مـكـافـحـة") == fold("مكافحة")


def test_han_characters_become_separate_tokens() -> None:
    """Each Chinese character is its own token so that part of a name can be found."""
    assert fold("透明国际").split() == ["透", "明", "国", "际"]


def test_match_query_prefixes_every_word_and_phrases_han() -> None:
    """Every word must match as a prefix; consecutive Han characters must be adjacent."""
    assert match_query("Transparencia mex") == '"transparencia"* "mex"*'
    assert match_query("透明国际 TI") == '"透 明 国 际"* "ti"*'
    assert match_query("  ...  ") is None


def test_transliteration_only_for_other_scripts() -> None:
    """ASCII names need no transliteration; Cyrillic gets a Latin form."""
    assert transliterate("Transparency") == ""
    assert transliterate("Москва") == "Moskva"


@given(st.text(max_size=60))
def test_match_query_quotes_every_term(typed: str) -> None:
    """Whatever is typed, the query is only quoted terms with stars: no operator gets through."""
    query = match_query(typed)
    if query is None:
        return
    for term in query.split('"*'):
        term = term.strip()
        if term:
            assert term.startswith('"') and '"' not in term[1:]


@given(st.text(max_size=60))
def test_fold_is_idempotent(text: str) -> None:
    """Folding folded text changes nothing (stored and typed text meet in one form)."""
    once = fold(text)
    assert fold(once).split() == once.split()


def test_arabic_stem_drops_joined_articles_and_particles_only_from_long_words() -> None:
    """Article and particles come off; short words keep every letter."""
    assert arabic_stem("للشفافيه") == "شفافيه"
    assert arabic_stem("والرشوه") == "رشوه"
    assert arabic_stem("الرباط") == "رباط"
    assert arabic_stem("لبن") == "لبن"
    assert arabic_stem("transparency") == "transparency"
