"""Draws a Layout onto a PDF page: containers, connectors and post boxes, as vectors and real text.

Coordinates are mapped to the page here (not with a canvas transform) so that every font size
written into the PDF is the size that prints: a reader can check the minimum size in the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.fonts import (
    BOLD,
    REGULAR,
    clipped,
    draw_text,
    fitted_size,
    text_width,
)
from orgchart_app.layout.model import Connector, Layout, PostBox, Rect, UnitContainer
from orgchart_app.layout.text import (
    BADGE_GAP,
    BADGE_PADDING,
    BADGE_SIZE,
    CONTAINER_TITLE_SIZE,
    LABEL_SIZE,
    LINE_SIZE,
    TITLE_SIZE,
    TextRow,
    box_rows,
    row_height,
)


@dataclass(frozen=True, slots=True)
class Viewport:
    """Which part of the layout (window, in layout points) lands where on the page, how big."""

    window: Rect
    page_x: float
    page_top: float
    scale: float

    def x(self, x: float) -> float:
        return self.page_x + (x - self.window.x) * self.scale

    def y(self, y: float) -> float:
        return self.page_top - (y - self.window.y) * self.scale

    def rect(self, r: Rect) -> tuple[float, float, float, float]:
        """(left, bottom, width, height) on the page."""
        return (self.x(r.x), self.y(r.bottom), r.w * self.scale, r.h * self.scale)

    @property
    def page_rect(self) -> tuple[float, float, float, float]:
        return self.rect(self.window)


def smallest_text(layout: Layout) -> float:
    """The smallest font size the layout is measured for, in layout points."""
    return min(TITLE_SIZE, LINE_SIZE, BADGE_SIZE, CONTAINER_TITLE_SIZE, LABEL_SIZE)


@dataclass(frozen=True, slots=True)
class Selection:
    """The parts of a layout to draw on one page (all of them, or those a tile shows)."""

    containers: list[UnitContainer]
    connectors: list[Connector]
    boxes: list[PostBox]


def bounds(connector: Connector) -> Rect:
    xs = [p[0] for p in connector.points]
    ys = [p[1] for p in connector.points]
    return Rect(min(xs), min(ys), max(xs) - min(xs) + 1e-3, max(ys) - min(ys) + 1e-3)


def select(layout: Layout, window: Rect) -> Selection:
    """What of the layout shows through the window."""
    if window.contains(Rect(0, 0, layout.width, layout.height)):
        return Selection(list(layout.containers), list(layout.connectors), list(layout.boxes))
    return Selection(
        [c for c in layout.containers if c.rect.overlaps(window)],
        [c for c in layout.connectors if bounds(c).overlaps(window)],
        [b for b in layout.boxes if b.rect.overlaps(window)],
    )


def draw_layout(
    canvas: Canvas,
    layout: Layout,
    view: Viewport,
    min_pt: float,
    names: bool = False,
    selection: Selection | None = None,
) -> None:
    """Draw the part of `layout` inside the viewport's window (or the selection given for it),
    clipped to it.

    When the scale would make text smaller than `min_pt` (a page map), only the shapes are drawn.
    """
    with_text = smallest_text(layout) * view.scale >= min_pt - 1e-9
    parts = selection or select(layout, view.window)
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(*view.page_rect)
    canvas.clipPath(clip, stroke=0, fill=0)
    containers = sorted(parts.containers, key=lambda c: c.depth)
    for container in containers:
        _draw_container(canvas, container, view)
    _draw_connectors(canvas, parts.connectors, view)
    # Titles go over the lines that cross them, so a line never strikes through a unit's name.
    for container in containers if with_text else ():
        _draw_container_title(canvas, container, view, min_pt)
    _draw_boxes(canvas, parts.boxes, view, min_pt, names, with_text)
    # Labels last, on their own white ground, so no box or unit hides what a line means.
    for connector in parts.connectors if with_text else ():
        if connector.label and connector.label_rect is not None:
            _draw_connector_label(canvas, connector.label_rect, connector.label, view)
    canvas.restoreState()


def _hatch(canvas: Canvas, x: float, y: float, w: float, h: float, kind: str, step: float) -> None:
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, w, h)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setLineWidth(0.4)
    canvas.setDash()
    offset = -h
    while offset < w:
        canvas.line(x + offset, y, x + offset + h, y + h)
        if kind == "cross":
            canvas.line(x + offset, y + h, x + offset + h, y)
        offset += step
    canvas.restoreState()


def _draw_container(canvas: Canvas, container: UnitContainer, view: Viewport) -> None:
    look = style.UNIT_STYLES[container.status]
    x, y, w, h = view.rect(container.rect)
    canvas.setFillColor(look.fill)
    canvas.setStrokeColor(look.border)
    canvas.setLineWidth(look.border_width)
    canvas.setDash(list(look.dash))
    canvas.roundRect(x, y, w, h, 3 * view.scale, stroke=1, fill=1)
    canvas.setDash()
    if look.hatch:
        canvas.setStrokeColor(style.HATCH)
        _hatch(canvas, x, y, w, h, look.hatch, 9 * view.scale)


def _shows_whole(view: Viewport, x: float, y: float, h: float, w: float) -> bool:
    """Whether a w x h rectangle at (x, y) on the page lies within what the viewport shows."""
    left, bottom, width, height = view.page_rect
    slack = 0.5
    return (
        x >= left - slack
        and y >= bottom - slack
        and x + w <= left + width + slack
        and y + h <= bottom + height + slack
    )


def _draw_container_title(
    canvas: Canvas, container: UnitContainer, view: Viewport, min_pt: float
) -> None:
    """The unit's name at the top left, on its own shading (no hatch or line behind the words)."""
    look = style.UNIT_STYLES[container.status]
    x, y, w, h = view.rect(container.rect)
    size = CONTAINER_TITLE_SIZE * view.scale
    pad = container.title_inset * view.scale  # where the layout put the title, as the canvas does
    inner = max(w - 2 * pad, 1)
    step = row_height(CONTAINER_TITLE_SIZE) * view.scale
    baseline = y + h - pad - size * 0.95
    texts = []
    for line in container.title_lines or (container.title,):
        fitted = fitted_size(line, BOLD, size, inner, min_pt)
        texts.append((clipped(line, BOLD, fitted, inner), fitted))
    widest = max(text_width(text, BOLD, fitted) for text, fitted in texts) + 4
    bottom = baseline - size * 0.3 - step * (len(texts) - 1)
    # A title the page's edge would cut is left to the page where the unit's corner is.
    if not _shows_whole(view, x + pad - 2, bottom, step * len(texts), widest):
        return
    for text, fitted in texts:
        canvas.setFillColor(look.fill)
        canvas.rect(
            x + pad - 2,
            baseline - size * 0.3,
            text_width(text, BOLD, fitted) + 4,
            step,
            stroke=0,
            fill=1,
        )
        canvas.setFillColor(style.INK)
        draw_text(canvas, x + pad, baseline, text, BOLD, fitted)
        baseline -= step


