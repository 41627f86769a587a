"""The Bury sample through the canvas: a real mouse drag moves an officer between sub-pillars."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from orgchart_app.domain import Post, UnitId
from orgchart_app.layout.text import LINE_SIZE
from orgchart_app.storage import open_proposal
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.window.document import DocumentController
from tests.ui.test_canvas import drag

ICO = "Integrated Commissioning Officer"


def opened_chart(  # type: ignore[no-untyped-def]
    qtbot, sample: Path, tmp_path: Path, scenario: str, width: int, height: int
) -> ChartView:
    """A chart view of a copy of `sample`, showing `scenario`, at the size given."""
    path = tmp_path / sample.name
    shutil.copy(sample, path)
    document = DocumentController()
    document.load(path)
    document.set_scenario(document.proposal.scenario_named(scenario).id)
    chart = ChartView(document)
    chart.resize(width, height)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.fixture
def view(qtbot, bury_file: Path, tmp_path: Path) -> ChartView:  # type: ignore[no-untyped-def]
    return opened_chart(qtbot, bury_file, tmp_path, "To be", 1600, 900)


def unit_id(view: ChartView, name: str) -> UnitId:
    assert view.document.scenario_id is not None
    return view.document.proposal.unit_called(view.document.scenario_id, name).id


def officer_in(view: ChartView, unit: str) -> Post:
    return next(
        p
        for p in view.document.proposal.posts_in(view.document.scenario_id)  # type: ignore[arg-type]
        if p.title == ICO and p.unit_id == unit_id(view, unit)
    )


def empty_spot(view: ChartView, unit: str) -> QPointF:
    """A point inside the container with no card on it (its bottom-right corner)."""
    rect = view.chart.units[unit_id(view, unit)].sceneBoundingRect()
    spot = rect.bottomRight() - QPointF(5, 5)
    assert view.chart.post_at(spot) is None
    return spot


def show_both(view: ChartView, *points: QPointF) -> list[QPoint]:
    view.set_zoom(1.0)
    view.centerOn((points[0] + points[-1]) / 2)
    mapped = [view.mapFromScene(p) for p in points]
    assert all(view.viewport().rect().contains(p) for p in mapped)
    return mapped


def drag_officer(qtbot, view: ChartView, source: str, target: str) -> Post:  # type: ignore[no-untyped-def]
    """Drag an Integrated Commissioning Officer of `source` into an empty spot of `target`."""
    officer = officer_in(view, source)
    start, end = show_both(
        view, view.chart.posts[officer.id].sceneBoundingRect().center(), empty_spot(view, target)
    )
    drag(qtbot, view, start, end)
    return officer


def test_dragging_an_officer_to_another_sub_pillar_is_one_undoable_step_that_saves(
    view: ChartView, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    officer = officer_in(view, "OP/Ageing Well")
    start, end = show_both(
        view,
        view.chart.posts[officer.id].sceneBoundingRect().center(),
        empty_spot(view, "Learning Disability"),
    )
    drag(qtbot, view, start, end)

    learning = unit_id(view, "Learning Disability")
    assert view.document.proposal.posts[officer.id].unit_id == learning
    assert view.document.undo_stack.count() == 1
    # The chart reflowed: the card now sits inside its new container, selected and visible.
    card = view.chart.posts[officer.id]
    assert view.chart.units[learning].sceneBoundingRect().contains(card.sceneBoundingRect())
    assert card.isSelected() and view.document.selection == (officer.id,)
    assert (
        view.mapToScene(view.viewport().rect()).boundingRect().intersects(card.sceneBoundingRect())
    )

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.document.proposal.posts[officer.id].unit_id == unit_id(view, "OP/Ageing Well")
    assert (
        view.chart.units[unit_id(view, "OP/Ageing Well")]
        .sceneBoundingRect()
        .contains(view.chart.posts[officer.id].sceneBoundingRect())
    )

    view.document.undo_stack.redo()
    view.document.save(tmp_path / "saved.sqlite")
    reopened = open_proposal(tmp_path / "saved.sqlite").proposal
    assert reopened.units[reopened.posts[officer.id].unit_id].name == "Learning Disability"


def test_dropping_a_manager_on_its_own_report_is_refused_and_changes_nothing(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    officer = officer_in(view, "Learning Disability")
    manager = view.document.proposal.posts[officer.reports_to_id]  # type: ignore[index]
    before = view.document.proposal.snapshot()
    refusals: list[str] = []
    view.document.refused.connect(refusals.append)
    start, end = show_both(
        view,
        view.chart.posts[manager.id].sceneBoundingRect().center(),
        view.chart.posts[officer.id].sceneBoundingRect().center(),
    )
    drag(qtbot, view, start, end)
    assert refusals and "cycle" in refusals[0]
    assert view.document.proposal.snapshot() == before and view.document.undo_stack.count() == 0


def test_collapse_all_shows_summary_boxes_and_expand_all_brings_the_teams_back(
    view: ChartView,
) -> None:
    everyone = set(view.chart.posts)
    view.collapse_all()
    assert view.chart.summaries and set(view.chart.posts) < everyone
    hidden = sum(item.box.collapsed_posts for item in view.chart.summaries.values())
    assert hidden >= len(everyone - set(view.chart.posts))
    view.expand_all()
    assert set(view.chart.posts) == everyone and not view.chart.summaries


def test_choosing_the_graphviz_engine_lays_out_again_and_says_if_it_fell_back(
    view: ChartView,
) -> None:
    everyone = set(view.chart.posts)
    hints: list[str] = []
    view.hint.connect(hints.append)
    view.set_engine("graphviz")
    layout = view.chart.layout
    assert layout is not None and set(view.chart.posts) == everyone
    # Graphviz draws it, or the layout says why it could not and the status bar shows that.
    assert layout.engine == "graphviz" or (layout.notices and " ".join(layout.notices) in hints)
    with pytest.raises(ValueError):
        view.set_engine("spring")


def test_a_big_chart_opens_readable_at_its_top_centred(view: ChartView) -> None:
    # Fitting all of Bury into the window would make its text unreadably small: it opens at the
    # zoom where the cards' body text is 9 px on screen, its top card centred at the top.
    assert view.fit_zoom() * LINE_SIZE < 9
    assert view.zoom * LINE_SIZE == pytest.approx(9.0)
    top = view.mapFromScene(view.chart.top_rect()).boundingRect()
    area = view.viewport().rect()
    assert area.contains(top) and abs(top.center().x() - area.center().x()) <= 2
    assert top.top() < area.height() / 8
