"""What the scene's items share when they paint: the device's dpi, the level of detail, text
drawn at TEXT_SCALE (see style.TEXT_SCALE), and the items' stacking order."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QStaticText
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from orgchart_app.layout.text import TITLE_SIZE
from orgchart_app.ui.canvas import style

# Below this zoom a card's largest text (its 8-point title) would be under 6 pixels tall: the
# chart is drawn as its units' blocks, without the cards (overview.py).
OVERVIEW_ZOOM = 6.0 / TITLE_SIZE

Z_CONTAINER, Z_CONNECTOR, Z_CONTAINER_TITLE, Z_CARD, Z_DRAGGED = 0.0, 5.0, 6.0, 10.0, 20.0


def dpi_of(painter: QPainter) -> int:
    device = painter.device()
    return device.logicalDpiY() if device is not None else 96


def detail_level(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class TextScale:
    """Draw text in TEXT_SCALE-times coordinates (see style.TEXT_SCALE); multiply positions by K."""

    K = style.TEXT_SCALE

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter

    def __enter__(self) -> QPainter:
        self._painter.save()
        self._painter.scale(1 / self.K, 1 / self.K)
        return self._painter

    def __exit__(self, *_exc: object) -> None:
        self._painter.restore()


def scaled(rect: QRectF) -> QRectF:
    k = style.TEXT_SCALE
    return QRectF(rect.x() * k, rect.y() * k, rect.width() * k, rect.height() * k)


def static_text(text: str, points: float, bold: bool, dpi: int) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=style.font(points, bold, dpi))
    return static
