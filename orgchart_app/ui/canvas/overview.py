"""Levels of detail by zoom: far out, a chart is its units as labelled blocks, not its cards.

Below OVERVIEW_ZOOM a card's words would be under 6 pixels tall: unreadable, yet drawing
10,000 of them is most of a paint. So the cards, summary boxes, lines and unit titles are hidden
(Qt then skips them outright, without calling their paint), the units' containers stay as
blocks, and each block big enough on screen is labelled, at a fixed pixel size, with its name
and its posts and FTE (opening.UnitTotal). Zooming back in shows everything again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from orgchart_app.domain import UnitId
from orgchart_app.layout.model import UnitContainer
from orgchart_app.ui.canvas import style
from orgchart_app.ui.canvas.opening import (
    LARGE_PROPOSAL_POSTS,
    OPENING_POSTS,
    UnitTotal,
    unit_totals,
)
from orgchart_app.ui.canvas.painting import OVERVIEW_ZOOM
from orgchart_app.ui.canvas.unit_items import UnitItem, container_look

if TYPE_CHECKING:
    from orgchart_app.ui.canvas.view import ChartView

__all__ = ["LARGE_PROPOSAL_POSTS", "OPENING_POSTS", "OVERVIEW_ZOOM", "Overview"]

LABEL_PIXELS = 12  # the blocks' labels, in screen pixels whatever the zoom
PADDING = 4.0
LONGEST_TITLE = 180.0  # pixels: a longer unit name is cut short with an ellipsis


class Overview(QObject):
    """Switches a ChartView between its cards and its blocks as the zoom crosses OVERVIEW_ZOOM,
    and paints the blocks' labels over the view (ChartView.drawForeground calls paint_labels)."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self._view = view
        self.active = False
        # What the last paint labelled, as (unit name, "n posts, x FTE"), largest blocks first.
        self.labels: tuple[tuple[str, str], ...] = ()
        self._totals: dict[UnitId, UnitTotal] | None = None
        self._title_font = _pixel_font(LABEL_PIXELS, bold=True)
        self._line_font = _pixel_font(LABEL_PIXELS - 1, bold=False)
        view.view_moved.connect(self._on_view_moved)
        view.chart.layout_shown.connect(self._on_layout_shown)

    def _on_view_moved(self) -> None:
        active = self._view.zoom < OVERVIEW_ZOOM
        if active != self.active:
            self.active = active
            self._show_items()

    def _on_layout_shown(self) -> None:
        self._totals = None
        if self.active:  # an edit in the overview: its new items are hidden too
            self._show_items()

    def _show_items(self) -> None:
        """Everything but the units' blocks is drawn only when it is readable."""
        shown = not self.active
        for item in self._view.chart.items():
            if not isinstance(item, UnitItem) and item.isVisible() != shown:
                item.setVisible(shown)
        if shown:
            self.labels = ()
        self._view.viewport().update()

    def _unit_totals(self) -> dict[UnitId, UnitTotal]:
        if self._totals is None:
            document = self._view.document
            scenario = document.scenario_id
            self._totals = {} if scenario is None else unit_totals(document.proposal, scenario)
        return self._totals

    # --- labels --------------------------------------------------------------------------------
    def paint_labels(self, painter: QPainter) -> None:
        """Label every block with room for it, outer units first; a label that would cover
        another's moves down inside its block, or is left out."""
        layout = self._view.chart.layout
        if not self.active or layout is None:
            return
        totals = self._unit_totals()
        area = QRectF(self._view.viewport().rect())
        placed: list[QRectF] = []
        labels = []
        painter.save()
        painter.resetTransform()
        for container in sorted(layout.containers, key=lambda c: c.depth):
            block = self._on_screen(container)
            if not block.intersects(area):
                continue
            total = totals.get(container.unit_id, UnitTotal())
            label = self._place(block, container.title, total.label(), placed)
            if label is not None:
                self._paint_label(painter, label, container, total.label())
                placed.append(label)
                labels.append((container.title, total.label()))
        painter.restore()
        self.labels = tuple(labels)

    def _on_screen(self, container: UnitContainer) -> QRectF:
        r = container.rect
        return self._view.mapFromScene(QRectF(r.x, r.y, r.w, r.h)).boundingRect().toRectF()

    def _place(self, block: QRectF, title: str, line: str, placed: list[QRectF]) -> QRectF | None:
        """Where the label goes: the block's top-left corner, or below the labels in its way,
        as long as it stays within the block's height (it may run past a narrow block's side)."""
        titles, lines = QFontMetricsF(self._title_font), QFontMetricsF(self._line_font)
        text_width = max(
            lines.horizontalAdvance(line), min(titles.horizontalAdvance(title), LONGEST_TITLE)
        )
        height = titles.height() + lines.height() + 2 * PADDING
        label = QRectF(
            block.left() + PADDING, block.top() + PADDING, text_width + 2 * PADDING, height
        )
        for other in placed:
            if label.intersects(other):
                label.moveTop(other.bottom() + PADDING)
        if label.bottom() > block.bottom() - 1 or any(label.intersects(o) for o in placed):
            return None
        return label

    def _paint_label(
        self, painter: QPainter, label: QRectF, container: UnitContainer, line: str
    ) -> None:
        fill, border = container_look(container)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.CARD_FILL)  # the block's colour on white, whatever is beneath
        painter.drawRoundedRect(label, 3.0, 3.0)
        painter.setBrush(fill)
        painter.drawRoundedRect(label, 3.0, 3.0)
        text = label.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        titles = QFontMetricsF(self._title_font)
        title = titles.elidedText(container.title, Qt.TextElideMode.ElideRight, text.width())
        painter.setPen(border.darker(150))
        painter.setFont(self._title_font)
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.setPen(style.TEXT)
        painter.setFont(self._line_font)
        painter.drawText(
            text.adjusted(0, titles.height(), 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            line,
        )


def _pixel_font(pixels: int, bold: bool) -> QFont:
    font = style.font(pixels, bold)  # the chart's own typeface, registered
    font.setPixelSize(pixels)
    return font
