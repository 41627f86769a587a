"""Drawing a dotted line by hand: from one post to another, by dragging or by two clicks.

Started by the toolbar's Draw Dotted Line mode (press on a post, drag to the other) or by a
post's right-click "Draw Dotted Line From Here" (then click the other post). One AddDottedLine
is pushed, one undo step; its kind, share, label and "interim" are then edited in the properties.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem

from orgchart_app.domain import DottedLine, DottedLineId, DottedLineKind, PostId
from orgchart_app.ui.canvas import style
from orgchart_app.ui.canvas.painting import Z_DRAGGED
from orgchart_app.ui.canvas.scene import ChartScene

HINT = "Drop on the post the dotted line goes to (Escape cancels)."


class LineDraw:
    def __init__(self, scene: ChartScene, source: PostId) -> None:
        self._scene = scene
        self.source = source
        start = scene.posts[source].sceneBoundingRect().center()
        self._rubber = QGraphicsLineItem(QLineF(start, start))
        self._rubber.setPen(QPen(style.SELECTION, 1.5, Qt.PenStyle.DashLine))
        self._rubber.setZValue(Z_DRAGGED)
        scene.addItem(self._rubber)

    def move(self, position: QPointF) -> None:
        line = self._rubber.line()
        self._rubber.setLine(QLineF(line.p1(), position))

    def finish(self, position: QPointF) -> bool | None:
        """Join the source to the post at `position`: True if pushed, False if refused, None if
        there is no other post there (keep drawing)."""
        from orgchart_app.edits import AddDottedLine  # noqa: PLC0415 - the edits load when first made

        target = self._scene.post_at(position)
        if target is None or target.box.is_summary or PostId(target.post_id) == self.source:
            return None
        self.cancel()
        document = self._scene.document
        line = DottedLine(
            DottedLineId(0),
            document.proposal.posts[self.source].scenario_id,
            self.source,
            PostId(target.post_id),
            DottedLineKind.ACCOUNTABILITY,
        )
        applied = document.push(AddDottedLine(line))
        if applied is None:
            return False
        document.select([])
        if isinstance(
            applied.edit, AddDottedLine
        ):  # always: the edit pushed, with the line's new id
            document.select_line(applied.edit.line.id)
        return True

    def cancel(self) -> None:
        if self._rubber.scene() is not None:
            self._scene.removeItem(self._rubber)
