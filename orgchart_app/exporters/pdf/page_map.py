"""The page map before a tiled chart: the whole chart small, each tile outlined with its page.

Each tile is labelled with its page number while the labels fit in their tiles at a legible
size; past that (an organogram of hundreds of tiles) the tiles are outlined only, and beside the
map each unit (or, for a chart of one unit, each row of tiles) is listed with its pages.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.chart import Viewport, draw_layout
from orgchart_app.exporters.pdf.fonts import BOLD, REGULAR, clipped, draw_text, text_width
from orgchart_app.exporters.pdf.pages import Body, PageContext, PageDrawer
from orgchart_app.exporters.pdf.tile_grid import OVERLAP, TileGrid
from orgchart_app.layout.model import Layout, Rect

LABEL_PT = (6.0, 18.0)  # the smallest and largest page labels on the map
LIST_PT = 7.0
LIST_SHARE = 0.34  # of the page's width, for the list of units and their pages
Tiles = dict[tuple[int, int], int]  # (column, row) -> the tile's place among the pages


def page_map(
    heading: str, layout: Layout, grid: TileGrid, index: Tiles, min_pt: float, names: bool
) -> PageDrawer:
    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        caption = (
            f"Page map: {heading} is printed on the next {len(index)} pages; "
            f"neighbouring pages overlap by {OVERLAP / 72 * 25.4:.0f} mm."
        )
        canvas.setFillColor(style.INK)
        draw_text(canvas, body.x, body.top - 11, clipped(caption, REGULAR, 10, body.w), REGULAR, 10)
        first = context.number + 1
        whole = Rect(0, 0, layout.width, layout.height)
        inner = Body(body.x, body.y, body.w, body.h - 24)
        size = _label_size(grid, index, min(inner.w / layout.width, inner.h / layout.height))
        if size is None:  # too many tiles to label: a list beside the map says which is where
            listed = inner.w * LIST_SHARE
            _draw_list(canvas, _groups(layout, grid, index, first), inner, listed)
            inner = Body(inner.x + listed, inner.y, inner.w - listed, inner.h)
        scale = min(inner.w / layout.width, inner.h / layout.height)
        left = inner.x + (inner.w - layout.width * scale) / 2
        view = Viewport(whole, left, inner.top, scale)
        draw_layout(canvas, layout, view, min_pt, names)
        for (col, row), n in index.items():
            _map_cell(canvas, view, _clip(grid.stretch(col, row), whole), first + n, size)

    return draw


def _label_size(grid: TileGrid, index: Tiles, scale: float) -> float | None:
    """The size at which every "page n" fits inside its tile's own stretch (stretches overlap
    only by the overlap, so labels at their middles never meet), or None below the smallest."""
    label = f"page {max(index.values(), default=0) + 999}"
    widths = [(s.end - s.start - 2 * OVERLAP / grid.scale) * scale for s in grid.columns]
    heights = [(s.end - s.start - 2 * OVERLAP / grid.scale) * scale for s in grid.rows_]
    room_w, room_h = min(widths) - 8, min(heights) - 4
    size = min(LABEL_PT[1], room_h / 1.4, LABEL_PT[1] * room_w / text_width(label, BOLD, 18.0))
    return size if size >= LABEL_PT[0] else None


def _clip(window: Rect, bounds: Rect) -> Rect:
    right = min(window.right, bounds.right)
    bottom = min(window.bottom, bounds.bottom)
    return Rect(window.x, window.y, max(right - window.x, 0), max(bottom - window.y, 0))


def _map_cell(canvas: Canvas, view: Viewport, window: Rect, page: int, size: float | None) -> None:
    x, y, w, h = view.rect(window)
    canvas.setStrokeColor(style.INK)
    canvas.setLineWidth(1.2 if size else 0.5)
    canvas.setDash([6, 3] if size else [2, 2])
    canvas.rect(x, y, w, h, stroke=1, fill=0)
    canvas.setDash()
    if size is None:
        return
    label = f"page {page}"
    width = text_width(label, BOLD, size) + 8
    canvas.setFillColor(style.PAPER)
    canvas.rect(x + w / 2 - width / 2, y + h / 2 - size * 0.7, width, size * 1.4, stroke=1, fill=1)
    canvas.setFillColor(style.INK)
    draw_text(canvas, x + w / 2, y + h / 2 - size * 0.35, label, BOLD, size, "centre")


def page_ranges(pages: list[int]) -> str:
    """[3, 4, 5, 9] -> "pages 3–5, 9"."""
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    text = ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
    return ("pages " if len(pages) > 1 else "page ") + text


def _groups(layout: Layout, grid: TileGrid, index: Tiles, first: int) -> list[str]:
    """Each unit at the top of the chart with the pages its posts are on; a chart of one unit
    row by row."""
    depth = min((c.depth for c in layout.containers), default=0)
    units = [c for c in layout.containers if c.depth == depth]
    if len(units) > 1:
        lines = []
        for unit in units:
            pages = [first + index[t] for t in grid.tiles_meeting(unit.rect) if t in index]
            if pages:
                lines.append(f"{unit.title}: {page_ranges(pages)}")
        return lines
    rows: dict[int, list[int]] = {}
    for (_, row), n in index.items():
        rows.setdefault(row, []).append(first + n)
    return [f"Row {r + 1} of tiles: {page_ranges(p)}" for r, p in sorted(rows.items())]


def _draw_list(canvas: Canvas, lines: list[str], area: Body, width: float) -> None:
    """The lines down the left of the area, as many as fit (the rest summed up in the last)."""
    step = LIST_PT * 1.35
    room = max(1, int(area.h // step))
    if len(lines) > room:
        lines = [*lines[: room - 1], f"… and {len(lines) - room + 1} more"]
    canvas.setFillColor(style.INK)
    for n, line in enumerate(lines):
        baseline = area.top - LIST_PT - n * step
        draw_text(canvas, area.x, baseline, clipped(line, REGULAR, LIST_PT, width - 8), REGULAR, 7)
