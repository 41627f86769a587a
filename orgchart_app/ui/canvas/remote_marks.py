"""Marks on the chart, for a moment, on the posts a colleague just changed: "changed by NAME"."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from orgchart_app.domain import PostId
from orgchart_app.edits import Changes
from orgchart_app.ui.canvas.scene import ChartScene
from orgchart_app.ui.window.document import DocumentController

# Long enough to notice, short enough not to clutter: the status bar keeps the name too.
MARK_SECONDS = 4.0
MARK_COLOUR = QColor("#b35c00")  # dark orange: 4.9:1 on white, apart from the selection blue
MARK_Z = 1_000.0


class RemoteMarks(QObject):
    """Draws the marks over the chart's post boxes, again after each layout, until they expire."""

    def __init__(self, document: DocumentController, chart: ChartScene) -> None:
        super().__init__(chart)
        self._chart = chart
        self._marks: dict[PostId, tuple[str, float]] = {}
        self._items: list[QGraphicsItem] = []
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._draw)
        document.remote_changed.connect(self._on_document_remote_changed)
        chart.layout_shown.connect(self._draw)

    @property
    def marked(self) -> dict[PostId, str]:
        """The posts marked now, and who changed each."""
        now = time.monotonic()
        return {post: who for post, (who, until) in self._marks.items() if until > now}

    def _on_document_remote_changed(self, who: str, _name: str, changes: Changes) -> None:
        until = time.monotonic() + MARK_SECONDS
        for post in changes.posts:
            self._marks[post] = (who, until)
        self._draw()

    def _draw(self) -> None:
        for item in self._items:
            if item.scene() is self._chart:
                self._chart.removeItem(item)
        self._items = []
        self._marks = {p: mark for p, mark in self._marks.items() if p in self.marked}
        for post, who in self.marked.items():
            box = self._chart.posts.get(post)
            if box is not None:
                self._mark(box.sceneBoundingRect(), who)
        if self._marks:
            soonest = min(until for _, until in self._marks.values())
            self._expiry.start(max(50, int((soonest - time.monotonic()) * 1000) + 10))

    def _mark(self, box: QRectF, who: str) -> None:
        outline = QGraphicsRectItem(box.adjusted(-3, -3, 3, 3))
        outline.setPen(QPen(MARK_COLOUR, 2.5))
        label = QGraphicsSimpleTextItem(f"changed by {who}")
        label.setBrush(MARK_COLOUR)
        label.setPos(box.left(), box.top() - label.boundingRect().height() - 4)
        for item in (outline, label):
            item.setZValue(MARK_Z)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the post
            self._chart.addItem(item)
            self._items.append(item)
