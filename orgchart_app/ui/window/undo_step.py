"""One undo step of the designer: an edit applied, its inverse, and what it did to the costs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from orgchart_app.analysis.cost_steps import StepEffect, step_text
from orgchart_app.edits import Applied

if TYPE_CHECKING:  # the controller makes the steps; importing it here would be a cycle
    from orgchart_app.ui.window.document import DocumentController

# What an edit of pay, on-costs or the budget did to each scenario; None for any other edit.
Effects = tuple[StepEffect, ...] | None


class EditCommand(QUndoCommand):
    """One undo step: redo applies the edit, undo applies its inverse. An edit of what costs rest
    on carries what it did to each scenario's cost and headroom, and says it in its name."""

    def __init__(
        self, document: DocumentController, applied: Applied, effects: Effects = None
    ) -> None:
        super().__init__(
            applied.name if effects is None else f"{applied.name} ({step_text(effects)})"
        )
        self._document = document
        self._applied = applied
        self._first_redo = True
        self.edit_name = applied.name
        self.effects: tuple[StepEffect, ...] = effects or ()

    def redo(self) -> None:
        if self._first_redo:  # already applied by push(), which had to know whether it was refused
            self._first_redo = False
        else:
            applied = self._document.apply_again(self._applied.edit)
            if applied is None:  # a colleague changed a record since (team mode): said why
                self.setObsolete(True)
                return
            self._applied = applied
        self._document.changed.emit(self._applied.changes)

    def undo(self) -> None:
        undone = self._document.apply_again(self._applied.inverse, undo_of=self._applied.name)
        if undone is None:
            self.setObsolete(True)  # Qt then drops the step: it cannot be undone any more
            return
        self._document.changed.emit(undone.changes)
