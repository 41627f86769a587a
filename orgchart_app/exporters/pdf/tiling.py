"""Chart pages: one page when the chart is legible on it, else a page map and overlapping tiles.

A chart is legible when, scaled to fit, its smallest text is at least the minimum size. Tiles
are scaled so the smallest text is at least that size, overlap their neighbours by OVERLAP (more
where that keeps a box whole on the next page), skip stretches with no post, say on each cut
edge which page the chart continues on, and past two tiles follow a page map.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.chart import Selection, Viewport, bounds, draw_layout, smallest_text
from orgchart_app.exporters.pdf.fonts import BOLD, REGULAR, clipped, draw_text, text_width
from orgchart_app.exporters.pdf.legend import draw_legend, legend_height
from orgchart_app.exporters.pdf.pages import Body, PageContext, PageDrawer, PlannedPage
from orgchart_app.layout.model import Layout, Rect

OVERLAP = 36.0  # page points repeated on both sides of a cut (half an inch)
MAX_SCALE = 1.25  # small charts are enlarged a little, not blown up
MARKER_PT = 8.0
MAP_FROM_TILES = 2
GROWTH_STEPS = 4  # scales tried between the smallest legible and the page-filling one
GAP_BEFORE_BOX = 6.0  # layout points left showing before a box that starts a tile


@dataclass(frozen=True, slots=True)
class ChartFrame:
    """What every chart page needs besides its layout."""

    body: Body
    min_pt: float
    names: bool
    legend: bool
    compare: bool = False

    @property
    def area(self) -> Body:
        """The body minus the legend strip along the bottom."""
        if not self.legend:
            return self.body
        b = self.body
        height = legend_height(b, self.compare)
        return Body(b.x, b.y + height, b.w, b.h - height)


def fit_scale(layout: Layout, width: float, height: float) -> float:
    if layout.width <= 0 or layout.height <= 0:
        return MAX_SCALE
    return min(width / layout.width, height / layout.height, MAX_SCALE)


def is_legible(layout: Layout, width: float, height: float, min_pt: float) -> bool:
    return smallest_text(layout) * fit_scale(layout, width, height) >= min_pt - 1e-9


def chart_pages(heading: str, layout: Layout, frame: ChartFrame) -> list[PlannedPage]:
    area = frame.area
    if is_legible(layout, area.w, area.h, frame.min_pt):
        return [PlannedPage(heading, _single(layout, frame))]
    grid = TileGrid.plan(layout, area, frame.min_pt)
    parts = grid.buckets(layout)
    # Tiles with no post on them (only a unit's shading) are left out.
    used = [
        (col, row)
        for row in range(grid.rows)
        for col in range(grid.cols)
        if parts[(col, row)].boxes
    ]
    index = {tile: n for n, tile in enumerate(used)}
    # Two halves side by side need no map: their "continued on page" markers say it all.
    pages = (
        [PlannedPage(f"{heading}: page map", _page_map(heading, layout, grid, index, frame))]
        if len(used) > MAP_FROM_TILES
        else []
    )
    for n, (col, row) in enumerate(used):
        pages.append(
            PlannedPage(
                f"{heading} (part {n + 1} of {len(used)})",
                _tile(layout, grid, (col, row), index, parts[(col, row)], frame),
            )
        )
    return pages


def draw_fitted(
    canvas: Canvas, layout: Layout, area: Body, frame: ChartFrame, scale: float | None = None
) -> None:
    """The whole layout scaled to fit the area (or at `scale`), centred across it, from its top."""
    scale = scale or fit_scale(layout, area.w, area.h)
    left = area.x + (area.w - layout.width * scale) / 2
    window = Rect(0, 0, layout.width, layout.height)
    draw_layout(canvas, layout, Viewport(window, left, area.top, scale), frame.min_pt, frame.names)


def _single(layout: Layout, frame: ChartFrame) -> PageDrawer:
    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        draw_fitted(canvas, layout, frame.area, frame)
        if frame.legend:
            draw_legend(canvas, frame.body, frame.compare)

    return draw


SIDE_GAP = 24.0
SIDE_CAPTION = 16.0


def halves(frame: ChartFrame) -> tuple[Body, Body]:
    """The left and right chart areas of a side-by-side page, under their captions."""
    area = frame.area
    half = (area.w - SIDE_GAP) / 2
    height = area.h - SIDE_CAPTION
    return (
        Body(area.x, area.y, half, height),
        Body(area.x + half + SIDE_GAP, area.y, half, height),
    )


def fits_side_by_side(left: Layout, right: Layout, frame: ChartFrame) -> bool:
    area = halves(frame)[0]
    return all(is_legible(layout, area.w, area.h, frame.min_pt) for layout in (left, right))


def side_by_side_page(
    heading: str, left: tuple[str, Layout], right: tuple[str, Layout], frame: ChartFrame
) -> PlannedPage:
    """Two charts facing each other on one page (as-is on the left, to-be on the right)."""

    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        areas = halves(frame)
        # One scale for both sides, so the same post is the same size on each.
        scale = min(
            fit_scale(layout, area.w, area.h)
            for (_, layout), area in zip((left, right), areas, strict=True)
        )
        for (caption, layout), area in zip((left, right), areas, strict=True):
            canvas.setFillColor(style.INK)
            draw_text(canvas, area.x, area.top + 4, caption, BOLD, 11)
            draw_fitted(canvas, layout, area, frame, scale)
        middle = frame.area.x + frame.area.w / 2
        canvas.setStrokeColor(style.RULE)
        canvas.setLineWidth(0.6)
        canvas.line(middle, frame.area.y + 4, middle, frame.area.top)
        if frame.legend:
            draw_legend(canvas, frame.body, frame.compare)

    return PlannedPage(heading, draw)


@dataclass(frozen=True, slots=True)
class TileGrid:
    """Tile windows in layout points: columns start at xs, rows at ys, all the same size."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    scale: float
    window_w: float
    window_h: float

    @property
    def cols(self) -> int:
        return len(self.xs)

    @property
    def rows(self) -> int:
        return len(self.ys)

    @classmethod
    def plan(cls, layout: Layout, area: Body, min_pt: float) -> TileGrid:
        """The fewest tiles at a legible scale, then the largest scale that needs no more."""
        smallest = min_pt / smallest_text(layout)
        spans = (
            sorted((b.rect.x, b.rect.right) for b in layout.boxes),
            sorted((b.rect.y, b.rect.bottom) for b in layout.boxes),
        )
        fewest = cls.at(layout, area, smallest, spans)
        cols = max(1, math.ceil((layout.width * smallest - OVERLAP) / (area.w - OVERLAP)))
        rows = max(1, math.ceil((layout.height * smallest - OVERLAP) / (area.h - OVERLAP)))
        largest = min(
            (cols * (area.w - OVERLAP) + OVERLAP) / layout.width,
            (rows * (area.h - OVERLAP) + OVERLAP) / layout.height,
            MAX_SCALE,
        )
        for step in range(GROWTH_STEPS, 0, -1):
            scale = smallest + (largest - smallest) * step / GROWTH_STEPS
            grid = cls.at(layout, area, scale, spans)
            if scale > smallest and grid.cols * grid.rows <= fewest.cols * fewest.rows:
                return grid
        return fewest

    @classmethod
    def at(
        cls,
        layout: Layout,
        area: Body,
        scale: float,
        spans: tuple[list[tuple[float, float]], list[tuple[float, float]]],
    ) -> TileGrid:
        """The tiles at `scale`; spans are the boxes' (start, end) on each axis, sorted."""
        w, h = area.w / scale, area.h / scale
        xs = _starts(spans[0], layout.width, w, OVERLAP / scale)
        ys = _starts(spans[1], layout.height, h, OVERLAP / scale)
        return cls(xs, ys, scale, w, h)

    def window(self, col: int, row: int) -> Rect:
        return Rect(self.xs[col], self.ys[row], self.window_w, self.window_h)

    def _spanned(self, rect: Rect) -> list[tuple[int, int]]:
        """The tiles whose windows the rectangle overlaps."""
        cols = range(
            bisect_right(self.xs, rect.x - self.window_w), bisect_left(self.xs, rect.right)
        )
        rows = range(
            bisect_right(self.ys, rect.y - self.window_h), bisect_left(self.ys, rect.bottom)
        )
        return [(col, row) for row in rows for col in cols]

    def buckets(self, layout: Layout) -> dict[tuple[int, int], Selection]:
        """What each tile shows, found in one pass over the layout (not one per tile)."""
        parts = {
            (col, row): Selection([], [], [])
            for row in range(self.rows)
            for col in range(self.cols)
        }
        for container in layout.containers:
            for tile in self._spanned(container.rect):
                parts[tile].containers.append(container)
        for connector in layout.connectors:
            for tile in self._spanned(bounds(connector)):
                parts[tile].connectors.append(connector)
        for box in layout.boxes:
            for tile in self._spanned(box.rect):
                parts[tile].boxes.append(box)
        return parts


