"""The registry index kept current while a window is open (store/duplicates.py: RegistryIndex
one record at a time, LiveIndex caught up with the database), and the look-up of an
import's rows (store/import_plan.py), on real stores in tmp folders."""

from __future__ import annotations

import json
import random
from pathlib import Path

from sqlalchemy import text

from lookingbeyond_desktop.domain import matching
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store import import_plan
from lookingbeyond_desktop.store.duplicates import LiveIndex, RegistryIndex, likely_in
from tests.conftest import make_org
from tests.data.labelled import LABELLED, _FIELDS


def _labelled_profiles() -> list[matching.Profile]:
    """Every record of the labelled set (both halves), once each, as profiles."""
    seen: dict[str, matching.Profile] = {}
    for pair in json.loads(LABELLED.read_text(encoding="utf-8")):
        for side in (pair["a"], pair["b"]):
            record = {f: side[f] for f in _FIELDS if f in side} | {"id": side["id"]}
            seen.setdefault(side["id"], matching.profile(record))
    return list(seen.values())


def _filed(index: RegistryIndex) -> tuple[dict[str, set[str]], list[list[str]]]:
    """What an index holds, by record id: each block's records, and each name's records
    oldest first (the first is the one filed under the name's keys)."""
    blocks = {key: {_id(index, i) for i in block} for key, block in index.blocks.items()}
    groups = sorted([_id(index, i) for i in group] for group in index.groups)
    return blocks, groups


def _id(index: RegistryIndex, position: int) -> str:
    profile = index.profiles[position]
    assert profile is not None
    return profile.id


