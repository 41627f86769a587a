"""The title block, footer, classification marking and draft watermark on every page."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.fonts import (
    BOLD,
    REGULAR,
    clipped,
    draw_text,
    path_tail,
    text_width,
)
from orgchart_app.exporters.pdf.pages import FOOTER_HEIGHT, MARGIN, TITLE_BLOCK_HEIGHT, draw_reused

WATERMARK = "Draft for consultation"


@dataclass(frozen=True, slots=True)
class TitleBlock:
    organisation: str
    appendix: str  # "Appendix 5 – Proposed structures"
    committee: str = ""
    date: str = ""
    scenario: str = ""
    version: str = ""
    classification: str = "Open"
    draft: bool = False
    footer: str = ""
    # The name the fixed part is drawn once under: one per scenario named.
    form: str = "title-block"

    def details(self) -> str:
        parts = [
            ("Report", self.committee),
            ("Date", self.date),
            ("Scenario", self.scenario),
            ("Version", self.version),
        ]
        return "   ·   ".join(f"{label}: {value}" for label, value in parts if value)


def draw_title_block(
    canvas: Canvas,
    block: TitleBlock,
    heading: str,
    page: int,
    pages: int,
    size: tuple[float, float],
) -> None:
    """The block the same on every page is drawn once; the heading and page number per page."""
    width, height = size
    top = height - MARGIN
    right = width - MARGIN
    draw_reused(canvas, block.form, lambda c: _draw_fixed(c, block, size))
    if heading:
        canvas.setFillColor(style.INK)
        draw_text(
            canvas,
            right,
            top - 40,
            path_tail(heading, BOLD, 10, (right - MARGIN) / 2),
            BOLD,
            10,
            "right",
        )
    canvas.setFillColor(style.MUTED)
    draw_text(
        canvas, right, MARGIN + FOOTER_HEIGHT - 10, f"Page {page} of {pages}", REGULAR, 8, "right"
    )
    if block.draft:
        # On the page itself: a form cannot carry the transparency the watermark needs.
        _draw_watermark(canvas, width, height)


def _draw_fixed(canvas: Canvas, block: TitleBlock, size: tuple[float, float]) -> None:
    width, height = size
    top = height - MARGIN
    right = width - MARGIN
    marking_w = _draw_classification(canvas, block.classification, right, top)
    room = right - MARGIN - marking_w - 12
    canvas.setFillColor(style.MUTED)
    draw_text(canvas, MARGIN, top - 9, clipped(block.organisation, BOLD, 9, room), BOLD, 9)
    canvas.setFillColor(style.INK)
    draw_text(canvas, MARGIN, top - 26, clipped(block.appendix, BOLD, 15, room), BOLD, 15)
    details = block.details()
    if details:
        canvas.setFillColor(style.MUTED)
        draw_text(canvas, MARGIN, top - 40, clipped(details, REGULAR, 8, room), REGULAR, 8)
    canvas.setStrokeColor(style.INK)
    canvas.setLineWidth(0.8)
    rule = top - TITLE_BLOCK_HEIGHT + 10
    canvas.line(MARGIN, rule, right, rule)
    _draw_footer(canvas, block, right)


def _draw_classification(canvas: Canvas, marking: str, right: float, top: float) -> float:
    """The protective marking ("OPEN") boxed in the top right corner; returns its width."""
    if not marking:
        return 0.0
    text = marking.upper()
    width = text_width(text, BOLD, 9) + 12
    canvas.setStrokeColor(style.INK)
    canvas.setLineWidth(1)
    canvas.rect(right - width, top - 15, width, 15, stroke=1, fill=0)
    canvas.setFillColor(style.INK)
    draw_text(canvas, right - width / 2, top - 11, text, BOLD, 9, "centre")
    return width


def _draw_footer(canvas: Canvas, block: TitleBlock, right: float) -> None:
    base = MARGIN + FOOTER_HEIGHT - 10
    canvas.setStrokeColor(style.RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, MARGIN + FOOTER_HEIGHT - 1, right, MARGIN + FOOTER_HEIGHT - 1)
    canvas.setFillColor(style.MUTED)
    # Room for the longest "Page n of m" on the right.
    room = right - MARGIN - text_width("Page 99999 of 99999", REGULAR, 8) - 20
    draw_text(canvas, MARGIN, base, clipped(block.footer, REGULAR, 8, room), REGULAR, 8)


def draw_web_version(canvas: Canvas, name: str) -> None:
    """Under the footer of the first page: where the accessible version of the appendix is (a
    PDF of drawn charts is hard going with a screen reader)."""
    canvas.setFillColor(style.MUTED)
    draw_text(
        canvas,
        MARGIN,
        MARGIN - 14,
        f"The accessible web version of this appendix is {name}.",
        REGULAR,
        8,
    )


def _draw_watermark(canvas: Canvas, width: float, height: float) -> None:
    # Translucent grey on top of the chart: visible on a black-and-white print, text still legible.
    canvas.saveState()
    canvas.setFillColor(HexColor("#808080"))
    canvas.setFillAlpha(0.16)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(30)
    size = min(width, height) / 9
    draw_text(canvas, 0, -size / 3, WATERMARK, BOLD, size, "centre")
    canvas.restoreState()
