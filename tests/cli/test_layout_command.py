"""orgchart layout, run as a separate process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgchart_app.cli import main
from orgchart_app.importers import import_files
from orgchart_app.storage import save_proposal
from tests.cli.helpers import orgchart
from tests.importers.files import write_csv


def test_layout_json_has_boxes_containers_and_connectors_in_points(bury_file: Path) -> None:
    result = orgchart("layout", bury_file, "--scenario", "To be", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["boxes"]) == 37
    box = data["boxes"][0]
    assert {"post_ref", "x", "y", "w", "h"} <= set(box)
    containers = {c["unit"]: c for c in data["containers"]}
    assert containers["Mental Health"]["parent"] == "Community Commissioning"
    assert containers["Bury OCO"]["parent"] is None
    assert all(
        {"unit", "unit_ref", "parent", "x", "y", "w", "h"} <= set(c) for c in data["containers"]
    )
    kinds = {c["kind"] for c in data["connectors"]}
    assert {"reports_to", "accountability"} <= kinds
    for connector in data["connectors"]:
        assert len(connector["points"]) >= 2 and all(len(p) == 2 for p in connector["points"])
    # y grows downwards: every manager's box starts above its reports' boxes in the same unit.
    top = {b["post_ref"]: b["y"] for b in data["boxes"]}
    assert top["BC-1002"] < top["BC-1003"]
    assert data["width"] >= max(b["x"] + b["w"] for b in data["boxes"])


def test_layout_of_one_unit(bury_file: Path) -> None:
    result = orgchart(
        "layout",
        bury_file,
        "--scenario",
        "To be",
        "--unit",
        "community commissioning",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [c["unit"] for c in data["containers"] if c["parent"] is None] == [
        "Community Commissioning"
    ]
    assert "BC-1001" not in {
        b["post_ref"] for b in data["boxes"]
    }  # the executive director is above it


def test_layout_text_summary_and_graphviz(bury_file: Path) -> None:
    result = orgchart("layout", bury_file, "--scenario", "To be", "--engine", "graphviz")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("To be: 37 boxes, 21 containers")
    assert "(graphviz layout)" in result.stdout
    assert "    Mental Health: 3 boxes directly inside" in result.stdout


def test_a_unit_that_is_not_there_is_one_sentence(bury_file: Path) -> None:
    result = orgchart("layout", bury_file, "--scenario", "To be", "--unit", "Astronauts")
    assert result.returncode == 2
    assert result.stderr == 'orgchart: There is no unit called "Astronauts" in To be.\n'
    assert result.stdout == ""


def test_names_only_with_the_flag(manchester_file: Path) -> None:
    plain = json.loads(
        orgchart("layout", manchester_file, "--scenario", "To be", "--format", "json").stdout
    )
    named = json.loads(
        orgchart(
            "layout", manchester_file, "--scenario", "To be", "--format", "json", "--names"
        ).stdout
    )
    assert not any(b["holder"] for b in plain["boxes"])
    assert any(b["holder"] for b in named["boxes"])


def test_a_unit_name_two_units_share_is_refused_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Both employers have a "Care" team: --unit Care drew the first of them without a word.
    rows = [
        ["Post Number", "Job Title", "Reports To", "Team", "Employer"],
        ["P1", "Director", "", "Leadership", "Bury Council"],
        ["P2", "Head of Care", "P1", "Care", "Bury Council"],
        ["P3", "Social Worker", "P2", "Care", "NHS Bury"],
    ]
    file = tmp_path / "staff.sqlite"
    save_proposal(import_files([write_csv(tmp_path / "staff.csv", rows)]).proposal, file)
    assert main(["layout", str(file), "--unit", "Care"]) == 2
    assert capsys.readouterr().err == (
        'orgchart: 2 units are called "Care" in "As is": name one by its reference '
        "(U0003, U0005).\n"
    )
    assert main(["layout", str(file), "--unit", "U0005"]) == 0
