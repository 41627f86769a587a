"""The lines' items: a manager's lines of management as one item, and each dotted, matrix or
secondment line as an item of its own (clicked to select, drawn thicker when selected, so it can be
edited in the properties dock and deleted)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart_app.layout.model import Connector
from orgchart_app.layout.text import LABEL_SIZE, row_height, text_width
from orgchart_app.ui.canvas import style
from orgchart_app.ui.canvas.painting import Z_CONNECTOR, TextScale, detail_level, dpi_of, scaled

PICK_WIDTH = 8.0  # how far from the line a click still picks it, in points


class ConnectorItem(QGraphicsItem):
    """A manager's lines of one kind to all its reports (solid), or a dotted/dashed line, with labels.

    One item per manager rather than per line keeps a 10,000-post chart at a tenth of the items.
    """

    def __init__(self, connectors: list[Connector]) -> None:
        super().__init__()
        self.connectors = connectors
        self._path = QPainterPath()
        for connector in connectors:
            if connector.points:
                self._path.moveTo(*connector.points[0])
                for x, y in connector.points[1:]:
                    self._path.lineTo(x, y)
        self._pen = style.connector_pen(connectors[0].kind)
        # Each label on the ground the layout gave it (clear of boxes and other labels).
        self._labels = [
            (QRectF(r.x, r.y, r.w, r.h), c.label)
            for c in connectors
            if c.label and (r := c.label_rect) is not None
        ]
        self._bounds = self._path.boundingRect().adjusted(-2.0, -2.0, 2.0, 2.0)
        for rect, _label_text in self._labels:
            self._bounds = self._bounds.united(rect)
        self.setZValue(Z_CONNECTOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def path(self) -> QPainterPath:
        """The lines as drawn, through the layout's points (in the item's coordinates)."""
        return QPainterPath(self._path)

    @property
    def labels(self) -> list[tuple[QRectF, str]]:
        """Each label's ground on the scene, and its words."""
        return list(self._labels)

    def boundingRect(self) -> QRectF:
        return self._bounds  # the lines never change: a new layout makes new items

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if not self._labels or detail_level(painter, option) < style.TEXT_MIN_LOD:
            return
        for rect, _label in self._labels:
            painter.fillRect(rect, QColor(255, 255, 255, 230))
        with TextScale(painter) as text:
            text.setPen(self._pen.color())
            text.setFont(style.font(LABEL_SIZE, False, dpi_of(painter)))
            for rect, label in self._labels:
                text.drawText(scaled(rect), Qt.AlignmentFlag.AlignCenter, label)


def connector_groups(connectors: tuple[Connector, ...]) -> list[list[Connector]]:
    """The lines drawn by one item each: all of a manager's lines of the same kind together."""
    groups: dict[tuple[int, object], list[Connector]] = {}
    for connector in connectors:
        groups.setdefault((connector.from_post_id, connector.kind), []).append(connector)
    return list(groups.values())


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
            with TextScale(painter) as text:  # the chart's fonts are set large and scaled down
                text.setPen(QColor("#ffffff"))
                text.setFont(style.font(LABEL_SIZE, True, dpi_of(painter)))
                text.drawText(scaled(self._tag_rect), Qt.AlignmentFlag.AlignCenter, look.tag)
