"""The canvas through the GUI on a tiny hand-laid chart: drag, drop, select, keys, zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from orgchart_app.domain import PostId, PostStatus
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.canvas.line_items import ConnectorItem
from orgchart_app.ui.canvas.unit_items import UnitItem
from orgchart_app.ui.window.document import DocumentController
from tests.ui.chart_fixtures import hand_layout, tiny_proposal


@pytest.fixture
def view(qtbot) -> ChartView:  # type: ignore[no-untyped-def]
    document = DocumentController(tiny_proposal())
    chart = ChartView(document, layout_function=hand_layout)
    chart.resize(1000, 500)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_zoom(1.0)
    chart.centerOn(450, 170)
    return chart


def post(view: ChartView, ref: str) -> PostId:
    found = view.document.proposal.post_by_ref(view.document.scenario_id, ref)
    assert found is not None
    return found.id


def at_post(view: ChartView, ref: str) -> QPoint:
    return view.mapFromScene(view.chart.posts[post(view, ref)].sceneBoundingRect().center())


def at_unit(view: ChartView, name: str) -> QPoint:
    item = next(i for i in view.chart.units.values() if i.container.title == name)
    return view.mapFromScene(item.sceneBoundingRect().bottomRight() - QPointF(6, 6))


def drag(
    qtbot,
    view: ChartView,
    start: QPoint,
    end: QPoint,  # type: ignore[no-untyped-def]
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    *,
    held_from_press: bool = True,
) -> None:
    """A real press, moves with the left button held, and a release on the viewport; the
    modifiers from the press on, or (held_from_press=False) taken once the drag has begun."""
    viewport = view.viewport()
    pressed = modifiers if held_from_press else Qt.KeyboardModifier.NoModifier
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pressed, start)
    for step in range(1, 6):
        here = QPointF(start + (end - start) * (step / 5))
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            here,
            viewport.mapToGlobal(here),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            modifiers,
        )
        QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, end)


def test_the_chart_draws_every_post_unit_and_line(view: ChartView) -> None:
    layout = view.chart.layout
    assert layout is not None
    assert set(view.chart.posts) == {b.post_id for b in layout.boxes}
    assert {i.unit_id for i in view.chart.items() if isinstance(i, UnitItem)} == {
        c.unit_id for c in layout.containers
    }
    drawn = [c for i in view.chart.items() if isinstance(i, ConnectorItem) for c in i.connectors]
    assert sorted(map(id, drawn)) == sorted(map(id, layout.connectors)) and len(drawn) == 3
    image = view.grab().toImage()
    assert (
        len(
            {
                image.pixel(x, y)
                for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)
            }
        )
        > 5
    )


def test_dragging_a_post_onto_another_makes_it_the_manager_in_one_undo_step(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    hints: list[str] = []
    view.hint.connect(hints.append)
    drag(qtbot, view, at_post(view, "P3"), at_post(view, "P4"))
    proposal = view.document.proposal
    assert proposal.posts[post(view, "P3")].reports_to_id == post(view, "P4")
    assert view.document.undo_stack.count() == 1
    assert any(h.startswith('Drop to: Move "Officer A" under "Lead B"') for h in hints)
    assert view.document.selection == (post(view, "P3"),)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert proposal.posts[post(view, "P3")].reports_to_id == post(view, "P2")


def test_a_drop_onto_the_posts_own_report_is_refused_and_changes_nothing(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    before = view.document.proposal.snapshot()
    hints: list[str] = []
    refusals: list[str] = []
    view.hint.connect(hints.append)
    view.document.refused.connect(refusals.append)
    drag(qtbot, view, at_post(view, "P2"), at_post(view, "P3"))
    assert any(h.startswith("Cannot drop here") and "cycle" in h for h in hints)
    assert refusals and "cycle" in refusals[0]
    assert view.document.proposal.snapshot() == before
    assert view.document.undo_stack.count() == 0
    assert all(item.drop_state is None for item in view.chart.posts.values())


def test_dropping_onto_a_unit_moves_the_post_with_its_team(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    drag(qtbot, view, at_post(view, "P2"), at_unit(view, "Team B"))
    proposal = view.document.proposal
    team_b = proposal.unit_called(view.document.scenario_id, "Team B").id
    assert proposal.posts[post(view, "P2")].unit_id == team_b
    assert proposal.posts[post(view, "P3")].unit_id == team_b
    assert view.document.undo_stack.count() == 1


def test_dropping_onto_another_organisation_moves_and_deploys(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    hints: list[str] = []
    view.hint.connect(hints.append)
    drag(qtbot, view, at_post(view, "P4"), at_unit(view, "Clinical"))
    assert (
        'Drop to: Move "Lead B" to "Clinical" and deploy to TH (Shift: employ there; Ctrl: keep the '
        "current manager; Alt: this post only)"
    ) in hints
    proposal = view.document.proposal
    moved = proposal.posts[post(view, "P4")]
    health = proposal.organisation_named("TH").id
    assert moved.unit_id == proposal.unit_called(view.document.scenario_id, "Clinical").id
    assert moved.deployed_to_id == health and moved.employer_id != health
    view.document.undo_stack.undo()
    assert proposal.posts[post(view, "P4")].deployed_to_id is None


def test_shift_on_release_changes_the_employer_instead(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    drag(
        qtbot,
        view,
        at_post(view, "P4"),
        at_unit(view, "Clinical"),
        Qt.KeyboardModifier.ShiftModifier,
    )
    moved = view.document.proposal.posts[post(view, "P4")]
    assert moved.employer_id == view.document.proposal.organisation_named("TH").id
    assert moved.deployed_to_id is None


def test_a_multi_selection_moves_together(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at_post(view, "P3"))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        at_post(view, "P4"),
    )
    assert set(view.document.selection) == {post(view, "P3"), post(view, "P4")}
    drag(qtbot, view, at_post(view, "P4"), at_post(view, "P5"))
    proposal = view.document.proposal
    assert {proposal.posts[post(view, r)].reports_to_id for r in ("P3", "P4")} == {post(view, "P5")}
    assert view.document.undo_stack.count() == 1


def test_rubber_band_selects_the_posts_inside(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    corner = view.mapFromScene(QPointF(40, 110))
    far = view.mapFromScene(QPointF(400, 200))
    drag(qtbot, view, corner, far, Qt.KeyboardModifier.ShiftModifier)
    assert set(view.document.selection) == {post(view, "P2"), post(view, "P4")}


def test_a_drag_on_empty_space_pans_instead(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_zoom(3.0)
    before = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    empty = view.mapFromScene(QPointF(450, 20))
    assert view.chart.post_at(view.mapToScene(empty)) is None
    drag(qtbot, view, empty, empty + QPoint(-80, -40))
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == (
        before[0] + 80,
        before[1] + 40,
    )
    assert view.document.undo_stack.count() == 0


def test_the_middle_button_pans_even_over_a_card(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_zoom(3.0)
    view.centerOn(view.chart.posts[post(view, "P2")].sceneBoundingRect().center())
    before = view.horizontalScrollBar().value()
    start = at_post(view, "P2")
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=start)
    here = QPointF(start + QPoint(-50, 0))
    QApplication.sendEvent(
        viewport,
        QMouseEvent(
            QEvent.Type.MouseMove,
            here,
            viewport.mapToGlobal(here),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.MiddleButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=here.toPoint())
    assert view.horizontalScrollBar().value() == before + 50
    assert view.document.undo_stack.count() == 0


def test_arrow_keys_follow_the_hierarchy(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at_post(view, "P2"))
    moves = {
        Qt.Key.Key_Down: "P3",
        Qt.Key.Key_Up: "P2",
        Qt.Key.Key_Right: "P4",
        Qt.Key.Key_Left: "P2",
    }
    for key, expected in [(Qt.Key.Key_Up, "P1"), (Qt.Key.Key_Down, "P2"), *moves.items()]:
        qtbot.keyClick(view, key)
        assert view.document.selection == (post(view, expected),), key


def test_enter_asks_to_edit_and_delete_deletes(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at_post(view, "P4"))
    with qtbot.waitSignal(view.edit_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [post(view, "P4")]
    lead_b = post(view, "P4")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert lead_b not in view.document.proposal.posts and lead_b not in view.chart.posts
    view.document.undo_stack.undo()
    assert view.document.proposal.posts[lead_b].status is PostStatus.VACANT
    assert lead_b in view.chart.posts


def test_double_click_on_a_manager_collapses_its_team_into_a_summary(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at_post(view, "P2"))
    assert view.chart.collapsed == {post(view, "P2")}
    view.expand_all()
    assert view.chart.collapsed == set()


def test_zoom_keys_and_ctrl_wheel_change_the_transform(view: ChartView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.0)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom == pytest.approx(1.25**2)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(view.chart.itemsBoundingRect())


def test_a_pinch_on_a_trackpad_zooms(view: ChartView) -> None:
    centre = QPointF(view.viewport().rect().center())
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        centre,
        centre,
        view.viewport().mapToGlobal(centre),
        0.5,
        QPointF(),
        0,
    )
    QApplication.sendEvent(view.viewport(), pinch)
    assert view.zoom == pytest.approx(1.5)


def test_while_dragging_the_target_lights_up_green_or_red_and_escape_cancels(
    view: ChartView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()

    def move_to(point: QPoint) -> None:
        QApplication.sendEvent(
            viewport,
            QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(point),
                viewport.mapToGlobal(QPointF(point)),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )

    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at_post(view, "P2"))
    move_to(at_post(view, "P2") + QPoint(20, 20))
    move_to(at_post(view, "P4"))
    assert view.chart.posts[post(view, "P4")].drop_state is True
    move_to(at_post(view, "P3"))
    assert view.chart.posts[post(view, "P4")].drop_state is None
    assert view.chart.posts[post(view, "P3")].drop_state is False
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.chart.posts[post(view, "P3")].drop_state is None
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at_post(view, "P4"))
    assert view.document.undo_stack.count() == 0


def test_a_post_selected_elsewhere_is_brought_into_view(view: ChartView) -> None:
    view.set_zoom(4.0)
    view.centerOn(0, 0)
    nurse = view.chart.posts[post(view, "P5")]
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert not shown.intersects(nurse.sceneBoundingRect())
    view.document.select((post(view, "P5"),))  # as the structure tree or Find would
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(nurse.sceneBoundingRect().center()) and nurse.isSelected()
