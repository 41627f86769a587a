"""A page of plain paragraphs (an explanation where a part cannot be produced)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters import pdf_style as style
from orgchart_app.exporters.pdf_fonts import BOLD, REGULAR, draw_text, wrapped
from orgchart_app.exporters.pdf_pages import Body, PageContext, PlannedPage

TEXT_PT = 10.0


def note_page(heading: str, caption: str, paragraphs: Sequence[str], body: Body) -> PlannedPage:
    def draw(canvas: Canvas, page_body: Body, context: PageContext) -> None:
        canvas.setFillColor(style.INK)
        draw_text(canvas, body.x, body.top - 12, caption, BOLD, 12)
        y = body.top - 34
        for paragraph in paragraphs:
            for line in wrapped(paragraph, REGULAR, TEXT_PT, body.w):
                draw_text(canvas, body.x, y, line, REGULAR, TEXT_PT)
                y -= TEXT_PT * 1.3
            y -= TEXT_PT * 0.7
    return PlannedPage(heading, draw)
