"""A table editor's "Where from" line for the row chosen in it, and its "Where does this come
from?" button: an organisation, a budget line, a pay scale or grade, each stated by a document
or assumed, as the Properties panel does for a post."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QTableWidget, QWidget

from orgchart_app.ui.dialogs.source import ask_source
from orgchart_app.ui.docks.cited_records import CitedRecord
from orgchart_app.ui.docks.sources_text import sources_html, where_from_widgets
from orgchart_app.ui.window.document import DocumentController

_Key = TypeVar("_Key")


def selected_key(table: QTableWidget, keys: Sequence[_Key]) -> _Key | None:
    """The key of the row the user selected, or None. Not the current row: a table given focus
    makes its first row current unasked."""
    selected = table.selectionModel().selectedIndexes()
    row = selected[0].row() if selected else -1
    return keys[row] if 0 <= row < len(keys) else None


class RowSources:
    """`chosen` gives the record of the row the user selected, or None; `what` names it in the
    sentence asking for one ("the organisation")."""

    def __init__(
        self,
        document: DocumentController,
        dialog: QWidget,
        message: QLabel,
        chosen: Callable[[], CitedRecord | None],
        what: str,
        prefix: str,
    ) -> None:
        self._document, self._dialog, self._message = document, dialog, message
        self._chosen, self._what = chosen, what
        self.label, self.button = where_from_widgets(prefix)
        self.label.setWordWrap(True)
        self.button.clicked.connect(self.ask)
        # Kept, so the dialog is not collected while it is open.
        self.dialog: QDialog | None = None

    @property
    def widgets(self) -> tuple[QLabel, QPushButton]:
        return self.label, self.button

    def show(self) -> None:
        record = self._chosen()
        self.label.setText(
            sources_html(self._document.proposal, record) if record is not None else ""
        )

    def ask(self) -> None:
        record = self._chosen()
        if record is None:
            self._message.setText(f"Choose {self._what} the source is about.")
            return
        self.dialog = ask_source(self._document, record, self._dialog)
