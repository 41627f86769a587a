"""A column of the People view: cards under section headings, scrolled on its own."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from orgchart_app.ui.people.items import CARD_WIDTH, BoardItem, Look

MARGIN = 8.0
GAP = 6.0
HEADING_HEIGHT = 22.0

Block = tuple[str, list[BoardItem]]


class BoardColumn(QGraphicsView):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setScene(QGraphicsScene(self))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.cards: dict[tuple[Look, int], BoardItem] = {}

    def show_blocks(self, blocks: list[Block], empty: str = "") -> None:
        """Replace the column's cards, keeping where the user had scrolled to."""
        scrolled = self.verticalScrollBar().value()
        scene = self.scene()
        scene.clear()
        self.cards = {}
        y = MARGIN
        heading = QFont()
        heading.setBold(True)
        for title, cards in blocks:
            text = scene.addSimpleText(title, heading)
            text.setPos(MARGIN, y)
            y += HEADING_HEIGHT
            for card in cards:
                card.setPos(MARGIN, y)
                scene.addItem(card)
                self.cards[(card.look, card.key)] = card
                y += card.height() + GAP
            y += MARGIN
        if not blocks and empty:
            scene.addSimpleText(empty).setPos(MARGIN, y)
            y += HEADING_HEIGHT
        scene.setSceneRect(0.0, 0.0, CARD_WIDTH + 2 * MARGIN, y)
        self.verticalScrollBar().setValue(scrolled)

    def card_at(self, point: QPoint) -> BoardItem | None:
        """The card under a point of the viewport, if any."""
        return next((i for i in self.items(point) if isinstance(i, BoardItem)), None)

    def point_of(self, look: Look, key: int) -> QPoint:
        """Where a card's middle is in the viewport (scrolled into view first)."""
        card = self.cards[(look, key)]
        self.ensureVisible(card)
        return self.mapFromScene(card.sceneBoundingRect().center())

    def scroll_near_edge(self, point: QPoint) -> None:
        """A drag near the top or bottom edge scrolls, so a post far down can be reached."""
        bar = self.verticalScrollBar()
        edge = 28
        if point.y() < edge:
            bar.setValue(bar.value() - 16)
        elif point.y() > self.viewport().height() - edge:
            bar.setValue(bar.value() + 16)
