"""Several small charts on one page: units that fit at full size are packed in rows, each
under a caption naming where it sits, so a pack of small teams does not take a page each."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters import pdf_style as style
from orgchart_app.exporters.pdf_chart import Viewport, draw_layout
from orgchart_app.exporters.pdf_fonts import REGULAR, clipped, draw_text, text_width
from orgchart_app.exporters.pdf_legend import draw_legend
from orgchart_app.exporters.pdf_pages import Body, PageContext, PlannedPage
from orgchart_app.exporters.pdf_tiling import ChartFrame, chart_pages
from orgchart_app.layout.model import Layout, Rect

SCALE = 1.0  # packed charts print at the size they were measured for
GAP = 18.0
CAPTION_PT = 7.5
CAPTION_H = 12.0


@dataclass(frozen=True, slots=True)
class Piece:
    """One unit's chart, with the path shown above it ("Bury OCO › Community Commissioning")."""

    heading: str
    layout: Layout


@dataclass(frozen=True, slots=True)
class _Placed:
    piece: Piece
    x: float  # offset in the chart area, page points from its top left
    y: float


def packed_pages(pieces: list[Piece], frame: ChartFrame) -> list[PlannedPage]:
    """Pages for the pieces in order: small ones packed together, big ones paged on their own."""
    area = frame.area
    pages: list[PlannedPage] = []
    current: list[_Placed] = []
    x = y = row_h = 0.0

    def flush() -> None:
        nonlocal current, x, y, row_h
        if current:
            pages.append(_packed_page(current, frame))
        current, x, y, row_h = [], 0.0, 0.0, 0.0

    for piece in pieces:
        w, h = piece.layout.width * SCALE, piece.layout.height * SCALE + CAPTION_H
        if w > area.w or h > area.h:
            flush()
            pages.extend(chart_pages(piece.heading, piece.layout, frame))
            continue
        if x > 0 and x + w > area.w:
            x, y, row_h = 0.0, y + row_h + GAP, 0.0
        if y + h > area.h:
            flush()
        current.append(_Placed(piece, x, y))
        x += w + GAP
        row_h = max(row_h, h)
    flush()
    return pages


def _packed_page(placed: list[_Placed], frame: ChartFrame) -> PlannedPage:
    heading = _heading(placed)

    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        area = frame.area
        for item in placed:
            layout = item.piece.layout
            left, top = area.x + item.x, area.top - item.y
            canvas.setFillColor(style.MUTED)
            caption = _tail(item.piece.heading, max(layout.width * SCALE, 120))
            draw_text(canvas, left, top - CAPTION_PT, caption, REGULAR, CAPTION_PT)
            window = Rect(0, 0, layout.width, layout.height)
            draw_layout(canvas, layout, Viewport(window, left, top - CAPTION_H, SCALE),
                        frame.min_pt, frame.names)
        if frame.legend:
            draw_legend(canvas, frame.body, frame.compare)
    return PlannedPage(heading, draw)


def _heading(placed: list[_Placed]) -> str:
    """The title block's heading: the one unit, or where the units on the page sit."""
    paths = [p.piece.heading.split(" › ") for p in placed]
    if len(paths) == 1:
        return placed[0].piece.heading
    common: list[str] = []
    for parts in zip(*paths, strict=False):
        if len(set(parts)) > 1:
            break
        common.append(parts[0])
    if common:
        return " › ".join(common)
    return f"{paths[0][-1]} and {len(paths) - 1} more"


def _tail(heading: str, width: float) -> str:
    """The heading, losing its start rather than its end when too long: "… › Reviewing Team"."""
    if text_width(heading, REGULAR, CAPTION_PT) <= width:
        return heading
    parts = heading.split(" › ")
    while len(parts) > 1:
        parts.pop(0)
        shortened = "… › " + " › ".join(parts)
        if text_width(shortened, REGULAR, CAPTION_PT) <= width:
            return shortened
    return clipped(parts[0], REGULAR, CAPTION_PT, width)
