"""The units' items: a container's box, and its title drawn above the lines that cross it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart_app.domain.enums import UnitKind, UnitStatus
from orgchart_app.layout.model import UnitContainer
from orgchart_app.layout.text import CONTAINER_TITLE_SIZE, row_height, text_width
from orgchart_app.ui.canvas import style
from orgchart_app.ui.canvas.painting import (
    OVERVIEW_ZOOM,
    Z_CONTAINER,
    Z_CONTAINER_TITLE,
    TextScale,
    detail_level,
    dpi_of,
    scaled,
)


class UnitItem(QGraphicsItem):
    """A container: an organisation, pillar, sub-pillar or team (its title is a UnitTitleItem)."""

    def __init__(self, container: UnitContainer) -> None:
        super().__init__()
        self.container = container
        self.drop_state: bool | None = None
        self.title = UnitTitleItem(container)
        self._place()

    @property
    def unit_id(self) -> int:
        return self.container.unit_id

    def _place(self) -> None:
        self.setZValue(Z_CONTAINER + self.container.depth * 0.01)
        self.setPos(self.container.rect.x, self.container.rect.y)

    def set_container(self, container: UnitContainer) -> None:
        if container == self.container:
            return
        self.prepareGeometryChange()
        self.container = container
        self.title.set_container(container)
        self._place()
        self.update()

    def set_drop_state(self, state: bool | None) -> None:
        if state != self.drop_state:
            self.drop_state = state
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-1.5, -1.5, self.container.rect.w + 3.0, self.container.rect.h + 3.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        c = self.container
        rect = QRectF(0.0, 0.0, c.rect.w, c.rect.h)
        fill, border = container_look(c)
        pen = QPen(border, 0.8)
        if c.status is UnitStatus.TO_BE_CONFIRMED:
            pen.setDashPattern([4 / 0.8, 2 / 0.8])
        if self.drop_state is not None:
            pen = QPen(style.DROP_OK if self.drop_state else style.DROP_REFUSED, 3.0)
        lod = detail_level(painter, option)
        if lod < OVERVIEW_ZOOM:  # the overview: one pixel's border, so small blocks stay apart
            pen.setCosmetic(True)
            pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3.0, 3.0)
        if c.status is UnitStatus.TO_BE_CONFIRMED and lod > 0.2:
            painter.fillRect(rect, QBrush(style.HATCH, Qt.BrushStyle.BDiagPattern))


def container_look(container: UnitContainer) -> tuple[QColor, QColor]:
    """Organisations wear their own colour; pillars and teams their status' green or pink."""
    if container.kind is UnitKind.ORGANISATION:
        return style.container_colours(container.status, container.colour)
    return style.container_colours(container.status)


class UnitTitleItem(QGraphicsItem):
    """A unit's title, drawn above the lines that cross the container so they never strike it out."""

    def __init__(self, container: UnitContainer) -> None:
        super().__init__()
        self.setZValue(Z_CONTAINER_TITLE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.container = container
        self._bounds = self._bounds_of(container)
        self.setPos(container.rect.x, container.rect.y)

    def set_container(self, container: UnitContainer) -> None:
        bounds = self._bounds_of(container)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.container = container
        self.setPos(container.rect.x, container.rect.y)
        self.update()

    def _lines(self) -> tuple[str, ...]:
        return self.container.title_lines or (self.container.title,)

    def boundingRect(self) -> QRectF:
        # Kept, not measured anew: the scene asks for it several times per title and paint
        # (at 1,000 posts, a quarter of each paint after an edit went on measuring titles).
        return QRectF(self._bounds)

    @staticmethod
    def _bounds_of(container: UnitContainer) -> QRectF:
        lines = container.title_lines or (container.title,)
        step = row_height(CONTAINER_TITLE_SIZE)
        width = max((text_width(line, CONTAINER_TITLE_SIZE, True) for line in lines), default=0.0)
        inset = container.title_inset  # where the layout put the title, as the PDF draws it
        return QRectF(inset - 2, inset - 2, width + 4, step * len(lines) + 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if detail_level(painter, option) * CONTAINER_TITLE_SIZE < 2.5:
            return
        fill, border = container_look(self.container)
        painter.fillRect(self.boundingRect(), style.CARD_FILL if fill.alphaF() < 1 else fill)
        painter.fillRect(self.boundingRect(), fill)
        step = row_height(CONTAINER_TITLE_SIZE)
        with TextScale(painter) as text:
            text.setPen(
                border.darker(150) if self.container.kind is UnitKind.ORGANISATION else style.TEXT
            )
            text.setFont(style.font(CONTAINER_TITLE_SIZE, True, dpi_of(painter)))
            for index, line in enumerate(self._lines()):
                inset = self.container.title_inset
                row = QRectF(inset, inset + index * step, self.container.rect.w, step)
                text.drawText(
                    scaled(row), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
                )
