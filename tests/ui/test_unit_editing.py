"""Units changed from the structure tree: its context menu, F2, and dragging a unit onto another."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from orgchart_app.domain import PostStatus, Unit, UnitId, UnitKind, UnitStatus
from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.window.main_window import MainWindow


def unit(window: MainWindow, name: str) -> Unit:
    return window.document.proposal.unit_called(window.document.scenario_id, name)  # type: ignore[arg-type]


def row_centre(window: MainWindow, unit_id: UnitId) -> QPoint:
    tree = window.structure_dock.view
    index = window.structure_dock.model.unit_index(unit_id)
    assert index.isValid()
    tree.scrollTo(index)
    return tree.visualRect(index).center()


def answer(
    monkeypatch: pytest.MonkeyPatch, dialog: str, *replies: object
) -> list[tuple[object, ...]]:
    """Make a dialog give `replies` in turn; the arguments it was asked with are recorded."""
    asked: list[tuple[object, ...]] = []
    queue = list(replies)

    def ask(cls: type, *args: object) -> object:
        asked.append(args)
        return queue.pop(0)

    monkeypatch.setattr(getattr(dialogs, dialog), "ask", classmethod(ask))
    return asked


def choose_from_context_menu(
    qtbot, window: MainWindow, unit_id: UnitId, path: Sequence[str]
) -> None:  # type: ignore[no-untyped-def]
    """Right-click the unit's row and pick `path` ("Status", "To be confirmed") in the menu."""
    pick_from_menu_at(window.structure_dock.view.viewport(), row_centre(window, unit_id), path)


def pick_from_menu_at(widget: QWidget, position: QPoint, path: Sequence[str]) -> None:
    """Right-click `widget` at `position` and pick `path` in the menu that opens."""
    picked: list[str] = []

    def pick(tries: int = 0) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            if tries < 100:
                QTimer.singleShot(10, widget, lambda: pick(tries + 1))
            return
        try:
            for text in path:
                action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
                if action.menu() is None:
                    action.trigger()
                    picked.append(text)
                else:
                    menu = action.menu()
        except StopIteration:  # not in the menu: the assertion below says so, nothing hangs
            pass
        finally:
            while (popup := QApplication.activePopupWidget()) is not None:
                popup.close()

    QTimer.singleShot(0, widget, pick)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, widget.mapToGlobal(position)
    )
    QApplication.sendEvent(widget, event)
    assert picked == [path[-1]], f"the menu did not show, or lacked {path[-1]!r}"


