"""The shipped example establishment list imports as its README says, and is what its script writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.samples import establishment_list, sample_data_folder
from orgchart_app.storage import open_proposal
from tests.cli.helpers import orgchart

SHIPPED = sample_data_folder()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_the_example_list_imports_with_its_grades_vacancies_and_lines(
    tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / "wyvern.sqlite"
    result = orgchart("import", SHIPPED / f"example_establishment.{suffix}", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "120 rows read = 120 placed + 0 skipped" in result.stdout
    assert "0 problems listed" in result.stdout
    proposal = open_proposal(out).proposal
    posts = list(proposal.posts.values())
    assert len(posts) == 120
    assert sum(p.status.value == "vacant" for p in posts) == 9
    assert sum(p.fte == 0.5 for p in posts) == 16
    assert {p.cost_code for p in posts} == {"CC2000", "CC2100", "CC2200", "CC2300", "CC2400"}
    assert len(proposal.dotted_lines) == 2
    assert sorted(o.name for o in proposal.organisations.values()) == [
        "Wyvern Borough Council (fictional)",
        "Wyvern Community Health NHS Trust (fictional)",
    ]
    assert sum(p.deployed_to_id is not None for p in posts) == 1
    # The NHS post deployed to the council sits in the council's team, where it works.
    validated = orgchart("validate", out)
    assert validated.returncode == 0, validated.stdout


def test_the_shipped_csv_files_are_what_the_script_writes(tmp_path: Path) -> None:
    establishment_list.write_files(tmp_path)
    names = ["example_establishment.csv", "example_changes.csv", "example_grades.csv"]
    for name in [*names, "example_senior_grades.csv", "example_budget.csv"]:
        assert (tmp_path / name).read_bytes() == (SHIPPED / name).read_bytes(), name
