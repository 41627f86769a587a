"""One cell of a budget line changed as typed in the budget editor: checked as the budget import checks it, one edit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import OrgChartError
from orgchart_app.edits import apply_edit
from orgchart_app.importers.budget_cells import budget_cell_edit


def test_a_cell_changes_only_its_own_field(bury: Proposal) -> None:
    line = next(iter(bury.budget_lines.values()))
    applied = apply_edit(bury, budget_cell_edit(bury, line.id, "Basic pay", "400,000"))
    changed = bury.budget_lines[line.id]
    assert changed.basic_pay == 400000 and changed.description == line.description
    assert changed.subjective_codes == line.subjective_codes
    apply_edit(bury, applied.inverse)
    assert bury.budget_lines[line.id] == line
    apply_edit(bury, budget_cell_edit(bury, line.id, "Recurrent", "no (assumed)"))
    assert (
        bury.budget_lines[line.id].recurrent,
        bury.budget_lines[line.id].recurrence_assumed,
    ) == (
        False,
        True,
    )


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        ("Basic pay", "lots", 'line 1: Basic pay "lots" is not a number.'),
        ("NI", "-5", "line 1: NI cannot be negative (put a reduction in other)."),
        ("Year", "2024", 'line 1: year "2024" is not a financial year such as 2019/20.'),
        ("Kind", "spend", 'line 1: kind "spend" is not budget, adjustment or cost.'),
        ("Posts", "BC-9999", 'line 1: post "BC-9999" is not in the file.'),
        ("Total", "5", "line 1: the total is the sum of the amounts: change those."),
    ],
)
def test_bad_cells_are_one_sentence_naming_the_line_and_field(
    bury: Proposal, column: str, text: str, message: str
) -> None:
    line = next(iter(bury.budget_lines.values()))
    with pytest.raises(OrgChartError) as refused:
        budget_cell_edit(bury, line.id, column, text)
    assert str(refused.value) == f"Budget editor, {message}"


def test_other_may_be_negative(bury: Proposal) -> None:
    line = next(iter(bury.budget_lines.values()))
    apply_edit(bury, budget_cell_edit(bury, line.id, "Other", "-1,500"))
    assert bury.budget_lines[line.id].other == Decimal(-1500)
