"""A pay, on-cost or budget change made on the command line says what it does to each scenario's
cost (the designer's undo step says the same)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.helpers import orgchart

# A pay award of Bury's NJC spine into 2022/23, a year no scenario is costed at until told.
UPLIFT = ("paytable", "uplift", "--scale", "NJC pay spine", "--from", "2021/22", "--to", "2022/23")


@pytest.fixture
def copy(bury_assumed_grades_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(bury_assumed_grades_file, tmp_path / "bury.sqlite"))


def test_a_pay_award_into_the_year_the_scenarios_use_says_its_cost_effect(copy: Path) -> None:
    for scenario in ("As is", "To be"):
        used = orgchart("paytable", "use", copy, "--scenario", scenario, "--year", "2022/23")
        assert used.returncode == 0, used.stderr
    before = orgchart("cost", copy, "--scenario", "To be").stdout
    result = orgchart(*UPLIFT, copy, "--flat", "1925")
    assert result.returncode == 0, result.stderr
    assert "cost a year:" in result.stdout and '"To be" +£' in result.stdout
    assert orgchart("cost", copy, "--scenario", "To be").stdout != before


def test_an_edit_that_changes_no_cost_says_so(copy: Path) -> None:
    result = orgchart(*UPLIFT, copy, "--percent", "2")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("(no scenario's cost or headroom changes)")


def test_an_on_cost_rule_says_its_cost_effect(copy: Path) -> None:
    result = orgchart(
        "oncosts",
        "set",
        copy,
        "--organisation",
        "Bury Council",
        "--year",
        "2020/21",
        "--pension-rate",
        "25",
        "--ni-rate",
        "13.8",
        "--ni-threshold",
        "8788",
        "--levy",
        "0.5",
    )
    assert result.returncode == 0, result.stderr
    assert '"As is" +£' in result.stdout and '"To be" +£' in result.stdout


def test_a_point_set_in_the_year_the_scenarios_use_says_its_cost_effect(copy: Path) -> None:
    args = ["paytable", "point", copy, "--scale", "NJC pay spine", "--year", "2020/21"]
    before = copy.read_bytes()
    refused = orgchart(*args, "--point", "32", "--salary", "lots")
    assert refused.returncode != 0 and "Traceback" not in refused.stderr, refused.stderr
    assert '"lots" is not a number' in refused.stderr and copy.read_bytes() == before
    result = orgchart(*args, "--point", "32", "--salary", "40,000")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Set point 32 (2020/21) to £40,000 (cost a year: ")
    assert '"As is" +£' in result.stdout and '"To be" +£' in result.stdout
