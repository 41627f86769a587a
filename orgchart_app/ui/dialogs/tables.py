"""Choosing a CSV/XLSX table to import or export (a class per question, so tests can answer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QTreeWidget, QTreeWidgetItem, QWidget

TABLES = "Tables (*.csv *.xlsx);;All files (*)"


class ChooseTable:
    @classmethod
    def ask(cls, parent: QWidget, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), TABLES)
        return Path(name) if name else None


class SaveTable:
    @classmethod
    def ask(cls, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), TABLES)
        return Path(name) if name else None


def fill(tree: QTreeWidget, rows: list[list[str]]) -> None:
    """Replace a flat list's rows."""
    tree.clear()
    tree.addTopLevelItems([QTreeWidgetItem(row) for row in rows])
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)
