"""File > Proposal Details...: the title every page of the papers carries, and the notes, typed
in the dialog; OK is one undo step, an empty title one sentence with nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.record_helpers import press_ok, type_into


def test_the_title_and_notes_are_set_in_one_step_and_undone(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    before = window.document.proposal.info
    window.records.proposal_details.trigger()
    dialog = window.records.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.text_of("title") == before.title
    type_into(qtbot, dialog.form, "title", "Adult social care: locality teams")
    type_into(qtbot, dialog.form, "notes", "Draft for the January committee")
    press_ok(qtbot, dialog)
    after = window.document.proposal.info
    assert (after.title, after.notes) == (
        "Adult social care: locality teams",
        "Draft for the January committee",
    )
    assert not dialog.isVisible() and window.document.modified
    assert window.menu_actions.undo.text() == (
        '&Undo Retitle the proposal "Adult social care: locality teams"'
    )
    window.menu_actions.undo.trigger()
    assert window.document.proposal.info == before


def test_an_empty_title_is_said_in_the_dialog_and_nothing_changes(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    steps = window.document.undo_stack.count()
    window.records.proposal_details.trigger()
    dialog = window.records.dialog
    assert dialog is not None
    type_into(qtbot, dialog.form, "title", "")
    press_ok(qtbot, dialog)
    assert dialog.message.text() == "The proposal title cannot be empty."
    assert dialog.isVisible() and window.document.undo_stack.count() == steps


def test_the_notes_take_several_lines(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    # Return in the notes starts a new line (a one-line box would press OK instead).
    window = bury_window
    window.records.proposal_details.trigger()
    dialog = window.records.dialog
    assert dialog is not None
    type_into(qtbot, dialog.form, "notes", "Draft for the January committee")
    notes = dialog.form.editors["notes"]
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "Unions briefed 3 December")
    assert dialog.isVisible()
    press_ok(qtbot, dialog)
    assert window.document.proposal.info.notes == (
        "Draft for the January committee\nUnions briefed 3 December"
    )
    window.records.proposal_details.trigger()
    reopened = window.records.dialog
    assert reopened is not None
    assert reopened.form.text_of("notes") == window.document.proposal.info.notes
