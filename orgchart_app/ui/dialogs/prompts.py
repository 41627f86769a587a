"""The window's modal dialogs, each behind a classmethod `ask` that tests replace."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from orgchart_app.domain import UnitKind

PROPOSAL_FILTER = "Org chart proposals (*.sqlite);;All files (*)"
T = TypeVar("T")


def _choose(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    question: str,
    choices: Sequence[tuple[str, QMessageBox.ButtonRole, T]],
    cancelled: T,
) -> T:
    """A message box with our own buttons; the first is the default, Cancel/Esc gives `cancelled`."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setInformativeText(question)
    buttons = [(box.addButton(label, role), value) for label, role, value in choices]
    if not any(role is QMessageBox.ButtonRole.RejectRole for _, role, _ in choices):
        box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[0][0])
    box.exec()
    clicked = box.clickedButton()
    return next((value for button, value in buttons if button is clicked), cancelled)


class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChanges:
    """Save / Discard / Cancel, before the work in the window would be thrown away."""

    @classmethod
    def ask(cls, parent: QWidget, name: str) -> UnsavedChoice:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Unsaved changes",
            f'"{name}" has changes that are not saved.',
            parent=parent,
        )
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
        name, _ = QFileDialog.getSaveFileName(
            parent, "Save proposal as", str(suggested), PROPOSAL_FILTER
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".sqlite")


class SaveExport:
    """Where to write an export (Word, web page, picture); None when cancelled. `kinds` are
    (label, suffix) pairs; a name typed without a suffix gets the chosen kind's."""

    @classmethod
    def ask(
        cls, parent: QWidget, title: str, suggested: Path, kinds: Sequence[tuple[str, str]]
    ) -> Path | None:
        filters = ";;".join(f"{label} (*{suffix})" for label, suffix in kinds)
        name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() in {suffix for _, suffix in kinds}:
            return path
        return path.with_suffix(
            next((suffix for label, suffix in kinds if chosen.startswith(label)), kinds[0][1])
        )


class AskText:
    """A one-line answer (a scenario name, a search); None when cancelled or left empty."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return (answer.strip() or None) if ok else None


class ChooseItem:
    """One of a list (where a deleted unit's posts go); None when cancelled."""

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        title: str,
        label: str,
        choices: Sequence[tuple[str, T]],
        current: int = 0,
    ) -> T | None:
        texts = [text for text, _ in choices]
        text, ok = QInputDialog.getItem(parent, title, label, texts, current, False)
        return choices[texts.index(text)][1] if ok and text in texts else None


