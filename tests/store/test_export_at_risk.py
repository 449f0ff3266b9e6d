"""At-risk organizations in exports and reports (issue 13, item 4): their contacts are left
out of every export (JSON, CSV, the table export of the window, the ``lookingbeyond export``
command) and unnamed in a report's drill-down, unless the person asks for the organization
by name; counts stay what they are."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from lookingbeyond_desktop.cli import main
from lookingbeyond_desktop.reports.indicators import WITHHELD, compute, drill
from lookingbeyond_desktop.reports.model import Filters
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.exchange import (
    at_risk_organizations,
    export_csv,
    export_json,
    export_records,
    find_at_risk,
    left_out,
)


@pytest.fixture
def registry(store: Store) -> dict[str, str]:
    """Three Kenyan organizations, Hope (at risk, acronym HK) and Haven (at risk) and Open
    (not), each with one contact who took part in one training."""
    ids: dict[str, str] = {}
    with store.write(author="tester") as writer:
        for name, acronym, flagged in (("Hope Kenya", "HK", True), ("Haven Trust", None, True),
                                       ("Open Forum", None, False)):
            key = name.split()[0].lower()
            ids[key] = writer.create("organizations", {"name": name, "acronym": acronym,
                                                       "country": "KE", "at_risk": flagged})
            ids[f"{key}_person"] = writer.create("contacts", {
                "organization_id": ids[key], "full_name": f"Person of {name}",
                "consent_on": "2010-01-01"})
        ids["training"] = writer.create("activities", {
            "title": "Training", "activity_type": "training", "start_date": "2010-03-01",
            "country": "KE"})
        for key in ("hope", "haven", "open"):
            writer.create("participations", {"activity_id": ids["training"],
                                             "organization_id": ids[key],
                                             "contact_id": ids[f"{key}_person"]})
    return ids


def people(path: Path) -> set[str]:
    """The contact ids a JSON export holds."""
    return {row["id"] for row in json.loads(path.read_text(encoding="utf-8")).get("contacts", [])}


def test_exports_leave_at_risk_contacts_out_unless_asked_for(store: Store, registry: dict[str, str],
                                                             tmp_path: Path) -> None:
    """JSON (every table), CSV and the window's table export hold only Open Forum's person;
    naming Hope Kenya adds its person (not Haven's); True (a full copy for a program) holds
    all three.  The organizations themselves and the participations are all exported."""
    with store.engine.connect() as connection:
        counts = export_json(connection, tmp_path / "all.json")
        assert people(tmp_path / "all.json") == {registry["open_person"]}
        assert counts["organizations"] == 3 and counts["participations"] == 3
        export_json(connection, tmp_path / "hope.json", include_at_risk=[registry["hope"]])
        assert people(tmp_path / "hope.json") == {registry["open_person"], registry["hope_person"]}
        export_json(connection, tmp_path / "full.json", include_at_risk=True, include_deleted=True)
        assert len(people(tmp_path / "full.json")) == 3
        export_csv(connection, tmp_path / "c.csv", table="contacts")
        with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as stream:
            assert [row["id"] for row in csv.DictReader(stream)] == [registry["open_person"]]
        assert export_records(connection, tmp_path / "w.json", table="contacts", fmt="json") == 1
        listed = [registry["hope_person"], registry["open_person"], registry["haven_person"]]
        assert export_records(connection, tmp_path / "l.json", table="contacts", fmt="json",
                              ids=listed, include_at_risk=[registry["haven"]]) == 2
        assert people(tmp_path / "l.json") == {registry["open_person"], registry["haven_person"]}
        assert left_out(connection) == 2 and left_out(connection, [registry["hope"]]) == 1
        assert [name for _id, name in at_risk_organizations(connection)] == ["Haven Trust", "Hope Kenya"]
        assert find_at_risk(connection, ["hk", "Haven Trust", "Open Forum"]) == (
            [registry["hope"], registry["haven"]], ["Open Forum"])


def test_the_export_command_asks_by_name(store: Store, registry: dict[str, str], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """``lookingbeyond export`` leaves the at-risk contacts out and says how many (never
    who); ``--include-at-risk`` by name, acronym or id (repeatable) puts them in; a name of
    no at-risk organization stops the command (exit 2) naming the ones at risk, and writes
    no file."""
    folder = str(store.folder)
    store.close()
    out = tmp_path / "out.json"
    assert main(["export", "--data-dir", folder, "--format", "json", "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert people(out) == {registry["open_person"]}
    assert "Left out 2 contacts" in said.err and "Person of" not in said.out + said.err
    assert main(["export", "--data-dir", folder, "--format", "json", "--out", str(out),
                 "--include-at-risk", "Hope Kenya", "--include-at-risk", registry["haven"]]) == 0
    assert len(people(out)) == 3
    assert "Left out" not in capsys.readouterr().err
    wrong = tmp_path / "wrong.json"
    assert main(["export", "--data-dir", folder, "--format", "json", "--out", str(wrong),
                 "--include-at-risk", "Hop Kenya"]) == 2
    err = capsys.readouterr().err
    assert "Hop Kenya" in err and "Hope Kenya" in err and not wrong.exists()


def test_a_reports_drill_down_does_not_name_at_risk_people(store: Store, registry: dict[str, str]) -> None:
    """The count of named contacts still counts all three; its drill-down lists Open
    Forum's person by name and the two others as withheld (with their organization), unless
    their organization is asked for by id."""
    with store.engine.connect() as connection:
        report = compute(connection, Filters())
        figure: Any = report.totals["named_people"]
        assert figure.value == 3
        records = {record.id: record for record in drill(connection, Filters(), figure.drill)}
        assert records[registry["open_person"]].label == "Person of Open Forum"
        for key, name in (("hope", "Hope Kenya"), ("haven", "Haven Trust")):
            withheld = records[registry[f"{key}_person"]]
            assert withheld.withheld and withheld.label == WITHHELD and withheld.detail == name
        asked = {record.id: record for record in drill(connection, Filters(), figure.drill,
                                                       include_at_risk=[registry["hope"]])}
        assert asked[registry["hope_person"]].label == "Person of Hope Kenya"
        assert asked[registry["haven_person"]].withheld
