"""Text measurement for boxes and containers: DejaVu Sans widths, wrapping, and the rows a box draws."""

# The canvas and the PDF draw with the same font and sizes, so a box sized here fits its text there.
# The width tables are DejaVu Sans advance widths (per 1000 units of em) for printable ASCII; other
# characters count as an average glyph.

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgchart_app.layout.model import PostBox

FONT_FAMILY = "DejaVu Sans"
TITLE_SIZE = 8.0  # box titles, bold
LINE_SIZE = 7.0  # grade, FTE, vacancy, role, holder, change marker
BADGE_SIZE = 6.5  # employer and deployment badges, bold, drawn as pills
CONTAINER_TITLE_SIZE = 9.0  # unit container titles, bold
LABEL_SIZE = 6.5  # connector labels ("10% MHCC")
LINE_SPACING = 1.25  # a row is size * LINE_SPACING tall
BOX_PADDING = 4.0  # inside a box, each side
BADGE_PADDING = 3.0  # inside a badge pill, left and right
BADGE_GAP = 4.0  # between two badges

_FIRST = 32
_REGULAR = (
    318,
    401,
    460,
    838,
    636,
    950,
    780,
    275,
    390,
    390,
    500,
    838,
    318,
    361,
    318,
    337,
    636,
    636,
    636,
    636,
    636,
    636,
    636,
    636,
    636,
    636,
    337,
    337,
    838,
    838,
    838,
    531,
    1000,
    684,
    686,
    698,
    770,
    632,
    575,
    775,
    752,
    295,
    295,
    656,
    557,
    863,
    748,
    787,
    603,
    787,
    695,
    635,
    611,
    732,
    684,
    989,
    685,
    611,
    685,
    390,
    337,
    390,
    838,
    500,
    500,
    613,
    635,
    550,
    635,
    615,
    352,
    635,
    634,
    278,
    278,
    579,
    278,
    974,
    634,
    612,
    635,
    635,
    411,
    521,
    392,
    634,
    592,
    818,
    592,
    592,
    525,
    636,
    337,
    636,
    838,
)
_BOLD = (
    348,
    456,
    521,
    838,
    696,
    1002,
    872,
    306,
    457,
    457,
    523,
    838,
    380,
    415,
    380,
    365,
    696,
    696,
    696,
    696,
    696,
    696,
    696,
    696,
    696,
    696,
    400,
    400,
    838,
    838,
    838,
    580,
    1000,
    774,
    762,
    734,
    830,
    683,
    683,
    821,
    837,
    372,
    372,
    775,
    637,
    995,
    837,
    850,
    733,
    850,
    770,
    720,
    682,
    812,
    774,
    1103,
    771,
    724,
    725,
    457,
    365,
    457,
    838,
    500,
    500,
    675,
    716,
    593,
    716,
    678,
    435,
    716,
    712,
    343,
    343,
    665,
    343,
    1042,
    712,
    687,
    716,
    716,
    493,
    595,
    478,
    712,
    652,
    924,
    645,
    652,
    582,
    712,
    365,
    712,
    838,
)
_OTHER_REGULAR = 700
_OTHER_BOLD = 760


@functools.lru_cache(maxsize=65536)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of text in points at size, as DejaVu Sans (Bold) sets it."""
    table, other = (_BOLD, _OTHER_BOLD) if bold else (_REGULAR, _OTHER_REGULAR)
    units = 0
    for char in text:
        index = ord(char) - _FIRST
        units += table[index] if 0 <= index < len(table) else other
    return units * size / 1000.0


def row_height(size: float) -> float:
    return size * LINE_SPACING


@functools.lru_cache(maxsize=16384)
def wrap(text: str, size: float, max_width: float, bold: bool = False) -> tuple[str, ...]:
    """Greedy word wrap to max_width; a word longer than a line is broken by characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while text_width(current, size, bold) > max_width and len(current) > 1:
            cut = _longest_prefix(current, size, max_width, bold)
            lines.append(current[:cut])
            current = current[cut:]
    if current or not lines:
        lines.append(current)
    return tuple(lines)


