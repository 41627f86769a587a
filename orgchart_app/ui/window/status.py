"""The status bar: what was just done (the undo step's name) and why an edit was refused."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar
from shiboken6 import isValid

from orgchart_app.domain.wording import fte_text
from orgchart_app.ui.window.document import DocumentController

MESSAGE_MS = 8000


class StatusReporter(QObject):
    def __init__(self, bar: QStatusBar, document: DocumentController) -> None:
        super().__init__(bar)  # goes with the window, so a closing window hears no more signals
        self._bar = bar
        self._document = document
        self._last_index = document.undo_stack.index()
        self.summary = QLabel()
        bar.addPermanentWidget(self.summary)
        document.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        document.refused.connect(self._on_document_refused)
        document.reset.connect(self._on_document_reset)
        document.changed.connect(self._show_summary)
        document.scenario_changed.connect(self._show_summary)
        self._show_summary()

    def _show_summary(self, *_: object) -> None:
        """The scenario's size, always in view: a drop that lost posts would show here."""
        scenario_id = self._document.scenario_id
        if scenario_id is None:
            self.summary.clear()
            return
        posts = self._document.proposal.posts_in(scenario_id)
        count = sum(p.quantity for p in posts)
        fte = sum(p.total_fte for p in posts)
        name = self._document.proposal.scenarios[scenario_id].name
        self.summary.setText(f"{name}: {count} posts, {fte_text(fte)} FTE")

    def show(self, text: str) -> None:
        self._bar.setStyleSheet("")
        self._bar.showMessage(text, MESSAGE_MS)

    def _on_undo_index_changed(self, index: int) -> None:
        stack = self._document.undo_stack
        if not isValid(stack):  # a stack being destroyed clears itself and says so
            return
        step, verb = (index - 1, "Done") if index > self._last_index else (index, "Undone")
        self._last_index = index
        if 0 <= step < stack.count():  # clearing the stack (opening a file) names no step
            self.show(f"{verb}: {stack.text(step)}")

    def _on_document_reset(self) -> None:
        self._last_index = self._document.undo_stack.index()

    def _on_document_refused(self, reason: str) -> None:
        self._bar.setStyleSheet("QStatusBar { color: #b00020; }")
        self._bar.showMessage(f"Not done: {reason}", MESSAGE_MS * 2)
