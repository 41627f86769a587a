"""Tables that run over as many pages as they need, header repeated, rows never split."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.fonts import BOLD, REGULAR, draw_text, wrapped
from orgchart_app.exporters.pdf.pages import Body, PageContext, PageDrawer, PlannedPage

FONT_PT = 8.0
LEADING = 10.0
CELL_PAD = 3.0
CAPTION_PT = 11.0


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    weight: float
    align: str = "left"


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[str, ...]
    # A heading row (a unit's name) spans the table; a total row is bold with a rule above.
    kind: str = "data"  # "data", "heading" or "total"


def table_pages(
    heading: str,
    caption: str,
    columns: Sequence[Column],
    rows: Sequence[Row],
    body: Body,
    notes: Sequence[str] = (),
) -> list[PlannedPage]:
    """Plan the pages of a table; `notes` are paragraphs printed under it on the last page."""
    widths = _widths(columns, body.w)
    header_h = _row_height(Row(tuple(c.header for c in columns)), widths, BOLD)
    pages: list[list[tuple[Row, float]]] = [[]]
    room = body.h - CAPTION_PT * 2 - header_h
    used = 0.0
    for row in rows:
        height = _row_height(
            row,
            widths if row.kind != "heading" else [body.w],
            REGULAR if row.kind == "data" else BOLD,
        )
        if used + height > room and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append((row, height))
        used += height
    note_lines = [line for note in notes for line in wrapped(note, REGULAR, FONT_PT, body.w)]
    if note_lines and used + (len(note_lines) + 1) * LEADING > room:
        pages.append([])
    total = len(pages)
    return [
        PlannedPage(
            heading,
            _drawer(
                caption if total == 1 else f"{caption} ({n} of {total})",
                columns,
                widths,
                chunk,
                note_lines if n == total else [],
            ),
        )
        for n, chunk in enumerate(pages, start=1)
    ]


def _widths(columns: Sequence[Column], total: float) -> list[float]:
    weight = sum(c.weight for c in columns)
    return [total * c.weight / weight for c in columns]


def _cell_lines(text: str, font: str, width: float) -> list[str]:
    return wrapped(text, font, FONT_PT, max(width - 2 * CELL_PAD, 4))


def _spans(row: Row, widths: Sequence[float]) -> list[float]:
    """Cell widths; in a total row a cell runs on over the empty cells after it."""
    if row.kind != "total":
        return list(widths[: len(row.cells)])
    spans: list[float] = []
    owner = 0
    for index, text in enumerate(row.cells):
        if text or not spans:
            owner = index
            spans.append(widths[index])
        else:
            spans[owner] += widths[index]
            spans.append(0.0)
    return spans


def _row_height(row: Row, widths: Sequence[float], font: str) -> float:
    lines = max(
        len(_cell_lines(text, font, width))
        for text, width in zip(row.cells, _spans(row, widths), strict=False)
        if width > 0
    )
    return lines * LEADING + 2 * CELL_PAD


def _drawer(
    caption: str,
    columns: Sequence[Column],
    widths: list[float],
    rows: list[tuple[Row, float]],
    notes: list[str],
) -> PageDrawer:
    def draw(canvas: Canvas, body: Body, context: PageContext) -> None:
        canvas.setFillColor(style.INK)
        draw_text(canvas, body.x, body.top - CAPTION_PT, caption, BOLD, CAPTION_PT)
        top = body.top - CAPTION_PT * 2
        header = Row(tuple(c.header for c in columns))
        header_h = _row_height(header, widths, BOLD)
        canvas.setFillColor(style.HEADER_FILL)
        canvas.rect(body.x, top - header_h, body.w, header_h, stroke=0, fill=1)
        _draw_row(canvas, header, columns, widths, body.x, top, BOLD)
        top -= header_h
        canvas.setStrokeColor(style.INK)
        canvas.setLineWidth(0.8)
        canvas.line(body.x, top, body.right, top)
        for row, height in rows:
            if row.kind == "heading":
                canvas.setFillColor(style.ROW_FILL)
                canvas.rect(body.x, top - height, body.w, height, stroke=0, fill=1)
                _draw_row(canvas, row, [Column("", 1)], [body.w], body.x, top, BOLD)
            else:
                if row.kind == "total":
                    canvas.setStrokeColor(style.INK)
                    canvas.setLineWidth(0.6)
                    canvas.line(body.x, top, body.right, top)
                _draw_row(
                    canvas,
                    row,
                    columns,
                    widths,
                    body.x,
                    top,
                    BOLD if row.kind == "total" else REGULAR,
                )
            top -= height
            canvas.setStrokeColor(style.RULE)
            canvas.setLineWidth(0.3)
            canvas.line(body.x, top, body.right, top)
        canvas.setFillColor(style.INK)
        top -= LEADING * 1.5
        for line in notes:
            draw_text(canvas, body.x, top, line, REGULAR, FONT_PT)
            top -= LEADING

    return draw


def _draw_row(
    canvas: Canvas,
    row: Row,
    columns: Sequence[Column],
    widths: Sequence[float],
    left: float,
    top: float,
    font: str,
) -> None:
    canvas.setFillColor(style.INK)
    x = left
    for text, column, width, span in zip(
        row.cells, columns, widths, _spans(row, widths), strict=False
    ):
        baseline = top - CELL_PAD - FONT_PT
        # A cell spanning empty neighbours keeps its own column's alignment edge on the left.
        align = column.align if span <= width else "left"
        for line in _cell_lines(text, font, span) if span > 0 else ():
            anchor = {"left": x + CELL_PAD, "right": x + width - CELL_PAD, "centre": x + width / 2}[
                align
            ]
            draw_text(canvas, anchor, baseline, line, font, FONT_PT, align)
            baseline -= LEADING
        x += width
