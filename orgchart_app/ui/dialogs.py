"""The window's modal dialogs, each behind a classmethod `ask` that tests replace."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

PROPOSAL_FILTER = "Org chart proposals (*.sqlite);;All files (*)"


class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChanges:
    """Save / Discard / Cancel, before the work in the window would be thrown away."""

    @classmethod
    def ask(cls, parent: QWidget, name: str) -> UnsavedChoice:
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                          f'"{name}" has changes that are not saved.', parent=parent)
        box.setInformativeText("Save them before going on?")
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == buttons.Save:
            return UnsavedChoice.SAVE
        if answer == buttons.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL


class ErrorMessage:
    """One sentence saying what went wrong; the window stays as it was."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No)
        return answer == buttons.Yes


class OpenFile:
    @classmethod
    def ask(cls, parent: QWidget, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Open proposal", str(folder), PROPOSAL_FILTER)
        return Path(name) if name else None


class SaveFile:
    @classmethod
    def ask(cls, parent: QWidget, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, "Save proposal as", str(suggested),
                                              PROPOSAL_FILTER)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".sqlite")


class AskText:
    """A one-line answer (a scenario name, a search); None when cancelled or left empty."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return (answer.strip() or None) if ok else None


class About:
    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)
