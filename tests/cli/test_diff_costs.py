"""orgchart diff shows what the changes cost: post changes, pay year, on-costs, costing point,
the budget's headroom, each with its effect a year (text and JSON)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.helpers import run_in_process


def _ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run_in_process(capsys, *args)
    assert code == 0, err
    return out


def test_diff_text_and_json_carry_the_cost_effect_of_a_costing_basis_change(
    bury_assumed_grades_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = str(shutil.copy(bury_assumed_grades_file, tmp_path / "bury.sqlite"))
    text = _ok(capsys, "diff", file)
    cost = text.split("\nCost a year")[1]
    assert "top of grade, 2020/21 pay: £3,471,799 -> £3,273,203 (-£198,596)" in cost
    assert "Post changes" in cost and "Pay year" not in cost
    assert "Headroom against the budget (£874,000): -£228,116 -> £51,664 (+£279,780 a year)" in cost

    _ok(
        capsys,
        "paytable",
        "use",
        file,
        "--scenario",
        "To be",
        "--year",
        "2021/22",
        "--point",
        "mid",
    )
    text = _ok(capsys, "diff", file)
    assert "Pay year (pay scale rates): 2020/21 -> 2021/22 (+£" in text
    assert "Costing point: top -> mid (-£" in text
    data = json.loads(_ok(capsys, "diff", file, "--format", "json"))["cost"]
    assert [c["kind"] for c in data["changes"]] == [
        "posts",
        "pay_year",
        "on_costs",
        "costing_point",
        "budget",
    ]
    assert data["before"]["basis"] == "top of grade, 2020/21 pay"
    assert data["after"]["basis"] == "mid of grade, 2021/22 pay"
    effects = sum(c["effect"] for c in data["changes"] if c["kind"] != "budget")
    assert abs(data["after"]["total"] - data["before"]["total"] - effects) <= 2  # rounding
