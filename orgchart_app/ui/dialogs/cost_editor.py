"""What the cost editors share: not modal, each change one undo step, refusals shown in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import OrgChartError
from orgchart_app.edits import Changes
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.edits import Edit


class EditorDialog(QDialog):
    """The chart and the costs dock stay live while the user works in the editor."""

    def __init__(
        self, document: DocumentController, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._document = document
        self.message = QLabel()
        self.message.setWordWrap(True)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        raise NotImplementedError

    def push(self, make: Callable[[Proposal], Edit]) -> None:
        """Build the edit from the proposal as it is now and apply it as one undo step."""
        try:
            edit = make(self._document.proposal)
        except OrgChartError as refusal:
            self.message.setText(str(refusal))
            return
        # A refusal is said here too, beside the cell or button the user just used.
        refusals: list[str] = []
        heard = refusals.append
        self._document.refused.connect(heard)
        try:
            applied = self._document.push(edit)
        finally:
            self._document.refused.disconnect(heard)
        stack = self._document.undo_stack
        # The step's own name: the edit's and what it did to each scenario's cost.
        done = applied is not None and stack.index() > 0
        self.message.setText(
            f"Done: {stack.text(stack.index() - 1)}." if done else "".join(refusals[-1:])
        )
