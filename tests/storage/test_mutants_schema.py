"""schema.py's defaults as the saved file's own CREATE TABLE states them (issue 24): rows that
another tool writes without the columns added since format 3 still read."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.storage import open_proposal
from tests.storage.helpers import crafted


def test_a_budget_line_written_without_the_later_columns_reads_with_their_defaults(
    tmp_path: Path,
) -> None:
    path = crafted(
        tmp_path / "plan.sqlite",
        "DELETE FROM budget_line",
        "INSERT INTO budget_line (id, cost_code, description, basic_pay, national_insurance, "
        "superannuation, other) "
        "VALUES (1, 'R100', 'Staffing', 1000, 0, 0, 0)",
    )
    (line,) = open_proposal(path).proposal.budget_lines.values()
    assert (line.cost_code, line.basic_pay) == ("R100", 1000)
    assert (line.kind.value, line.year, line.funding_source, line.post_refs) == (
        "budget",
        "",
        "",
        "",
    )
    assert (line.recurrent, line.subjective_codes) == (True, "")