def _starts(
    spans: list[tuple[float, float]], length: float, size: float, overlap: float
) -> tuple[float, ...]:
    """Where each tile starts along one axis. A tile ends where it must, and the next starts an
    overlap earlier, or earlier still so that no box is cut on both pages: a box the edge
    crosses starts the next tile (unless it is too big for any tile)."""
    starts = [0.0]
    while starts[-1] + size < length:
        end = starts[-1] + size
        following = end - overlap
        # Boxes starting inside this tile (spans are sorted by start), the first one the edge cuts.
        first = bisect_right(spans, (starts[-1] + GAP_BEFORE_BOX, math.inf))
        last = bisect_left(spans, (end, -math.inf))
        crossed = next((a for a, b in spans[first:last] if b > end), None)
        if crossed is not None:
            following = min(following, crossed - GAP_BEFORE_BOX)
        starts.append(max(following, starts[-1] + size / 4))
    return tuple(starts)


def _tile(
    layout: Layout,
    grid: TileGrid,
    tile: tuple[int, int],
    index: dict[tuple[int, int], int],
    parts: Selection,
    frame: ChartFrame,
) -> PageDrawer:
    col, row = tile
    neighbours = {
        "right": (col + 1, row),
        "left": (col - 1, row),
        "bottom": (col, row + 1),
        "top": (col, row - 1),
    }

    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        area = frame.area
        view = Viewport(grid.window(col, row), area.x, area.top, grid.scale)
        draw_layout(canvas, layout, view, frame.min_pt, frame.names, parts)
        first = context.number - index[tile]
        for edge, neighbour in neighbours.items():
            if neighbour in index:
                _cut_marker(canvas, area, edge, first + index[neighbour])
        if frame.legend:
            draw_legend(canvas, frame.body, frame.compare)

    return draw


