"""The key to the chart, on demand in every view (View > Key): what the boxes, fills, badges and
lines mean, drawn with the chart's own colours and pens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QWidget,
)

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
    (_assumed, "assumed: not stated in the source\n(View > Show Assumed Values)"),
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


class KeyBody(QWidget):
    """The entries in as many columns as the width allows, row by row: a strip of two rows
    under a wide chart, more rows on a laptop, never wider than the window can be."""

    def __init__(self, entries: list[QWidget]) -> None:
        super().__init__()
        self.entries = entries
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 4, 8, 4)
        self.grid.setHorizontalSpacing(16)
        # The columns follow the width, so the grid must not hold the widget to its own size.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        margins = self.grid.contentsMargins()
        widest = max(entry.sizeHint().width() for entry in entries)
        self.setMinimumWidth(widest + margins.left() + margins.right())
        self.columns = 0
        self._arrange(5)

    def columns_for(self, width: int) -> int:
        """The most columns whose widest entries, side by side, fit in `width`."""
        margins = self.grid.contentsMargins()
        room = width - margins.left() - margins.right()
        spacing = self.grid.horizontalSpacing()
        widths = [entry.sizeHint().width() for entry in self.entries]
        for columns in range(len(widths), 1, -1):
            needed = sum(max(widths[start::columns]) for start in range(columns))
            if needed + spacing * (columns - 1) <= room:
                return columns
        return 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.columns_for(event.size().width()))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for entry in self.entries:
            self.grid.removeWidget(entry)
        for index, entry in enumerate(self.entries):
            row, column = divmod(index, columns)
            self.grid.addWidget(entry, row, column, Qt.AlignmentFlag.AlignLeft)
        for column in range(len(self.entries)):
            self.grid.setColumnStretch(column, 0)
        self.grid.setColumnStretch(columns, 1)
        self.setFixedHeight(self.grid.sizeHint().height())


def _entry(draw: Painter, text: str) -> tuple[QWidget, QLabel]:
    entry = QWidget()
    row = QHBoxLayout(entry)
    row.setContentsMargins(0, 0, 0, 0)
    picture, words = QLabel(), QLabel(text)
    picture.setPixmap(swatch(draw))
    row.addWidget(picture)
    row.addWidget(words, 1)
    return entry, words


class KeyDock(QDockWidget):
    """Hidden until asked for (View > Key), so its entries and their pictures are drawn when it
    is first shown, not at every start (about 3 ms of one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Key", parent)
        self.setObjectName("key_dock")
        self._labels: list[QLabel] = []
        self.toggleViewAction().setText("&Key")
        self.toggleViewAction().setShortcut("Ctrl+K")

    @property
    def labels(self) -> list[QLabel]:
        self._fill()
        return self._labels

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._fill()
        super().showEvent(event)

    def _fill(self) -> None:
        if self._labels:
            return
        made = [_entry(draw, text) for draw, text in ENTRIES]
        self._labels = [words for _, words in made]
        self.setWidget(KeyBody([entry for entry, _ in made]))