def _draw_connectors(canvas: Canvas, connectors: list[Connector], view: Viewport) -> None:
    """Lines kind by kind: one change of pen per kind."""
    canvas.setStrokeColor(style.INK)
    for kind, look in style.LINE_STYLES.items():
        lines = [c for c in connectors if c.kind is kind]
        if not lines:
            continue
        canvas.setLineWidth(max(0.5, look.width * min(view.scale, 1.5)))
        canvas.setDash(list(look.dash))
        path = canvas.beginPath()
        for connector in lines:
            first, *rest = connector.points
            path.moveTo(view.x(first[0]), view.y(first[1]))
            for px, py in rest:
                path.lineTo(view.x(px), view.y(py))
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.setDash()


def _draw_connector_label(canvas: Canvas, ground: Rect, label: str, view: Viewport) -> None:
    """The label on the ground the layout gave it (clear of boxes and other labels), white so
    the line stays readable, as the canvas draws it."""
    x, y, w, h = view.rect(ground)
    size = LABEL_SIZE * view.scale
    text = clipped(label, REGULAR, size, w)
    if not _shows_whole(view, x, y, h, w):
        return  # cut by the page's edge: shown on the page next to it
    canvas.setFillColor(style.PAPER)
    canvas.rect(x, y, w, h, stroke=0, fill=1)
    canvas.setFillColor(style.MUTED)
    draw_text(canvas, x + w / 2, y + h / 2 - size * 0.35, text, REGULAR, size, "centre")


