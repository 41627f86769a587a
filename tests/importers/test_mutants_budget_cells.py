"""importers/budget_cells.py directly: the editor's cells of a line, and cells that do not exist."""

from __future__ import annotations

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.ids import BudgetLineId
from orgchart_app.importers.budget_cells import COLUMNS, budget_cell_edit, cells


def test_a_lines_cells_are_keyed_by_the_editors_columns_in_order(bury: Proposal) -> None:
    line = next(iter(bury.budget_lines.values()))
    shown = cells(line)
    assert tuple(shown) == COLUMNS
    assert (shown["Cost centre"], shown["Description"], shown["Funding source"]) == (
        line.cost_code,
        line.description,
        line.funding_source,
    )
    assert shown["Superannuation"] == f"{line.superannuation.normalize():f}"


def test_a_missing_line_or_column_is_one_sentence(bury: Proposal) -> None:
    line = next(iter(bury.budget_lines.values()))
    message = "That budget line or column does not exist (it may have been removed)."
    for line_id, column in ((line.id, "Salary"), (BudgetLineId(99_999), "NI")):
        with pytest.raises(NotFound) as missing:
            budget_cell_edit(bury, line_id, column, "5")
        assert str(missing.value) == message
