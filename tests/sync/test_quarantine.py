"""DESIGN invariant 11 on the device: a pulled row this replica cannot apply is kept aside
with its reason (never its value), the rest of the answer is applied, the cursor moves on,
and a later good version of the row replaces it.

The answers are built by hand: headquarters validates what it stores and no longer
produces such rows, but an older headquarters, a bug or a newer schema still could.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import text

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.search import search_organizations
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.hlc import wall_ms
from sync.replica import Replication
from tests.sync.pulled import Answers, activity, contact, organization, participation


def ids(store: Store, table: str) -> set[str]:
    """The ids of ``table``'s rows held here."""
    with store.engine.connect() as connection:
        return set(connection.execute(text(f"SELECT id FROM {table}")).scalars())


def apply(replication: Replication, response: dict[str, Any], **options: Any) -> Any:
    """Apply one hand-built answer as the sync loop would."""
    return replication.apply_response(None, response, local_clock_ms=wall_ms(), **options)


def kept_aside(replication: Replication) -> dict[str, dict[str, Any]]:
    """The quarantine by row id."""
    return {item["row_id"]: item for item in replication.quarantine()}


def test_bad_rows_are_kept_aside_and_the_rest_is_applied(store: Store) -> None:
    """One answer with good rows and five kinds of bad row (a required field null, an int
    too large for SQLite, a date that does not parse, an unknown field, a child of a parent
    quarantined in the same answer): the good rows are applied, the cursor moves on, each
    bad row is listed with a reason that names the field and not the value."""
    answers, replication = Answers(), replication_for(store)
    good_org = answers.row("organizations", organization(name="Transparency Kenya"))
    no_name = answers.row("organizations", organization(name=None, email="secret@example.org"))
    child_of_bad = answers.row("contacts", contact(no_name["i"]))
    good_activity = answers.row("activities", activity())
    bad_date = answers.row("activities", activity(start_date="3 May, probably"))
    huge = answers.row("participations", participation(good_activity["i"], good_org["i"],
                                                       representatives=2 ** 70))
    good_part = answers.row("participations", participation(good_activity["i"], good_org["i"]))
    unknown = answers.row("organizations", organization(favourite_colour="teal"))
    rows = [good_org, no_name, child_of_bad, good_activity, bad_date, huge, good_part, unknown]

    outcome = apply(replication, answers.response(rows))

    assert ids(store, "organizations") == {good_org["i"]}
    assert ids(store, "activities") == {good_activity["i"]}
    assert ids(store, "participations") == {good_part["i"]}
    assert ids(store, "contacts") == set()
    assert replication.status().cursor == answers.cursor
    assert outcome.pulled == 3 and outcome.quarantined == 5
    aside = kept_aside(replication)
    assert set(aside) == {no_name["i"], child_of_bad["i"], bad_date["i"], huge["i"], unknown["i"]}
    assert (aside[no_name["i"]]["code"], aside[no_name["i"]]["field"]) == ("missing", "name")
    assert (aside[bad_date["i"]]["code"], aside[bad_date["i"]]["field"]) == ("undecodable", "start_date")
    assert (aside[huge["i"]]["code"], aside[huge["i"]]["field"]) == ("undecodable", "representatives")
    assert (aside[unknown["i"]]["code"], aside[unknown["i"]]["field"]) == ("unknown_field", "favourite_colour")
    assert aside[child_of_bad["i"]]["code"] == "missing_parent"
    listed = json.dumps(replication.quarantine())
    for value in ("secret@example.org", "3 May", str(2 ** 70), "teal", "Amina"):
        assert value not in listed  # reasons name fields, never values
    assert search_organizations(store.engine.connect(), "Transparency")[0].id == good_org["i"]


def test_a_corrected_version_replaces_the_quarantined_one(store: Store) -> None:
    """A bad new row is kept aside; when headquarters later sends a good version of it, it
    is stored and leaves the quarantine.  The same holds for a bad change to a row held
    here: the later good change is applied, and the row is asked for in full (the rest of
    the bad version was not applied)."""
    answers, replication = Answers(), replication_for(store)
    bad_new = answers.row("organizations", organization(name=None))
    held = answers.row("organizations", organization(name="Held here"))
    apply(replication, answers.response([bad_new, held]))
    bad_change = answers.partial("organizations", held["i"], {"country": "ZZ", "notes": "new notes"})
    apply(replication, answers.response([bad_change]))
    assert set(kept_aside(replication)) == {bad_new["i"], held["i"]}
    assert kept_aside(replication)[held["i"]]["code"] == "invalid"

    fixed_new = answers.row("organizations", organization(name="Now with a name"), row_id=bad_new["i"])
    fixed_change = answers.partial("organizations", held["i"], {"country": "UG"})
    outcome = apply(replication, answers.response([fixed_new, fixed_change]))

    assert outcome.released == 2 and kept_aside(replication) == {}
    assert ids(store, "organizations") == {bad_new["i"], held["i"]}
    assert ["organizations", held["i"]] in replication.status().wanted
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT country FROM organizations WHERE id = :i"),
                                  {"i": held["i"]}).scalar() == "UG"