class NewUnit:
    """A new sub-unit's name and kind; None when cancelled or left without a name."""

    @classmethod
    def ask(cls, parent: QWidget, within: str, kind: UnitKind) -> tuple[str, UnitKind] | None:
        dialog = QDialog(parent)
        dialog.setWindowTitle("Add sub-unit")
        dialog.setMinimumWidth(360)
        name = QLineEdit()
        kinds = QComboBox()
        for choice in UnitKind:
            if choice is not UnitKind.ORGANISATION:
                kinds.addItem(choice.label.capitalize(), choice)
        kinds.setCurrentIndex(max(kinds.findData(kind), 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(QLabel(f'A new unit inside "{within}".'))
        form.addRow("&Name:", name)
        form.addRow("&Kind:", kinds)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or not name.text().strip():
            return None
        return name.text().strip(), kinds.currentData()


class About:
    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)


class KeepChoice(enum.Enum):
    HEAD = "head"
    KEEP = "keep"
    CANCEL = "cancel"


class KeepManager:
    """A post dropped into a team: report to the team's head, or keep its manager? With the
    answer, whether the user ticked "Don't ask again"."""

    @classmethod
    def ask(cls, parent: QWidget, posts: str, head: str, current: str) -> tuple[KeepChoice, bool]:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Line manager",
            f"{posts} will join the team of {head}.",
            parent=parent,
        )
        box.setInformativeText(f"Report to {head}, or keep {current} as line manager?")
        head_button = box.addButton("Report to Team Head", QMessageBox.ButtonRole.AcceptRole)
        keep_button = box.addButton("Keep Current Manager", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(head_button)
        silence = QCheckBox("Don't ask again (Ctrl on release still keeps the manager)")
        box.setCheckBox(silence)
        box.exec()
        clicked = box.clickedButton()
        choice = (
            KeepChoice.HEAD
            if clicked is head_button
            else KeepChoice.KEEP
            if clicked is keep_button
            else KeepChoice.CANCEL
        )
        return choice, silence.isChecked() and choice is not KeepChoice.CANCEL


class LockChoice(enum.Enum):
    READ_ONLY = "read_only"
    COPY = "copy"
    CANCEL = "cancel"


class LockedFile:
    """Someone else has the file open: look at it read-only, work on a copy, or leave it."""

    @classmethod
    def ask(cls, parent: QWidget, name: str, who: str) -> LockChoice:
        return _choose(
            parent,
            QMessageBox.Icon.Information,
            "Proposal in use",
            f'"{name}" is open elsewhere: {who}.',
            "Open it read-only (Save becomes Save As), or open a copy of your own to change?",
            [
                ("Open Read-Only", QMessageBox.ButtonRole.AcceptRole, LockChoice.READ_ONLY),
                ("Open a Copy", QMessageBox.ButtonRole.ActionRole, LockChoice.COPY),
            ],
            LockChoice.CANCEL,
        )


class TakeOverLock:
    """Someone has had the file open a long time (left open overnight, or a crash elsewhere):
    their marker is never taken over without asking. True: take it over."""

    @classmethod
    def ask(cls, parent: QWidget, name: str, who: str) -> bool:
        return _choose(
            parent,
            QMessageBox.Icon.Question,
            "Proposal in use for a long time",
            f'"{name}" is open elsewhere: {who}.',
            "They may have left it open, or their computer may have crashed. Take it "
            "over? If they are still working on it, their next save will ask them "
            "first rather than overwrite your changes.",
            [
                ("Take Over", QMessageBox.ButtonRole.DestructiveRole, True),
                ("Not Now", QMessageBox.ButtonRole.RejectRole, False),
            ],
            False,
        )


class ConflictChoice(enum.Enum):
    SAVE_COPY = "save_copy"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


class ChangedOnDisk:
    """The file changed since it was opened: nobody's work is overwritten without a choice."""

    @classmethod
    def ask(cls, parent: QWidget, reason: str) -> ConflictChoice:
        return _choose(
            parent,
            QMessageBox.Icon.Warning,
            "File changed on disk",
            reason,
            "Save your version as a copy, overwrite theirs, or cancel?",
            [
                ("Save as a Copy...", QMessageBox.ButtonRole.AcceptRole, ConflictChoice.SAVE_COPY),
                ("Overwrite", QMessageBox.ButtonRole.DestructiveRole, ConflictChoice.OVERWRITE),
            ],
            ConflictChoice.CANCEL,
        )


class RecoveryChoice(enum.Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class OfferRecovery:
    """After a crash: bring back the autosaved work, throw it away, or decide next time."""

    @classmethod
    def ask(cls, parent: QWidget, description: str) -> RecoveryChoice:
        return _choose(
            parent,
            QMessageBox.Icon.Question,
            "Recover unsaved work",
            "The designer did not close properly last time.",
            f"{description}\nRestore it?",
            [
                ("Restore", QMessageBox.ButtonRole.AcceptRole, RecoveryChoice.RESTORE),
                ("Discard", QMessageBox.ButtonRole.DestructiveRole, RecoveryChoice.DISCARD),
                ("Not Now", QMessageBox.ButtonRole.RejectRole, RecoveryChoice.LATER),
            ],
            RecoveryChoice.LATER,
        )
