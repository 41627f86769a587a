"""Moves as HR means them, through real drags on the tiny chart: line management and units follow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from orgchart_app.ui.canvas import ChartView
from tests.ui.test_canvas import at_post, at_unit, drag, post, view

__all__ = ["view"]  # the fixture, shared with test_canvas


def unit_of(view: ChartView, ref: str) -> str:
    proposal = view.document.proposal
    return proposal.units[proposal.posts[post(view, ref)].unit_id].name


def manager_of(view: ChartView, ref: str) -> str | None:
    proposal = view.document.proposal
    manager = proposal.posts[post(view, ref)].reports_to_id
    return proposal.posts[manager].post_ref if manager is not None else None


def test_dropped_into_a_team_the_post_reports_to_its_head(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    drag(qtbot, view, at_post(view, "P3"), at_unit(view, "Team B"))
    assert unit_of(view, "P3") == "Team B" and manager_of(view, "P3") == "P4"
    assert view.document.undo_stack.count() == 1
    view.document.undo_stack.undo()
    assert unit_of(view, "P3") == "Team A" and manager_of(view, "P3") == "P2"


def test_ctrl_on_release_keeps_the_current_manager(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    drag(
        qtbot,
        view,
        at_post(view, "P3"),
        at_unit(view, "Team B"),
        Qt.KeyboardModifier.ControlModifier,
        held_from_press=False,
    )
    assert unit_of(view, "P3") == "Team B" and manager_of(view, "P3") == "P2"


def test_dropped_onto_a_post_it_joins_that_posts_unit_too(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    drag(qtbot, view, at_post(view, "P3"), at_post(view, "P4"))
    assert manager_of(view, "P3") == "P4" and unit_of(view, "P3") == "Team B"
    assert view.document.undo_stack.count() == 1


def test_a_manager_takes_its_whole_branch_across_units(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    drag(qtbot, view, at_post(view, "P1"), at_unit(view, "Clinical"))
    proposal = view.document.proposal
    health = proposal.organisation_named("TH").id
    assert unit_of(view, "P1") == "Clinical"
    # Team A and Team B, held wholly by the director's branch, now sit in Clinical.
    for ref, team in (("P2", "Team A"), ("P3", "Team A"), ("P4", "Team B")):
        unit = proposal.units[proposal.posts[post(view, ref)].unit_id]
        assert unit.name == team and proposal.units[unit.parent_id].name == "Clinical"  # type: ignore[index]
    for ref in ("P1", "P2", "P3", "P4"):
        assert proposal.posts[post(view, ref)].deployed_to_id == health
    assert manager_of(view, "P2") == "P1" and view.document.undo_stack.count() == 1


def test_alt_moves_the_post_only_and_its_reports_go_to_its_manager(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    drag(
        qtbot,
        view,
        at_post(view, "P2"),
        at_unit(view, "Team B"),
        Qt.KeyboardModifier.AltModifier,
        held_from_press=False,
    )
    assert unit_of(view, "P2") == "Team B" and manager_of(view, "P2") == "P4"
    assert unit_of(view, "P3") == "Team A" and manager_of(view, "P3") == "P1"
    assert view.document.undo_stack.count() == 1


def at_title(view: ChartView, name: str) -> QPoint:
    item = next(i for i in view.chart.units.values() if i.container.title == name)
    return view.mapFromScene(item.title.sceneBoundingRect().center())


def test_a_unit_dragged_by_its_title_moves_into_another_organisation_and_deploys(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    hints: list[str] = []
    view.hint.connect(hints.append)
    drag(qtbot, view, at_title(view, "Team B"), at_unit(view, "Clinical"))
    proposal = view.document.proposal
    team_b = proposal.unit_called(view.document.scenario_id, "Team B")
    assert proposal.units[team_b.parent_id].name == "Clinical"  # type: ignore[index]
    assert proposal.posts[post(view, "P4")].deployed_to_id == proposal.organisation_named("TH").id
    assert any(h.startswith('Drop to: Move "Team B" into "Clinical" and deploy') for h in hints)
    assert view.document.undo_stack.count() == 1


def test_a_click_on_a_unit_title_drags_nothing(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = view.document.proposal.snapshot()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at_title(view, "Team B"))
    assert view.document.proposal.snapshot() == before and view.document.undo_stack.count() == 0
