"""Where a chart too big for one page is cut into tiles, so that no box is ever cut.

Along each axis a tile draws the boxes that meet its stretch [start, end] and draws each of them
whole: a box across a cut is printed on both tiles. What a tile shows, [lo, hi], is its stretch
widened to the boxes across its ends, and always fits the page. Neighbouring stretches overlap,
and the tiles along an axis are evened out so the last is not a sliver on a near-empty page.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass

from orgchart_app.exporters.pdf.chart import Selection, bounds, smallest_text
from orgchart_app.exporters.pdf.pages import Body
from orgchart_app.layout.model import Layout, Rect

OVERLAP = 36.0  # page points repeated on both sides of a cut (half an inch)
MAX_SCALE = 1.25  # small charts are enlarged a little, not blown up
SCALE_STEPS = 7  # halvings when looking for the largest scale that needs no more tiles
BALANCE_STEPS = 6
Intervals = list[tuple[float, float]]  # the boxes' (start, end) along one axis, sorted


@dataclass(frozen=True, slots=True)
class Span:
    """One tile along one axis: it draws the boxes meeting [start, end] and shows [lo, hi]."""

    start: float
    end: float
    lo: float
    hi: float


def _crossing(intervals: Intervals, at: float) -> list[tuple[float, float]]:
    """The boxes a cut at `at` would go through."""
    return [(a, b) for a, b in intervals[: bisect_left(intervals, (at, -math.inf))] if b > at]


def _spans(intervals: Intervals, length: float, size: float, overlap: float) -> list[Span]:
    """Tiles of at most `size` along the axis, each ending before the first box that would not
    fit whole on it; the next starts `overlap` earlier."""
    spans: list[Span] = []
    start = 0.0
    while True:
        lo = min([start, *(a for a, _ in _crossing(intervals, start))])
        cap = lo + size
        if cap >= length:
            return [*spans, Span(start, length, lo, length)]
        end = max(min([cap, *(a for a, _ in _crossing(intervals, cap))]), start + size / 4)
        hi = min(max([end, *(b for _, b in _crossing(intervals, end))]), cap)
        spans.append(Span(start, end, lo, hi))
        start = max(end - overlap, start + size / 8)


def balanced_spans(intervals: Intervals, length: float, size: float, overlap: float) -> list[Span]:
    """The fewest tiles, each as near the same length as can be: the smallest tile size that
    needs no more tiles than the page's full size does."""
    fewest = _spans(intervals, length, size, overlap)
    if len(fewest) == 1:
        return fewest
    low, high, best = size / 2, size, fewest
    for _ in range(BALANCE_STEPS):
        middle = (low + high) / 2
        trial = _spans(intervals, length, middle, overlap)
        if len(trial) <= len(fewest):
            high, best = middle, trial
        else:
            low = middle
    return best


@dataclass(frozen=True, slots=True)
class TileGrid:
    """The tiles of a chart: columns and rows of spans in layout points, and the scale."""

    columns: tuple[Span, ...]
    rows_: tuple[Span, ...]
    scale: float

    @property
    def cols(self) -> int:
        return len(self.columns)

    @property
    def rows(self) -> int:
        return len(self.rows_)

    @classmethod
    def plan(cls, layout: Layout, area: Body, min_pt: float) -> TileGrid:
        """The fewest tiles at a legible scale, then the largest scale that needs no more."""
        smallest = min_pt / smallest_text(layout)
        intervals = (
            sorted((b.rect.x, b.rect.right) for b in layout.boxes),
            sorted((b.rect.y, b.rect.bottom) for b in layout.boxes),
        )
        fewest = cls.at(layout, area, smallest, intervals)
        count = fewest.cols * fewest.rows
        low, high, best = smallest, MAX_SCALE, fewest
        if high <= low:
            return fewest
        for _ in range(SCALE_STEPS):
            middle = (low + high) / 2
            grid = cls.at(layout, area, middle, intervals)
            if grid.cols * grid.rows <= count:
                low, best = middle, grid
            else:
                high = middle
        return best

    @classmethod
    def at(
        cls, layout: Layout, area: Body, scale: float, intervals: tuple[Intervals, Intervals]
    ) -> TileGrid:
        overlap = OVERLAP / scale
        return cls(
            tuple(balanced_spans(intervals[0], layout.width, area.w / scale, overlap)),
            tuple(balanced_spans(intervals[1], layout.height, area.h / scale, overlap)),
            scale,
        )

    def window(self, col: int, row: int) -> Rect:
        """What the tile shows, in layout points: every box it draws is inside it."""
        x, y = self.columns[col], self.rows_[row]
        return Rect(x.lo, y.lo, x.hi - x.lo, y.hi - y.lo)

    def stretch(self, col: int, row: int) -> Rect:
        """Where the boxes the tile draws are found: those meeting this rectangle."""
        x, y = self.columns[col], self.rows_[row]
        return Rect(x.start, y.start, x.end - x.start, y.end - y.start)

    def tiles_meeting(self, rect: Rect) -> list[tuple[int, int]]:
        """The tiles whose windows the rectangle meets."""
        cols = [c for c, s in enumerate(self.columns) if s.lo < rect.right and rect.x < s.hi]
        rows = [r for r, s in enumerate(self.rows_) if s.lo < rect.bottom and rect.y < s.hi]
        return [(col, row) for row in rows for col in cols]

    def buckets(self, layout: Layout) -> dict[tuple[int, int], Selection]:
        """What each tile draws, found in one pass over the layout (not one per tile)."""
        parts = {
            (col, row): Selection([], [], [])
            for row in range(self.rows)
            for col in range(self.cols)
        }
        for container in layout.containers:
            for tile in self.tiles_meeting(container.rect):
                parts[tile].containers.append(container)
        for connector in layout.connectors:
            for tile in self.tiles_meeting(bounds(connector)):
                parts[tile].connectors.append(connector)
        # A box is drawn where it meets the stretch, and wherever else it fits whole.
        for box in layout.boxes:
            for col, row in self.tiles_meeting(box.rect):
                if self.stretch(col, row).overlaps(box.rect) or self.window(col, row).contains(
                    box.rect
                ):
                    parts[(col, row)].boxes.append(box)
        return parts
