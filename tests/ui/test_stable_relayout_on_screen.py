"""Relayouts move as little as they can, on screen: deleting one officer of Bury's as-is chart
leaves the rest of the chart where it was, give or take the room the officer took (issue 17,
point 2). Before, the Director's rows re-wrapped and Bury LCO's tree jumped over 1,000 pt."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt

from orgchart_app.domain import PostId
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.test_view_stays import chart_of, on_screen, post_id


def test_deleting_an_officer_moves_no_other_team_further_than_its_room(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    switch = next(a for a in window.menus.switch_scenario.actions() if a.text() == "As is")
    switch.trigger()
    chart = chart_of(qtbot, window)
    officer = post_id(window, "BC-1030")
    proposal = window.document.proposal
    manager = proposal.posts[officer].reports_to_id
    assert manager is not None
    branch = _branch(window, manager)
    before = {p: item.sceneBoundingRect() for p, item in chart.chart.posts.items()}
    old_bounds = _bounds(chart, branch)
    qtbot.mouseClick(
        chart.viewport(), Qt.MouseButton.LeftButton, pos=on_screen(chart, officer) + QPoint(8, 8)
    )
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Delete)
    assert officer not in window.document.proposal.posts
    chart_of(qtbot, window)
    new_bounds = _bounds(chart, branch)
    # The team's branch grew or shrank by this much: the most anything else may move.
    room = abs(new_bounds.width() - old_bounds.width()) + abs(
        new_bounds.height() - old_bounds.height()
    )
    moved: dict[PostId, float] = {}
    for post, rect in before.items():
        item = chart.chart.posts.get(post)
        if item is None or post in branch:
            continue
        now = item.sceneBoundingRect()
        moved[post] = max(abs(now.x() - rect.x()), abs(now.y() - rect.y()))
    worst = max(moved, key=moved.__getitem__)
    assert moved[worst] <= room + 1, (proposal.posts[worst].post_ref, moved[worst], room)


def _branch(window: MainWindow, manager: PostId) -> set[PostId]:
    posts = window.document.proposal.posts.values()
    branch = {manager}
    while below := {p.id for p in posts if p.reports_to_id in branch} - branch:
        branch |= below
    return branch


def _bounds(chart: ChartView, post_ids: set[PostId]) -> QRectF:
    rect = QRectF()
    for post in post_ids:
        item = chart.chart.posts.get(post)
        if item is not None:
            rect = rect.united(item.sceneBoundingRect())
    return rect
