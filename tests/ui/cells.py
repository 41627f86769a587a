"""Typing into a table's cell as a user does: click, F2, type over, Enter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableWidget

from orgchart_app.importers.budget_cells import COLUMNS


def type_in_cell(  # type: ignore[no-untyped-def]
    qtbot, table: QTableWidget, row: int, column: str, text: str, columns: Sequence[str] = COLUMNS
) -> None:
    """Click the cell, F2, type over what it holds, Enter: as a user edits a cell."""
    qtbot.waitUntil(table.window().isActiveWindow)  # else the main window's F2 takes the key
    index = table.model().index(row, list(columns).index(column))
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: table.state() is not QAbstractItemView.State.EditingState)
