"""The Sync page's list of changes headquarters refused, against a real headquarters (the
app on SQLite): grouped by reason in a person's words with a count per group, each record
named, Open / Discard / Retry with the keyboard, and a status line that never contradicts
the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.hlc import wall_ms
from sync.server import accounts
from sync.server.database import init_database, make_engine
from sync.wire import REFUSAL_CODES, Refusal, SyncAnswer
from tests.sync.world import World
from tests.ui.conftest import WAIT_MS, settle
from tests.ui.test_sync_gui import Gui


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """Headquarters with ``amina``, a field officer covering Kenya only."""
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    init_database(engine)
    found = World(engine, tmp_path)
    found.user("amina", role="field", countries=["KE"])
    found.user("team")
    yield found
    found.close()
    engine.dispose()


@pytest.fixture
def gui(world: World, tmp_path: Path, qtbot: Any) -> Iterator[Gui]:
    """The desktop on an empty replica, talking to the world's headquarters."""
    opened = Gui(tmp_path / "desk", world.adapter, qtbot)
    yield opened
    opened.close()


def refused_scene(gui: Gui) -> dict[str, str]:
    """Logged in as amina: two Kenyan organizations moved abroad (refused: out of her
    countries), a new Tanzanian organization with two contacts (refused: out of scope, and
    their organization is not at headquarters), and two e-mail addresses headquarters'
    rules refuse (an answer with real refusals, decoded as the client decodes it)."""
    ids: dict[str, str] = {}
    names = ["Youth Action", "Transparency Kenya", "Coast Legal Aid", "Kibera Youth Forum"]
    gui.login()
    for name in names:
        ids[name] = gui.write(lambda w, n=name: w.create("organizations", {"name": n, "country": "KE"}))
    gui.sync()

    def moves(w: Any) -> None:
        w.update("organizations", ids["Youth Action"], {"country": "TZ"})
        w.update("organizations", ids["Transparency Kenya"], {"country": "UG", "notes": "Moved"})
        ids["HakiElimu"] = w.create("organizations", {"name": "HakiElimu", "country": "TZ"})
        for person in ("Neema Mushi", "Juma Kassim"):
            ids[person] = w.create("contacts", {"organization_id": ids["HakiElimu"], "full_name": person,
                                                "consent_on": dt.date(2026, 2, 1)})

    gui.write(moves)
    gui.sync()
    replication = replication_for(gui.store)
    answer = SyncAnswer(cursor=replication.status().cursor, refused=[
        Refusal("organizations", ids[name], "email", "invalid_record",
                "email: the value is not an e-mail address (name@example.org)")
        for name in ("Coast Legal Aid", "Kibera Youth Forum")])
    replication.apply_response(None, SyncAnswer.decode(answer.encode()).encode(), local_clock_ms=wall_ms())
    gui.window.refresh_status()
    gui.page.refresh_refusals()
    settle(gui.qtbot, gui.ops)
    return ids


def shown(gui: Gui) -> dict[str, tuple[str, list[str]]]:
    """The list as displayed: {reason: (count text, [record names])}."""
    model, found = gui.page.refused_model, {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        names = [model.index(child, 0, group).data() for child in range(model.rowCount(group))]
        found[group.data()] = (model.index(row, 2).data(), names)
    return found


def every_text(gui: Gui) -> list[str]:
    """Every text the list shows (cells, tooltips), the summary and the status line."""
    model, texts = gui.page.refused_model, [gui.page.refused_summary.text(),
                                            gui.page.error_label.text()]

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                texts.extend(str(index.data(role) or "") for role in (
                    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole))
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return texts


def select_group(gui: Gui, starting: str) -> None:
    """Select the group whose reason starts with ``starting`` (and make it current)."""
    model, view = gui.page.refused_model, gui.page.refused_view
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(starting))
    view.setCurrentIndex(model.index(row, 0))
    view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)


