"""The People view beside the compare view, used with the mouse: real presses, moves and releases
drag a person's card onto a proposed post or a pool; Ctrl+Z undoes the drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from orgchart_app.domain import Postholder, PostholderId, PostId, ScenarioId
from orgchart_app.domain.ids import PoolId
from orgchart_app.domain.outcomes import OutcomeKind, Pool
from orgchart_app.edits import PutPerson, PutPool
from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.people.items import Look, PersonItem, PostItem
from orgchart_app.ui.people.view import PeopleView
from orgchart_app.ui.window.main_window import MainWindow


def post(window: MainWindow, scenario: ScenarioId, ref: str) -> PostId:
    found = window.document.proposal.post_by_ref(scenario, ref)
    assert found is not None
    return found.id


def staff(window: MainWindow, *held: tuple[str, str]) -> tuple[ScenarioId, list[PostholderId]]:
    """The proposed structure, and a new person (post_ref, name) on each current post named."""
    document = window.document
    as_is, to_be = list(document.proposal.scenarios)
    people = []
    for ref, name in held:
        before = set(document.proposal.postholders)
        holder = Postholder(PostholderId(0), post(window, as_is, ref), name)
        assert document.push(PutPerson(holder))
        (new,) = set(document.proposal.postholders) - before
        people.append(new)
    return to_be, people


def people_view(qtbot, window: MainWindow) -> PeopleView:  # type: ignore[no-untyped-def]
    """Compare "As is" with "To be" and click the People tab."""
    assert window.views.compare()
    tabs = window.central.compare_tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert tabs.currentWidget() is window.central.people
    return window.central.people


def drag(qtbot, view: PeopleView, person: PostholderId, look: Look, key: int) -> None:  # type: ignore[no-untyped-def]
    """Press on the person's card, move with the button held onto the target card, release."""
    source = view.people.viewport()
    start = view.people.point_of(Look.PERSON, person)
    target_global = view.posts.viewport().mapToGlobal(view.posts.point_of(look, key))
    end = source.mapFromGlobal(target_global)
    qtbot.mousePress(source, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        here = QPointF(start + (end - start) * (step / 6))
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            here,
            source.mapToGlobal(here),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(source, move)
    qtbot.mouseRelease(source, Qt.MouseButton.LeftButton, pos=end)


def ctrl_z(qtbot, view: PeopleView) -> None:  # type: ignore[no-untyped-def]
    view.people.setFocus()
    qtbot.keyClick(view.people, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def badge(view: PeopleView, person: PostholderId) -> str:
    card = view.people.cards[(Look.PERSON, person)]
    assert isinstance(card, PersonItem)
    return card.badge()


def without_outcome(view: PeopleView) -> list[str]:
    rows = (view.without_outcome.item(i) for i in range(view.without_outcome.count()))
    return [row.text().split("\n")[0] for row in rows]


def test_dragging_a_person_onto_a_new_post_slots_them_and_ctrl_z_restores(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    document = window.document
    to_be, [manager] = staff(window, ("BC-1010", "Postholder 1"))
    view = people_view(qtbot, window)
    assert badge(view, manager) == "no outcome"
    assert "Postholder 1" in without_outcome(view)
    sicm = post(window, to_be, "NEW-75")
    steps = document.undo_stack.count()
    drag(qtbot, view, manager, Look.POST, sicm)
    outcome = document.proposal.outcome_of(manager, to_be)
    assert outcome is not None
    assert (outcome.kind, outcome.to_post_id, outcome.confirmed) == (
        OutcomeKind.SLOTTED,
        sicm,
        True,
    )
    assert document.undo_stack.count() == steps + 1
    assert badge(view, manager) == "slotted in: Senior Integrated Commissioning Manager (NEW-75)"
    target = view.posts.cards[(Look.POST, sicm)]
    assert isinstance(target, PostItem) and "placed: Postholder 1" in target.lines
    assert "Postholder 1" not in without_outcome(view)
    ctrl_z(qtbot, view)
    assert document.proposal.outcome_of(manager, to_be) is None
    assert badge(view, manager) == "no outcome"
    assert "Postholder 1" in without_outcome(view)


def test_a_drop_onto_a_pool_puts_the_person_in_it_and_its_posts_say_so(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    document = window.document
    to_be, [lead] = staff(window, ("BC-1020", "Postholder 2"))
    # The sample's pool for the four new Senior Integrated Commissioning Manager posts.
    ring_fenced = tuple(post(window, to_be, f"NEW-{n}") for n in (75, 76, 77, 78))
    pool = next(p for p in document.proposal.pools_for(to_be) if p.name == "Pool A")
    assert pool.post_ids == ring_fenced
    members = len(document.proposal.pool_members(pool.id))
    view = people_view(qtbot, window)
    assert "ring-fenced: Pool A" in view.posts.cards[(Look.POST, ring_fenced[0])].lines
    drag(qtbot, view, lead, Look.POOL, pool.id)
    outcome = document.proposal.outcome_of(lead, to_be)
    assert outcome is not None and (outcome.kind, outcome.pool_id) == (OutcomeKind.POOL, pool.id)
    assert badge(view, lead) == "in a ring-fenced pool: Pool A"
    assert view.posts.cards[(Look.POOL, pool.id)].lines[1] == f"{members + 1} people for 4 posts"
    # Placed from the pool into one of its posts: the pool is kept on the outcome.
    drag(qtbot, view, lead, Look.POST, ring_fenced[1])
    placed = document.proposal.outcome_of(lead, to_be)
    assert placed is not None and (placed.kind, placed.pool_id) == (OutcomeKind.SLOTTED, pool.id)


def test_a_second_person_dropped_on_a_single_post_is_refused_in_one_sentence(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    document = window.document
    to_be, [first, second] = staff(window, ("BC-1010", "Postholder 1"), ("BC-1011", "Postholder 3"))
    view = people_view(qtbot, window)
    single = post(window, to_be, "NEW-76")
    drag(qtbot, view, first, Look.POST, single)
    steps = document.undo_stack.count()
    drag(qtbot, view, second, Look.POST, single)
    assert document.proposal.outcome_of(second, to_be) is None
    assert document.undo_stack.count() == steps
    message = window.statusBar().currentMessage()
    assert "Postholder 3" in message and "already given to Postholder 1" in message
    assert badge(view, second) == "no outcome"


def test_a_press_and_release_without_a_drag_changes_nothing(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    _, [person] = staff(window, ("BC-1010", "Postholder 1"))
    view = people_view(qtbot, window)
    steps = window.document.undo_stack.count()
    point = view.people.point_of(Look.PERSON, person)
    qtbot.mouseClick(view.people.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.document.undo_stack.count() == steps


def test_the_cards_menu_decides_another_outcome_and_removes_it(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    document = window.document
    to_be, [person] = staff(window, ("BC-1030", "Postholder 8"))
    view = people_view(qtbot, window)

    def choose(text: str) -> None:
        menu = view.outcome_menu(person)
        action = next(a for a in menu.actions() if a.text() == text)
        action.trigger()

    choose("At risk")
    outcome = document.proposal.outcome_of(person, to_be)
    assert outcome is not None and outcome.kind is OutcomeKind.AT_RISK and outcome.confirmed
    assert badge(view, person) == "at risk"
    assert "Postholder 8" not in without_outcome(view)
    choose("Remove the outcome")
    assert document.proposal.outcome_of(person, to_be) is None
    assert "Postholder 8" in without_outcome(view)
    ctrl_z(qtbot, view)
    assert badge(view, person) == "at risk"


def test_proposed_outcomes_come_in_one_step_and_are_confirmed_from_the_menu(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    document = window.document
    to_be, [manager, project_lead] = staff(
        window, ("BC-1010", "Postholder 1"), ("BC-1030", "Postholder 8")
    )
    view = people_view(qtbot, window)
    steps = document.undo_stack.count()
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(view.propose_button, click)
    assert document.undo_stack.count() == steps + 1
    assert badge(view, manager) == (
        "proposed: slotted in: Senior Integrated Commissioning Manager (NEW-75)"
    )
    assert badge(view, project_lead) == "proposed: at risk"
    assert without_outcome(view) == ["Everyone affected has an outcome."]
    menu = view.outcome_menu(manager)
    next(a for a in menu.actions() if a.text() == "Confirm: slotted in").trigger()
    confirmed = document.proposal.outcome_of(manager, to_be)
    assert confirmed is not None and confirmed.confirmed
    assert badge(view, manager) == "slotted in: Senior Integrated Commissioning Manager (NEW-75)"
    qtbot.mouseClick(view.propose_button, click)
    assert "nothing to propose" in window.statusBar().currentMessage()
    ctrl_z(qtbot, view)
    ctrl_z(qtbot, view)
    assert document.proposal.outcome_of(manager, to_be) is None
    assert set(without_outcome(view)) == {"Postholder 1", "Postholder 8"}


def test_a_pools_posts_are_marked_on_the_compared_chart_as_soon_as_it_is_made(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    document = window.document
    _, to_be = list(document.proposal.scenarios)
    assert window.views.compare()
    compare = window.central.compare
    qtbot.waitUntil(lambda: not compare.busy and bool(compare.after.scene.posts), timeout=10_000)
    fenced = post(window, to_be, "NEW-79")
    assert document.push(PutPool(Pool(PoolId(0), to_be, "Pool Z", (fenced,))))

    def marked() -> str:
        return compare.after.scene.posts[fenced].box.change_marker

    qtbot.waitUntil(lambda: not compare.busy and "ring-fenced: Pool Z" in marked(), timeout=10_000)
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: not compare.busy and "ring-fenced" not in marked(), timeout=10_000)


def test_a_pool_made_of_the_posts_clicked_and_closed_leaves_those_not_placed_at_risk(
    qtbot, bury_assumed_grades_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = bury_assumed_grades_window
    document = window.document
    to_be, [first, second] = staff(window, ("BC-1010", "Postholder 1"), ("BC-1011", "Postholder 2"))
    view = people_view(qtbot, window)
    fenced = (post(window, to_be, "NEW-77"), post(window, to_be, "NEW-78"))
    viewport = view.posts.viewport()
    qtbot.mouseClick(
        viewport, Qt.MouseButton.LeftButton, pos=view.posts.point_of(Look.POST, fenced[0])
    )
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        view.posts.point_of(Look.POST, fenced[1]),
    )
    assert set(document.selection) == set(fenced)  # the docks follow the posts clicked
    asked: list[str] = []

    def name_it(cls: type, parent: object, title: str, label: str, text: str = "") -> str:
        asked.append(text)
        return "Pool S"

    monkeypatch.setattr(dialogs.AskText, "ask", classmethod(name_it))
    steps = document.undo_stack.count()
    qtbot.mouseClick(view.new_pool_button, Qt.MouseButton.LeftButton)
    # After the sample's one pool, A: its outcomes were proposed on posts with no grade.
    assert asked == ["Pool B"] and document.undo_stack.count() == steps + 1
    pool = next(p for p in document.proposal.pools_for(to_be) if p.name == "Pool S")
    assert (pool.name, set(pool.post_ids)) == ("Pool S", set(fenced))
    drag(qtbot, view, first, Look.POOL, pool.id)
    drag(qtbot, view, second, Look.POOL, pool.id)
    drag(qtbot, view, first, Look.POST, fenced[0])
    menu = view.pool_menu(pool.id)
    next(a for a in menu.actions() if a.text().startswith("Close Pool")).trigger()
    kinds = {p: document.proposal.outcome_of(p, to_be) for p in (first, second)}
    assert {p: o.kind for p, o in kinds.items() if o} == {
        first: OutcomeKind.SLOTTED,
        second: OutcomeKind.AT_RISK,
    }
    assert badge(view, second) == "at risk (from Pool S)"
    ctrl_z(qtbot, view)
    assert badge(view, second) == "in a ring-fenced pool: Pool S"


def test_new_pool_with_no_post_chosen_says_what_to_do(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = people_view(qtbot, bury_window)
    pools = dict(bury_window.document.proposal.pools)
    qtbot.mouseClick(view.new_pool_button, Qt.MouseButton.LeftButton)
    assert "Click the proposed posts" in bury_window.statusBar().currentMessage()
    assert bury_window.document.proposal.pools == pools


def test_a_name_in_the_list_without_an_outcome_finds_their_card(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    _, [person] = staff(bury_window, ("BC-1040", "Postholder 99"))
    view = people_view(qtbot, bury_window)
    waiting = view.without_outcome
    row = next(
        waiting.item(i) for i in range(waiting.count()) if "Postholder 99" in waiting.item(i).text()
    )
    waiting.scrollToItem(row)
    qtbot.mouseClick(
        waiting.viewport(), Qt.MouseButton.LeftButton, pos=waiting.visualItemRect(row).center()
    )
    card = view.people.cards[(Look.PERSON, person)]
    assert card.isSelected()
    shown = view.people.mapToScene(view.people.viewport().rect()).boundingRect()
    place = card.sceneBoundingRect()
    assert shown.top() <= place.top() and place.bottom() <= shown.bottom()  # scrolled to it
