"""orgchart info, validate and diff, run as separate processes."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from orgchart_app.storage import SCHEMA_VERSION
from tests.cli.helpers import orgchart

KINDS = {
    "established",
    "deleted",
    "redesignated",
    "regraded",
    "fte_changed",
    "moved_unit",
    "manager_changed",
    "employer_changed",
    "deployment_changed",
    "status_changed",
    "dotted_lines_changed",
}


def test_info_lists_organisations_scenarios_and_schema(bury_file: Path) -> None:
    result = orgchart("info", bury_file)
    assert result.returncode == 0, result.stderr
    assert "Bury Council" in result.stdout and "Bury CCG" in result.stdout
    assert f"File format {SCHEMA_VERSION}" in result.stdout
    lines = {
        line.split()[0] + " " + line.split()[1]: line.split()
        for line in result.stdout.splitlines()
        if line.strip().startswith(("As is", "To be"))
    }
    assert lines["As is"][2:4] == ["57", "57"] and lines["To be"][2:4] == ["52", "52"]


def test_info_json(manchester_file: Path) -> None:
    result = orgchart("info", manchester_file, "--format", "json")
    data = json.loads(result.stdout)
    assert [s["name"] for s in data["scenarios"]] == ["As is", "To be"]
    assert {o["short_name"] for o in data["organisations"]} >= {"MCC", "MHCC", "MLCO"}


def test_validate_passes_sound_files(bury_file: Path) -> None:
    result = orgchart("validate", bury_file)
    assert result.returncode == 0 and "sound" in result.stdout


def test_validate_lists_each_problem_and_exits_1(bury_file: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(bury_file.read_bytes())
    with sqlite3.connect(broken) as db:
        db.execute("UPDATE post SET fte = 3.5 WHERE post_ref = 'BC-1050'")
        db.execute("UPDATE post SET post_ref = 'BC-1001' WHERE post_ref = 'BC-1002'")
    result = orgchart("validate", broken)
    assert result.returncode == 1
    problems = result.stdout.strip().splitlines()
    assert len(problems) == 4  # two scenarios, two problems each
    assert any('"BC-1001" is used by 2 posts' in line for line in problems)
    assert any("has an FTE of 3.5" in line for line in problems)


def test_validate_reports_a_refused_file_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "x.sqlite").write_text("hello")
    result = orgchart("validate", tmp_path / "x.sqlite")
    assert result.returncode == 1
    assert result.stdout.count("\n") == 1 and "not a SQLite database" in result.stdout


def test_diff_json_contract(bury_file: Path) -> None:
    result = orgchart("diff", bury_file, "--from", "As is", "--to", "To be", "--format", "json")
    assert result.returncode == 0, result.stderr
    changes = json.loads(result.stdout)["changes"]
    assert all({"kind", "post_ref", "title", "fte"} <= set(c) for c in changes)
    assert {c["kind"] for c in changes} <= KINDS
    fte = Counter()
    titles: dict[str, set[str]] = {}
    for change in changes:
        fte[change["kind"]] += change["fte"]
        titles.setdefault(change["kind"], set()).add(change["title"])
    assert (fte["established"], len(titles["established"])) == (16, 4)
    assert (fte["deleted"], len(titles["deleted"])) == (21, 8)
    # One entry per kind a post has.
    assert len({(c["kind"], c["post_ref"]) for c in changes}) == len(changes)


def test_diff_text_names_the_changes_a_reader_looks_for(bury_file: Path) -> None:
    result = orgchart("diff", bury_file, "--from", "As is", "--to", "To be")
    text = result.stdout
    assert "Established: 16 posts, 16 FTE" in text and "Deleted: 21 posts, 21 FTE" in text
    assert (
        "Head of Adult Safeguarding" in text
        and "Strategic Lead (Strategy & Development) -> Director of Community Commissioning (DASS)"
        in text
    )
    assert "Adult Social Care Intermediate Tier" in text
    assert "Personalisation & Support Business Team" in text and "Finance Department" in text


def test_diff_csv_has_a_header_and_a_row_per_change(bury_file: Path) -> None:
    result = orgchart("diff", bury_file, "--format", "csv")
    rows = result.stdout.strip().splitlines()
    assert rows[0] == "kind,post_ref,title,quantity,fte,before,after"
    assert len(rows) > 30


@pytest.mark.parametrize(
    "args, message",
    [
        (("diff", "missing.sqlite"), '"missing.sqlite" does not exist.'),
        (("diff", "pyproject.toml"), "is not a proposal file"),
        (
            ("diff", "sample_data/manchester_adults.sqlite", "--to", "Option Z"),
            'no scenario called "Option Z"',
        ),
        (("diff",), "The following arguments are required: FILE"),
        (
            ("info", "sample_data/manchester_adults.sqlite", "--format", "xml"),
            "invalid choice: 'xml'",
        ),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_input_gets_one_clear_sentence_and_no_traceback(
    args: tuple[str, ...], message: str
) -> None:
    result = orgchart(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
