"""The structure dock: the current scenario's tree, its selection kept equal to the document's."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeView, QWidget

from orgchart_app.domain import PostId, UnitId
from orgchart_app.edits import Changes
from orgchart_app.ui.docks.tree_model import StructureTreeModel
from orgchart_app.ui.document import DocumentController


class StructureDock(QDockWidget):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__("Structure", parent)
        self.setObjectName("structure_dock")
        self._document = document
        self._syncing = False
        self.model = StructureTreeModel()
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)  # keeps a 10,000-post tree quick to scroll
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        document.reset.connect(self._rebuild)
        document.scenario_changed.connect(self._rebuild)
        document.changed.connect(self._on_document_changed)
        document.selection_changed.connect(self._on_document_selection_changed)
        self._rebuild()

    def _rebuild(self) -> None:
        collapsed = self._collapsed_units()
        self._syncing = True
        try:
            self.model.rebuild(self._document.proposal, self._document.scenario_id)
        finally:
            self._syncing = False
        self.view.expandAll()
        for unit_id in collapsed:
            self.view.collapse(self.model.unit_index(unit_id))
        self._on_document_selection_changed(self._document.selection)

    def _collapsed_units(self) -> list[UnitId]:
        if self.model.scenario_id != self._document.scenario_id:
            return []
        return [unit_id for unit_id in self._document.proposal.units
                if (index := self.model.unit_index(unit_id)).isValid()
                and not self.view.isExpanded(index)]

    def _on_document_changed(self, changes: Changes) -> None:
        if changes.units or changes.scenarios or not self.model.update_posts(
                self._document.proposal, changes.posts):
            self._rebuild()

    def _on_document_selection_changed(self, selection: tuple[PostId, ...]) -> None:
        if self._syncing:
            return
        chosen = QItemSelection()
        for post_id in selection:
            index = self.model.post_index(post_id)
            if index.isValid():
                chosen.select(index, index)
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.view.selectionModel().select(chosen, flags)
            if not chosen.isEmpty():
                first = chosen.indexes()[0]
                self.view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.view.scrollTo(first)
        finally:
            self._syncing = False

    def _on_view_selection_changed(self) -> None:
        if self._syncing:
            return
        indexes = self.view.selectionModel().selectedIndexes()
        post_ids = [p for index in indexes if (p := self.model.post_id(index)) is not None]
        self._syncing = True
        try:
            self._document.select(post_ids)
        finally:
            self._syncing = False
