"""The whole window on the Bury sample: a mouse drag on the chart, the docks following, undo, save."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from orgchart_app.domain import PostId
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.conftest import open_in
from tests.ui.test_canvas import drag
from tests.ui.test_canvas_bury import drag_officer, officer_in, show_both, unit_id


def tree_parent_name(window: MainWindow, post_id: PostId) -> str:
    return str(window.structure_dock.model.post_index(post_id).parent().data())


def test_a_drag_moves_an_officer_and_the_tree_properties_undo_and_save_follow(
    qtbot, window: MainWindow, bury_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "bury.sqlite"
    shutil.copy(bury_file, copy)
    open_in(qtbot, window, copy)
    next(a for a in window.menus.switch_scenario.actions() if a.text() == "To be").trigger()
    window.settings.set_keep_manager_answer("head")  # the question is tested on its own
    chart = window.central.chart
    qtbot.waitUntil(lambda: not chart.busy)
    officer = drag_officer(qtbot, chart, "OP/Ageing Well", "Learning Disability")

    learning = unit_id(chart, "Learning Disability")
    assert window.document.proposal.posts[officer.id].unit_id == learning
    assert window.document.selection == (officer.id,)
    assert tree_parent_name(window, officer.id).startswith("Learning Disability")
    assert window.properties_dock.panel.choices.unit.currentText().startswith("Learning Disability")
    assert window.statusBar().currentMessage().startswith("Done: Move")
    assert window.isWindowModified()

    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tree_parent_name(window, officer.id).startswith("OP/Ageing Well")
    assert window.properties_dock.panel.choices.unit.currentText().startswith("OP/Ageing Well")

    window.menu_actions.redo.trigger()
    window.menu_actions.save.trigger()
    window.menu_actions.close.trigger()
    window.menus.recent.aboutToShow.emit()
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        window.menus.recent.actions()[0].trigger()
    reopened = window.document.proposal
    assert reopened.units[reopened.posts[officer.id].unit_id].name == "Learning Disability"


def test_a_refused_drop_says_why_in_the_status_bar(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    next(a for a in window.menus.switch_scenario.actions() if a.text() == "To be").trigger()
    chart = window.central.chart
    qtbot.waitUntil(lambda: not chart.busy)
    officer = officer_in(chart, "Learning Disability")
    manager = window.document.proposal.posts[officer.reports_to_id]  # type: ignore[index]
    before = window.document.proposal.snapshot()
    start, end = show_both(
        chart,
        chart.chart.posts[manager.id].sceneBoundingRect().center(),
        chart.chart.posts[officer.id].sceneBoundingRect().center(),
    )
    drag(qtbot, chart, start, end)
    assert "cycle" in window.statusBar().currentMessage()
    assert window.document.proposal.snapshot() == before and not window.isWindowModified()


def test_enter_on_the_chart_puts_the_cursor_in_the_posts_title(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    chart = window.central.chart
    qtbot.waitUntil(lambda: not chart.busy)
    scenario = window.document.scenario_id
    officer = window.document.proposal.post_by_ref(scenario, "BC-1071")  # type: ignore[arg-type]
    assert officer is not None
    window.document.select([officer.id])
    window.activateWindow()
    qtbot.waitActive(window)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    title = window.properties_dock.panel.editors["title"]
    assert title.hasFocus() and title.selectedText() == officer.title