def test_rename_from_the_menu_then_f2_each_one_undo_step(
    qtbot,
    bury_window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = bury_window
    brokerage = unit(window, "Brokerage").id
    asked = answer(monkeypatch, "AskText", "Brokerage & Payments", "Brokerage and Payments")
    choose_from_context_menu(qtbot, window, brokerage, ["Rename..."])
    proposal = window.document.proposal
    assert proposal.units[brokerage].name == "Brokerage & Payments"
    assert asked[0][-1] == "Brokerage"  # offered the current name to change
    assert (
        window.structure_dock.model.unit_index(brokerage).data().startswith("Brokerage & Payments")
    )

    tree = window.structure_dock.view
    tree.setFocus()
    assert tree.current_unit() == brokerage  # still current after the tree was rebuilt
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert proposal.units[brokerage].name == "Brokerage and Payments"
    assert window.document.undo_stack.count() == 2
    assert "Rename" in window.statusBar().currentMessage()
    window.menu_actions.undo.trigger()
    window.menu_actions.undo.trigger()
    assert proposal.units[brokerage].name == "Brokerage"


def test_add_a_sub_unit_then_a_vacant_post_in_it(
    qtbot,
    bury_window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = bury_window
    document = window.document
    brokerage = unit(window, "Brokerage")
    asked = answer(monkeypatch, "NewUnit", ("Direct Payments Team", UnitKind.TEAM))
    choose_from_context_menu(qtbot, window, brokerage.id, ["Add Sub-unit..."])
    assert asked[0][1:] == ("Brokerage", UnitKind.TEAM)
    team = unit(window, "Direct Payments Team")
    assert team.parent_id == brokerage.id and team.organisation_id == brokerage.organisation_id
    model = window.structure_dock.model
    assert model.unit_index(team.id).parent() == model.unit_index(brokerage.id)

    answer(monkeypatch, "AskText", "Direct Payments Officer")
    choose_from_context_menu(qtbot, window, team.id, ["Add Post..."])
    (post,) = [p for p in document.proposal.posts_in(team.scenario_id) if p.unit_id == team.id]
    assert post.title == "Direct Payments Officer" and post.status is PostStatus.VACANT
    # Reports to the head of the team's parent (the new team has no posts of its own yet).
    manager = document.proposal.posts[post.reports_to_id]  # type: ignore[index]
    assert manager.unit_id == brokerage.id and manager.reports_to_id not in {
        p.id for p in document.proposal.posts.values() if p.unit_id == brokerage.id
    }
    assert document.selection == (post.id,)
    assert window.properties_dock.panel.editors["title"].text() == "Direct Payments Officer"
    assert document.undo_stack.count() == 2
    window.menu_actions.undo.trigger()
    assert post.id not in document.proposal.posts
    window.menu_actions.undo.trigger()
    assert team.id not in document.proposal.units


def test_status_is_chosen_from_the_menu(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    reviewing = unit(window, "Reviewing Team").id
    choose_from_context_menu(qtbot, window, reviewing, ["Status", "To be confirmed"])
    assert window.document.proposal.units[reviewing].status is UnitStatus.TO_BE_CONFIRMED
    assert window.document.undo_stack.count() == 1
    window.menu_actions.undo.trigger()
    assert window.document.proposal.units[reviewing].status is UnitStatus.IN_PLACE


def test_deleting_a_unit_with_posts_asks_where_they_go(
    qtbot,
    bury_window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = bury_window
    proposal = window.document.proposal
    brokerage, reviewing = unit(window, "Brokerage"), unit(window, "Reviewing Team")
    posts = [p.id for p in proposal.posts.values() if p.unit_id == brokerage.id]
    asked = answer(monkeypatch, "ChooseItem", reviewing.id)
    choose_from_context_menu(qtbot, window, brokerage.id, ["Delete Unit..."])
    choices, current = asked[0][3], asked[0][4]
    assert choices[current][1] == brokerage.parent_id  # the unit it sat in is offered first
    assert brokerage.id not in [value for _, value in choices]
    assert brokerage.id not in proposal.units
    assert all(proposal.posts[p].unit_id == reviewing.id for p in posts)
    assert not window.structure_dock.model.unit_index(brokerage.id).isValid()
    window.menu_actions.undo.trigger()
    assert proposal.units[brokerage.id] == brokerage
    assert all(proposal.posts[p].unit_id == brokerage.id for p in posts)


def test_cancelling_where_the_posts_go_deletes_nothing(
    qtbot,
    bury_window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = bury_window
    brokerage = unit(window, "Brokerage").id
    answer(monkeypatch, "ChooseItem", None)
    choose_from_context_menu(qtbot, window, brokerage, ["Delete Unit..."])
    assert brokerage in window.document.proposal.units
    assert window.document.undo_stack.count() == 0


def test_a_refused_deletion_is_explained_in_the_status_bar(
    qtbot,
    bury_window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = bury_window
    oco, council = unit(window, "Bury OCO"), unit(window, "Bury Council")
    answer(monkeypatch, "ChooseItem", council.id)
    choose_from_context_menu(qtbot, window, oco.id, ["Delete Unit..."])
    assert "top-level unit with units inside" in window.statusBar().currentMessage()
    assert window.document.proposal.units[oco.id] == oco
    assert window.document.undo_stack.count() == 0


def test_an_empty_unit_is_deleted_without_a_question(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    corporate = unit(window, "Corporate Core")  # holds a directorate but no posts
    finance = unit(window, "Finance Department")
    choose_from_context_menu(qtbot, window, corporate.id, ["Delete Unit..."])
    assert corporate.id not in window.document.proposal.units
    assert window.document.proposal.units[finance.id].parent_id == corporate.parent_id


def drag_unit_onto(window: MainWindow, moved: UnitId, target: UnitId) -> bool:
    """Drag the unit's row onto the target's row as Qt delivers it: enter, move, drop."""
    tree = window.structure_dock.view
    mime = window.structure_dock.model.mimeData([window.structure_dock.model.unit_index(moved)])
    position = row_centre(window, target)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    QApplication.sendEvent(tree.viewport(), QDragEnterEvent(position, actions, mime, buttons, keys))
    move = QDragMoveEvent(position, actions, mime, buttons, keys)
    QApplication.sendEvent(tree.viewport(), move)
    QApplication.sendEvent(
        tree.viewport(), QDropEvent(QPointF(position), actions, mime, buttons, keys)
    )
    return move.isAccepted()


def test_dragging_a_unit_onto_another_moves_it_into_it(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    brokerage, secondary = unit(window, "Brokerage"), unit(window, "Secondary Care Commissioning")
    assert drag_unit_onto(window, brokerage.id, secondary.id)
    assert window.document.proposal.units[brokerage.id].parent_id == secondary.id
    model = window.structure_dock.model
    assert model.unit_index(brokerage.id).parent() == model.unit_index(secondary.id)
    # The posts inside came along with it.
    assert model.rowCount(model.unit_index(brokerage.id)) == 2
    assert window.document.undo_stack.count() == 1
    window.menu_actions.undo.trigger()
    assert window.document.proposal.units[brokerage.id] == brokerage


def test_a_unit_dropped_inside_itself_is_refused_with_the_reason(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    pillar, brokerage = unit(window, "Community Commissioning"), unit(window, "Brokerage")
    drag_unit_onto(window, pillar.id, brokerage.id)
    assert "which is inside it" in window.statusBar().currentMessage()
    assert window.document.proposal.units[pillar.id] == pillar
    assert window.document.undo_stack.count() == 0


@pytest.mark.parametrize("deploy", [True, False])
def test_a_unit_dragged_into_another_organisation_deploys_its_posts_as_chosen(
    qtbot, bury_window: MainWindow, deploy: bool
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    if not deploy:  # Edit > Moved Units Deploy Their Posts, unticked: they keep their deployment
        window.menu_actions.units_deploy.trigger()
    brokerage, lco = unit(window, "Brokerage"), unit(window, "Bury LCO")
    assert drag_unit_onto(window, brokerage.id, lco.id)
    proposal = window.document.proposal
    deployed = {p.deployed_to_id for p in proposal.posts.values() if p.unit_id == brokerage.id}
    assert deployed == (
        {lco.organisation_id} if deploy else {proposal.organisation_named("OCO").id}
    )
    assert window.document.undo_stack.count() == 1


def test_a_post_added_to_a_team_is_employed_and_costed_like_its_neighbours(
    qtbot, bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    proposal = window.document.proposal
    brokerage = unit(
        window, "Brokerage"
    )  # a unit of OCO; its posts are Bury Council's, deployed to OCO
    neighbour = proposal.post_by_ref(brokerage.scenario_id, "BC-1070")
    assert neighbour is not None and neighbour.employer_id != brokerage.organisation_id
    answer(monkeypatch, "AskText", "Brokerage Support Officer")
    choose_from_context_menu(qtbot, window, brokerage.id, ["Add Post..."])
    (post,) = [
        p
        for p in proposal.posts_in(brokerage.scenario_id)
        if p.title == "Brokerage Support Officer"
    ]
    assert (post.employer_id, post.deployed_to_id, post.cost_code) == (
        neighbour.employer_id,
        neighbour.deployed_to_id,
        neighbour.cost_code,
    )
