"""Relayouts move as little as they can, on screen: deleting one officer of Bury's as-is chart
leaves the rest of the chart where it was, give or take the room the officer took (issue 17,
point 2). Before, the Director's rows re-wrapped and Bury LCO's tree jumped over 1,000 pt. The
compare view's edited side keeps still the same way."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt

from orgchart_app.domain import PostId
from orgchart_app.ui.canvas import LayoutScene
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.test_compare_read_only import click_post, comparing
from tests.ui.test_unit_editing import answer
from tests.ui.test_view_stays import chart_of, on_screen, post_id

OFFICER = "BC-1030"  # Project Lead, as is: the Director's rows re-wrapped when it went


def test_deleting_an_officer_moves_no_other_team_further_than_its_room(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    next(a for a in window.menus.switch_scenario.actions() if a.text() == "As is").trigger()
    chart = chart_of(qtbot, window)
    officer = post_id(window, OFFICER)

    def delete() -> None:
        qtbot.mouseClick(
            chart.viewport(),
            Qt.MouseButton.LeftButton,
            pos=on_screen(chart, officer) + QPoint(8, 8),
        )
        chart.setFocus()
        qtbot.keyClick(chart, Qt.Key.Key_Delete)
        chart_of(qtbot, window)

    _check_still(window, chart.chart, officer, delete)


def test_the_compare_views_edited_side_keeps_still_too(
    qtbot, bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    next(a for a in window.menus.switch_scenario.actions() if a.text() == "As is").trigger()
    answer(monkeypatch, "AskText", "Option B")
    window.menu_actions.new_scenario.trigger()  # a copy of the as-is, compared with it
    compare = comparing(qtbot, window)
    officer = post_id(window, OFFICER)  # the copy's, in the scenario now edited

    def delete() -> None:
        click_post(qtbot, compare.after, OFFICER)
        qtbot.keyClick(compare.after.pane.viewport(), Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: not compare.busy and officer not in compare.after.scene.posts)

    _check_still(window, compare.after.scene, officer, delete)


def _check_still(
    window: MainWindow, scene: LayoutScene, officer: PostId, delete: Callable[[], None]
) -> None:
    """Delete the officer; nothing outside its manager's branch may move further than the
    branch grew or shrank."""
    proposal = window.document.proposal
    manager = proposal.posts[officer].reports_to_id
    assert manager is not None
    branch = _branch(window, manager)
    before = {p: item.sceneBoundingRect() for p, item in scene.posts.items()}
    old_bounds = scene.rect_of(branch)
    delete()
    assert officer not in proposal.posts
    new_bounds = scene.rect_of(branch)
    room = abs(new_bounds.width() - old_bounds.width()) + abs(
        new_bounds.height() - old_bounds.height()
    )
    moved: dict[PostId, float] = {}
    for post, rect in before.items():
        item = scene.posts.get(post)
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
