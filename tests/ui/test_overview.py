"""Levels of detail: zoomed out below readable card text, units draw as labelled blocks and the
cards inside them are not drawn; a large proposal opens collapsed to the levels that fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from orgchart_app.domain import Proposal, ScenarioId
from orgchart_app.domain.wording import count_text, fte_label
from orgchart_app.samples.synthetic import build_synthetic
from orgchart_app.storage import save_proposal
from orgchart_app.ui.canvas import ChartView, style
from orgchart_app.ui.canvas.items import PostItem
from orgchart_app.ui.canvas.overview import LARGE_PROPOSAL_POSTS, OPENING_POSTS, OVERVIEW_ZOOM
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.conftest import open_in


@pytest.fixture
def view(bury_window: MainWindow) -> ChartView:
    chart = bury_window.central.chart
    chart.set_zoom(1.0)
    return chart


def ctrl_wheel(view: ChartView, notches: int) -> None:
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)


def cards(view: ChartView) -> list[PostItem]:
    return [*view.chart.posts.values(), *view.chart.summaries.values()]


def colour_at(view: ChartView, item: PostItem) -> QColor:
    """The colour drawn at the card's bottom-right corner, inside its border (no text there)."""
    corner = item.mapToScene(item.card_rect().bottomRight() - QPointF(4, 4))
    view.centerOn(corner)
    picture = view.viewport().grab().toImage()
    at = view.mapFromScene(corner)
    return picture.pixelColor(at)


def totals(proposal: Proposal, scenario_id: ScenarioId) -> tuple[int, float]:
    posts = proposal.posts_in(scenario_id)
    return sum(p.quantity for p in posts), sum(p.total_fte for p in posts)


def test_zoomed_out_by_the_wheel_the_cards_are_not_drawn_and_units_are_labelled_blocks(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    director = next(iter(view.chart.posts.values()))
    assert all(item.isVisible() for item in cards(view))
    assert colour_at(view, director) == style.CARD_FILL  # a card, drawn at 100%
    while view.zoom >= OVERVIEW_ZOOM:
        ctrl_wheel(view, -1)
    qtbot.wait(20)
    assert not any(item.isVisible() for item in cards(view))
    assert colour_at(view, director) != style.CARD_FILL  # the block's colour, no card on it
    # Every unit big enough on screen is labelled with its posts and FTE, as the wording says.
    view.viewport().grab()
    scenario = view.document.scenario_id
    assert scenario is not None
    labels = view.overview.labels
    assert labels, "no unit was labelled"
    top = view.chart.layout.containers[0] if view.chart.layout else None
    assert top is not None
    posts = [
        p
        for p in view.document.proposal.posts_in(scenario)
        if top.unit_id in {u.id for u in view.document.proposal.unit_path(p.unit_id)}
    ]
    expected = (
        f"{count_text(sum(p.quantity for p in posts))} posts, "
        f"{fte_label(round(sum(p.total_fte for p in posts), 2))}"
    )
    assert (top.title, expected) in labels


def test_zooming_back_in_with_the_keys_draws_the_cards_again(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    while view.zoom >= OVERVIEW_ZOOM:
        qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.overview.active
    while view.zoom < OVERVIEW_ZOOM:
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not view.overview.active
    assert all(item.isVisible() for item in cards(view))
    view.viewport().grab()
    assert view.overview.labels == ()


def test_an_edit_made_in_the_overview_keeps_its_new_cards_undrawn(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    while view.zoom >= OVERVIEW_ZOOM:
        qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    manager = next(p for p in view.chart.posts if view.document.proposal.reports_of(p))
    view.toggle_collapsed(manager)  # a new summary item comes into the scene
    qtbot.waitUntil(lambda: bool(view.chart.summaries))
    assert not any(item.isVisible() for item in cards(view))


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    save_proposal(build_synthetic(LARGE_PROPOSAL_POSTS + 500), path)
    return path


def test_a_large_proposal_opens_collapsed_to_the_levels_that_fit(
    qtbot, window: MainWindow, large_file: Path
) -> None:  # type: ignore[no-untyped-def]
    open_in(qtbot, window, large_file)
    view = window.central.chart
    qtbot.waitUntil(lambda: not view.busy and view.chart.layout is not None, timeout=20_000)
    scenario = window.document.scenario_id
    assert scenario is not None
    assert view.chart.collapsed
    assert 0 < len(view.chart.posts) <= OPENING_POSTS
    shown = sum(window.document.proposal.posts[p].quantity for p in view.chart.posts)
    hidden = sum(item.box.collapsed_posts for item in view.chart.summaries.values())
    assert shown + hidden == totals(window.document.proposal, scenario)[0]
    assert not view.overview.active  # the opening view is readable, not a coloured area
    # "+ n posts" expands with a double-click.
    summary = max(view.chart.summaries.values(), key=lambda item: item.box.collapsed_posts)
    view.centerOn(summary.sceneBoundingRect().center())
    before = len(view.chart.posts)
    at = view.mapFromScene(summary.sceneBoundingRect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: len(view.chart.posts) > before, timeout=20_000)


def test_fit_shows_a_whole_large_organisation_as_labelled_blocks(
    qtbot, window: MainWindow, large_file: Path
) -> None:  # type: ignore[no-untyped-def]
    open_in(qtbot, window, large_file)
    view = window.central.chart
    view.expand_all()
    qtbot.waitUntil(lambda: not view.busy and not view.chart.summaries, timeout=30_000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.overview.active
    assert not any(item.isVisible() for item in cards(view))
    view.viewport().grab()
    titles = {title for title, _ in view.overview.labels}
    organisations = {o.name for o in window.document.proposal.organisations.values()}
    assert organisations <= titles
