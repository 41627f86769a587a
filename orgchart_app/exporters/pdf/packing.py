"""Several small charts on one page: units that fit at full size are packed together (an
as-is beside its to-be), each under a caption naming where it sits, so a pack of small teams
does not take a page each."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.chart import Viewport, draw_layout, smallest_text
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
    scale: float = SCALE


class _Packer:
    """Fills pages in order; a page may start as the last tile of a big chart, with the room it
    leaves taken by the pieces that follow."""

    def __init__(self, frame: ChartFrame) -> None:
        self.frame = frame
        self.pages: list[PlannedPage] = []
        self.current: list[_Placed] = []
        self.taken: list[Rect] = []  # what is on the page, each with a gap right and below
        self.base: PlannedPage | None = None

    def flush(self) -> None:
        current, frame = self.current, self.frame
        if self.base is not None:
            self.pages.append(_packed_page(list(current), frame, self.base))
        elif len(current) == 1:  # alone on its page: printed as large as the page allows
            piece = current[0].piece
            self.pages.extend(chart_pages(piece.caption, piece.layout, frame))
        elif len(current) == 2 and current[0].piece.keep_with_next:  # a lone pair: facing halves
            first, second = current[0].piece, current[1].piece
            self.pages.append(
                side_by_side_page(
                    f"{first.heading}: compared",
                    (first.side, first.layout),
                    (second.side, second.layout),
                    frame,
                )
            )
        elif current:
            self.pages.append(_packed_page(list(current), frame))
        current.clear()
        self.taken.clear()
        self.base = None

    def add(self, group: list[Piece]) -> None:
        area = self.frame.area
        scale = _group_scale(group, area, self.frame.min_pt)
        if scale is None:  # bigger than a page: paged on its own, the room after it kept
            self.flush()
            for piece in group:
                self.pages.extend(chart_pages(piece.caption, piece.layout, self.frame))
            if self.pages and self.pages[-1].used is not None:
                self.base = self.pages.pop()
                assert self.base.used is not None
                used_w, used_h = self.base.used
                self.taken.append(Rect(0, 0, used_w + GAP, used_h + GAP))
            return
        w, h = _size(group, scale)
        spot = _free_spot(self.taken, w, h, area)
        if spot is None:
            self.flush()
            spot = (0.0, 0.0)
        x, y = spot
        self.taken.append(Rect(x, y, w + GAP, h + GAP))
        for piece in group:
            self.current.append(_Placed(piece, x, y, scale))
            x += piece.layout.width * scale + GAP


def packed_pages(pieces: list[Piece], frame: ChartFrame) -> list[PlannedPage]:
    """Pages for the pieces in order: small ones packed together, big ones paged on their own.
    Each piece (or pair) goes at the highest, then leftmost, free place on the page: beside or
    under one already there, so a short chart leaves room under it for the next."""
    packer = _Packer(frame)
    for group in _groups(pieces):
        packer.add(group)
    packer.flush()
    return packer.pages


def _group_scale(group: list[Piece], area: Body, min_pt: float) -> float | None:
    """Full size when the group fits the page; else as large as fits, if still legible (as it
    would print alone); None when it must be paged."""
    w, h = _size(group, SCALE)
    if w <= area.w and h <= area.h:
        return SCALE
    gaps = GAP * (len(group) - 1)
    scale = min((area.w - gaps) / (w - gaps), (area.h - CAPTION_H) / (h - CAPTION_H))
    legible = all(smallest_text(p.layout) * scale >= min_pt - 1e-9 for p in group)
    return scale if legible and scale > 0 else None


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
    w, h = _size([Piece("", layout) for layout in layouts], SCALE)
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


def _size(group: list[Piece], scale: float) -> tuple[float, float]:
    """The width and height a group of pieces takes side by side, captions included."""
    width = sum(p.layout.width * scale for p in group) + GAP * (len(group) - 1)
    return width, max(p.layout.height * scale for p in group) + CAPTION_H


def _packed_page(
    placed: list[_Placed], frame: ChartFrame, base: PlannedPage | None = None
) -> PlannedPage:
    heading = _heading(placed) if placed else ""
    if base is not None:
        heading = f"{base.heading}; {heading}" if heading else base.heading

    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        area = frame.area
        if base is not None:
            base.draw(canvas, body, context)
        for item in placed:
            layout = item.piece.layout
            left, top = area.x + item.x, area.top - item.y
            canvas.setFillColor(style.MUTED)
            caption = _caption(item.piece, max(layout.width * item.scale, 120))
            draw_text(canvas, left, top - CAPTION_PT, caption, REGULAR, CAPTION_PT)
            window = Rect(0, 0, layout.width, layout.height)
            draw_layout(
                canvas,
                layout,
                Viewport(window, left, top - CAPTION_H, item.scale),
                frame.min_pt,
                frame.names,
            )
        if frame.legend and base is None:
            draw_legend(canvas, frame.body, frame.compare, frame.assumed)

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
