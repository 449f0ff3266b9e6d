"""Full-text search finds organizations as people type them, in any script."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.search import search_organizations
from tests.conftest import make_org


def names(store: Store, typed: str) -> list[str]:
    """Names of the organizations a search returns."""
    with store.engine.connect() as connection:
        return [hit.name for hit in search_organizations(connection, typed)]


@pytest.fixture
def registry(store: Store) -> Store:
    """A store with organizations named in several scripts."""
    make_org(store, name="Transparencia Mexicana", acronym="TM", cities="Ciudad de México")
    make_org(store, name="الجمعية المغربية لمحاربة الرشوة", country="MA", cities="الرباط")
    make_org(store, name="Центр «Трансперенси Интернешнл – Р»", country="RU", cities="Москва")
    make_org(store, name="透明国际中国联络处", country="CN", cities="北京")
    make_org(store, name="Vienna NGO Committee on Drugs", acronym="VNGOC", country="AT",
             aliases="Wiener NGO-Komitee", notes="Partner of Beyond 2008")
    return store


def test_accents_do_not_matter(registry: Store) -> None:
    """'transparéncia' (a typo'd accent) finds 'Transparencia'; so does 'TRANSPARENCIA'."""
    assert names(registry, "transparéncia") == ["Transparencia Mexicana"]
    assert names(registry, "TRANSPARENCIA") == ["Transparencia Mexicana"]
    assert names(registry, "mexico") == ["Transparencia Mexicana"]  # city "México"


def test_arabic_names_as_typed(registry: Store) -> None:
    """Arabic is found as typed: without hamza, with harakat, with ta marbuta written as ha."""
    expected = ["الجمعية المغربية لمحاربة الرشوة"]
    assert names(registry, "الجمعية") == expected
    assert names(registry, "المغربيه") == expected  # ة typed as ه
    assert names(registry, "الرَّشوة") == expected  # with shadda and fatha
    assert names(registry, "لمحاربة الرشوة") == expected
    assert names(registry, "الرباط") == expected  # city
    assert names(registry, "رشوة") == expected  # without the article
    assert names(registry, "والرشوة") == expected  # with "and the" joined


def test_arabic_joined_particles(store: Store) -> None:
    """"الشفافية" (the transparency) finds "للشفافية" (for the transparency), and back."""
    make_org(store, name="المركز الوطني للشفافية", country="JO")
    assert names(store, "الشفافية") == ["المركز الوطني للشفافية"]
    assert names(store, "شفافية") == ["المركز الوطني للشفافية"]
    assert names(store, "الوطني") == ["المركز الوطني للشفافية"]


def test_chinese_part_of_a_name(registry: Store) -> None:
    """A few characters from the middle of a Chinese name find it; characters out of order do not."""
    assert names(registry, "透明国际") == ["透明国际中国联络处"]
    assert names(registry, "中国") == ["透明国际中国联络处"]
    assert names(registry, "国中") == []


def test_cyrillic_and_transliteration(registry: Store) -> None:
    """Cyrillic as typed, and a Latin transliteration, both find the Russian chapter."""
    expected = ["Центр «Трансперенси Интернешнл – Р»"]
    assert names(registry, "трансперенси") == expected
    assert names(registry, "Transperensi") == expected


def test_prefixes_aliases_acronyms_and_notes(registry: Store) -> None:
    """Search is by prefix, and covers aliases, acronyms and notes."""
    assert names(registry, "Vien") == ["Vienna NGO Committee on Drugs"]
    assert names(registry, "wiener") == ["Vienna NGO Committee on Drugs"]
    assert names(registry, "vngoc") == ["Vienna NGO Committee on Drugs"]
    assert names(registry, "beyond 2008") == ["Vienna NGO Committee on Drugs"]
    assert names(registry, "vienna mexicana") == []  # every word must match


def test_names_rank_above_notes(store: Store) -> None:
    """An organization named after the words ranks above one that mentions them in its notes."""
    make_org(store, name="Harm Reduction Network", notes="drug policy")
    make_org(store, name="Drug Policy Forum", country="KE")
    assert names(store, "drug policy")[0] == "Drug Policy Forum"


def test_renamed_and_deleted_organizations(store: Store) -> None:
    """The index follows edits: a new name is found, the old one is not; deleted ones vanish."""
    org = make_org(store, name="Old Name Society")
    with store.write() as writer:
        writer.update("organizations", org, {"name": "New Name Society"})
    assert names(store, "old") == []
    assert names(store, "new name") == ["New Name Society"]
    with store.write() as writer:
        writer.delete("organizations", org)
    assert names(store, "society") == []
    with store.write() as writer:
        writer.restore("organizations", org)
    assert names(store, "society") == ["New Name Society"]


@settings(max_examples=300, deadline=None)
@given(typed=st.text(max_size=40))
def test_anything_typed_is_a_safe_query(typed: str, registry_for_fuzz: Store) -> None:
    """No input (quotes, operators, stars, brackets, control characters) breaks the query."""
    names(registry_for_fuzz, typed)


@pytest.fixture(scope="module")
def registry_for_fuzz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One small store shared by the fuzzing examples."""
    opened = Store.open(tmp_path_factory.mktemp("fuzz"))
    make_org(opened, name='Quotes "and" stars* OR NOT (brackets) NEAR/2 ^col:')
    yield opened
    opened.close()


def test_operator_words_are_searched_as_words(registry_for_fuzz: Store) -> None:
    """FTS5 operators typed by a person are plain words, not syntax."""
    assert names(registry_for_fuzz, 'OR NOT "and"') == ['Quotes "and" stars* OR NOT (brackets) NEAR/2 ^col:']
