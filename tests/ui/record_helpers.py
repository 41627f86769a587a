"""Typing into a record form and answering its dialog as a user does: real keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit

from orgchart_app.ui.dialogs.record_form import ProseEdit, RecordDialog, RecordForm


def type_into(qtbot, form: RecordForm, attribute: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace the field's text by typing, then Tab away: a panel commits on leaving a field
    (Return would also press a dialog's default button)."""
    editor = form.editors[attribute]
    assert isinstance(editor, QLineEdit | ProseEdit)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def tick(qtbot, form: RecordForm, attribute: str) -> None:  # type: ignore[no-untyped-def]
    box = form.editors[attribute]
    assert isinstance(box, QCheckBox)
    before = box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() != before


def press_ok(qtbot, dialog: RecordDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
