"""The changes dock lists what the compared scenarios' differences cost, and follows pay edits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orgchart_app.analysis.cost_gaps import Fix
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.cells import type_in_cell


def _rows(window: MainWindow) -> dict[str, list[str]]:
    costs = window.changes_dock.costs
    items = [costs.topLevelItem(i) for i in range(costs.topLevelItemCount())]
    return {item.text(0): [item.text(c) for c in range(1, 4)] for item in items}


def test_changes_dock_shows_the_cost_effect_of_a_pay_year_and_costing_point_change(
    qtbot, bury_assumed_grades_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_assumed_grades_window
    window.menu_actions.compare.trigger()
    rows = _rows(window)
    assert rows["Post changes"] == ["£3,471,799", "£3,273,203", "-£198,596"]
    assert "Pay year (pay scale rates)" not in rows
    assert "£3,273,203" in window.changes_dock.cost_summary.text()

    window.costs_menu.actions[Fix.BASIS].trigger()
    basis = window.costs_menu.dialogs[Fix.BASIS]
    assert "To be" in basis.windowTitle()
    basis.year.setCurrentText("2021/22")
    basis.point.setCurrentText("mid")
    qtbot.mouseClick(basis.apply_button, Qt.MouseButton.LeftButton)
    rows = _rows(window)
    assert rows["Pay year (pay scale rates)"][:2] == ["2020/21", "2021/22"]
    assert rows["Pay year (pay scale rates)"][2].startswith("+£")
    assert rows["Costing point"][:2] == ["top", "mid"]
    assert "On-costs" in rows

    window.menu_actions.undo.trigger()  # Edit > Undo: the to-be is costed as before
    assert "Costing point" not in _rows(window)


def test_a_budget_cell_typed_in_the_editor_moves_the_headroom_in_the_changes_dock(
    qtbot, bury_assumed_grades_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_assumed_grades_window
    window.menu_actions.compare.trigger()
    label = "Headroom against the budget (£874,000)"
    assert _rows(window)[label][:2] == ["-£228,116", "£51,664"]
    window.costs_menu.actions[Fix.BUDGET].trigger()
    table = window.costs_menu.dialogs[Fix.BUDGET].table
    type_in_cell(qtbot, table, 0, "Other", "10,000")
    assert _rows(window)["Headroom against the budget (£884,000)"][:2] == ["-£218,116", "£61,664"]
