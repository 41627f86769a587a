"""A dotted, matrix or secondment line as an item of its own: clicked to select, drawn thicker
when selected, so it can be edited in the properties dock and deleted."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart_app.layout.model import Connector
from orgchart_app.layout.text import LABEL_SIZE, row_height, text_width
from orgchart_app.ui.canvas import style
from orgchart_app.ui.canvas.items import ConnectorItem, _dpi, _scaled, _TextScale

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
        # In compare mode: "line added", "line removed" or "line changed", in colour and words.
        self.marker = ""
        self._tag_rect = QRectF()

    def set_marker(self, marker: str) -> None:
        if marker == self.marker:
            return
        self.prepareGeometryChange()
        self.marker = marker
        middle = self._path.pointAtPercent(0.5)
        width = text_width(marker.upper(), LABEL_SIZE, True) + 6.0
        height = row_height(LABEL_SIZE) + 2.0
        self._tag_rect = QRectF(middle.x() - width / 2, middle.y() - height - 2, width, height)
        self._bounds = self._bounds.united(self._tag_rect) if marker else self._path.boundingRect()
        self.update()

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.marker:
            colour = QColor(style.marker_style(self.marker).colour)
            colour.setAlphaF(0.45)
            painter.setPen(QPen(colour, 4.0))
            painter.drawPath(self._path)
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 3.0))
            painter.drawPath(self._path)
        super().paint(painter, option, widget)
        if self.marker:
            look = style.marker_style(self.marker)
            painter.fillRect(self._tag_rect, look.colour)
            with _TextScale(painter) as text:  # the chart's fonts are set large and scaled down
                text.setPen(QColor("#ffffff"))
                text.setFont(style.font(LABEL_SIZE, True, _dpi(painter)))
                text.drawText(_scaled(self._tag_rect), Qt.AlignmentFlag.AlignCenter, look.tag)
