"""Dragging a unit by its title onto another unit (or organisation): one MoveUnit, pushed on release.

Its posts' deployment follows the rule chosen in Edit > Moved Units Deploy Their Posts, the same
rule the structure tree's drag uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from orgchart_app.domain import EditRefused, UnitId
from orgchart_app.ui.canvas.interactions import DragGhost, DropFeedback
from orgchart_app.ui.canvas.items import PostItem
from orgchart_app.ui.canvas.scene import LayoutScene
from orgchart_app.ui.canvas.unit_items import UnitItem
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.edits import MoveUnit


def unit_move(document: DocumentController, unit_id: UnitId, parent_id: UnitId) -> MoveUnit:
    """The move the tree and the canvas make, deploying the posts as the user chose."""
    from orgchart_app.edits import MoveUnit  # noqa: PLC0415 - the edits load when first made

    return MoveUnit(unit_id, parent_id, deploy_posts=document.unit_moves_deploy)


class UnitDrag(DropFeedback):
    """One drag of a unit, from press to release; pushes at most one edit."""

    def __init__(
        self,
        scene: LayoutScene,
        document: DocumentController,
        unit: UnitItem,
        start: QPointF,
        hint: Callable[[str], None],
    ) -> None:
        self._scene = scene
        self._document = document
        self.unit_id = UnitId(unit.unit_id)
        self._start = start
        self._hint = hint
        self._target: PostItem | UnitItem | None = None
        self._edit: MoveUnit | None = None
        self._ghost = DragGhost([unit.sceneBoundingRect()])
        scene.addItem(self._ghost)

    def move(self, position: QPointF) -> None:
        from orgchart_app.edits import apply_edit  # noqa: PLC0415 - the edits load when first made

        self._ghost.setPos(position - self._start)
        target = self._scene.unit_at(position)
        if target is self._target:
            return
        self._highlight(None)
        self._target, self._edit = target, None
        if target is None or target.unit_id == self.unit_id:
            self._hint("Drop the unit onto another unit or organisation to move it there.")
            return
        edit = unit_move(self._document, self.unit_id, UnitId(target.unit_id))
        try:
            applied = apply_edit(self._document.proposal.copy(), edit)
        except EditRefused as refusal:
            self._highlight(False)
            self._hint(f"Cannot drop here: {refusal}")
            return
        self._edit = edit
        self._highlight(True)
        self._hint(f"Drop to: {applied.name}")

    def finish(self, position: QPointF) -> bool:
        self.move(position)
        self.cancel()
        return self._edit is not None and self._document.push(self._edit) is not None