def select_record(gui: Gui, name: str) -> None:
    """Select the row of the record named ``name``."""
    model, view = gui.page.refused_model, gui.page.refused_view
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            if model.index(child, 0, group).data() == name:
                view.setCurrentIndex(model.index(child, 0, group))
                view.selectionModel().select(model.index(child, 0, group),
                                             QItemSelectionModel.SelectionFlag.ClearAndSelect
                                             | QItemSelectionModel.SelectionFlag.Rows)
                return
    raise AssertionError(f"{name} is not listed")


def answer_yes(gui: Gui) -> None:
    """Agree to the question the page asked, and wait for what follows."""
    box = gui.page.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(gui.qtbot, gui.ops)
    gui.qtbot.waitUntil(lambda: not gui.window.sync_service.busy, timeout=2 * WAIT_MS)
    settle(gui.qtbot, gui.ops)


def test_refused_changes_are_grouped_by_reason_in_a_persons_words(gui: Gui) -> None:
    """Each reason is one sentence a person understands, with how many changes it holds,
    and under it the records by name; nothing shown names a field, a table or a code."""
    refused_scene(gui)
    groups = shown(gui)
    assert groups["Headquarters does not allow your account to change this region's records."][1] \
        == ["HakiElimu", "Transparency Kenya", "Youth Action"]
    assert sorted(groups["The organization it belongs to is not at headquarters yet."][1]) \
        == ["Juma Kassim", "Neema Mushi"]
    assert sorted(groups["“E-mail” is not an e-mail address headquarters accepts."][1]) \
        == ["Coast Legal Aid", "Kibera Youth Forum"]
    assert groups["Headquarters does not allow your account to change this region's records."][0] \
        .startswith("3 change")
    assert all(count.startswith("2 change") for reason, (count, _n) in groups.items()
               if not reason.startswith("Headquarters does not allow"))
    for text in every_text(gui):
        assert "_id" not in text and "organizations" not in text
        assert not any(code in text for code in REFUSAL_CODES), text


def test_the_status_line_and_the_list_never_contradict(gui: Gui) -> None:
    """While refused changes are listed, "Last problem:" says how many (the same number as
    the list's summary and its groups), never "No problem"; once none is left it says so."""
    refused_scene(gui)
    total = sum(int(count.split()[0]) for count, _names in shown(gui).values())
    assert total == 7
    assert gui.page.refused_summary.text().startswith("Headquarters did not accept 7 change")
    status = gui.page.error_label.text()
    assert status.startswith("Headquarters did not accept 7 change") and "No problem" not in status
    assert gui.page.error_label.isVisibleTo(gui.page)
    gui.window.refresh_status()  # the overview read again agrees too
    settle(gui.qtbot, gui.ops)
    assert gui.page.error_label.text() == status

    gui.page.refused_view.selectAll()
    gui.page.discard_selected()
    answer_yes(gui)
    assert gui.page.refusals == [] and not gui.page.refused_view.isVisibleTo(gui.page)
    assert gui.page.error_label.text() == "No problem"


def test_open_goes_to_the_record_from_the_keyboard(gui: Gui) -> None:
    """Enter on a refused organization opens it in the Organizations page; on a refused
    contact, the organization it belongs to."""
    ids = refused_scene(gui)
    window = gui.window
    select_record(gui, "Transparency Kenya")
    gui.qtbot.keyClick(gui.page.refused_view, Qt.Key.Key_Return)
    settle(gui.qtbot, gui.ops)
    assert window.current_page() == "organizations"
    gui.qtbot.waitUntil(lambda: window.organizations.editor.org_id == ids["Transparency Kenya"],
                        timeout=WAIT_MS)
    window.go("sync")
    select_record(gui, "Neema Mushi")
    gui.page.open_button.click()
    settle(gui.qtbot, gui.ops)
    gui.qtbot.waitUntil(lambda: window.organizations.editor.org_id == ids["HakiElimu"],
                        timeout=WAIT_MS)


