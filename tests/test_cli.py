"""The ``lookingbeyond`` command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lookingbeyond_desktop.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ["gui", "demo", "search", "duplicates", "merge", "export", "import", "login", "sync", "bundle", "conflicts", "status", "check", "backup", "restore", "report"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command in a child process."""
    return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop", *args],
                          capture_output=True, text=True, env=env, timeout=300)


def test_every_command_has_help_and_is_in_the_readme() -> None:
    """Each sub-command has a description, and the README documents it."""
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert sorted(choices) == sorted(COMMANDS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, sub in choices.items():
        assert sub.description, f"{name} has no help text"
        assert f"lookingbeyond {name}" in readme, f"README does not document {name}"


def test_every_command_answers_help(capsys: pytest.CaptureFixture[str]) -> None:
    """`lookingbeyond COMMAND --help` works for every command and mentions --data-dir."""
    for name in COMMANDS:
        with pytest.raises(SystemExit) as raised:
            main([name, "--help"])
        assert raised.value.code == 0
        assert "--data-dir" in capsys.readouterr().out


def test_demo_status_search_export_end_to_end(tmp_path: Path) -> None:
    """A person fills a folder with demo data, checks its status, searches it and exports it."""
    folder = str(tmp_path / "d")
    demo = run("demo", "--data-dir", folder, "--orgs", "200", "--seed", "3")
    assert demo.returncode == 0, demo.stderr
    assert "200 organizations" in demo.stdout
    status = json.loads(run("status", "--data-dir", folder, "--json").stdout)
    assert status["counts"]["organizations"] == {"live": 200, "deleted": 0}
    assert status["counts"]["participations"]["live"] == 600
    assert status["pending_changes"] == sum(c["live"] for c in status["counts"].values())
    assert len(status["device_id"]) == 32
    hits = json.loads(run("search", "--data-dir", folder, "transparéncia mexicana", "--json").stdout)
    assert hits[0]["name"] == "Transparencia Mexicana"
    out = tmp_path / "all.json"
    export = run("export", "--data-dir", folder, "--format", "json", "--out", str(out))
    assert export.returncode == 0, export.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["organizations"]) == 200
    again = run("demo", "--data-dir", folder)
    assert again.returncode == 1 and "already holds 200 organizations" in again.stderr


def test_import_reports_bad_rows_and_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad CSV gives exit status 1 and names the row; a good one reports what it did."""
    folder = str(tmp_path / "d")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,country\nGood,KE\nBad,Narnia\n", encoding="utf-8")
    assert main(["import", "--data-dir", folder, "--table", "organizations", str(bad)]) == 1
    assert "row 3: country" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_text("name,country\nGood,KE\n", encoding="utf-8")
    assert main(["import", "--data-dir", folder, "--table", "organizations", str(good)]) == 0
    assert "1 created" in capsys.readouterr().out


def test_environment_names_the_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """LOOKINGBEYOND_DATA_DIR is used when --data-dir is not given; --data-dir wins over it."""
    monkeypatch.setenv("LOOKINGBEYOND_DATA_DIR", str(tmp_path / "env"))
    good = tmp_path / "good.csv"
    good.write_text("name,country\nGood,KE\n", encoding="utf-8")
    assert main(["import", "--table", "organizations", str(good)]) == 0
    assert main(["status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1])["data_dir"] == str(tmp_path / "env")
    assert main(["status", "--data-dir", str(tmp_path / "other")]) == 1
    assert "no Looking Beyond data" in capsys.readouterr().err


def test_reading_commands_on_a_missing_folder_fail_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """search, export and status say there is no data instead of creating an empty folder."""
    for args in (["search", "x"], ["export", "--format", "json", "--out", str(tmp_path / "o.json")], ["status"]):
        assert main([args[0], "--data-dir", str(tmp_path / "none"), *args[1:]]) == 1
        assert "no Looking Beyond data" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_usage_errors_exit_with_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A wrong option is a usage error (status 2) with argparse's message."""
    with pytest.raises(SystemExit) as raised:
        main(["export", "--format", "pdf", "--out", "x"])
    assert raised.value.code == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_merge_and_its_undo_from_the_command_line(tmp_path: Path) -> None:
    """`lookingbeyond merge KEEP OTHER --take FIELD` says what it did and how to undo it;
    `--undo OTHER` puts things back; a bad call exits 2 with the reason, a refused merge 1."""
    from lookingbeyond_desktop.store import Store

    folder = tmp_path / "data"
    with Store.open(folder) as store, store.write() as writer:
        keep = writer.create("organizations", {"name": "Transparency Maroc", "country": "MA"})
        other = writer.create("organizations", {"name": "ترانسبرانسي المغرب", "country": "MA",
                                                "phone": "+212 5"})
        writer.create("contacts", {"organization_id": other, "full_name": "Amina B.",
                                   "consent_on": "2024-01-01", "erased_on": None})
    env = dict(os.environ, LOOKINGBEYOND_DATA_DIR=str(folder))
    merged = run("merge", keep, other, "--take", "phone", env=env)
    assert merged.returncode == 0, merged.stderr
    assert "Merged “ترانسبرانسي المغرب” into “Transparency Maroc”. Took phone." in merged.stdout
    assert "Moved 1 contact." in merged.stdout and f"merge --undo {other}" in merged.stdout
    again = run("merge", keep, other, env=env)
    assert again.returncode == 1 and "already merged" in again.stderr
    undone = run("merge", "--undo", other, env=env)
    assert undone.returncode == 0 and "is back, with 1 contact moved back" in undone.stdout
    assert run("merge", keep, env=env).returncode == 2
    wrong = run("merge", keep, other, "--take", "merged_into", env=env)
    assert wrong.returncode == 2 and "--take merged_into" in wrong.stderr
