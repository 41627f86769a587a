"""The key to the chart, on demand in every view (View > Key): what the boxes, fills, badges and
lines mean, drawn with the chart's own colours and pens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDockWidget, QGridLayout, QLabel, QWidget

from orgchart_app.domain import UnitStatus
from orgchart_app.layout.assumed import ASSUMED_MARK
from orgchart_app.layout.model import ConnectorKind
from orgchart_app.ui.canvas import style

SWATCH_W, SWATCH_H = 34, 16
Painter = Callable[[QPainter, QRectF], None]


def _unit(status: UnitStatus) -> Painter:
    def draw(painter: QPainter, rect: QRectF) -> None:
        fill, border = style.container_colours(status)
        painter.setPen(
            QPen(
                border,
                1.0,
                Qt.PenStyle.DashLine
                if status is UnitStatus.TO_BE_CONFIRMED
                else Qt.PenStyle.SolidLine,
            )
        )
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if status is UnitStatus.TO_BE_CONFIRMED:
            painter.fillRect(rect, QBrush(style.HATCH, Qt.BrushStyle.BDiagPattern))

    return draw


def _card(fill: QColor, pen: Qt.PenStyle) -> Painter:
    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(style.CARD_BORDER, 1.2, pen))
        painter.setBrush(fill)
        painter.drawRect(rect)

    return draw


def _badge(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.BADGE_FILL)
    painter.drawRoundedRect(rect.adjusted(2, 3, -2, -3), 5, 5)


def _line(kind: ConnectorKind) -> Painter:
    def draw(painter: QPainter, rect: QRectF) -> None:
        pen = QPen(style.connector_pen(kind))
        pen.setWidthF(1.6)
        painter.setPen(pen)
        painter.drawLine(
            QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y())
        )

    return draw


def _assumed(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(QColor("#222222"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, ASSUMED_MARK)


ENTRIES: list[tuple[Painter, str]] = [
    (_unit(UnitStatus.IN_PLACE), "unit in place"),
    (_unit(UnitStatus.TO_BE_CONFIRMED), "unit to be confirmed (hatched)"),
    (_card(style.CARD_FILL, Qt.PenStyle.SolidLine), "post filled"),
    (_card(style.CARD_FILL, Qt.PenStyle.DashLine), "vacant (dashed)"),
    (_card(style.HELD_VACANT_FILL, Qt.PenStyle.DotLine), "vacant, held (grey, dotted)"),
    (_badge, "badge: another employer or deployment"),
    (_assumed, "assumed: not stated in the source (View > Show Assumed Values)"),
    (_line(ConnectorKind.REPORTS_TO), "line management"),
    (_line(ConnectorKind.TEMPORARY), "interim line management (\u201ctemporary\u201d)"),
    (_line(ConnectorKind.ACCOUNTABILITY), "dotted: accountability, professional, secondment"),
    (_line(ConnectorKind.MATRIX), "dashed: matrix management"),
]


def swatch(draw: Painter) -> QPixmap:
    pixmap = QPixmap(SWATCH_W, SWATCH_H)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, QRectF(1.5, 1.5, SWATCH_W - 3, SWATCH_H - 3))
    painter.end()
    return pixmap


class KeyDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Key", parent)
        self.setObjectName("key_dock")
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(8, 4, 8, 4)
        columns = 5  # two rows: a strip under the chart, not a panel beside it
        self.labels: list[QLabel] = []
        for index, (draw, text) in enumerate(ENTRIES):
            picture, words = QLabel(), QLabel(text)
            picture.setPixmap(swatch(draw))
            row, column = divmod(index, columns)
            grid.addWidget(picture, row, column * 2)
            grid.addWidget(words, row, column * 2 + 1)
            self.labels.append(words)
        grid.setColumnStretch(columns * 2 - 1, 1)
        body.setMaximumHeight(body.sizeHint().height())
        self.setWidget(body)
        self.toggleViewAction().setText("&Key")
        self.toggleViewAction().setShortcut("Ctrl+K")
