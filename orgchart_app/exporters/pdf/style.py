"""How each status, change and line kind looks on paper: colour AND a pattern or words.

Committee packs are printed in black and white, so nothing here is told apart by colour alone:
to-be-confirmed units are hatched, vacant posts have dashed borders, changes carry a word tag,
deleted posts are cross-hatched and struck through. The legend is drawn from these same tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor

from orgchart_app.domain.enums import PostStatus, UnitStatus
from orgchart_app.layout.model import ConnectorKind

INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
PAPER = HexColor("#ffffff")
RULE = HexColor("#9a9a9a")
HATCH = HexColor("#d7a3b6")  # light: the hatch says "to be confirmed" without hiding text


@dataclass(frozen=True, slots=True)
class BoxStyle:
    fill: Color
    border: Color
    border_width: float
    dash: tuple[float, ...] = ()
    hatch: str = ""  # "", "diagonal" or "cross"


@dataclass(frozen=True, slots=True)
class MarkerStyle:
    tag: str
    fill: Color
    hatch: str = ""
    strike: bool = False
    border_width: float = 1.6


@dataclass(frozen=True, slots=True)
class LineStyle:
    dash: tuple[float, ...]
    width: float
    label: str


POST_STYLES: dict[PostStatus, BoxStyle] = {
    PostStatus.FILLED: BoxStyle(PAPER, INK, 0.8),
    PostStatus.VACANT: BoxStyle(PAPER, INK, 0.8, dash=(3, 2)),
    PostStatus.HELD_VACANT: BoxStyle(HexColor("#e6e6e6"), INK, 0.8, dash=(1, 1.5)),
}

# Bury's convention: pillars shaded green when in place, pink when still to be confirmed.
UNIT_STYLES: dict[UnitStatus, BoxStyle] = {
    UnitStatus.IN_PLACE: BoxStyle(HexColor("#e3f1df"), HexColor("#5d8a53"), 0.8),
    UnitStatus.TO_BE_CONFIRMED: BoxStyle(
        HexColor("#f9e0ea"), HexColor("#a8506f"), 0.8, dash=(4, 2), hatch="diagonal"
    ),
}

NEW = MarkerStyle("NEW", HexColor("#cdeccf"))
DELETED = MarkerStyle("DELETED", HexColor("#f6cccc"), hatch="cross", strike=True)
CHANGED = MarkerStyle("CHANGED", HexColor("#fde6b8"))

LINE_STYLES: dict[ConnectorKind, LineStyle] = {
    ConnectorKind.REPORTS_TO: LineStyle((), 0.8, "line management"),
    ConnectorKind.TEMPORARY: LineStyle((), 0.8, "temporary / interim line management"),
    ConnectorKind.ACCOUNTABILITY: LineStyle((1, 2), 0.9, "dotted: accountability"),
    ConnectorKind.PROFESSIONAL: LineStyle((1, 2), 0.9, "dotted: professional"),
    ConnectorKind.SECONDMENT: LineStyle((1, 2), 0.9, "dotted: secondment"),
    ConnectorKind.MATRIX: LineStyle((5, 3), 0.9, "dashed: matrix management"),
}


def marker_style(change_marker: str) -> MarkerStyle | None:
    """The look of a compare marker: "new", "deleted", or any other change ("regraded", ...)."""
    if not change_marker:
        return None
    if change_marker == "new":
        return NEW
    if change_marker == "deleted":
        return DELETED
    label = change_marker.replace("_", " ").upper()
    # A new post ring-fenced to a pool ("new, ring-fenced: Pool A") still looks new.
    fill = NEW.fill if change_marker.split(",")[0].strip() == "new" else CHANGED.fill
    return MarkerStyle(label, fill)


HEADER_FILL = HexColor("#d9d9d9")
ROW_FILL = HexColor("#f0f0f0")