def test_discard_keeps_the_change_reviewable_in_conflicts(gui: Gui, world: World) -> None:
    """Delete on a group asks first; then its changes leave the list and appear on the
    Conflicts page as "refused by headquarters, discarded" with the value refused; the
    moved organization is back in Kenya (headquarters' version) after the sync that
    follows, and the new one is in the Trash."""
    ids = refused_scene(gui)
    select_group(gui, "Headquarters does not allow")
    gui.qtbot.keyClick(gui.page.refused_view, Qt.Key.Key_Delete)
    assert "3 record" in gui.page.question.text()
    answer_yes(gui)
    assert "Headquarters does not allow your account to change this region's records." \
        not in shown(gui)
    assert gui.page.refused_summary.text().startswith("Headquarters did not accept 4 change")
    with gui.store.engine.connect() as connection:
        country, = connection.exec_driver_sql("SELECT country FROM organizations WHERE id = ?",
                                              (ids["Youth Action"],)).one()
        deleted, = connection.exec_driver_sql("SELECT deleted FROM organizations WHERE id = ?",
                                              (ids["HakiElimu"],)).one()
    assert country == "KE" and deleted == 1

    conflicts = gui.window.conflicts
    gui.window.go("conflicts")
    settle(gui.qtbot, gui.ops)
    texts = [conflicts.list.item(row).text() for row in range(conflicts.list.count())]
    assert "Youth Action — Country\nrefused by headquarters, discarded" in texts
    assert any(text.startswith("HakiElimu — whole record") for text in texts)
    conflicts.list.setCurrentRow(texts.index("Youth Action — Country\nrefused by headquarters, discarded"))
    assert "Tanzania" in conflicts.other_value.text()
    assert conflicts.other_button.text().replace("&", "") == "Send it again"


def test_retry_sends_the_changes_again(gui: Gui, world: World) -> None:
    """Once the account covers Tanzania and Uganda, Retry on a group sends its changes
    again: headquarters takes them and they leave the list."""
    ids = refused_scene(gui)
    with world.engine.begin() as connection:
        accounts.update_user(connection, "amina", countries=["KE", "TZ", "UG"])
    select_group(gui, "Headquarters does not allow")
    with gui.qtbot.waitSignal(gui.window.sync_service.sig_finished, timeout=2 * WAIT_MS):
        gui.page.retry_button.click()
    settle(gui.qtbot, gui.ops)
    gui.qtbot.waitUntil(lambda: "Headquarters does not allow your account to change this "
                        "region's records." not in shown(gui), timeout=WAIT_MS)
    team = world.device("team-laptop", "team")
    team.sync()
    assert team.value("organizations", ids["Youth Action"], "country") == "TZ"
    assert team.value("organizations", ids["Transparency Kenya"], "notes") == "Moved"
    assert team.value("organizations", ids["HakiElimu"], "name") == "HakiElimu"


def test_a_deleted_reference_and_a_crossed_merge_are_said_in_words() -> None:
    """The reasons headquarters' own rules give for a contact of an organization deleted
    meanwhile, and for a restore that crossed a merge, become sentences a person reads
    (never the rule's internal wording)."""
    from lookingbeyond_desktop.headquarters import validate_pushed
    from lookingbeyond_desktop.ui.sync_page import refusal_reason

    gone = {"id": "o1", "name": "Youth Action", "country": "KE", "deleted": True}
    contact = {"id": "c1", "organization_id": "o1", "full_name": "Amina B.",
               "consent_on": "2024-01-01", "erased_on": None, "deleted": False}
    restored = {"id": "o2", "name": "Transparency Kenya", "country": "KE", "org_type": "ngo",
                "ecosoc_status": "none", "is_rlo": False, "merged_into": "o3", "deleted": False}

    def reason(table: str, record: dict[str, Any]) -> dict[str, Any]:
        problems = validate_pushed(table, record, None, lambda _t, _i: gone)
        field, message = problems[-1]
        return {"tbl": table, "field": field or None, "code": "invalid_record",
                "reason": f"{field}: {message}" if field else message}

    assert refusal_reason(reason("contacts", contact)) == (
        "“Organization” names a record that was deleted at headquarters meanwhile.")
    assert refusal_reason(reason("organizations", restored)).startswith(
        "This organization was merged into another one on one computer and brought back")
