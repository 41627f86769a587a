"""The Recommendations dock used as a report's author does: click an item, pick a verb, tick,
reword, add, move; each change is one undo step and lands in the file's worded items."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit

from orgchart_app.analysis.item_editing import editable_items
from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain.drafts import RecommendationItem
from orgchart_app.edits import DeletePost
from orgchart_app.ui.docks.recommendations import RecommendationsDock
from orgchart_app.ui.window.main_window import MainWindow


def items(window: MainWindow) -> tuple[RecommendationItem, ...]:
    proposal = window.document.proposal
    pair = proposal.scenario_named("As is").id, proposal.scenario_named("To be").id
    return editable_items(proposal, *pair).items


def shown_dock(qtbot, window: MainWindow) -> RecommendationsDock:  # type: ignore[no-untyped-def]
    dock = window.recommendations_dock
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.list.count() > 0)
    return dock


def click_row(qtbot, dock: RecommendationsDock, row: int) -> None:  # type: ignore[no-untyped-def]
    item = dock.list.item(row)
    dock.list.scrollToItem(item)
    rect = dock.list.visualItemRect(item)
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dock.list.currentRow() == row


def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    # On the box or the button's text (a stretched check box is blank at its centre).
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def choose(combo: QComboBox, text: str) -> None:
    """As a click in the drop-down list does: make it current, emit `activated`."""
    index = combo.findText(text)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def retype(qtbot, editor: QPlainTextEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def test_each_change_in_the_dock_is_one_undo_step_stored_in_the_file(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    dock = shown_dock(qtbot, window)
    stack = window.document.undo_stack
    start = items(window)
    assert dock.list.count() == len(start) == 6

    click_row(qtbot, dock, 1)
    choose(dock.verb, "note")
    click(qtbot, dock.for_decision)
    assert (items(window)[1].verb, items(window)[1].for_decision) == ("note", False)
    assert stack.count() == 2 and "[for noting]" in dock.list.item(1).text()

    click(qtbot, dock.up_button)
    assert items(window)[0].subject == start[1].subject and dock.list.currentRow() == 0
    click(qtbot, dock.included)
    assert not items(window)[0].included
    retype(qtbot, dock.wording, "the deletion of the posts below")
    click(qtbot, dock.apply_button)
    assert items(window)[0].subject == "the deletion of the posts below"
    assert items(window)[0].entries == start[1].entries

    choose(dock.verb, "delegate")  # an edit of its own on the selected item
    retype(qtbot, dock.wording, "authority to the Executive Director to appoint")
    retype(qtbot, dock.entries, "")
    click(qtbot, dock.add_button)
    added = items(window)[-1]
    assert (added.verb, added.subject, added.sources, len(items(window))) == (
        "delegate",
        "authority to the Executive Director to appoint",
        "",
        7,
    )
    assert dock.list.currentRow() == 6
    click(qtbot, dock.remove_button)
    assert len(items(window)) == 6 and stack.count() == 8

    for _ in range(stack.count()):
        window.menu_actions.undo.trigger()
    assert items(window) == start
    assert [dock.list.item(i).text() for i in range(6)][1].startswith(
        "2. support the proposed deletion"
    )


def test_an_item_whose_changes_are_gone_is_shown_flagged(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    dock = shown_dock(qtbot, window)
    proposal = window.document.proposal
    to_be = proposal.scenario_named("To be").id
    first = items(window)[0]
    posts = [proposal.post_by_ref(to_be, key.partition(":")[2]) for key in first.source_keys]
    window.document.push(DeletePost(tuple(p.id for p in posts if p is not None)))
    assert dock.list.count() == 6
    assert dock.list.item(0).text().startswith("\N{WARNING SIGN} 1. support")
    assert (
        "changes gone" in dock.list.item(0).text() and "1 item written for" in dock.summary.text()
    )
    assert any("changes it was written for are gone" in p for p in validate_proposal(proposal))


def test_a_scenario_with_no_posts_is_said_in_the_dock_not_raised(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    dock = shown_dock(qtbot, window)
    proposal = window.document.proposal
    to_be = proposal.scenario_named("To be").id
    window.document.set_scenario(to_be)
    window.document.push(DeletePost(tuple(p.id for p in proposal.posts_in(to_be))))
    assert dock.list.count() == 0
    assert dock.summary.text() == "The scenario has no posts, so there is no employer to write for."
    gone = [p for p in validate_proposal(proposal) if "changes it was written for are gone" in p]
    assert len(gone) == 6


def test_the_changes_an_item_is_written_for_are_edited_with_its_wording(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    dock = shown_dock(qtbot, window)
    start = items(window)
    click_row(qtbot, dock, 0)
    assert dock.sources.toPlainText() == start[0].sources
    first_key = start[0].sources.splitlines()[0]
    retype(qtbot, dock.sources, first_key)
    for _ in range(2):  # blank lines after it are not changes
        qtbot.keyClick(dock.sources, Qt.Key.Key_Return)
    click(qtbot, dock.apply_button)
    assert items(window)[0].sources == first_key
    assert window.document.undo_stack.count() == 1
    window.menu_actions.undo.trigger()
    assert items(window) == start
