"""Demo data: believable, deterministic, with the real events of the Looking Beyond project."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from lookingbeyond_desktop.demo import generate
from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.exchange import export_json


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store with 1,500 demo organizations (seed 11)."""
    store = Store.open(tmp_path_factory.mktemp("demo"))
    generate(store, organizations=1_500, seed=11)
    yield store
    store.close()


def query(store: Store, sql: str) -> list[tuple[object, ...]]:
    """Rows of a read-only query."""
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    """Two folders filled with the same seed export the same bytes; another seed differs."""
    exports = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        with Store.open(tmp_path / name) as store:
            generate(store, organizations=150, seed=seed)
            with store.engine.connect() as connection:
                export_json(connection, tmp_path / f"{name}.json")
        exports.append((tmp_path / f"{name}.json").read_bytes())
    assert exports[0] == exports[1]
    assert exports[0] != exports[2]


def test_cosp3_doha_110_representatives_of_40_csos(demo_store: Store) -> None:
    """CoSP 3 in Doha, 9–13 November 2009: 110 representatives of 40 organizations."""
    (row,) = query(demo_store, "SELECT a.start_date, a.end_date, a.city, count(DISTINCT p.organization_id), "
                   "sum(p.representatives) FROM activities a JOIN participations p ON p.activity_id = a.id "
                   "WHERE a.meeting = 'COSP3' AND a.activity_type = 'meeting_participation' GROUP BY a.id")
    assert row == ("2009-11-09", "2009-11-13", "Doha", 40, 110)


def test_ti_training_february_2011_35_representatives(demo_store: Store) -> None:
    """The UNCAC training with Transparency International, February 2011: 35 NGO representatives."""
    (row,) = query(demo_store, "SELECT a.start_date, sum(p.representatives), a.co_organizers, "
                   "(SELECT id FROM organizations WHERE name = 'Transparency International') "
                   "FROM activities a JOIN participations p ON p.activity_id = a.id "
                   "WHERE a.activity_type = 'training' AND a.title LIKE '%Transparency International%' "
                   "GROUP BY a.id")
    assert row[0].startswith("2011-02") and row[1] == 35 and row[3] in row[2]


def test_every_un_region_and_four_scripts(demo_store: Store) -> None:
    """Organizations come from all five UN regions, named in Latin, Arabic, Cyrillic and Han."""
    countries = {c for (c,) in query(demo_store, "SELECT DISTINCT country FROM organizations")}
    regions = {reference.countries()[c].region for c in countries}
    assert regions == {"Africa", "Americas", "Asia", "Europe", "Oceania"}
    scripts: set[str] = set()
    for (name,) in query(demo_store, "SELECT name FROM organizations"):
        for char in name:
            if char.isalpha():
                scripts.add(unicodedata.name(char).split()[0])
    assert {"LATIN", "ARABIC", "CYRILLIC", "CJK"} <= scripts


def test_grants_follow_the_workflow_and_go_to_rlos(demo_store: Store) -> None:
    """Every grant goes to a regional lead organization; its dates match its status."""
    rows = query(demo_store, "SELECT g.status, g.approved_on, g.disbursed_on, o.is_rlo FROM grants g "
                 "JOIN organizations o ON o.id = g.organization_id")
    assert rows and all(is_rlo for *_, is_rlo in rows)
    for status, approved, disbursed, _ in rows:
        assert (approved is None) == (status == "proposed")
        assert (disbursed is None) == (status in ("proposed", "approved"))


def test_every_demo_row_was_recorded_as_a_change(demo_store: Store) -> None:
    """Demo data goes through the recorded write path like any edit."""
    (rows,) = query(demo_store, "SELECT (SELECT count(*) FROM organizations) + (SELECT count(*) FROM contacts)"
                    " + (SELECT count(*) FROM activities) + (SELECT count(*) FROM participations)"
                    " + (SELECT count(*) FROM grants)")
    assert query(demo_store, "SELECT count(*) FROM changes WHERE op = 'insert'") == [rows]
