"""orgchart paytable and oncosts: bad input is one sentence, a non-zero exit, the file unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.helpers import orgchart


@pytest.fixture
def copy(bury_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(bury_file, tmp_path / "bury.sqlite"))


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            "grade,bottom point,top point\nG1,3,5\nG2,six,9\n",
            'grades.csv, line 3: bottom point "six" is not a number.',
        ),
        (
            "grade,bottom point,top point\nG1,9,5\n",
            "grades.csv, line 2: bottom point 9 is above top point 5.",
        ),
        (
            "grade,min salary,max salary\nSS1,£60,000,70000\n",
            "grades.csv, line 2 has more cells than the header",
        ),
        ("grade,salary\nG1,3\n", 'the columns must be "grade, bottom point, top point" or'),
        ("grade,bottom point,top point\nG1,3,5\nG1,6,8\n", 'line 3: grade "G1" is there twice.'),
    ],
)
def test_paytable_import_refuses_bad_tables(
    copy: Path, tmp_path: Path, rows: str, message: str
) -> None:
    table = tmp_path / "grades.csv"
    table.write_text(rows, encoding="utf-8")
    before = copy.read_bytes()
    result = orgchart("paytable", "import", copy, table, "--scale", "Local")
    assert result.returncode != 0 and message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert copy.read_bytes() == before


def test_bad_commands_leave_the_file_unchanged(copy: Path) -> None:
    before = copy.read_bytes()
    for args, message in (
        (
            (
                "oncosts",
                "set",
                copy,
                "--organisation",
                "Nowhere",
                "--year",
                "2025/26",
                "--pension-rate",
                "20",
            ),
            'no organisation called "Nowhere"',
        ),
        (
            (
                "paytable",
                "uplift",
                copy,
                "--scale",
                "NJC pay spine",
                "--from",
                "2021/22",
                "--to",
                "2022/23",
                "--flat",
                "lots",
            ),
            '"lots" is not a number',
        ),
        (("paytable", "map", copy, "Grade 9", "G99"), 'no grade "G99"'),
        (("paytable", "use", copy, "--scenario", "Nope", "--year", "2021/22"), "no scenario"),
    ):
        result = orgchart(*args)
        assert result.returncode != 0 and message in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert copy.read_bytes() == before


def test_list_commands_show_scales_rules_and_what_is_missing(copy: Path) -> None:
    assert orgchart("paytable", "add", copy, "afc", "--year", "2024/25").returncode == 0
    listing = orgchart("paytable", "list", copy).stdout
    assert "NHS Agenda for Change (AfC): pay years 2020/21, 2021/22, 2024/25" in listing
    rules = orgchart("oncosts", "list", copy).stdout
    assert "2025/26  15%" in rules and "LGPS (GMPF) 20.5%" in rules


def test_oncosts_for_a_year_without_shipped_rates_needs_the_levy(copy: Path) -> None:
    before = copy.read_bytes()
    args = ["oncosts", "set", copy, "--organisation", "Bury Council", "--year", "2030/31"]
    args += ["--pension-rate", "20", "--ni-rate", "15", "--ni-threshold", "5000"]
    result = orgchart(*args)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip() == (
        "orgchart: No apprenticeship levy rate ships for 2030/31 (it does for 2023/24, 2024/25, "
        "2025/26): give the apprenticeship levy rate (0 for an employer whose pay bill is under £3m)."
    )
    assert copy.read_bytes() == before
    assert orgchart(*args, "--levy", "0.5").returncode == 0
    assert "2030/31  15%" in orgchart("oncosts", "list", copy).stdout


def test_oncosts_nhs_pension_for_a_year_without_shipped_rates_takes_the_rates_given(
    copy: Path,
) -> None:
    args = ["oncosts", "set", copy, "--organisation", "Bury Council", "--year", "2026/27"]
    args += ["--ni-rate", "15", "--ni-threshold", "5000", "--levy", "0.5", "--nhs-pension"]
    before = copy.read_bytes()
    refused = orgchart(*args)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr, refused.stderr
    assert "No NHS Pension rates ship for 2026/27" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and copy.read_bytes() == before
    done = orgchart(*args, "--pension-rate", "14.38", "--nhs-full-rate", "23.78")
    assert done.returncode == 0, done.stderr
    listed = orgchart("oncosts", "list", copy).stdout
    assert "NHS Pension Scheme 14.38% (full cost 23.78%)" in listed


def test_oncosts_set_without_any_pension_is_one_sentence(copy: Path) -> None:
    before = copy.read_bytes()
    result = orgchart("oncosts", "set", copy, "--organisation", "Bury Council", "--year", "2025/26")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "pension" in result.stderr
    assert copy.read_bytes() == before
