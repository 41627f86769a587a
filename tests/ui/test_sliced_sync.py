"""A big change to the chart is made a slice at a time: the window answers between slices, no
half-changed picture is ever painted, and the end is exactly the new layout, even when an undo
comes in the middle."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from orgchart_app.edits import SetReportsTo
from orgchart_app.layout.delta import keyed
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.window.document import DocumentController
from tests.ui.chart_fixtures import tiny_proposal
from tests.ui.test_canvas import at_post, drag, post
from tests.ui.test_incremental_scene import _shown


class _Ticks(QObject):
    """Counts a zero timer's ticks while the chart is being synced: the event loop running."""

    def __init__(self, view: ChartView) -> None:
        super().__init__()
        self.view = view
        self.while_syncing = 0
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.while_syncing += self.view.chart.syncing


def _on_screen(view: ChartView) -> QImage:
    """The window's pixels as they are on screen (its backing store), not painted afresh."""
    return view.screen().grabWindow(view.winId()).toImage()


@pytest.fixture
def view(qtbot) -> Iterator[ChartView]:  # type: ignore[no-untyped-def]
    chart_view = ChartView(DocumentController(tiny_proposal()))  # the designer's own layout
    qtbot.addWidget(chart_view)
    chart_view.resize(1000, 500)
    chart_view.show()
    qtbot.waitExposed(chart_view)
    qtbot.waitUntil(lambda: not chart_view.busy)
    # Every change sliced, one item a slice: what a team move at 10,000 posts goes through.
    chart_view.chart.sliced_from = 1
    chart_view.chart.slices.budget = 0.0
    yield chart_view
    chart_view.chart.runner.shutdown()


def test_a_sliced_drop_ends_exactly_on_the_new_layout_and_paints_only_then(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    before, picture_before = view.chart.layout, _on_screen(view)
    ticks = _Ticks(view)
    view.viewport().update()  # a paint asked for before the drop, still to come when it lands
    drag(qtbot, view, at_post(view, "P3"), at_post(view, "P4"))
    assert view.chart.syncing and view.busy  # the rest of the change waits for later slices
    half_way = []
    while view.chart.syncing:
        view.viewport().update()  # as a scroll or an expose would ask
        QApplication.processEvents()  # one slice, and the paints asked for meanwhile
        if view.chart.syncing:
            half_way.append(_on_screen(view))
    qtbot.waitUntil(lambda: not view.busy)
    layout = view.chart.layout
    assert layout is not before and layout is not None
    assert _shown(view.chart) == keyed(layout)
    assert ticks.while_syncing > 1  # the event loop ran between the slices
    assert half_way and all(picture == picture_before for picture in half_way)
    qtbot.waitUntil(lambda: _on_screen(view) != picture_before)  # the new picture, once made


def test_an_undo_in_the_middle_of_a_sliced_sync_ends_on_the_picture_before_the_drop(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    before = view.chart.layout
    assert before is not None
    drag(qtbot, view, at_post(view, "P3"), at_post(view, "P4"))
    assert view.chart.syncing
    view.document.undo_stack.undo()  # Edit > Undo, while the drop is half made
    qtbot.waitUntil(lambda: not view.busy)
    assert _shown(view.chart) == keyed(view.chart.layout) == keyed(before)


def test_a_press_during_a_sliced_sync_finds_the_items_where_the_new_layout_puts_them(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    drag(qtbot, view, at_post(view, "P3"), at_post(view, "P4"))
    assert view.chart.syncing
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=at_post(view, "P1"))
    assert not view.chart.syncing
    layout = view.chart.layout
    assert layout is not None and _shown(view.chart) == keyed(layout)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=at_post(view, "P1"))


def test_an_undo_pushed_during_a_sliced_sync_keeps_the_place_of_the_picture_on_screen(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    # The user's place is kept by noting where the edited posts are on screen as the edit
    # comes. During a sliced sync the screen shows the old picture while the items are half
    # moved: the place is where the picture shows them, so an undo that brings back that very
    # picture leaves the view where it was (it jumped by the half-moved item's offset).
    view.set_zoom(6.0)  # the chart larger than the view, so that it scrolls either way
    item = view.chart.posts[post(view, "P4")]
    view.centerOn(item)
    QApplication.processEvents()
    scrolled = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    was = item.pos()
    view.document.push(SetReportsTo((post(view, "P4"),), post(view, "P2")))  # Edit menu, say
    qtbot.waitUntil(lambda: view.chart.syncing)
    while view.chart.syncing and item.pos() == was:
        QApplication.processEvents()  # slices, until the edited post's item has moved
    assert view.chart.syncing and item.pos() != was  # half moved, the old picture on screen
    view.document.undo_stack.undo()
    qtbot.waitUntil(lambda: not view.busy)
    assert item.pos() == was
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == scrolled