def fit(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """text, shortened with an ellipsis when it is wider than max_width."""
    if text_width(text, size, bold) <= max_width:
        return text
    cut = _longest_prefix(text + "\u2026", size, max_width - text_width("\u2026", size, bold), bold)
    return text[: max(cut, 1)].rstrip() + "\u2026"


def _longest_prefix(text: str, size: float, max_width: float, bold: bool) -> int:
    width = 0.0
    for index, char in enumerate(text):
        width += text_width(char, size, bold)
        if width > max_width:
            return max(index, 1)
    return len(text)


def badges_width(badges: tuple[str, ...]) -> float:
    shown = [b for b in badges if b]
    return sum(
        text_width(b, BADGE_SIZE, True) + 2 * BADGE_PADDING for b in shown
    ) + BADGE_GAP * max(len(shown) - 1, 0)


@dataclass(frozen=True, slots=True)
class TextRow:
    """One row of text inside a box: draw it at box top + top, height row tall, left-aligned
    at box left + left and no wider than width (badges: pills from there, BADGE_GAP apart)."""

    kind: str  # "title" | "line" | "badges" | "role" | "holder" | "marker"
    texts: tuple[str, ...]
    size: float
    bold: bool
    top: float
    height: float
    left: float
    width: float


BADGE_ROW_EXTRA = 2.0  # a badge row is a little taller than its text, for the pill
_ROW_HEIGHT = {
    "title": row_height(TITLE_SIZE),
    "line": row_height(LINE_SIZE),
    "badges": row_height(BADGE_SIZE) + BADGE_ROW_EXTRA,
    "role": row_height(LINE_SIZE),
    "holder": row_height(LINE_SIZE),
    "marker": row_height(LINE_SIZE),
}
_ROW_STYLE = {
    "title": (TITLE_SIZE, True),
    "line": (LINE_SIZE, False),
    "badges": (BADGE_SIZE, True),
    "role": (LINE_SIZE, False),
    "holder": (LINE_SIZE, False),
    "marker": (LINE_SIZE, True),
}


def box_rows(box: PostBox) -> tuple[TextRow, ...]:
    """The rows a box shows, top to bottom, with their offsets: the contract between the engines
    (which size boxes from it) and the canvas and the PDF (which draw it)."""
    specs: list[tuple[str, tuple[str, ...]]] = [
        ("title", (line,)) for line in (box.title_lines or (box.title,))
    ]
    specs.extend(("line", (line,)) for line in box.lines)
    badges = tuple(b for b in (box.employer_badge, box.deployment_badge) if b)
    if badges:
        specs.append(("badges", badges))
    specs.extend(
        (kind, (text,))
        for kind, text in (("role", box.statutory_role), ("holder", box.holder))
        if text
    )
    if box.change_marker:
        specs.extend(("marker", (line,)) for line in marker_lines(box.change_marker, box.rect.w))
    rows: list[TextRow] = []
    top = BOX_PADDING
    for kind, texts in specs:
        size, bold = _ROW_STYLE[kind]
        inner = box.rect.w - 2 * BOX_PADDING
        rows.append(TextRow(kind, texts, size, bold, top, _ROW_HEIGHT[kind], BOX_PADDING, inner))
        top += _ROW_HEIGHT[kind]
    return tuple(rows)


def marker_lines(marker: str, box_width: float) -> tuple[str, ...]:
    """A change marker ("moved, regraded, manager changed") wrapped to a box of this width."""
    return wrap(marker, LINE_SIZE, box_width - 2 * BOX_PADDING, bold=True)


def rows_height(
    title_lines: int, lines: int, badges: bool, role: bool, holder: bool, marker_rows: int
) -> float:
    """The height of a box with these rows (what box_rows lays out), padding included."""
    return (
        2 * BOX_PADDING
        + title_lines * _ROW_HEIGHT["title"]
        + lines * _ROW_HEIGHT["line"]
        + badges * _ROW_HEIGHT["badges"]
        + (role + holder + marker_rows) * _ROW_HEIGHT["line"]
    )


def box_height(box: PostBox) -> float:
    return rows_height(
        len(box.title_lines or (box.title,)),
        len(box.lines),
        bool(box.employer_badge or box.deployment_badge),
        bool(box.statutory_role),
        bool(box.holder),
        len(marker_lines(box.change_marker, box.rect.w)) if box.change_marker else 0,
    )
