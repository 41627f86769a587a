"""A form's edits pushed on the document, a refusal of its own edit shown in its message line
(refusals of others' edits, a canvas drop's say, are not the form's to show)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.edits import Edit


class FormPush:
    def __init__(self, document: DocumentController, message: QLabel) -> None:
        self._document = document
        self._message = message
        self._pushing = False
        document.refused.connect(self._on_document_refused)

    def push(self, edit: Edit) -> bool:
        """Push `edit`; True if it was applied (the message cleared), False if refused (shown)."""
        self._pushing = True
        try:
            applied = self._document.push(edit)
        finally:
            self._pushing = False
        if applied is not None:
            self._message.clear()
        return applied is not None

    def _on_document_refused(self, reason: str) -> None:
        if self._pushing:
            self._message.setText(reason)
