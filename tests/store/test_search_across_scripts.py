"""Search finds Arabic names from a Latin spelling with vowels, and words inside Chinese
names from their pinyin."""

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


def test_pinyin_finds_a_word_inside_a_chinese_name(store: Store) -> None:
    """"fanfubai" (反腐败, anti-corruption) finds 高雄反腐败协会 though it is inside the
    name, as it is typed ("fanfub"), and with the other words ("gaoxiong xiehui"); a Latin
    word that happens to be pinyin still finds its Latin names."""
    make_org(store, name="高雄反腐败协会", country="TW")
    make_org(store, name="北京禁毒志愿者协会", country="CN")
    make_org(store, name="Banana Growers' Cooperative", country="UG")
    assert names(store, "fanfubai") == ["高雄反腐败协会"]
    assert names(store, "fanfub") == ["高雄反腐败协会"]
    assert names(store, "gaoxiong xiehui") == ["高雄反腐败协会"]
    assert sorted(names(store, "xiehui")) == ["北京禁毒志愿者协会", "高雄反腐败协会"]
    assert names(store, "jindu") == ["北京禁毒志愿者协会"]
    assert names(store, "banana") == ["Banana Growers' Cooperative"]


def test_an_english_word_that_is_also_pinyin_finds_only_its_latin_names(store: Store) -> None:
    """Words like "women", "land" or "anti" cut into pinyin syllables: they are read as
    pinyin only when they find nothing otherwise, so a Chinese name never comes before (or
    among) the Latin names they find; a word finding nothing in Latin still finds the
    Chinese name ("lande" for 兰德)."""
    make_org(store, name="我们的家园环保协会", country="CN")
    make_org(store, name="Women's Rights Kenya", country="KE")
    make_org(store, name="兰德研究中心", country="CN")
    make_org(store, name="Land Alliance", country="KE")
    assert names(store, "women") == ["Women's Rights Kenya"]
    assert names(store, "land") == ["Land Alliance"]
    assert names(store, "lande") == ["兰德研究中心"]
    assert names(store, "women rights") == ["Women's Rights Kenya"]


def test_a_latin_spelling_finds_an_arabic_word_with_its_article_or_a_doubled_letter(store: Store) -> None:
    """"nazaha" finds النزاهة inside "مركز الشفافية والنزاهة" (joined "wa-al"), and
    "shafafiya" finds للشفافية (Arabic writes its two f's, a Latin spelling often one)."""
    make_org(store, name="مركز الشفافية والنزاهة", country="AE")
    make_org(store, name="جمعية للشفافية", country="MA")
    assert names(store, "nazaha") == ["مركز الشفافية والنزاهة"]
    assert sorted(names(store, "shafafiya")) == ["جمعية للشفافية", "مركز الشفافية والنزاهة"]


def test_skeletons_are_arabic_transliterations() -> None:
    """The skeleton is what anyascii writes for the Arabic word."""
    assert consonant_skeleton("markaz") == "mrkz"
    assert consonant_skeleton("Transparency") == "trnsbrnsy"
    assert consonant_skeleton("Mohammed") == "mhmd"


def test_default_query_is_unchanged() -> None:
    """Without across_scripts the query is exactly the old one."""
    assert match_query("Transparencia mex") == '"transparencia"* "mex"*'
    assert match_query("markaz", across_scripts=True) == '("markaz"* OR "mrkz"* OR "lmrkz"*)'
    assert match_query("fanfubai", across_scripts=True) == '("fanfubai"* OR "fnfb"* OR "lfnfb"*)'
    assert match_query("fanfubai", across_scripts=True, pinyin=True) == (
        '("fanfubai"* OR "fnfb"* OR "lfnfb"* OR "fan fu bai"*)')


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_is_a_valid_query(typed: str) -> None:
    """Whatever is typed, the across-scripts query parses in FTS5 (no operator gets in)."""
    import sqlite3

    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    for pinyin in (False, True):
        query = match_query(typed, across_scripts=True, pinyin=pinyin)
        if query is None:
            return
        connection.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()
