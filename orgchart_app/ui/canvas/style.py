"""How the canvas draws a Layout: colours, pens, fonts and change-marker styles, in one place.

The sizes and the font are the layout's (layout/text.py measures DejaVu Sans at those sizes), and
the colours follow the PDF's, so the canvas shows what the appendix will print.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPen

from orgchart_app.domain.enums import UnitStatus
from orgchart_app.layout.compare import change_legend
from orgchart_app.layout.model import ConnectorKind
from orgchart_app.layout.text import FONT_FAMILY

CARD_FILL = QColor("#ffffff")
HELD_VACANT_FILL = QColor("#e6e6e6")
CARD_BORDER = QColor("#1a1a1a")
TEXT = QColor("#1a1a1a")
MUTED_TEXT = QColor("#555555")
BADGE_FILL = QColor("#dfe6ee")
SELECTION = QColor("#1769d1")
DROP_OK = QColor("#1a9b47")
DROP_REFUSED = QColor("#c62828")
SUMMARY_FILL = QColor("#eef1f4")
FAR_CARD = QColor("#8a949e")  # a card seen from so far away that it is a few pixels
HATCH = QColor("#d7a3b6")

# Bury's convention (and the PDF's): green when in place, pink and hatched when to be confirmed.
CONTAINER_FILL = {
    UnitStatus.IN_PLACE: QColor("#e3f1df"),
    UnitStatus.TO_BE_CONFIRMED: QColor("#f9e0ea"),
}
CONTAINER_BORDER = {
    UnitStatus.IN_PLACE: QColor("#5d8a53"),
    UnitStatus.TO_BE_CONFIRMED: QColor("#a8506f"),
}

# Below this zoom (device pixels per point) cards are drawn as plain boxes: text would be unreadable.
TEXT_MIN_LOD = 0.4


@dataclass(frozen=True, slots=True)
class MarkerStyle:
    """A change is shown by colour AND its words on the card (and a hatch for deletions)."""

    colour: QColor
    tag: str
    pattern: Qt.BrushStyle = Qt.BrushStyle.NoBrush


_MARKERS: dict[str, MarkerStyle] = {
    "new": MarkerStyle(QColor("#1a9b47"), "NEW"),
    "deleted": MarkerStyle(QColor("#c62828"), "DELETED", Qt.BrushStyle.DiagCrossPattern),
    "moved": MarkerStyle(QColor("#1769d1"), "MOVED"),
    "redesignated": MarkerStyle(QColor("#7b3fb5"), "REDESIGNATED"),
    "regraded": MarkerStyle(QColor("#d9730d"), "REGRADED"),
    "fte changed": MarkerStyle(QColor("#00838f"), "FTE CHANGED"),
    "deployment changed": MarkerStyle(QColor("#8d5a2b"), "DEPLOYMENT CHANGED"),
    "employer changed": MarkerStyle(QColor("#ad1457"), "EMPLOYER CHANGED"),
    "manager changed": MarkerStyle(QColor("#5c6bc0"), "MANAGER CHANGED"),
    "status changed": MarkerStyle(QColor("#6d7b86"), "STATUS CHANGED"),
    "dotted lines changed": MarkerStyle(QColor("#37474f"), "DOTTED LINES CHANGED"),
    # View > Show Assumed Values (not a change: never in the compare legend).
    "assumed": MarkerStyle(QColor("#b07800"), "ASSUMED", Qt.BrushStyle.Dense6Pattern),
}
# Other words the diff uses for the same kinds.
_ALIASES = {
    "established": "new",
    "moved unit": "moved",
    "line management changed": "manager changed",
    "reports to changed": "manager changed",
    "fte": "fte changed",
    "deployed": "deployment changed",
}
_OTHER_COLOUR = QColor("#6d7b86")


def marker_style(marker: str) -> MarkerStyle:
    """The style of a change marker; several changes ("regraded, moved") take the first one's colour."""
    words = [w.strip().casefold().replace("_", " ") for w in marker.replace(";", ",").split(",")]
    first = _ALIASES.get(words[0], words[0])
    known = _MARKERS.get(first)
    colour = known.colour if known else _OTHER_COLOUR
    pattern = known.pattern if known else Qt.BrushStyle.NoBrush
    return MarkerStyle(colour, marker.strip().upper().replace("_", " "), pattern)


def legend_entries() -> list[tuple[str, str, MarkerStyle]]:
    """(marker, what it means, its style) for every marker the layout puts on boxes, in its order."""
    return [(marker, meaning, marker_style(marker)) for marker, meaning in change_legend()]


def container_colours(status: UnitStatus, organisation_colour: str = "") -> tuple[QColor, QColor]:
    """(fill, border) of a container: an organisation's own colour when it has one, else its status'."""
    if organisation_colour and QColor.isValidColorName(organisation_colour):
        border = QColor(organisation_colour)
        fill = QColor(border)
        fill.setAlphaF(0.06)
        return fill, border
    return CONTAINER_FILL[status], CONTAINER_BORDER[status]


@cache
def connector_pen(kind: ConnectorKind) -> QPen:
    """One pen per kind, shared by every line of that kind: do not change it."""
    pen = QPen(QColor("#333333"), 0.8)
    if kind is ConnectorKind.MATRIX:
        pen.setDashPattern([5 / 0.9, 3 / 0.9])
        pen.setWidthF(0.9)
    elif kind not in (ConnectorKind.REPORTS_TO, ConnectorKind.TEMPORARY):
        pen.setDashPattern([1 / 0.9, 2 / 0.9])
        pen.setWidthF(0.9)
    if kind is ConnectorKind.TEMPORARY:
        pen.setColor(QColor("#b26a00"))
    return pen


# Text is set TEXT_SCALE times larger and drawn under a 1/TEXT_SCALE scale: at 7 pixels Qt rounds
# each glyph's advance to whole pixels (7% wider than the layout measured); at 56 the error is gone.
TEXT_SCALE = 8.0


@lru_cache(maxsize=1)
def _register_bundled_fonts() -> None:
    """Use the DejaVu Sans files the program ships (with the PDF exporter), where the build has them,
    so the canvas sets text as the layout measured it even where the system lacks the font."""
    try:
        resources = importlib.import_module("orgchart_app.resources")
    except ImportError:
        return
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        try:
            QFontDatabase.addApplicationFont(str(resources.resource_path(f"fonts/{name}")))
        except FileNotFoundError:
            pass  # the system's DejaVu Sans (or its closest match) is used instead


@lru_cache(maxsize=64)
def font(points: float, bold: bool = False, dpi: int = 96) -> QFont:
    """A font `points` x TEXT_SCALE scene units tall, for drawing under a 1/TEXT_SCALE scale.

    Qt converts point sizes with the device's dpi; the scene's unit is the layout's point, so undo it.
    """
    _register_bundled_fonts()
    result = QFont(FONT_FAMILY)
    result.setStyleHint(QFont.StyleHint.SansSerif)
    result.setPointSizeF(points * TEXT_SCALE * 72.0 / dpi)
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # widths as measured
    return result