def test_a_row_whose_parent_never_comes_is_kept_aside(store: Store) -> None:
    """A contact of an organization this replica lacks waits while both are asked for in
    full; when headquarters still cannot send the organization, the contact is kept aside
    (missing_parent) instead of being asked for forever, and the cursor moves on."""
    answers, replication = Answers(), replication_for(store)
    orphan = answers.row("contacts", contact(str(uuid.uuid4())))
    first = apply(replication, answers.response([orphan]))
    assert first.wanted == 2 and kept_aside(replication) == {}
    requested = replication.status().wanted
    again = answers.row("contacts", contact(orphan["f"]["organization_id"][0]), row_id=orphan["i"])

    second = apply(replication, answers.response([again]), requested=requested)

    assert second.quarantined == 1 and second.wanted == 0
    assert kept_aside(replication)[orphan["i"]]["code"] == "missing_parent"
    assert ids(store, "contacts") == set()
    assert replication.status().cursor == answers.cursor


def test_a_bulk_insert_that_fails_goes_row_by_row(store: Store) -> None:
    """When the local database still refuses one row of a bulk insert (here a trigger of
    this test), the chunk is inserted again row by row in savepoints: the refused row is
    kept aside with the database's own message (no values), every other row is stored."""
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON organizations WHEN NEW.acronym = 'NOPE' "
            "BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END")
    answers, replication = Answers(), replication_for(store)
    rows = [answers.row("organizations", organization(name=f"CSO {n}", acronym=f"C{n}"))
            for n in range(50)]
    refused = answers.row("organizations", organization(name="Refused", acronym="NOPE"))
    outcome = apply(replication, answers.response([*rows[:20], refused, *rows[20:]]))

    assert ids(store, "organizations") == {row["i"] for row in rows}
    assert outcome.pulled == 50 and outcome.quarantined == 1
    (aside,) = replication.quarantine()
    assert aside["code"] == "constraint" and "refused by a test trigger" in aside["reason"]
    assert replication.status().cursor == answers.cursor


def test_status_lists_the_quarantine(store: Store, capsys: Any) -> None:
    """`lookingbeyond status` counts the rows kept aside and `--json` lists them (table,
    id, field, code, reason, when), never the row's values."""
    from lookingbeyond_desktop.cli import main

    answers = Answers()
    bad = answers.row("organizations", organization(name=None, phone="+254 711 111 111"))
    apply(replication_for(store), answers.response([bad]))
    folder = str(store.folder)
    store.close()
    assert main(["status", "--data-dir", folder]) == 0
    printed = capsys.readouterr().out
    assert "Kept aside:      1 record(s)" in printed and bad["i"] in printed
    assert main(["status", "--data-dir", folder, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["quarantine"]
    assert [(item["tbl"], item["row_id"], item["field"], item["code"]) for item in listed] == [
        ("organizations", bad["i"], "name", "missing")]
    assert "711" not in json.dumps(listed)


def test_a_record_sent_twice_in_one_answer_ends_as_its_last_copy(store: Store) -> None:
    """A record that comes twice in one answer (a resumed snapshot page may carry it as a
    reference row and in full) ends as its last copy, even when that copy is exactly the
    row held before the answer: a pulled row that changes nothing is skipped only when
    the answer has not already changed that record."""
    answers, replication = Answers(), replication_for(store)
    held = answers.row("organizations", organization(name="Transparency Kenya"))
    apply(replication, answers.response([held]))
    renamed = answers.partial("organizations", held["i"], {"name": "Renamed meanwhile"})
    outcome = apply(replication, answers.response([renamed, held]))
    with store.engine.connect() as connection:
        name = connection.execute(text("SELECT name FROM organizations WHERE id = :i"),
                                  {"i": held["i"]}).scalar_one()
    assert name == "Transparency Kenya" and outcome.pulled == 2
    again = apply(replication, answers.response([held]))
    assert again.pulled == 0  # the same row once more: nothing written, nothing counted
