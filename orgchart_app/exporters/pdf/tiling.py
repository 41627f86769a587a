"""Chart pages: one page when the chart is legible on it, else a page map and overlapping tiles.

A chart is legible when, scaled to fit, its smallest text is at least the minimum size. Tiles
(tile_grid.py) are scaled so the smallest text is at least that size, never cut a box, skip
stretches with no post, say in a band outside the chart on each cut edge which page the chart
continues on, and past two tiles follow a page map.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.chart import Selection, Viewport, draw_layout, smallest_text
from orgchart_app.exporters.pdf.fonts import BOLD, draw_text, text_width
from orgchart_app.exporters.pdf.legend import draw_legend, legend_height
from orgchart_app.exporters.pdf.page_map import page_map
from orgchart_app.exporters.pdf.pages import Body, PageContext, PageDrawer, PlannedPage
from orgchart_app.exporters.pdf.tile_grid import MAX_SCALE, TileGrid
from orgchart_app.layout.model import Layout, Rect

MARKER_PT = 8.0
# Tiles keep a band this wide free along each edge: the cut line and "continued on page n" go
# there, never over the chart.
BAND = MARKER_PT + 8
MAP_FROM_TILES = 2


@dataclass(frozen=True, slots=True)
class ChartFrame:
    """What every chart page needs besides its layout."""

    body: Body
    min_pt: float
    names: bool
    legend: bool
    compare: bool = False
    # Something shown rests on an assumption: the key explains the dagger (legend.py).
    assumed: bool = True

    @property
    def area(self) -> Body:
        """The body minus the legend strip along the bottom."""
        if not self.legend:
            return self.body
        b = self.body
        height = legend_height(b, self.compare, self.assumed)
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
    inner, grid = _planned(layout, area, frame.min_pt)
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
        [
            PlannedPage(
                f"{heading}: page map",
                page_map(heading, layout, grid, index, frame.min_pt, frame.names),
            )
        ]
        if len(used) > MAP_FROM_TILES
        else []
    )
    for n, (col, row) in enumerate(used):
        window = grid.window(col, row)
        pages.append(
            PlannedPage(
                f"{heading} (part {n + 1} of {len(used)})",
                _tile(layout, grid, (col, row), index, parts[(col, row)], frame, inner),
                (
                    window.w * grid.scale + 2 * (inner.x - area.x),
                    window.h * grid.scale + 2 * (inner.y - area.y),
                ),
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
            draw_legend(canvas, frame.body, frame.compare, frame.assumed)

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
            draw_legend(canvas, frame.body, frame.compare, frame.assumed)

    return PlannedPage(heading, draw)


def _tile(
    layout: Layout,
    grid: TileGrid,
    tile: tuple[int, int],
    index: dict[tuple[int, int], int],
    parts: Selection,
    frame: ChartFrame,
    inner: Body,
) -> PageDrawer:
    col, row = tile
    neighbours = {
        "right": (col + 1, row),
        "left": (col - 1, row),
        "bottom": (col, row + 1),
        "top": (col, row - 1),
    }

    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        view = Viewport(grid.window(col, row), inner.x, inner.top, grid.scale)
        draw_layout(canvas, layout, view, frame.min_pt, frame.names, parts)
        first = context.number - index[tile]
        shown = Body(*view.page_rect)
        for edge, neighbour in neighbours.items():
            if neighbour in index:
                _cut_marker(canvas, shown, edge, first + index[neighbour])
        if frame.legend:
            draw_legend(canvas, frame.body, frame.compare, frame.assumed)

    return draw


def _planned(layout: Layout, area: Body, min_pt: float) -> tuple[Body, TileGrid]:
    """The tiles and the area their charts take: the area less a band along each edge that
    may have a neighbour (a chart one tile wide needs none at its sides, one tall at its ends)."""
    smallest = min_pt / smallest_text(layout)
    for x_band, y_band in ((0.0, BAND), (BAND, 0.0)):
        if (layout.width if x_band == 0 else layout.height) * smallest > (
            area.w if x_band == 0 else area.h
        ):
            continue  # that way it needs more than one tile whatever the band
        inner = _banded(area, x_band, y_band)
        grid = TileGrid.plan(layout, inner, min_pt)
        if (grid.cols if x_band == 0 else grid.rows) == 1:
            return inner, grid
    inner = _banded(area, BAND, BAND)
    return inner, TileGrid.plan(layout, inner, min_pt)


def _banded(area: Body, x_band: float, y_band: float) -> Body:
    return Body(area.x + x_band, area.y + y_band, area.w - 2 * x_band, area.h - 2 * y_band)


def _cut_marker(canvas: Canvas, area: Body, edge: str, page: int) -> None:
    """A dash-dot cut line along the edge of the chart shown and, in the band beyond it, where
    the chart continues."""
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
    away = {"right": (1, 0), "left": (-1, 0), "top": (0, 1), "bottom": (0, -1)}[edge]
    # The label's middle half a band out from the chart's edge: wholly in the band.
    canvas.translate((x0 + x1) / 2 + away[0] * BAND / 2, (y0 + y1) / 2 + away[1] * BAND / 2)
    if edge in ("left", "right"):
        canvas.rotate(90 if edge == "left" else -90)
    canvas.setFillColor(style.PAPER)
    canvas.rect(-width / 2, -height / 2, width, height, stroke=1, fill=1)
    canvas.setFillColor(style.INK)
    draw_text(canvas, 0, -MARKER_PT / 2 + 1, text, BOLD, MARKER_PT, "centre")
    canvas.restoreState()
