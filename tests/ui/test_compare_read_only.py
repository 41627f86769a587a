"""Compare mode through the window: the reference ("As is") side is never edited, by any command."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from orgchart_app.domain import Proposal, ScenarioId
from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.window.compare import CompareView, _Side
from orgchart_app.ui.window.main_window import MainWindow

TWIN = "BC-1071"  # in both scenarios of the Bury sample


def records_of(proposal: Proposal, scenario_id: ScenarioId) -> tuple[object, ...]:
    """Everything a scenario holds, in order: what must not change while it is the reference."""
    return (
        proposal.scenarios[scenario_id],
        [u for u in proposal.units.values() if u.scenario_id == scenario_id],
        [p for p in proposal.posts.values() if p.scenario_id == scenario_id],
        [d for d in proposal.dotted_lines.values() if d.scenario_id == scenario_id],
    )


def comparing(qtbot, window: MainWindow) -> CompareView:  # type: ignore[no-untyped-def]
    window.menu_actions.compare.trigger()
    compare = window.central.compare
    qtbot.waitUntil(lambda: not compare.busy and bool(compare.after.scene.posts), timeout=10_000)
    return compare


def click_post(qtbot, side: _Side, post_ref: str) -> None:  # type: ignore[no-untyped-def]
    item = next(i for i in side.scene.posts.values() if i.box.post_ref == post_ref)
    side.pane.ensureVisible(item.sceneBoundingRect())
    at = side.pane.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(side.pane.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_delete_on_the_to_be_side_leaves_the_as_is_whole(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    proposal = window.document.proposal
    as_is, to_be = (proposal.scenario_named(n).id for n in ("As is", "To be"))
    counts = len(proposal.posts_in(as_is)), len(proposal.posts_in(to_be))
    compare = comparing(qtbot, window)
    click_post(qtbot, compare.after, TWIN)
    qtbot.keyClick(compare.after.pane.viewport(), Qt.Key.Key_Delete)
    assert len(proposal.posts_in(as_is)) == counts[0] == 37
    assert len(proposal.posts_in(to_be)) == counts[1] - 1
    assert (
        proposal.post_by_ref(as_is, TWIN) is not None and proposal.post_by_ref(to_be, TWIN) is None
    )


def settled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Undo whatever reached the edited side, and wait for both charts to be drawn again."""
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    if window.document.compare is None:  # deleting the edited scenario ended the comparison
        comparing(qtbot, window)
    qtbot.waitUntil(lambda: not window.central.compare.busy, timeout=10_000)


def edit_in_the_panel(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.properties_dock.panel
    title = panel.editors["title"]
    if title.isEnabled():
        title.setFocus()
        qtbot.keyClicks(title, " edited")
        qtbot.keyClick(title, Qt.Key.Key_Return)
    for field in ("status", "unit_id", "reports_to_id", "employer_id", "deployed_to_id"):
        combo = panel.choices.combo(field)
        if combo.isEnabled():
            combo.setFocus()
            qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_every_editing_command_leaves_the_reference_side_unchanged(
    qtbot, bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    proposal = window.document.proposal
    as_is = proposal.scenario_named("As is").id
    before = records_of(proposal, as_is)
    monkeypatch.setattr(dialogs.AskText, "ask", classmethod(lambda cls, *a: "Renamed"))
    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(lambda cls, *a: True))
    compare = comparing(qtbot, window)
    a = window.menu_actions
    gestures = [
        lambda s=s, k=k: qtbot.keyClick(s.pane.viewport(), k)
        for s in (compare.before, compare.after)
        for k in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
    ]
    gestures += [
        action.trigger for action in (a.cut, a.delete, a.rename_scenario, a.delete_scenario)
    ]
    gestures += [
        lambda: (a.copy.trigger(), a.paste.trigger()),
        lambda: (a.select_all.trigger(), a.delete.trigger()),
        lambda: edit_in_the_panel(qtbot, window),
    ]
    for side in (compare.before, compare.after):
        for number, gesture in enumerate(gestures):
            click_post(qtbot, side, TWIN)
            gesture()
            assert records_of(proposal, as_is) == before, (side.heading.text(), number)
            settled(qtbot, window)
    QGuiApplication.clipboard().clear()