def _cut_marker(canvas: Canvas, area: Body, edge: str, page: int) -> None:
    """A dash-dot cut line along the edge and, on it, where the chart continues."""
    arrow = {"right": "→", "left": "←", "top": "↑", "bottom": "↓"}[edge]
    text = (
        f"{arrow} continued on page {page}"
        if edge in ("left", "top")
        else f"continued on page {page} {arrow}"
    )
    x0, y0, x1, y1 = {
        "right": (area.right, area.y, area.right, area.top),
        "left": (area.x, area.y, area.x, area.top),
        "top": (area.x, area.top, area.right, area.top),
        "bottom": (area.x, area.y, area.right, area.y),
    }[edge]
    canvas.saveState()
    canvas.setStrokeColor(style.INK)
    canvas.setLineWidth(0.6)
    canvas.setDash([6, 2, 1, 2])
    canvas.line(x0, y0, x1, y1)
    canvas.setDash()
    width = text_width(text, BOLD, MARKER_PT) + 8
    height = MARKER_PT + 6
    canvas.translate((x0 + x1) / 2, (y0 + y1) / 2)
    if edge in ("left", "right"):
        canvas.rotate(90 if edge == "left" else -90)
    canvas.setFillColor(style.PAPER)
    canvas.rect(-width / 2, -height / 2, width, height, stroke=1, fill=1)
    canvas.setFillColor(style.INK)
    draw_text(canvas, 0, -MARKER_PT / 2 + 1, text, BOLD, MARKER_PT, "centre")
    canvas.restoreState()


def _page_map(
    heading: str,
    layout: Layout,
    grid: TileGrid,
    index: dict[tuple[int, int], int],
    frame: ChartFrame,
) -> PageDrawer:
    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        caption = (
            f"Page map: {heading} is printed on the next {len(index)} pages; "
            f"neighbouring pages overlap by {OVERLAP / 72 * 25.4:.0f} mm."
        )
        canvas.setFillColor(style.INK)
        draw_text(canvas, body.x, body.top - 11, clipped(caption, REGULAR, 10, body.w), REGULAR, 10)
        inner = Body(body.x, body.y, body.w, body.h - 24)
        scale = min(inner.w / layout.width, inner.h / layout.height)
        left = inner.x + (inner.w - layout.width * scale) / 2
        whole = Rect(0, 0, layout.width, layout.height)
        view = Viewport(whole, left, inner.top, scale)
        draw_layout(canvas, layout, view, frame.min_pt, frame.names)
        for (col, row), n in index.items():
            _map_cell(canvas, view, _clip(grid.window(col, row), whole), context.number + 1 + n)

    return draw


def _clip(window: Rect, bounds: Rect) -> Rect:
    right = min(window.right, bounds.right)
    bottom = min(window.bottom, bounds.bottom)
    return Rect(window.x, window.y, max(right - window.x, 0), max(bottom - window.y, 0))


def _map_cell(canvas: Canvas, view: Viewport, window: Rect, page: int) -> None:
    x, y, w, h = view.rect(window)
    canvas.setStrokeColor(style.INK)
    canvas.setLineWidth(1.2)
    canvas.setDash([6, 3])
    canvas.rect(x, y, w, h, stroke=1, fill=0)
    canvas.setDash()
    label = f"page {page}"
    size = max(9.0, min(18.0, w / 6))
    width = text_width(label, BOLD, size) + 8
    canvas.setFillColor(style.PAPER)
    canvas.rect(x + w / 2 - width / 2, y + h / 2 - size * 0.7, width, size * 1.4, stroke=1, fill=1)
    canvas.setFillColor(style.INK)
    draw_text(canvas, x + w / 2, y + h / 2 - size * 0.35, label, BOLD, size, "centre")
