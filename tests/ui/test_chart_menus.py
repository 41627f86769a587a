"""Right-click menus on the chart, for posts, units and dotted lines, through real context events."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from orgchart_app.domain import DottedLineId, PostId
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.test_unit_editing import answer, pick_from_menu_at


def right_click(qtbot, chart: ChartView, at: QPoint, path: Sequence[str]) -> None:  # type: ignore[no-untyped-def]
    """Right-click the chart at `at` and pick `path` in the menu that opens."""
    pick_from_menu_at(chart.viewport(), at, path)


def chart_at(qtbot, window: MainWindow, ref: str) -> tuple[ChartView, PostId, QPoint]:  # type: ignore[no-untyped-def]
    chart = window.central.chart
    qtbot.waitUntil(lambda: not chart.busy and bool(chart.chart.posts))
    post = window.document.proposal.post_by_ref(window.document.scenario_id, ref)  # type: ignore[arg-type]
    assert post is not None
    rect = chart.chart.posts[post.id].sceneBoundingRect()
    chart.centerOn(rect.center())
    return chart, post.id, chart.mapFromScene(rect.center())


def test_a_posts_menu_draws_a_dotted_line_from_it(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    chart, officer, at = chart_at(qtbot, bury_window, "BC-1071")
    right_click(qtbot, chart, at, ["Draw Dotted Line From Here"])
    other = bury_window.document.proposal.post_by_ref(bury_window.document.scenario_id, "BC-1070")  # type: ignore[arg-type]
    assert other is not None
    target = chart.mapFromScene(chart.chart.posts[other.id].sceneBoundingRect().center())
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=target)
    drawn = [
        (d.from_post_id, d.to_post_id) for d in bury_window.document.proposal.dotted_lines.values()
    ]
    assert (officer, other.id) in drawn


def test_a_posts_menu_offers_the_edit_menus_commands_on_it(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    chart, officer, at = chart_at(qtbot, bury_window, "BC-1071")
    right_click(qtbot, chart, at, ["Delete"])
    assert officer not in bury_window.document.proposal.posts


def test_a_units_menu_on_the_chart_renames_it(
    qtbot, bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    chart = bury_window.central.chart
    qtbot.waitUntil(lambda: not chart.busy and bool(chart.chart.posts))
    unit = bury_window.document.proposal.unit_called(bury_window.document.scenario_id, "Brokerage")  # type: ignore[arg-type]
    title = chart.chart.units[unit.id].title.sceneBoundingRect()
    chart.centerOn(title.center())
    answer(monkeypatch, "AskText", "Brokerage and Market Management")
    right_click(qtbot, chart, chart.mapFromScene(title.center() + QPointF(0, 0)), ["Rename..."])
    assert bury_window.document.proposal.units[unit.id].name == "Brokerage and Market Management"


def a_to_be_line(qtbot, window: MainWindow) -> tuple[DottedLineId, QPointF]:  # type: ignore[no-untyped-def]
    """The first dotted line of Bury's To be, and a point on it clear of any post (centred)."""
    next(a for a in window.menus.switch_scenario.actions() if a.text() == "To be").trigger()
    chart = window.central.chart
    qtbot.waitUntil(lambda: not chart.busy and bool(chart.chart.lines))
    line_id, item = next(iter(chart.chart.lines.items()))
    (connector,) = item.connectors
    middles = [
        QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        for a, b in zip(connector.points, connector.points[1:], strict=False)
    ]
    middle = next(
        m for m in middles if chart.chart.line_at(m) is item and chart.chart.post_at(m) is None
    )
    chart.centerOn(middle)
    return DottedLineId(line_id), middle


def test_a_lines_menu_changes_its_kind_and_deletes_it(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    chart = window.central.chart
    line_id, middle = a_to_be_line(qtbot, window)
    right_click(qtbot, chart, chart.mapFromScene(middle), ["Kind", "Secondment"])
    assert window.document.proposal.dotted_lines[line_id].kind.value == "secondment"
    qtbot.waitUntil(lambda: not chart.busy and line_id in chart.chart.lines)
    chart.centerOn(middle)
    right_click(qtbot, chart, chart.mapFromScene(middle), ["Delete Line"])
    assert line_id not in window.document.proposal.dotted_lines
