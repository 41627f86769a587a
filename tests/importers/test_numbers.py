"""Numbers as people write them: thousands commas, decimal commas, percentages; a doubtful one listed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.importers import ProblemKind, import_files
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_establishment import post
from tests.importers.test_organogram import junior, senior


def _boxes(tmp_path: Path, ftes: list[str]) -> tuple[dict[str, float], list[tuple[int, str]]]:
    """Junior boxes' total FTE by title, and the (line, message) of each number problem."""
    juniors = [junior("Office", "CEO1", "EO", f"Role {n}", fte) for n, fte in enumerate(ftes)]
    result = import_files(
        [
            write_csv(
                tmp_path / "senior.csv",
                [SENIOR_HEADER, senior("CEO1", "Pat", "SCS3", "Chief", "Office", "XX")],
            ),
            write_csv(tmp_path / "junior.csv", [JUNIOR_HEADER, *juniors]),
        ]
    )
    totals = {p.title: p.total_fte for p in result.proposal.posts.values() if p.title != "Chief"}
    listed = [
        (p.line, p.message) for p in result.report.problems if p.kind is ProblemKind.DOUBTFUL_NUMBER
    ]
    return totals, listed


@pytest.mark.parametrize(
    ("ftes", "expected", "doubtful_line", "read_as"),
    [
        (["1,234", "1,234.5", "0.6", "60%", "2.5"], [1234, 1234.5, 0.6, 0.6, 2.5], 2, "1234"),
        (["0,6", "2,5", "1.234,5", "1,234", "12,75"], [0.6, 2.5, 1234.5, 1.234, 12.75], 5, "1.234"),
    ],
    ids=["decimal points", "decimal commas"],
)
def test_numbers_by_the_files_own_convention(
    tmp_path: Path, ftes: list[str], expected: list[float], doubtful_line: int, read_as: str
) -> None:
    totals, listed = _boxes(tmp_path, ftes)
    assert totals == pytest.approx({f"Role {n}": value for n, value in enumerate(expected)})
    ((line, message),) = listed
    assert line == doubtful_line and '"1,234"' in message and f"read as {read_as}," in message


def test_an_establishment_with_decimal_commas(tmp_path: Path) -> None:
    rows = [
        ["Post Number", "Job Title", "FTE", "Salary", "Reports To"],
        ["P1", "Director", "1", "95.000,00", ""],
        ["P2", "Officer", "0,6", "35.745,50", "P1"],
    ]
    result = import_files([write_csv(tmp_path / "eu.csv", rows, encoding="utf-8")])
    assert post(result.proposal, "P2").fte == pytest.approx(0.6)
    assert post(result.proposal, "P2").salary == Decimal("35745.50")
    assert post(result.proposal, "P1").salary == Decimal(95000)
    assert result.report.problems == []
