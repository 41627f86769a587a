"""The page model every section shares: paper, the body area, and pages planned before drawing.

Sections plan their pages first (so "Page n of m", "continued on page n" and the dialog's page
count are known before anything is drawn), then each planned page draws itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.pdfgen.canvas import Canvas

MARGIN = 28.0
TITLE_BLOCK_HEIGHT = 58.0
FOOTER_HEIGHT = 16.0
PAPERS = {"A4": A4, "A3": A3}


@dataclass(frozen=True, slots=True)
class Body:
    """The drawable area of a page, between the title block and the footer (PDF points, y up)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w


def page_size(paper: str, is_landscape: bool) -> tuple[float, float]:
    size = PAPERS[paper.upper()]
    return landscape(size) if is_landscape else portrait(size)


def body_of(size: tuple[float, float]) -> Body:
    width, height = size
    return Body(
        MARGIN,
        MARGIN + FOOTER_HEIGHT,
        width - 2 * MARGIN,
        height - 2 * MARGIN - TITLE_BLOCK_HEIGHT - FOOTER_HEIGHT,
    )


@dataclass(frozen=True, slots=True)
class PageContext:
    number: int
    count: int


# Draws one page's body; planned pages hold one, called only when the page is written.
PageDrawer = Callable[[Canvas, Body, PageContext], None]


@dataclass(frozen=True, slots=True)
class PlannedPage:
    """One page: a heading for the title block and a function that draws the body."""

    heading: str
    draw: PageDrawer
    # The width and height, from the chart area's top left, that the page's drawing takes when
    # the rest may take more charts (the last tile of a chart); None when it may not.
    used: tuple[float, float] | None = None


@dataclass(slots=True)
class Section:
    """A run of pages with one bookmark in the outline ("Compared: As is and To be"), all of
    them showing the same scenario or pair, which their title blocks name."""

    part: str  # "Structure", "Compared", "Changes", ...
    scenario: str  # "To be", "As is and To be", "As is to To be"
    pages: list[PlannedPage] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.part}: {self.scenario}"


def draw_reused(canvas: Canvas, name: str, draw: Callable[[Canvas], None]) -> None:
    """Draw what is the same on many pages once, as a form the pages refer to (smaller, faster)."""
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        draw(canvas)
        canvas.endForm()
    canvas.doForm(name)
