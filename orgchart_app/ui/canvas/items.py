"""The post cards: one cheap QGraphicsItem per post (units: unit_items.py; lines: line_items.py).

Each item paints itself from its Layout value (no child text items): a card draws the rows that
layout.text.box_rows() places, laid out once per device into QStaticText, and skips the text when
zoomed too far out to read it, so 10,000 cards stay quick. Items hold ids and Layout values,
never domain objects; the scene keeps the {id -> item} maps.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart_app.domain.enums import PostStatus
from orgchart_app.layout.model import PostBox, Rect
from orgchart_app.layout.text import (
    BADGE_GAP,
    BADGE_PADDING,
    box_rows,
    text_width,
)
from orgchart_app.ui.canvas import style
from orgchart_app.ui.canvas.painting import Z_CARD, TextScale, detail_level, dpi_of, static_text


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


def _same_rows(laid_out: PostBox | None, box: PostBox) -> bool:
    """Whether rows laid out for one box fit another: a box that only moved (a team move
    shifts thousands) keeps its rows, which are relative to the card, so the first paint after
    the move does not lay out every card in sight again."""
    if laid_out is None:
        return False
    return laid_out is box or replace(
        laid_out, rect=Rect(0.0, 0.0, laid_out.rect.w, laid_out.rect.h)
    ) == replace(box, rect=Rect(0.0, 0.0, box.rect.w, box.rect.h))


class PostItem(QGraphicsItem):
    """A post card (or, for a collapsed manager, the summary box of its hidden team)."""

    # Class-level defaults: 10,000 cards are made at once, and each attribute set costs.
    drop_state: bool | None = None  # True: a valid drop target now; False: refused
    _rows: list[_Row] = []
    _rows_dpi = -1  # the device dpi _rows were laid out for (-1: not yet)
    _rows_box: PostBox | None = None  # the box _rows were laid out for

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
        lod = detail_level(painter, option)
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
        dpi = dpi_of(painter)
        if self._rows_dpi != dpi or not _same_rows(self._rows_box, self.box):
            self._rows, self._rows_dpi, self._rows_box = self._lay_out_rows(dpi), dpi, self.box
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
            with TextScale(painter) as text:
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
            x = spec.left
            for text in spec.texts:
                if spec.kind == "marker":
                    text = text.upper()
                texts.append(
                    (
                        x + (BADGE_PADDING if spec.kind == "badges" else 0.0),
                        y,
                        static_text(text, spec.size, spec.bold, dpi),
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
            with TextScale(painter) as text:
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
