"""A unit chosen in the structure tree is brought into view on the chart, as a post chosen there
is; a unit already in view leaves the chart where it is. Real clicks in the tree."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.test_unit_editing import unit
from tests.ui.test_unit_properties import choose_unit


def shown(chart: ChartView) -> QRectF:
    return chart.mapToScene(chart.viewport().rect()).boundingRect()


def container(window: MainWindow, name: str) -> QRectF:
    item = window.central.chart.chart.units[unit(window, name).id]
    return item.sceneBoundingRect()


def far_from(chart: ChartView, rect: QRectF) -> None:
    """Scroll to the corner of the chart farthest from `rect`."""
    bounds = chart.chart.itemsBoundingRect()
    corners = (bounds.topLeft(), bounds.topRight(), bounds.bottomLeft(), bounds.bottomRight())
    far = max(corners, key=lambda c: (c - rect.center()).manhattanLength())
    chart.centerOn(far)


def test_a_unit_out_of_view_is_brought_into_view(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    chart = window.central.chart
    brokerage = container(window, "Brokerage")
    chart.zoom_by(3.0, chart.viewport().rect().center())
    far_from(chart, brokerage)
    assert not shown(chart).intersects(brokerage)
    choose_unit(qtbot, window, "Brokerage")
    view = shown(chart)
    # Its title, where a reader looks for it, is on screen.
    assert view.contains(brokerage.topLeft() + (brokerage.topRight() - brokerage.topLeft()) / 2)


def test_a_unit_in_view_leaves_the_chart_where_it_is(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    chart = window.central.chart
    brokerage = container(window, "Brokerage")
    chart.centerOn(brokerage.center())
    before = shown(chart)
    assert before.intersects(brokerage)
    choose_unit(qtbot, window, "Brokerage")
    assert shown(chart) == before


def test_a_unit_larger_than_the_view_shows_its_title_end(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    chart = window.central.chart
    chart.zoom_by(3.0, chart.viewport().rect().center())
    width = shown(chart).width()
    units = window.document.proposal.units

    # A team wider than the view that a corner of the chart leaves wholly out of view.
    def out_of_view(item_rect: QRectF) -> bool:
        far_from(chart, item_rect)
        assert shown(chart).width() == width
        return item_rect.width() > width and not shown(chart).intersects(item_rect)

    unit_id, rect = next(
        (u, r)
        for u, item in chart.chart.units.items()
        if out_of_view(r := item.sceneBoundingRect())
    )
    choose_unit(qtbot, window, units[unit_id].name)
    corner = rect.topLeft() + QPointF(8, 8)  # the title starts at the container's top left
    assert shown(chart).contains(corner)
