"""`lookingbeyond duplicates`: likely pairs as a table or JSON, usage errors exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lookingbeyond_desktop.cli import main
from lookingbeyond_desktop.store import Store
from tests.conftest import make_org


@pytest.fixture
def folder(store: Store, data_dir: Path) -> Path:
    """A data folder with one pair across scripts and two chapters of one network."""
    make_org(store, name="مركز القدس للدراسات", country="PS")
    make_org(store, name="Markaz al-Quds lil-Dirasat", country="PS", acronym="MQD")
    make_org(store, name="Transparency International Kenya", country="KE")
    make_org(store, name="Transparency International Uganda", country="UG")
    return data_dir


def test_json_lists_pairs_with_ids_names_score_and_reasons(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints a list of {keep, other, names, score, reasons}."""
    assert main(["duplicates", "--data-dir", str(folder), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 1
    (pair,) = found
    assert set(pair) == {"keep", "other", "names", "score", "reasons"}
    assert pair["names"] == ["مركز القدس للدراسات", "Markaz al-Quds lil-Dirasat"]
    assert 0.75 <= pair["score"] <= 1 and pair["reasons"] == ["script"]


def test_table_says_why(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The plain listing names both records and the reasons in words."""
    assert main(["duplicates", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Markaz al-Quds lil-Dirasat" in out and "name in another script" in out
    assert "Uganda" not in out


def test_min_score_filters(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--min-score 0 also lists weaker pairs; nothing above 1 exists."""
    assert main(["duplicates", "--data-dir", str(folder), "--json", "--min-score", "0"]) == 0
    assert len(json.loads(capsys.readouterr().out)) >= 1


@pytest.mark.parametrize("bad", [["--min-score", "1.5"], ["--min-score", "high"], ["--nope"]])
def test_bad_arguments_exit_2(folder: Path, bad: list[str]) -> None:
    """A score outside 0–1, not a number, or an unknown option is a usage error."""
    with pytest.raises(SystemExit) as stopped:
        main(["duplicates", "--data-dir", str(folder), *bad])
    assert stopped.value.code == 2


def test_missing_data_folder_is_a_message(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with no replica is reported in one line, exit status 1."""
    assert main(["duplicates", "--data-dir", str(tmp_path / "none")]) == 1
    assert "lookingbeyond:" in capsys.readouterr().err
