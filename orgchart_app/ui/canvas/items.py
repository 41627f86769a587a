"""The scene's items: one cheap QGraphicsItem per post card, unit container and connector.

Each item paints itself from its Layout value (no child text items), caches its text layout on
first paint and skips the text when zoomed too far out to read it, so 10,000 cards stay quick.
Items hold ids and Layout values, never domain objects; the scene keeps the {id -> item} maps.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart_app.domain.enums import PostStatus, UnitStatus
from orgchart_app.layout.model import Connector, PostBox, UnitContainer
from orgchart_app.ui.canvas import style

PADDING = 3.0
TAG_HEIGHT = 8.0
Z_CONTAINER, Z_CONNECTOR, Z_CARD, Z_DRAGGED = 0.0, 5.0, 10.0, 20.0


def _dpi(painter: QPainter) -> int:
    device = painter.device()
    return device.logicalDpiY() if device is not None else 96


def _lod(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class _TextCache:
    """Static texts laid out once per device dpi, then only drawn."""

    __slots__ = ("dpi", "lines")

    def __init__(self) -> None:
        self.dpi = -1
        self.lines: list[tuple[QPointF, QStaticText, float, bool]] = []


def _static(text: str, points: float, bold: bool, dpi: int, width: float | None = None) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    if width is not None:
        static.setTextWidth(width)
    static.prepare(font=style.font(points, bold, dpi))
    return static


def _elided(text: str, points: float, bold: bool, dpi: int, width: float) -> str:
    return QFontMetricsF(style.font(points, bold, dpi)).elidedText(text, Qt.TextElideMode.ElideRight, width)


class PostItem(QGraphicsItem):
    """A post card (or, for a collapsed manager, the summary box of its hidden team)."""

    def __init__(self, box: PostBox) -> None:
        super().__init__()
        self.box = box
        self.drop_state: bool | None = None  # True: a valid drop target now; False: refused
        self._text = _TextCache()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, not box.is_summary)
        self.setZValue(Z_CARD)
        self.setPos(box.rect.x, box.rect.y)

    @property
    def post_id(self) -> int:
        return self.box.post_id

    def set_box(self, box: PostBox) -> None:
        if box == self.box:
            return
        if (box.rect.w, box.rect.h, box.change_marker) != (self.box.rect.w, self.box.rect.h,
                                                           self.box.change_marker):
            self.prepareGeometryChange()
        self.box = box
        self._text = _TextCache()
        self.setPos(box.rect.x, box.rect.y)
        self.update()

    def set_drop_state(self, state: bool | None) -> None:
        if state != self.drop_state:
            self.drop_state = state
            self.update()

    def card_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.box.rect.w, self.box.rect.h)

    def boundingRect(self) -> QRectF:
        top = TAG_HEIGHT if self.box.change_marker else 0.0
        return self.card_rect().adjusted(-2.5, -2.5 - top, 2.5, 2.5)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.card_rect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.card_rect()
        readable = _lod(painter, option) >= style.TEXT_MIN_LOD
        if self.box.is_summary:
            self._paint_summary(painter, rect, readable)
        else:
            self._paint_card(painter, rect, readable)
        self._paint_state(painter, rect)

    def _paint_card(self, painter: QPainter, rect: QRectF, readable: bool) -> None:
        box = self.box
        border = QPen(style.CARD_BORDER, 0.8)
        if box.status is not PostStatus.FILLED:
            border.setStyle(Qt.PenStyle.DashLine)  # vacant posts: dashed, as the committee charts draw them
        painter.setPen(border)
        painter.setBrush(style.CARD_FILL)
        painter.drawRect(rect)
        if box.status is PostStatus.HELD_VACANT:
            painter.fillRect(rect, QBrush(QColor("#9aa5b1"), Qt.BrushStyle.BDiagPattern))
        if box.change_marker:
            self._paint_marker(painter, rect, readable)
        if readable:
            self._paint_text(painter, rect)

    def _paint_marker(self, painter: QPainter, rect: QRectF, readable: bool) -> None:
        marker = style.marker_style(self.box.change_marker)
        if marker.pattern is not Qt.BrushStyle.NoBrush:
            tint = QColor(marker.colour)
            tint.setAlphaF(0.35)
            painter.fillRect(rect, QBrush(tint, marker.pattern))
        painter.setPen(QPen(marker.colour, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        tag = QRectF(rect.left(), rect.top() - TAG_HEIGHT, min(rect.width(), 6.0 + 3.6 * len(marker.tag)),
                     TAG_HEIGHT)
        painter.fillRect(tag, marker.colour)
        if readable:
            painter.setPen(QColor("#ffffff"))
            painter.setFont(style.font(style.MARKER_PT, True, _dpi(painter)))
            painter.drawText(tag.adjusted(2.0, 0.0, 0.0, 0.0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, marker.tag)

    def _paint_text(self, painter: QPainter, rect: QRectF) -> None:
        dpi = _dpi(painter)
        if self._text.dpi != dpi:
            self._text = self._lay_out_text(dpi)
        for position, static, _points, muted in self._text.lines:
            painter.setFont(style.font(_points, False, dpi))
            painter.setPen(style.MUTED_TEXT if muted else style.TEXT)
            painter.drawStaticText(position, static)
        self._paint_badges(painter, rect, dpi)

    def _lay_out_text(self, dpi: int) -> _TextCache:
        cache = _TextCache()
        cache.dpi = dpi
        width = self.box.rect.w - 2 * PADDING
        title = _static(self.box.title, style.TITLE_PT, True, dpi, width)
        cache.lines.append((QPointF(PADDING, PADDING), title, style.TITLE_PT, False))
        y = PADDING + title.size().height()
        extra = [self.box.statutory_role] if self.box.statutory_role else []
        extra += [self.box.holder] if self.box.holder else []
        for line in (*self.box.lines, *extra):
            if y + style.LINE_PT > self.box.rect.h - PADDING + 1:
                break
            text = _elided(line, style.LINE_PT, False, dpi, width)
            muted = line == self.box.holder
            static = _static(text, style.LINE_PT, False, dpi)
            cache.lines.append((QPointF(PADDING, y), static, style.LINE_PT, muted))
            y += static.size().height()
        return cache

    def _paint_badges(self, painter: QPainter, rect: QRectF, dpi: int) -> None:
        badges = [b for b in (self.box.employer_badge, self.box.deployment_badge) if b]
        if not badges:
            return
        painter.setFont(style.font(style.BADGE_PT, True, dpi))
        metrics = painter.fontMetrics()
        right = rect.right() - 2.0
        for text in reversed(badges):
            width = metrics.horizontalAdvance(text) + 4.0
            badge = QRectF(right - width, rect.bottom() - 8.5, width, 7.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dfe6ee"))
            painter.drawRoundedRect(badge, 2.0, 2.0)
            painter.setPen(style.TEXT)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            right = badge.left() - 2.0

    def _paint_summary(self, painter: QPainter, rect: QRectF, readable: bool) -> None:
        painter.setPen(QPen(style.CARD_BORDER, 0.8, Qt.PenStyle.DotLine))
        painter.setBrush(style.SUMMARY_FILL)
        painter.drawRoundedRect(rect, 4.0, 4.0)
        if readable:
            painter.setPen(style.TEXT)
            painter.setFont(style.font(style.LINE_PT, True, _dpi(painter)))
            fte = f"{self.box.collapsed_fte:g}"
            count = self.box.collapsed_posts
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             f"+ {count} post{'s' if count != 1 else ''} ({fte} FTE)")

    def _paint_state(self, painter: QPainter, rect: QRectF) -> None:
        if self.drop_state is not None:
            colour = style.DROP_OK if self.drop_state else style.DROP_REFUSED
            painter.setPen(QPen(colour, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-1.0, -1.0, 1.0, 1.0))
        elif self.isSelected():
            painter.setPen(QPen(style.SELECTION, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-1.0, -1.0, 1.0, 1.0))


class UnitItem(QGraphicsItem):
    """A labelled container: an organisation, pillar, sub-pillar or team."""

    def __init__(self, container: UnitContainer) -> None:
        super().__init__()
        self.container = container
        self.drop_state: bool | None = None
        self.setZValue(Z_CONTAINER + container.depth * 0.01)
        self.setPos(container.rect.x, container.rect.y)

    @property
    def unit_id(self) -> int:
        return self.container.unit_id

    def set_container(self, container: UnitContainer) -> None:
        if container == self.container:
            return
        self.prepareGeometryChange()
        self.container = container
        self.setZValue(Z_CONTAINER + container.depth * 0.01)
        self.setPos(container.rect.x, container.rect.y)
        self.update()

    def set_drop_state(self, state: bool | None) -> None:
        if state != self.drop_state:
            self.drop_state = state
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-1.5, -1.5, self.container.rect.w + 3.0, self.container.rect.h + 3.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        c = self.container
        rect = QRectF(0.0, 0.0, c.rect.w, c.rect.h)
        fill, border = style.container_colour(c.colour, c.status)
        pen = QPen(border, 1.0)
        if c.status is UnitStatus.TO_BE_CONFIRMED:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.drop_state is not None:
            pen = QPen(style.DROP_OK if self.drop_state else style.DROP_REFUSED, 2.5)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3.0, 3.0)
        if _lod(painter, option) * style.CONTAINER_PT < 2.5:
            return
        dpi = _dpi(painter)
        painter.setPen(border.darker(160))
        painter.setFont(style.font(style.CONTAINER_PT, True, dpi))
        label = rect.adjusted(4.0, 2.0, -4.0, 0.0)
        label.setHeight(style.CONTAINER_PT + 4.0)
        status = "" if c.status is UnitStatus.IN_PLACE else "  (to be confirmed)"
        text = painter.fontMetrics().elidedText(c.title + status, Qt.TextElideMode.ElideRight,
                                                int(label.width()))
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


class ConnectorItem(QGraphicsItem):
    """A line-management (solid) or dotted/dashed line, with its label at the middle."""

    def __init__(self, connector: Connector) -> None:
        super().__init__()
        self.connector = connector
        self._path = QPainterPath()
        points = [QPointF(x, y) for x, y in connector.points]
        if points:
            self._path.moveTo(points[0])
            for point in points[1:]:
                self._path.lineTo(point)
        self._pen = style.connector_pen(connector.kind)
        self._label_at = self._label_anchor(points)
        self.setZValue(Z_CONNECTOR)

    @staticmethod
    def _label_anchor(points: list[QPointF]) -> QPointF:
        if len(points) < 2:
            return points[0] if points else QPointF()
        longest = max(range(len(points) - 1),
                      key=lambda i: (points[i + 1] - points[i]).manhattanLength())
        return (points[longest] + points[longest + 1]) / 2

    def boundingRect(self) -> QRectF:
        bounds = self._path.boundingRect().adjusted(-2.0, -2.0, 2.0, 2.0)
        if self.connector.label:
            bounds = bounds.united(self._label_rect())
        return bounds

    def _label_rect(self) -> QRectF:
        width = 4.0 + 3.2 * len(self.connector.label)
        return QRectF(self._label_at.x() - width / 2, self._label_at.y() - 5.0, width, 10.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if self.connector.label and _lod(painter, option) >= style.TEXT_MIN_LOD:
            rect = self._label_rect()
            painter.fillRect(rect, QColor(255, 255, 255, 220))
            painter.setPen(self._pen.color())
            painter.setFont(style.font(style.BADGE_PT, False, _dpi(painter)))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.connector.label)
