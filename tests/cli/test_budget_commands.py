"""orgchart budget import|export|list: the budget round trip, and bad input refused whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from orgchart_app.storage import open_proposal
from tests.cli.helpers import orgchart

HEADER = "Cost centre,Description,Basic pay (6100),NI (6124),Superannuation (6125),Other,Total"


@pytest.fixture
def copy(bury_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(bury_file, tmp_path / "bury.sqlite"))


def test_export_then_import_gives_the_same_budget(copy: Path, tmp_path: Path) -> None:
    before = list(open_proposal(copy).proposal.budget_lines.values())
    for name in ("budget.csv", "budget.xlsx"):
        assert orgchart("budget", "export", copy, "-o", tmp_path / name).returncode == 0
    sheet = load_workbook(tmp_path / "budget.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["Cost centre", "Description", "Basic pay (6000)"]
    refused = orgchart("budget", "import", copy, tmp_path / "budget.csv")
    assert refused.returncode != 0 and "already has 5 budget lines" in refused.stderr
    result = orgchart("budget", "import", copy, tmp_path / "budget.xlsx", "--replace")
    assert result.returncode == 0, result.stderr
    after = list(open_proposal(copy).proposal.budget_lines.values())
    assert [
        (line.cost_code, line.total, line.kind, line.post_refs, line.subjective_codes)
        for line in after
    ] == [
        (line.cost_code, line.total, line.kind, line.post_refs, line.subjective_codes)
        for line in before
    ]
    listing = orgchart("budget", "list", copy).stdout
    assert "Basic pay (6000)" in listing and "BC-1070, BC-1071" in listing
    # Amounts are read by people here, so grouped as everywhere else in the product's text.
    assert "874,000" in listing and "874000" not in listing


def test_import_takes_another_councils_codes_years_and_sources(copy: Path, tmp_path: Path) -> None:
    table = tmp_path / "other.csv"
    table.write_text(
        f"{HEADER},Year,Funding source,Recurrent\n"
        "KX100,Team budget,100000,10000,20000,0,130000,2024/25,Core,yes\n"
        "KX100,Team budget,100000,10000,20000,0,130000,2025/26,Grant,no\n"
        "KX100,Team budget,100000,10000,20000,0,130000,2026/27,Grant,no (assumed)\n",
        encoding="utf-8",
    )
    assert orgchart("budget", "import", copy, table, "--replace").returncode == 0
    lines = list(open_proposal(copy).proposal.budget_lines.values())
    assert [
        (line.year, line.funding_source, line.recurrent, line.recurrence_assumed) for line in lines
    ] == [
        ("2024/25", "Core", True, False),
        ("2025/26", "Grant", False, False),
        ("2026/27", "Grant", False, True),
    ]
    assert orgchart("budget", "export", copy, "-o", tmp_path / "out.csv").returncode == 0
    exported = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert exported[3].split(",")[-2:] == ["no (assumed)", ""]
    assert {line.subjective_codes for line in lines} == {"6100/6124/6125/"}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            "KX1,Team,100,10,20,0,131\n",
            "other.csv, line 3: total 131 is not the sum of its amounts (130).",
        ),
        (
            "KX1,Team,1oo,10,20,0,130\n",
            'other.csv, line 3: Basic pay (6100) "1oo" is not a number.',
        ),
        (
            "KX1,Team,100,10,20,0,130,2024\n",
            'other.csv, line 3: year "2024" is not a financial year',
        ),
        (
            "KX1,Team,100,10,20,0,130,2024/25,BC-9999\n",
            'other.csv, line 3: post "BC-9999" is not in',
        ),
    ],
)
def test_bad_budget_lines_are_refused_and_the_file_unchanged(
    copy: Path, tmp_path: Path, rows: str, message: str
) -> None:
    table = tmp_path / "other.csv"
    table.write_text(f"{HEADER},Year,Posts\nKX0,Fine,1,0,0,0,1,2024/25,\n{rows}", encoding="utf-8")
    before = copy.read_bytes()
    result = orgchart("budget", "import", copy, table, "--replace")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert message in result.stderr, result.stderr
    assert copy.read_bytes() == before
