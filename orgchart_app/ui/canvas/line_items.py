"""A dotted, matrix or secondment line as an item of its own: clicked to select, drawn thicker
when selected, so it can be edited in the properties dock and deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart_app.layout.model import Connector
from orgchart_app.ui.canvas import style
from orgchart_app.ui.canvas.items import ConnectorItem

PICK_WIDTH = 8.0  # how far from the line a click still picks it, in points


class DottedLineItem(ConnectorItem):
    def __init__(self, connector: Connector) -> None:
        super().__init__([connector])
        assert connector.line_id is not None
        self.line_id = connector.line_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        stroker = QPainterPathStroker()
        stroker.setWidth(PICK_WIDTH)
        self._shape = stroker.createStroke(self._path)

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 3.0))
            painter.drawPath(self._path)
        super().paint(painter, option, widget)
