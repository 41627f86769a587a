"""The embedded Unicode fonts of the PDF and the one function every piece of text goes through."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from orgchart_app.domain.errors import OrgChartError
from orgchart_app.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
# Widths are sums of floats: allow what rounding adds, far less than any glyph.
_SLACK = 0.05
_FILES = {REGULAR: "fonts/DejaVuSans.ttf", BOLD: "fonts/DejaVuSans-Bold.ttf"}


class PdfExportFailed(OrgChartError):
    """The PDF could not be written; the message says why in one sentence."""


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once: it prints names like "Siân Ó Dálaigh"."""
    for name, relative in _FILES.items():
        try:
            pdfmetrics.registerFont(TTFont(name, str(resource_path(relative))))
        except (OSError, FileNotFoundError) as error:
            raise PdfExportFailed(f"The PDF font could not be loaded: {error}") from error


def text_width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def fitted_size(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size from `size` down to `smallest` at which `text` fits in `width`."""
    natural = text_width(text, font, size)
    if natural <= width + _SLACK or natural == 0:
        return size
    # A hair under the exact ratio, so rounding never leaves the shrunk text a fraction too wide.
    return max(smallest, size * width / natural * 0.999)


def clipped(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis so it fits `width` (only once shrinking is not enough)."""
    if text_width(text, font, size) <= width + _SLACK:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def path_tail(path: str, font: str, size: float, width: float) -> str:
    """A path "A › B › C" that fits `width`, losing its start rather than its end: "… › C"."""
    if text_width(path, font, size) <= width + _SLACK:
        return path
    parts = path.split(" › ")
    while len(parts) > 1:
        parts.pop(0)
        shortened = "… › " + " › ".join(parts)
        if text_width(shortened, font, size) <= width:
            return shortened
    return clipped(parts[0], font, size, width)


def wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, font, size, width) or [""]


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw one line of text with its baseline at y; align is left, centre or right of x."""
    canvas.setFont(font, size)
    if align == "centre":
        canvas.drawCentredString(x, y, text)
    elif align == "right":
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)