def _draw_boxes(
    canvas: Canvas,
    boxes: list[PostBox],
    view: Viewport,
    min_pt: float,
    names: bool,
    with_text: bool,
) -> None:
    """Shapes first, grouped by look (one change of pen per group), then all the text in ink:
    boxes never overlap, so the page looks the same and the file says much less."""
    groups: dict[tuple[object, ...], list[PostBox]] = {}
    for box in boxes:
        marker = style.marker_style(box.change_marker)
        key = (
            (box.status, marker.fill, marker.hatch, marker.border_width)
            if marker
            else (box.status,)
        )
        groups.setdefault(key, []).append(box)
    for members in groups.values():
        _draw_shapes(canvas, members, view)
    if not with_text:
        return
    canvas.setFillColor(style.INK)
    badges: list[tuple[tuple[str, ...], float, float, float]] = []
    for box in boxes:
        marker = style.marker_style(box.change_marker)
        for row in box_rows(box):
            if row.kind == "holder" and not names:
                continue
            if row.kind == "badges":
                left, baseline, size = _row_place(row, box, view)
                badges.append((row.texts, left, baseline, size))
            else:
                _draw_row(canvas, row, box, view, min_pt, marker)
    _draw_badges(canvas, badges, view.scale)


def _draw_shapes(canvas: Canvas, boxes: list[PostBox], view: Viewport) -> None:
    """The rectangles of boxes that all look the same."""
    look = style.POST_STYLES[boxes[0].status]
    marker = style.marker_style(boxes[0].change_marker)
    canvas.setFillColor(marker.fill if marker else look.fill)
    canvas.setLineWidth(
        max(0.4, (marker.border_width if marker else look.border_width) * min(view.scale, 1.5))
    )
    canvas.setStrokeColor(look.border)
    if look.dash:
        canvas.setDash(list(look.dash))
    for box in boxes:
        x, y, w, h = view.rect(box.rect)
        if marker is not None and marker.hatch:
            canvas.rect(x, y, w, h, stroke=0, fill=1)
            canvas.setStrokeColor(style.RULE)
            _hatch(canvas, x, y, w, h, marker.hatch, 6 * view.scale)
            canvas.setStrokeColor(look.border)
            canvas.rect(x, y, w, h, stroke=1, fill=0)
        else:
            canvas.rect(x, y, w, h, stroke=1, fill=1)
    if look.dash:
        canvas.setDash()


def _row_place(row: TextRow, box: PostBox, view: Viewport) -> tuple[float, float, float]:
    """(left, baseline, size) on the page of a row of a box."""
    size = row.size * view.scale
    baseline = view.y(box.rect.y + row.top) - (row.height * view.scale + size * 0.7) / 2
    return view.x(box.rect.x + row.left), baseline, size


def _draw_row(
    canvas: Canvas,
    row: TextRow,
    box: PostBox,
    view: Viewport,
    min_pt: float,
    marker: style.MarkerStyle | None,
) -> None:
    """One row where layout.text.box_rows puts it; shrunk (never below min_pt) if it overflows."""
    left, baseline, size = _row_place(row, box, view)
    inner = row.width * view.scale
    font = BOLD if row.bold else REGULAR
    text = row.texts[0].upper() if row.kind == "marker" else row.texts[0]
    # The layout measured ASCII text with DejaVu's own widths, so it fits as it is; other text
    # (accents, upper-cased markers) is measured here and shrunk if need be.
    if not text.isascii() or row.kind == "marker":
        size = fitted_size(text, font, size, inner, min_pt)
        text = clipped(text, font, size, inner)
    draw_text(canvas, left, baseline, text, font, size)
    if row.kind == "title" and marker is not None and marker.strike:
        canvas.setStrokeColor(style.INK)
        canvas.setLineWidth(0.7)
        mid = baseline + size * 0.32
        canvas.line(left, mid, left + text_width(text, font, size), mid)


def _draw_badges(
    canvas: Canvas, badges: list[tuple[tuple[str, ...], float, float, float]], scale: float
) -> None:
    """Employer and deployment badges as outlined pills (as the canvas draws them): all the
    pills, then all their words."""
    placed: list[tuple[str, float, float, float, float]] = []
    for texts, left, baseline, size in badges:
        x = left
        for badge in texts:
            width = text_width(badge, BOLD, size) + 2 * BADGE_PADDING * scale
            placed.append((badge, x, baseline, size, width))
            x += width + BADGE_GAP * scale
    if not placed:
        return
    canvas.setLineWidth(0.5)
    canvas.setStrokeColor(style.MUTED)
    canvas.setFillColor(style.PAPER)
    for _, x, baseline, size, width in placed:
        canvas.roundRect(x, baseline - size * 0.3, width, size * 1.25, size * 0.5, stroke=1, fill=1)
    canvas.setFillColor(style.INK)
    for badge, x, baseline, size, _ in placed:
        draw_text(canvas, x + BADGE_PADDING * scale, baseline, badge, BOLD, size)
