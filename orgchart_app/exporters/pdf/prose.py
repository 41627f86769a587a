"""Pages of running text (recommendations, notes), wrapped and paged without splitting a line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.fonts import BOLD, REGULAR, draw_text, wrapped
from orgchart_app.exporters.pdf.pages import Body, PageContext, PageDrawer, PlannedPage

TEXT_PT = 10.0
LEADING = 13.0
CAPTION_PT = 12.0


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    # Where the first line starts ("1." or "•"), hanging before the indented text.
    label: str = ""
    indent: float = 0.0
    bold: bool = False
    space_before: float = 6.0


def prose_pages(
    heading: str, caption: str, paragraphs: Sequence[Paragraph], body: Body
) -> list[PlannedPage]:
    lines: list[tuple[Paragraph, str, bool]] = []  # (paragraph, line, first line of it)
    for paragraph in paragraphs:
        font = BOLD if paragraph.bold else REGULAR
        width = body.w - paragraph.indent
        for n, line in enumerate(wrapped(paragraph.text, font, TEXT_PT, width)):
            lines.append((paragraph, line, n == 0))
    pages: list[list[tuple[Paragraph, str, bool]]] = [[]]
    used = 0.0
    room = body.h - CAPTION_PT * 2.5
    for entry in lines:
        height = LEADING + (entry[0].space_before if entry[2] else 0)
        if used + height > room and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(entry)
        used += height
    total = len(pages)
    return [
        PlannedPage(
            heading, _drawer(caption if total == 1 else f"{caption} ({n} of {total})", chunk, body)
        )
        for n, chunk in enumerate(pages, start=1)
    ]


def _drawer(caption: str, lines: list[tuple[Paragraph, str, bool]], body: Body) -> PageDrawer:
    def draw(canvas: Canvas, page_body: Body, context: PageContext) -> None:
        canvas.setFillColor(style.INK)
        draw_text(canvas, body.x, body.top - CAPTION_PT, caption, BOLD, CAPTION_PT)
        y = body.top - CAPTION_PT * 2.5
        for paragraph, line, first in lines:
            if first:
                y -= paragraph.space_before
                if paragraph.label:
                    draw_text(
                        canvas,
                        body.x + paragraph.indent - 4,
                        y,
                        paragraph.label,
                        REGULAR,
                        TEXT_PT,
                        "right",
                    )
            draw_text(
                canvas,
                body.x + paragraph.indent,
                y,
                line,
                BOLD if paragraph.bold else REGULAR,
                TEXT_PT,
            )
            y -= LEADING

    return draw
