"""The scene's items: one cheap QGraphicsItem per post card, unit container and connector.

Each item paints itself from its Layout value (no child text items): a card draws the rows that
layout.text.box_rows() places, laid out once per device into QStaticText, and skips the text when
zoomed too far out to read it, so 10,000 cards stay quick. Items hold ids and Layout values,
never domain objects; the scene keeps the {id -> item} maps.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart_app.domain.enums import PostStatus, UnitKind, UnitStatus
from orgchart_app.layout.model import Connector, PostBox, UnitContainer
from orgchart_app.layout.text import (
    BADGE_GAP,
    BADGE_PADDING,
    BOX_PADDING,
    CONTAINER_TITLE_SIZE,
    LABEL_SIZE,
    box_rows,
    row_height,
    text_width,
)
from orgchart_app.ui.canvas import style

Z_CONTAINER, Z_CONNECTOR, Z_CONTAINER_TITLE, Z_CARD, Z_DRAGGED = 0.0, 5.0, 6.0, 10.0, 20.0


def _dpi(painter: QPainter) -> int:
    device = painter.device()
    return device.logicalDpiY() if device is not None else 96


def _lod(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class _TextScale:
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


def _scaled(rect: QRectF) -> QRectF:
    k = style.TEXT_SCALE
    return QRectF(rect.x() * k, rect.y() * k, rect.width() * k, rect.height() * k)


def _static(text: str, points: float, bold: bool, dpi: int) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=style.font(points, bold, dpi))
    return static


class _Row:
    """One row of a card, laid out: where it goes, its font, and its static text (or badge pills)."""

    __slots__ = ("kind", "top", "height", "size", "bold", "texts")

    def __init__(
        self,
        kind: str,
        top: float,
        height: float,
        size: float,
        bold: bool,
        texts: list[tuple[float, float, QStaticText]],
    ) -> None:
        self.kind, self.top, self.height, self.size, self.bold, self.texts = (
            kind,
            top,
            height,
            size,
            bold,
            texts,
        )


class PostItem(QGraphicsItem):
    """A post card (or, for a collapsed manager, the summary box of its hidden team)."""

    # Class-level defaults: 10,000 cards are made at once, and each attribute set costs.
    drop_state: bool | None = None  # True: a valid drop target now; False: refused
    _rows: list[_Row] = []
    _rows_dpi = -1  # the device dpi _rows were laid out for (-1: not yet)

    def __init__(self, box: PostBox) -> None:
        super().__init__()
        self.box = box
        self._bounds = self._bounds_of(box)
        if not box.is_summary:
            self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_CARD)
        self.setPos(box.rect.x, box.rect.y)

    @property
    def post_id(self) -> int:
        return self.box.post_id

    def set_box(self, box: PostBox) -> None:
        if box == self.box:
            return
        if (box.rect.w, box.rect.h) != (self.box.rect.w, self.box.rect.h):
            self.prepareGeometryChange()
            self._bounds = self._bounds_of(box)
        self.box = box
        self._rows_dpi = -1
        self.setPos(box.rect.x, box.rect.y)
        self.update()

    def set_drop_state(self, state: bool | None) -> None:
        if state != self.drop_state:
            self.drop_state = state
            self.update()

    def card_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.box.rect.w, self.box.rect.h)

    @staticmethod
    def _bounds_of(box: PostBox) -> QRectF:
        return QRectF(-2.5, -2.5, box.rect.w + 5.0, box.rect.h + 5.0)

    def boundingRect(self) -> QRectF:
        # Kept, not made anew: the scene asks for it several times per card and paint.
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.card_rect())
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.card_rect()
        marker = style.marker_style(self.box.change_marker) if self.box.change_marker else None
        lod = _lod(painter, option)
        if lod * rect.height() < 4.0:  # a few pixels: a dab of colour is all anyone can see
            painter.fillRect(rect, marker.colour if marker is not None else style.FAR_CARD)
            return
        self._paint_card(painter, rect, marker)
        if lod >= style.TEXT_MIN_LOD:
            self._paint_rows(painter, marker)
        elif marker is not None:  # too small to read the words: the whole card wears the colour
            painter.fillRect(rect, marker.colour)
        if marker is not None and marker.pattern is Qt.BrushStyle.DiagCrossPattern:
            painter.setPen(QPen(marker.colour, 1.0))  # deleted: struck through, as on paper
            painter.drawLine(
                QPointF(rect.left() + 2, rect.center().y()),
                QPointF(rect.right() - 2, rect.center().y()),
            )
        self._paint_state(painter, rect)

    def _paint_card(
        self, painter: QPainter, rect: QRectF, marker: style.MarkerStyle | None
    ) -> None:
        box = self.box
        border = QPen(style.CARD_BORDER, 0.8)
        if box.is_summary:
            border.setStyle(Qt.PenStyle.DotLine)
        elif box.status is PostStatus.VACANT:
            border.setDashPattern(
                [3 / 0.8, 2 / 0.8]
            )  # vacant posts: dashed, as the committee charts draw them
        elif box.status is PostStatus.HELD_VACANT:
            border.setDashPattern([1 / 0.8, 1.5 / 0.8])
        if marker is not None:
            border.setColor(marker.colour)
            border.setWidthF(1.8)
        painter.setPen(border)
        fill = (
            style.SUMMARY_FILL
            if box.is_summary
            else (
                style.HELD_VACANT_FILL if box.status is PostStatus.HELD_VACANT else style.CARD_FILL
            )
        )
        painter.setBrush(fill)
        painter.drawRect(rect)
        if marker is not None and marker.pattern is not Qt.BrushStyle.NoBrush:
            tint = QColor(marker.colour)
            tint.setAlphaF(0.3)
            painter.fillRect(rect, QBrush(tint, marker.pattern))

    def _paint_rows(self, painter: QPainter, marker: style.MarkerStyle | None) -> None:
        dpi = _dpi(painter)
        if self._rows_dpi != dpi:
            self._rows, self._rows_dpi = self._lay_out_rows(dpi), dpi
        for row in self._rows:
            if row.kind == "badges":
                self._paint_badges(painter, row)
                continue
            colour = style.TEXT
            if row.kind == "holder":
                colour = style.MUTED_TEXT
            elif row.kind == "marker" and marker is not None:
                painter.fillRect(
                    QRectF(1.0, row.top, self.box.rect.w - 2.0, row.height), marker.colour
                )
                colour = QColor("#ffffff")
            with _TextScale(painter) as text:
                text.setPen(colour)
                text.setFont(style.font(row.size, row.bold, dpi))
                for x, y, static in row.texts:
                    text.drawStaticText(QPointF(x, y) * style.TEXT_SCALE, static)

    def _lay_out_rows(self, dpi: int) -> list[_Row]:
        rows = []
        for spec in box_rows(self.box):
            font = style.font(spec.size, spec.bold, dpi)
            y = spec.top + (spec.height - QFontMetricsF(font).height() / style.TEXT_SCALE) / 2
            texts = []
            x = BOX_PADDING
            for text in spec.texts:
                if spec.kind == "marker":
                    text = text.upper()
                texts.append(
                    (
                        x + (BADGE_PADDING if spec.kind == "badges" else 0.0),
                        y,
                        _static(text, spec.size, spec.bold, dpi),
                    )
                )
                x += text_width(text, spec.size, spec.bold) + 2 * BADGE_PADDING + BADGE_GAP
            rows.append(_Row(spec.kind, spec.top, spec.height, spec.size, spec.bold, texts))
        return rows

    def _paint_badges(self, painter: QPainter, row: _Row) -> None:
        for x, y, static in row.texts:
            pill = QRectF(
                x - BADGE_PADDING,
                row.top + 1.0,
                static.size().width() / style.TEXT_SCALE + 2 * BADGE_PADDING,
                row.height - 2.0,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.BADGE_FILL)
            painter.drawRoundedRect(pill, 2.5, 2.5)
            with _TextScale(painter) as text:
                text.setFont(style.font(row.size, row.bold, self._rows_dpi))
                text.setPen(style.TEXT)
                text.drawStaticText(QPointF(x, y) * style.TEXT_SCALE, static)

    def _paint_state(self, painter: QPainter, rect: QRectF) -> None:
        if self.drop_state is not None:
            colour = style.DROP_OK if self.drop_state else style.DROP_REFUSED
            painter.setPen(QPen(colour, 2.5))
        elif self.isSelected():
            painter.setPen(QPen(style.SELECTION, 2.0))
        else:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))


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
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3.0, 3.0)
        if c.status is UnitStatus.TO_BE_CONFIRMED and _lod(painter, option) > 0.2:
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
        self.setPos(container.rect.x, container.rect.y)

    def set_container(self, container: UnitContainer) -> None:
        self.prepareGeometryChange()
        self.container = container
        self.setPos(container.rect.x, container.rect.y)

    def _lines(self) -> tuple[str, ...]:
        return self.container.title_lines or (self.container.title,)

    def boundingRect(self) -> QRectF:
        step = row_height(CONTAINER_TITLE_SIZE)
        width = max(
            (text_width(line, CONTAINER_TITLE_SIZE, True) for line in self._lines()), default=0.0
        )
        inset = self.container.title_inset  # where the layout put the title, as the PDF draws it
        return QRectF(inset - 2, inset - 2, width + 4, step * len(self._lines()) + 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if _lod(painter, option) * CONTAINER_TITLE_SIZE < 2.5:
            return
        fill, border = container_look(self.container)
        painter.fillRect(self.boundingRect(), style.CARD_FILL if fill.alphaF() < 1 else fill)
        painter.fillRect(self.boundingRect(), fill)
        step = row_height(CONTAINER_TITLE_SIZE)
        with _TextScale(painter) as text:
            text.setPen(
                border.darker(150) if self.container.kind is UnitKind.ORGANISATION else style.TEXT
            )
            text.setFont(style.font(CONTAINER_TITLE_SIZE, True, _dpi(painter)))
            for index, line in enumerate(self._lines()):
                inset = self.container.title_inset
                row = QRectF(inset, inset + index * step, self.container.rect.w, step)
                text.drawText(
                    _scaled(row), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
                )


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
        self._labels = [(self._label_rect(c), label) for c in connectors if (label := _label(c))]
        self._bounds = self._path.boundingRect().adjusted(-2.0, -2.0, 2.0, 2.0)
        for rect, _label_text in self._labels:
            self._bounds = self._bounds.united(rect)
        self.setZValue(Z_CONNECTOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @staticmethod
    def _label_rect(connector: Connector) -> QRectF:
        """The ground the layout gave the label (it keeps clear of boxes and other labels)."""
        if connector.label_rect is not None:
            rect = connector.label_rect
            return QRectF(rect.x, rect.y, rect.w, rect.h)
        x, y = connector.label_at or (0.0, 0.0)  # a layout made without grounds: centre on the spot
        width = text_width(_label(connector), LABEL_SIZE) + 4.0
        height = row_height(LABEL_SIZE)
        return QRectF(x - width / 2, y - height / 2, width, height)

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
        if not self._labels or _lod(painter, option) < style.TEXT_MIN_LOD:
            return
        for rect, _label in self._labels:
            painter.fillRect(rect, QColor(255, 255, 255, 230))
        with _TextScale(painter) as text:
            text.setPen(self._pen.color())
            text.setFont(style.font(LABEL_SIZE, False, _dpi(painter)))
            for rect, label in self._labels:
                text.drawText(_scaled(rect), Qt.AlignmentFlag.AlignCenter, label)


def _label(connector: Connector) -> str:
    """The words on a line: its own label, or "temporary" for interim line management."""
    if connector.label_at is None:
        return ""
    return connector.label or "temporary"


def connector_groups(connectors: tuple[Connector, ...]) -> list[list[Connector]]:
    """The lines drawn by one item each: all of a manager's lines of the same kind together."""
    groups: dict[tuple[int, object], list[Connector]] = {}
    for connector in connectors:
        groups.setdefault((connector.from_post_id, connector.kind), []).append(connector)
    return list(groups.values())
