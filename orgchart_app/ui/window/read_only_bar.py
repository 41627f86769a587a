"""A bar across the chart while the proposal is read-only: why, and "Save a Copy" to keep changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from orgchart_app.storage import read_lock
from orgchart_app.ui.window.document import DocumentController
from orgchart_app.ui.window.notice_bar import NoticeBar


class ReadOnlyBar(NoticeBar):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__("read_only_bar", ("#fff4ce", "#c8a600"), "Save a Copy...", parent)
        self._document = document
        self.save_copy = self.button
        self.save_copy.setToolTip("Save the proposal under another name, as a file of your own")
        document.read_only_changed.connect(self._refresh)
        document.path_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_: object) -> None:
        document = self._document
        self.setVisible(document.read_only and document.path is not None)
        if not self.isHidden() and document.path is not None:
            owner = read_lock(document.path)
            why = f"{owner.describe()}." if owner is not None else "You cannot write to its folder."
            self.message.setText(
                f'<b>"{document.path.name}" is open read-only.</b> {why} '
                "Changes you make can be kept in a copy of your own."
            )
