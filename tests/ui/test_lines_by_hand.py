"""Dotted, matrix and secondment lines drawn by hand on the tiny chart, edited and deleted."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from orgchart_app.domain import DottedLineKind
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.docks.line_properties import LinePanel
from tests.ui.test_canvas import at_post, drag, post, view

__all__ = ["view"]  # the fixture, shared with test_canvas


def lines(view: ChartView) -> set[tuple[str, str]]:
    proposal = view.document.proposal
    return {
        (proposal.posts[d.from_post_id].post_ref, proposal.posts[d.to_post_id].post_ref)
        for d in proposal.dotted_lines.values()
    }


def on_the_line(view: ChartView) -> QPoint:
    """A point on the drawn line, clear of the cards (the middle of its path)."""
    (item,) = view.chart.lines.values()
    (connector,) = item.connectors
    (x0, y0), (x1, y1) = connector.points[1], connector.points[2]
    return view.mapFromScene(QPointF((x0 + x1) / 2, (y0 + y1) / 2))


def test_in_draw_mode_a_drag_from_a_post_to_another_adds_a_dotted_line(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    view.drawing_lines = True
    drag(qtbot, view, at_post(view, "P3"), at_post(view, "P5"))
    assert lines(view) == {("P3", "P5")}
    assert view.document.undo_stack.count() == 1
    assert view.document.proposal.posts[post(view, "P3")].reports_to_id == post(
        view, "P2"
    )  # not a move
    view.document.undo_stack.undo()
    assert lines(view) == set()


def test_a_drawn_line_is_selected_edited_in_the_panel_and_deleted(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = LinePanel(view.document)
    qtbot.addWidget(panel)
    panel.show()
    view.start_line_from(post(view, "P4"))  # the post's right-click "Draw Dotted Line From Here"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at_post(view, "P5"))
    assert lines(view) == {("P4", "P5")}
    view.document.select_line(None)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_the_line(view))
    (line_id,) = view.chart.lines
    assert view.document.selected_line == line_id and panel.isEnabled()
    panel.kind.setFocus()
    qtbot.keyClick(panel.kind, Qt.Key.Key_Down)  # matrix
    panel.share.setFocus()
    qtbot.keyClicks(panel.share, "10%")
    qtbot.keyClick(panel.share, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.interim, Qt.MouseButton.LeftButton)
    panel.label.setFocus()
    qtbot.keyClicks(panel.label, "90% MLCO / 10% MHCC")
    qtbot.keyClick(panel.label, Qt.Key.Key_Return)
    line = view.document.proposal.dotted_lines[line_id]
    assert (line.kind, line.share_percent, line.temporary) == (DottedLineKind.MATRIX, 10.0, True)
    assert line.label == "90% MLCO / 10% MHCC"
    assert view.document.undo_stack.count() == 5  # drawn, kind, share, interim, label: a step each
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert lines(view) == set()
    view.document.undo_stack.undo()
    assert lines(view) == {("P4", "P5")}
