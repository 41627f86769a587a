"""The budget editor: cells typed with real key presses, lines added and removed, each one undo."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from orgchart_app.analysis.cost_gaps import Fix
from orgchart_app.importers.budget_cells import COLUMNS
from orgchart_app.ui.window.main_window import MainWindow
from tests.cli.helpers import REPO
from tests.ui.cells import type_in_cell
from tests.ui.conftest import open_in


def _text(table: QTableWidget, row: int, column: str) -> str:
    item = table.item(row, COLUMNS.index(column))
    return item.text() if item is not None else ""


def test_budget_cells_typed_in_the_table_each_one_undo_step(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    window.costs_menu.actions[Fix.BUDGET].trigger()
    budget = window.costs_menu.dialogs[Fix.BUDGET]
    table, stack = budget.table, window.document.undo_stack
    lines = window.document.proposal.budget_lines
    first = next(iter(lines.values()))
    assert table.rowCount() == len(lines) == 5 and _text(table, 0, "Cost centre") == first.cost_code

    type_in_cell(qtbot, table, 0, "Basic pay", "400,000")
    assert lines[first.id].basic_pay == 400000 and stack.count() == 1
    assert _text(table, 0, "Total") == f"{lines[first.id].total:,.0f}"
    type_in_cell(qtbot, table, 0, "Cost centre", "KX100")
    assert lines[first.id].cost_code == "KX100" and stack.count() == 2

    type_in_cell(qtbot, table, 0, "NI", "lots")
    assert budget.message.text() == 'Budget editor, line 1: NI "lots" is not a number.'
    assert lines[first.id].national_insurance == first.national_insurance
    assert _text(table, 0, "NI") == f"{first.national_insurance:,.0f}" and stack.count() == 2

    qtbot.mouseClick(budget.add_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 6 and len(lines) == 6 and stack.count() == 3
    type_in_cell(qtbot, table, 5, "Description", "Grant for the new team")
    type_in_cell(qtbot, table, 5, "Other", "25000")
    type_in_cell(qtbot, table, 5, "Recurrent", "no (assumed)")
    added = list(lines.values())[-1]
    assert (added.description, added.other, added.recurrent, added.recurrence_assumed) == (
        "Grant for the new team",
        Decimal(25000),
        False,
        True,
    )
    assert _text(table, 5, "Recurrent") == "no (assumed)" and stack.count() == 6

    table.selectRow(1)
    qtbot.mouseClick(budget.remove_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 5 and len(lines) == 5 and stack.count() == 7

    for _ in range(7):  # Edit > Undo, step by step, back to the budget as it was
        window.menu_actions.undo.trigger()
    assert list(lines.values())[0] == first and len(lines) == 5
    assert _text(table, 0, "Basic pay") == f"{first.basic_pay:,.0f}"


def test_the_capacity_plan_shows_which_funding_recurs_and_which_is_assumed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sample = REPO / "sample_data" / "manchester_asc_capacity.sqlite"
    open_in(qtbot, window, Path(shutil.copy(sample, tmp_path / "capacity.sqlite")))
    window.costs_menu.actions[Fix.BUDGET].trigger()
    table = window.costs_menu.dialogs[Fix.BUDGET].table
    by_source = {
        _text(table, row, "Funding source"): _text(table, row, "Recurrent")
        for row in range(table.rowCount())
        if _text(table, row, "Funding source")
    }
    assert by_source == {
        "ASC reserve/social care grants": "no",
        "ASC Seasonal Resilience grant": "no",
        "MHCC": "yes",
        "MCC reserve (yr1) MLCO INTs (yr2/3)": "no (assumed)",
    }
