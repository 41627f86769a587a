"""Several small charts on one page: units that fit at full size are packed together (an
as-is beside its to-be), each under a caption naming where it sits, so a pack of small teams
does not take a page each."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.chart import Viewport, draw_layout
from orgchart_app.exporters.pdf.fonts import REGULAR, draw_text, path_tail, text_width
from orgchart_app.exporters.pdf.legend import draw_legend
from orgchart_app.exporters.pdf.pages import Body, PageContext, PlannedPage
from orgchart_app.exporters.pdf.tiling import ChartFrame, chart_pages, side_by_side_page
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
    # Printed beside the next piece, on the same row (an as-is and its to-be).
    keep_with_next: bool = False
    side: str = ""  # the scenario, on compare pages: the caption reads "As is: <heading>"

    @property
    def caption(self) -> str:
        return f"{self.side}: {self.heading}" if self.side else self.heading


@dataclass(frozen=True, slots=True)
class _Placed:
    piece: Piece
    x: float  # offset in the chart area, page points from its top left
    y: float


def packed_pages(pieces: list[Piece], frame: ChartFrame) -> list[PlannedPage]:
    """Pages for the pieces in order: small ones packed together, big ones paged on their own.
    Each piece (or pair) goes at the highest, then leftmost, free place on the page: beside or
    under one already there, so a short chart leaves room under it for the next."""
    area = frame.area
    pages: list[PlannedPage] = []
    current: list[_Placed] = []
    taken: list[Rect] = []  # what is placed on the page, each with a gap to its right and below

    def flush() -> None:
        if len(current) == 1:  # alone on its page: printed as large as the page allows
            pages.extend(chart_pages(current[0].piece.caption, current[0].piece.layout, frame))
        elif len(current) == 2 and current[0].piece.keep_with_next:  # a lone pair: facing halves
            first, second = current[0].piece, current[1].piece
            pages.append(
                side_by_side_page(
                    f"{first.heading}: compared",
                    (first.side, first.layout),
                    (second.side, second.layout),
                    frame,
                )
            )
        elif current:
            pages.append(_packed_page(list(current), frame))
        current.clear()
        taken.clear()

    for group in _groups(pieces):
        w, h = _size(group)
        if w > area.w or h > area.h:
            flush()
            for piece in group:
                pages.extend(chart_pages(piece.caption, piece.layout, frame))
            continue
        spot = _free_spot(taken, w, h, area)
        if spot is None:
            flush()
            spot = (0.0, 0.0)
        x, y = spot
        taken.append(Rect(x, y, w + GAP, h + GAP))
        for piece in group:
            current.append(_Placed(piece, x, y))
            x += piece.layout.width * SCALE + GAP
    flush()
    return pages


def _free_spot(taken: list[Rect], w: float, h: float, area: Body) -> tuple[float, float] | None:
    """The highest, then leftmost, place for a w x h piece that overlaps nothing taken."""
    corners = [(0.0, 0.0), *((r.right, r.y) for r in taken), *((r.x, r.bottom) for r in taken)]
    for x, y in sorted(corners, key=lambda corner: (corner[1], corner[0])):
        wanted = Rect(x, y, w, h)
        if x + w <= area.w and y + h <= area.h and not any(r.overlaps(wanted) for r in taken):
            return (x, y)
    return None


def fits_packed(layouts: tuple[Layout, ...], frame: ChartFrame) -> bool:
    """Whether the charts fit side by side at full size on one packed page."""
    w, h = _size([Piece("", layout) for layout in layouts])
    return w <= frame.area.w and h <= frame.area.h


def _groups(pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces, those kept with the next one grouped with it."""
    groups: list[list[Piece]] = []
    for index, piece in enumerate(pieces):
        if index > 0 and pieces[index - 1].keep_with_next:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _size(group: list[Piece]) -> tuple[float, float]:
    """The width and height a group of pieces takes side by side, captions included."""
    width = sum(p.layout.width * SCALE for p in group) + GAP * (len(group) - 1)
    return width, max(p.layout.height * SCALE for p in group) + CAPTION_H


def _packed_page(placed: list[_Placed], frame: ChartFrame) -> PlannedPage:
    heading = _heading(placed)

    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        area = frame.area
        for item in placed:
            layout = item.piece.layout
            left, top = area.x + item.x, area.top - item.y
            canvas.setFillColor(style.MUTED)
            caption = _caption(item.piece, max(layout.width * SCALE, 120))
            draw_text(canvas, left, top - CAPTION_PT, caption, REGULAR, CAPTION_PT)
            window = Rect(0, 0, layout.width, layout.height)
            draw_layout(
                canvas,
                layout,
                Viewport(window, left, top - CAPTION_H, SCALE),
                frame.min_pt,
                frame.names,
            )
        if frame.legend:
            draw_legend(canvas, frame.body, frame.compare)

    return PlannedPage(heading, draw)


def _heading(placed: list[_Placed]) -> str:
    """The title block's heading: the one unit, or where the units on the page sit."""
    paths = [p.piece.heading.split(" › ") for p in placed]
    if len({p.piece.heading for p in placed}) == 1:
        return (
            placed[0].piece.caption if len(placed) == 1 else f"{placed[0].piece.heading}: compared"
        )
    common: list[str] = []
    for parts in zip(*paths, strict=False):
        if len(set(parts)) > 1:
            break
        common.append(parts[0])
    if common:
        return " › ".join(common)
    tops = list(dict.fromkeys(parts[0] for parts in paths))  # where the units sit, in order
    if len(tops) <= 3:
        return " and ".join([", ".join(tops[:-1]), tops[-1]] if len(tops) > 1 else tops)
    return f"{tops[0]} and {len(tops) - 1} more"


def _caption(piece: Piece, width: float) -> str:
    """ "As is: Bury OCO › Primary Care", the path losing its start rather than its end."""
    prefix = f"{piece.side}: " if piece.side else ""
    room = width - text_width(prefix, REGULAR, CAPTION_PT)
    return prefix + path_tail(piece.heading, REGULAR, CAPTION_PT, room)
