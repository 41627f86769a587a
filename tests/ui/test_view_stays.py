"""The view stays where the user is: after an edit or an undo the zoom is kept and the posts the
user was working on stay at the same place on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from orgchart_app.domain import PostId
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.test_canvas import drag


def chart_of(qtbot, window: MainWindow) -> ChartView:  # type: ignore[no-untyped-def]
    chart = window.central.chart
    qtbot.waitUntil(lambda: not chart.busy and bool(chart.chart.posts))
    return chart


def post_id(window: MainWindow, ref: str) -> PostId:
    post = window.document.proposal.post_by_ref(window.document.scenario_id, ref)  # type: ignore[arg-type]
    assert post is not None
    return post.id


def on_screen(chart: ChartView, post: PostId) -> QPoint:
    return chart.mapFromScene(chart.chart.posts[post].sceneBoundingRect().topLeft())


def close(a: QPoint, b: QPoint) -> bool:
    return (a - b).manhattanLength() <= 2


def zoomed_onto(qtbot, chart: ChartView, post: PostId) -> None:  # type: ignore[no-untyped-def]
    """Zoom in with the keyboard and scroll the post into the middle, as a user would."""
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    chart.centerOn(chart.chart.posts[post].sceneBoundingRect().center())


def test_the_first_edit_after_opening_keeps_the_zoom_and_the_post_in_place(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    chart = chart_of(qtbot, window)
    officer = post_id(window, "BC-1071")
    zoomed_onto(qtbot, chart, officer)
    zoom, where = chart.zoom, on_screen(chart, officer)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=where + QPoint(8, 8))
    title = window.properties_dock.panel.editors["title"]
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (Brokerage and Market Management)")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.document.proposal.posts[officer].title.endswith("Management)")
    chart_of(qtbot, window)
    assert chart.zoom == zoom
    assert close(on_screen(chart, officer), where)


def test_after_a_drop_and_its_undo_the_new_manager_stays_in_place(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    chart = chart_of(qtbot, window)
    officer, manager = post_id(window, "BC-1071"), post_id(window, "BC-1070")
    chart.set_zoom(1.0)
    middle = (
        chart.chart.posts[officer].sceneBoundingRect().center()
        + chart.chart.posts[manager].sceneBoundingRect().center()
    ) / 2
    chart.centerOn(middle)
    zoom, where = chart.zoom, on_screen(chart, manager)
    assert chart.viewport().rect().contains(where) and chart.viewport().rect().contains(
        on_screen(chart, officer)
    )

    def centre(post: PostId) -> QPoint:
        return chart.mapFromScene(chart.chart.posts[post].sceneBoundingRect().center())

    drag(qtbot, chart, centre(officer), centre(manager))
    assert window.document.proposal.posts[officer].reports_to_id == manager
    chart_of(qtbot, window)
    assert chart.zoom == zoom and close(on_screen(chart, manager), where)
    # Undone, the post goes back under its old manager, far off: the view follows it there.
    window.menu_actions.undo.trigger()
    chart_of(qtbot, window)
    assert window.document.proposal.posts[officer].reports_to_id == post_id(window, "BC-1003")
    assert chart.zoom == zoom
    assert chart.viewport().rect().contains(on_screen(chart, officer))