def test_an_index_changed_one_record_at_a_time_holds_what_a_fresh_one_holds() -> None:
    """Records removed and filed again in a random order (as edits and deletes arrive) leave
    an index that files every record under the same keys as one built oldest first, and
    finds the same likely duplicates for each record; a pair names the older record as the
    one to keep; removing a group's oldest record hands its name to the next."""
    profiles = _labelled_profiles()
    fresh = RegistryIndex(profiles)
    changed = RegistryIndex(profiles)
    chance = random.Random(14)
    moved = chance.sample(range(len(profiles)), len(profiles) // 3)
    for rid in moved:
        changed.remove(profiles[rid].id)
    for rid in reversed(moved):  # back in another order, each with its own age
        changed.add(profiles[rid], rid=rid)
    assert _filed(changed) == _filed(fresh)
    assert len(changed) == len(fresh) == len(profiles)
    for profile in chance.sample(profiles, 80):
        assert likely_in(changed, profile) == likely_in(fresh, profile)
    ages = {p.id: rid for rid, p in enumerate(profiles)}
    assert all(ages[pair.keep] < ages[pair.other]
               for pair in changed.pairs(min_score=matching.THRESHOLD))

    same = [matching.profile({"id": f"s{i}", "name": "Centre for Integrity", "country": "KE"})
            for i in range(3)]
    index = RegistryIndex(same)
    index.remove("s0")
    assert {(p.keep, p.other) for p in index.pairs(min_score=0.75)} == {("s1", "s2")}
    probe = matching.profile({"name": "Centre for Integrity", "country": "KE"})
    assert {_id(index, i) for i in index.candidates(probe)} == {"s1", "s2"}
    assert _filed(index) == _filed(RegistryIndex(same[1:]))


def test_a_live_index_built_in_steps_catches_up_with_every_write(store: Store) -> None:
    """Built a few records at a time (edits made between the steps included), the live
    index then follows creations, renames, deletes and restores made through the writer:
    each check sees the registry as it is, without reading it all again."""
    arabic = make_org(store, name="ترانسبرانسي المغرب", country="MA")
    make_org(store, name="Amal Association", country="KE")
    make_org(store, name="Youth Network", country="UG")
    live = LiveIndex()
    with store.engine.connect() as connection:
        assert not live.build_step(connection, rows=1)
    with store.write() as writer:  # between two steps, a record already filed changes
        writer.update("organizations", arabic, {"name": "مركز القدس للدراسات",
                                                 "country": "PS"})
    maroc = {"name": "Transparency Maroc", "country": "MA"}
    quds = {"name": "Markaz al-Quds lil-Dirasat", "country": "PS"}

    def ids(candidate: dict[str, str]) -> list[str]:
        with store.engine.connect() as connection:
            return [hit.id for hit in live.likely(connection, candidate)]

    assert ids(quds) == [arabic] and ids(maroc) == []
    assert live.ready
    created = make_org(store, name="Transparency Maroc", country="MA", cities=["Rabat"])
    assert ids({"name": "ترانسبرانسي المغرب", "country": "MA"}) == [created]
    with store.write() as writer:
        writer.delete("organizations", arabic)
    assert ids(quds) == []
    with store.write() as writer:
        writer.restore("organizations", arabic)
    assert ids(quds) == [arabic]


def test_a_live_index_follows_what_a_sync_or_an_outside_write_changed(store: Store) -> None:
    """Rows changed without a change record (as a pull applies them: the sync state moves)
    or inserted without one are found by comparing every row with what is filed; a record
    trashed without any mark is never reported."""
    first = make_org(store, name="Фонд противодействия коррупции", country="RU")
    live = LiveIndex()
    candidate = {"name": "Anti-Corruption Foundation", "country": "RU"}
    with store.engine.connect() as connection:
        assert [hit.id for hit in live.likely(connection, candidate)] == [first]
    with store.engine.begin() as connection:  # a pull: the row and the sync state
        connection.execute(text("UPDATE organizations SET name = 'Фонд защиты прав человека' "
                                "WHERE id = :id"), {"id": first})
        connection.execute(text("UPDATE sync_state SET cursor = cursor + 7"))
    with store.engine.connect() as connection:
        assert live.likely(connection, candidate) == []
    other = make_org(store, name="Civil Society Development Forum", country="KE")
    with store.engine.begin() as connection:  # a copy of it written without a change record
        connection.execute(text(
            "INSERT INTO organizations (id, deleted, sync_version, name, aliases, org_type, "
            "country, cities, themes, networks, is_rlo, ecosoc_status, search_names, "
            "search_other, sort_name) SELECT 'copy-1', 0, sync_version, name, aliases, "
            "org_type, country, cities, themes, networks, is_rlo, ecosoc_status, "
            "search_names, search_other, sort_name FROM organizations WHERE id = :id"),
            {"id": other})
    forum = {"name": "Civil Society Development Forum", "country": "KE"}
    with store.engine.connect() as connection:
        assert {hit.id for hit in live.likely(connection, forum)} == {other, "copy-1"}
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE organizations SET deleted = 1 WHERE id = 'copy-1'"))
    with store.engine.connect() as connection:
        assert [hit.id for hit in live.likely(connection, forum)] == [other]


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_names_rows_likely_already_there_and_skips_those_chosen(
        store: Store, tmp_path: Path) -> None:
    """Checked with the registry's index, a row in another script of a known organization
    and a row repeating an earlier row of the file are named with the match and why; rows
    that update a record are not; the rows skipped are not written and are counted."""
    known = make_org(store, name="ترانسبرانسي المغرب", country="MA")
    path = _csv(tmp_path / "orgs.csv", ["id,Name,Country",
                                        ",Transparency Maroc,MA",
                                        ",Amal Association,KE",
                                        ",Amal Association,KE",
                                        f"{known},ترانسبرانسي المغرب,MA"])
    source = import_plan.inspect_source(path)
    mapping = ["id", "name", "country"]
    with store.engine.connect() as connection:
        plain = import_plan.check_rows(connection, "organizations", source, mapping)
        checked = import_plan.check_rows(connection, "organizations", source, mapping,
                                         duplicates=RegistryIndex.load(connection))
    assert plain.likely_numbers == []
    assert checked.likely_numbers == [2, 4]
    maroc, repeat = checked.rows[0].likely[0], checked.rows[2].likely[0]
    assert (maroc.id, maroc.country, maroc.reasons) == (known, "MA", ("script",))
    assert (repeat.id, repeat.row, repeat.name) == ("", 3, "Amal Association")
    with store.write() as writer:
        outcome = import_plan.run_import(writer, "organizations", source, mapping, skip={2, 4})
    assert (outcome.result.created, outcome.result.unchanged, outcome.skipped) == (1, 1, 2)
    with store.engine.connect() as connection:
        names = sorted(connection.execute(text(
            "SELECT name FROM organizations WHERE deleted = 0")).scalars())
    assert names == ["Amal Association", "ترانسبرانسي المغرب"]


def test_the_command_line_import_warns_about_each_likely_duplicate_it_creates(
        store: Store, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """``lookingbeyond import`` creates every row (it asks nobody) and prints one warning
    line per likely duplicate, naming the match and why."""
    from lookingbeyond_desktop.cli import main

    make_org(store, name="ترانسبرانسي المغرب", country="MA")
    path = _csv(tmp_path / "orgs.csv", ["name,country", "Transparency Maroc,MA",
                                        "Youth Network,UG"])
    assert main(["import", "--data-dir", str(store.folder), "--table", "organizations",
                 str(path)]) == 0
    out = capsys.readouterr()
    assert "2 created" in out.out
    warnings = [line for line in out.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert "row 2" in warnings[0] and "ترانسبرانسي المغرب" in warnings[0]
    assert "name in another script" in warnings[0]
