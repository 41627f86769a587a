"""The structure dock: the current scenario's tree, its selection kept equal to the document's;
a unit's context menu (and F2, and dragging it onto another unit) changes the unit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QWidget

from orgchart_app.domain import PostId, UnitId
from orgchart_app.edits import Changes
from orgchart_app.ui.docks.tree_model import StructureTreeModel
from orgchart_app.ui.docks.tree_view import StructureTreeView
from orgchart_app.ui.docks.unit_actions import UnitActions
from orgchart_app.ui.window.document import DocumentController


class StructureDock(QDockWidget):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__("Structure", parent)
        self.setObjectName("structure_dock")
        self._document = document
        self._syncing = False
        self.model = StructureTreeModel()
        self.view = StructureTreeView(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)  # keeps a 10,000-post tree quick to scroll
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setWidget(self.view)
        self.units = UnitActions(self, document)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        self.view.rename_requested.connect(self.units.rename)
        self.view.unit_dropped.connect(self.units.move)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        document.reset.connect(self._rebuild)
        document.scenario_changed.connect(self._rebuild)
        document.changed.connect(self._on_document_changed)
        document.selection_changed.connect(self._on_document_selection_changed)
        self._rebuild()

    def _rebuild(self) -> None:
        collapsed = self._collapsed_units()
        current_unit = (
            self.view.current_unit()
            if self.model.scenario_id == self._document.scenario_id
            else None
        )
        self._syncing = True
        try:
            self.model.rebuild(self._document.proposal, self._document.scenario_id)
        finally:
            self._syncing = False
        self.view.expandAll()
        for unit_id in collapsed:
            self.view.collapse(self.model.unit_index(unit_id))
        self._on_document_selection_changed(self._document.selection)
        if current_unit is not None and not self._document.selection:
            # Kept current after a rename or a move, so F2 or the menu can act on it again.
            self._make_current(current_unit)

    def _make_current(self, unit_id: UnitId) -> None:
        index = self.model.unit_index(unit_id)
        if index.isValid():  # selecting a unit selects no posts, as a click on it does
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.scrollTo(index)

    def _on_view_context_menu_requested(self, position: QPoint) -> None:
        unit_id = self.model.unit_id(self.view.indexAt(position))
        if unit_id is None:
            return
        self._make_current(unit_id)
        menu = self.units.menu(unit_id)
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _collapsed_units(self) -> list[UnitId]:
        if self.model.scenario_id != self._document.scenario_id:
            return []
        return [
            unit_id
            for unit_id in self._document.proposal.units
            if (index := self.model.unit_index(unit_id)).isValid()
            and not self.view.isExpanded(index)
        ]

    def _on_document_changed(self, changes: Changes) -> None:
        if (
            changes.units
            or changes.scenarios
            or not self.model.update_posts(self._document.proposal, changes.posts)
        ):
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
                self.view.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.view.scrollTo(first)
        finally:
            self._syncing = False

    def _on_view_selection_changed(self) -> None:
        if self._syncing:
            return
        indexes = self.view.selectionModel().selectedIndexes()
        post_ids = [p for index in indexes if (p := self.model.post_id(index)) is not None]
        unit_ids = [u for index in indexes if (u := self.model.unit_id(index)) is not None]
        self._syncing = True
        try:
            self._document.select(post_ids)
            # One unit row alone is the unit chosen: the Properties dock shows it.
            chosen = unit_ids[0] if len(unit_ids) == 1 and not post_ids else None
            self._document.select_unit(chosen)
        finally:
            self._syncing = False
