"""The People view's cards: a person with their outcome badge, a proposed post, a pool. Each
says what it shows in words as well as colour (the badge's text, "NEW", "ring-fenced: pool A")."""

from __future__ import annotations

import enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart_app.domain.outcomes import OutcomeKind
from orgchart_app.ui.canvas import style
from orgchart_app.ui.people.board import PersonCard, PoolTarget, PostTarget

CARD_WIDTH = 320.0
ROW_HEIGHT = 17.0
PADDING = 6.0

NO_OUTCOME = QColor("#8a3b00")
NOT_AFFECTED = QColor("#7a838c")
# A badge per outcome: placed (green), pooled (blue), at risk (red), leaving (grey), unchanged.
BADGE_COLOURS: dict[OutcomeKind | None, QColor] = {
    None: NO_OUTCOME,
    OutcomeKind.NO_CHANGE: QColor("#4d5b66"),
    OutcomeKind.SLOTTED: QColor("#1a7a3c"),
    OutcomeKind.REDEPLOYED: QColor("#1a7a3c"),
    OutcomeKind.POOL: QColor("#1f5fa8"),
    OutcomeKind.AT_RISK: QColor("#c62828"),
    OutcomeKind.TUPE: QColor("#6a3d9a"),
    OutcomeKind.VOLUNTARY_REDUNDANCY: QColor("#5f5f5f"),
    OutcomeKind.RETIREMENT: QColor("#5f5f5f"),
    OutcomeKind.END_OF_FIXED_TERM: QColor("#5f5f5f"),
}


class Look(enum.Enum):
    PERSON = "person"
    POST = "post"
    POOL = "pool"


def _font(bold: bool = False) -> QFont:
    # The window's own font: these cards are read on screen, never printed.
    font = QFont()
    font.setBold(bold)
    return font


class BoardItem(QGraphicsItem):
    """A card of a few lines of text; `key` names what it stands for, for drops and tests."""

    def __init__(self, look: Look, key: int, lines: list[str]) -> None:
        super().__init__()
        self.look = look
        self.key = key
        self.lines = lines
        self.highlighted = False
        # Room kept at the right of the first line for a tag ("NEW").
        self.title_inset = 0.0
        self._rect = QRectF(0.0, 0.0, CARD_WIDTH, 2 * PADDING + ROW_HEIGHT * len(lines))

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect.adjusted(-2, -2, 2, 2)

    def height(self) -> float:
        return self._rect.height()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(style.CARD_BORDER, 0.8)
        if self.look is Look.POOL:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.highlighted:
            pen = QPen(style.DROP_OK, 3.0)
        elif self.isSelected():
            pen = QPen(style.SELECTION, 2.0)
        painter.setPen(pen)
        painter.setBrush(style.CARD_FILL if self.look is not Look.POOL else style.SUMMARY_FILL)
        painter.drawRoundedRect(self._rect, 4.0, 4.0)
        self._paint_lines(painter)

    def _paint_lines(self, painter: QPainter) -> None:
        for row, text in enumerate(self.lines):
            painter.setFont(_font(bold=row == 0))
            painter.setPen(style.TEXT if row == 0 else style.MUTED_TEXT)
            self._draw_text(painter, row, text)

    def _draw_text(self, painter: QPainter, row: int, text: str, left: float = PADDING) -> None:
        metrics = QFontMetricsF(painter.font())
        width = self._rect.width() - left - PADDING - (self.title_inset if row == 0 else 0.0)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        baseline = PADDING + ROW_HEIGHT * row + metrics.ascent()
        painter.drawText(QPointF(left, baseline), shown)


class PersonItem(BoardItem):
    """A person: name, current post, and the outcome badge (dashed while only proposed)."""

    def __init__(self, card: PersonCard) -> None:
        super().__init__(Look.PERSON, card.person_id, [card.name, card.post, ""])
        self.card = card
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        # Selected when found from the list of people without an outcome.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(f"{card.name}: {self.badge()}. Drag onto a post or a pool.")

    def badge(self) -> str:
        return f"proposed: {self.card.badge}" if self.card.proposed else self.card.badge

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        super().paint(painter, option, widget)
        affected = self.card.affected or self.card.outcome is not None
        colour = BADGE_COLOURS[self.card.outcome] if affected else NOT_AFFECTED
        painter.setFont(_font(bold=True))
        metrics = QFontMetricsF(painter.font())
        text = metrics.elidedText(
            self.badge(), Qt.TextElideMode.ElideRight, CARD_WIDTH - 4 * PADDING
        )
        pill = QRectF(PADDING, PADDING + 2 * ROW_HEIGHT, metrics.horizontalAdvance(text) + 10, 15)
        pen = QPen(colour, 1.2)
        if self.card.proposed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(colour.lighter(190) if self.card.proposed else colour)
        painter.drawRoundedRect(pill, 7.0, 7.0)
        painter.setPen(colour.darker(130) if self.card.proposed else QColor("#ffffff"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)


class PostItem(BoardItem):
    """A proposed post: title, reference and grade, its ring-fence and who is placed in it."""

    def __init__(self, target: PostTarget) -> None:
        lines = [target.title, target.detail]
        if target.ring_fence:
            lines.append(target.ring_fence)
        if target.placed:
            lines.append("placed: " + ", ".join(target.placed))
        elif target.new:
            lines.append("nobody placed yet")
        super().__init__(Look.POST, target.post_id, lines)
        self.target = target
        # Clicked (Ctrl+click for more) to choose the posts of a new pool; the docks follow.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        if target.new:
            self.title_inset = 40.0

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        super().paint(painter, option, widget)
        if self.target.new:
            marker = style.marker_style("new")
            painter.setFont(_font(bold=True))
            tag = QRectF(CARD_WIDTH - PADDING - 34, PADDING, 34, 13)
            painter.fillRect(tag, marker.colour)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, marker.tag)


class PoolItem(BoardItem):
    def __init__(self, target: PoolTarget) -> None:
        super().__init__(Look.POOL, target.pool_id, [target.name, target.detail])
        self.target = target
