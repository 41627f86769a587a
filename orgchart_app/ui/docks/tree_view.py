"""The structure tree's view: units are renamed with F2 and moved by dragging onto another unit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from orgchart_app.domain import UnitId
from orgchart_app.ui.docks.tree_model import StructureTreeModel, dragged_unit


class StructureTreeView(QTreeView):
    rename_requested = Signal(object)  # UnitId
    unit_dropped = Signal(object, object)  # (UnitId moved, UnitId it goes into)

    def __init__(self, model: StructureTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setDragEnabled(True)  # only unit rows are draggable (the model's flags)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def current_unit(self) -> UnitId | None:
        return self._model.unit_id(self.currentIndex())

    # --- F2 renames the current unit (for a post, the window's F2 edits it) ---------------------
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_rename_key(event)
        ):
            event.accept()  # the key comes here instead of to the window's Edit Post
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._is_rename_key(event):
            self.rename_requested.emit(self.current_unit())
            return
        super().keyPressEvent(event)

    def _is_rename_key(self, event: QKeyEvent) -> bool:
        return (
            event.key() == Qt.Key.Key_F2
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.current_unit() is not None
        )

    # --- dropping a unit onto another ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if dragged_unit(event.mimeData()) is None:
            event.ignore()
            return
        super().dragEnterEvent(event)
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        super().dragMoveEvent(event)  # scrolls near the edges and shows where it would land
        target = self._target(event.position().toPoint())
        moved = dragged_unit(event.mimeData())
        if moved is not None and target is not None and target != moved:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        # The tree is rebuilt from the proposal, so the rows are not moved here: the edit is.
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        target = self._target(event.position().toPoint())
        moved = dragged_unit(event.mimeData())
        if moved is None or target is None or target == moved:
            event.ignore()
            return
        # Not a Move for Qt: the source rows must not be removed after the drop.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.unit_dropped.emit(moved, target)

    def _target(self, position: QPoint) -> UnitId | None:
        """The unit under the cursor, or the unit of the post under it."""
        index = self.indexAt(position)
        while index.isValid() and self._model.unit_id(index) is None:
            index = index.parent()
        return self._model.unit_id(index) if index.isValid() else None
