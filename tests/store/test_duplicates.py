"""Likely duplicates in a real replica (store/duplicates.py)."""

from __future__ import annotations

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.duplicates import (
    RegistryIndex,
    duplicate_pairs,
    likely_duplicates,
)
from tests.conftest import make_org


def pairs(store: Store) -> set[frozenset[str]]:
    """The pairs the scan reports, as sets of ids."""
    with store.engine.connect() as connection:
        return {frozenset((p.keep, p.other)) for p in duplicate_pairs(connection)}


def test_scan_finds_pairs_across_scripts_and_keeps_chapters_apart(store: Store) -> None:
    """Arabic and Latin, Chinese and pinyin are paired; national chapters are not."""
    arabic = make_org(store, name="ترانسبرانسي المغرب", country="MA")
    latin = make_org(store, name="Transparency Maroc", country="MA")
    han = make_org(store, name="透明国际中国联络处", country="CN")
    pinyin = make_org(store, name="Touming Guoji Zhongguo Lianluochu", country="CN")
    make_org(store, name="Transparency International Kenya", country="KE")
    make_org(store, name="Transparency International Uganda", country="UG")
    assert pairs(store) == {frozenset((arabic, latin)), frozenset((han, pinyin))}


def test_older_record_is_kept_and_reasons_are_given(store: Store) -> None:
    """The pair names the older record as the one to keep, with the reasons as codes."""
    first = make_org(store, name="Civil Society Development Forum", acronym="CSDF",
                     country="KE", website="https://www.csdf.or.ke")
    second = make_org(store, name="CSDF", country="KE", email="info@csdf.or.ke")
    with store.engine.connect() as connection:
        (pair,) = duplicate_pairs(connection)
    assert (pair.keep, pair.other) == (first, second)
    assert pair.names == ("Civil Society Development Forum", "CSDF")
    assert set(pair.reasons) >= {"acronym", "email"}
    assert 0.0 <= pair.score <= 1.0


def test_deleted_organizations_are_left_out(store: Store) -> None:
    """A record in the Trash is never reported."""
    make_org(store, name="مركز القدس للدراسات", country="PS")
    gone = make_org(store, name="Markaz al-Quds lil-Dirasat", country="PS")
    assert len(pairs(store)) == 1
    with store.write() as writer:
        writer.delete("organizations", gone)
    assert pairs(store) == set()


def test_repeated_names_cost_one_comparison_each(store: Store) -> None:
    """A name entered many times in one country gives each copy one pair with the oldest."""
    ids = [make_org(store, name="Centre for Integrity", country="KE") for _ in range(5)]
    assert pairs(store) == {frozenset((ids[0], other)) for other in ids[1:]}


def test_a_candidate_is_checked_before_it_is_saved(store: Store) -> None:
    """A record not yet written finds the existing one it would duplicate, best first."""
    existing = make_org(store, name="Фонд противодействия коррупции", country="RU",
                        phone="+7 495 123 45 67")
    make_org(store, name="Фонд защиты прав человека", country="RU")
    with store.engine.connect() as connection:
        index = RegistryIndex.load(connection)
        found = likely_duplicates(connection, {"name": "Anti-Corruption Foundation",
                                               "country": "RU", "phone": "8 495 1234567"},
                                  index=index)
        assert [hit.id for hit in found] == [existing]
        assert set(found[0].reasons) == {"script", "phone"}
        # the record itself, once saved, is not its own duplicate
        assert likely_duplicates(connection, {"id": existing, "name": "Фонд противодействия "
                                              "коррупции", "country": "RU"}) == []
