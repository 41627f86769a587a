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


def test_a_point_edited_in_the_pay_year_both_scenarios_use_is_a_step_with_its_cost_effect(
    qtbot, bury_assumed_grades_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Both scenarios cost 2020/21 pay: a 2020/21 point edited moves both, and the Changes dock
    and the undo history say by how much, as they do for a change of pay year."""
    window = bury_assumed_grades_window
    window.menu_actions.compare.trigger()
    window.costs_menu.actions[Fix.PAY_SCALES].trigger()
    pay = window.costs_menu.dialogs[Fix.PAY_SCALES]
    entry = pay.entry
    pay.scale_box.setCurrentText("NJC pay spine")
    entry.from_year.setCurrentText("2020/21")
    qtbot.keyClicks(entry.point, "32")  # Grade 8's top
    qtbot.keyClicks(entry.point_salary, "40,000")
    qtbot.mouseClick(entry.point_button, Qt.MouseButton.LeftButton)
    stack = window.document.undo_stack
    step = stack.text(stack.index() - 1)
    assert step.startswith("Set point 32 (2020/21) to £40,000 (cost a year: ")
    assert pay.message.text() == f"Done: {step}."
    assert '"As is" +£' in step and '"To be" +£' in step
    rows = _rows(window)
    (label,) = [text for text in rows if text.startswith("Edit: Set point 32")]
    as_is, to_be, difference = rows[label]
    assert as_is.startswith("cost +£") and to_be.startswith("cost +£") and difference
    assert "£3,273,203" not in window.changes_dock.cost_summary.text()  # the to-be costs more

    window.menu_actions.undo.trigger()
    assert not [text for text in _rows(window) if text.startswith("Edit: ")]
    assert "£3,273,203" in window.changes_dock.cost_summary.text()
    assert stack.text(stack.index()).startswith("Set point 32")  # the redo keeps its effect


def test_a_budget_edit_is_a_step_with_its_headroom_effect(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    window.menu_actions.compare.trigger()
    window.costs_menu.actions[Fix.BUDGET].trigger()
    table = window.costs_menu.dialogs[Fix.BUDGET].table
    type_in_cell(qtbot, table, 0, "Other", "10,000")
    stack = window.document.undo_stack
    step = stack.text(stack.index() - 1)
    assert 'headroom a year: "As is" +£10,000, "To be" +£10,000' in step
    assert "cost a year" not in step


def test_every_column_heading_shows_whole_before_and_while_comparing(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    # "What the cost re" once: before any comparison the headings kept Qt's default width.
    window = bury_window
    dock = window.changes_dock
    for _ in range(2):
        for tree in (dock.list, dock.costs):
            header = tree.header()
            for column in range(tree.columnCount()):
                heading = tree.headerItem().text(column)
                assert tree.columnWidth(column) >= header.sectionSizeHint(column), heading
        window.menu_actions.compare.trigger()
