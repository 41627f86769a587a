"""How the canvas draws a Layout: colours, pens, fonts and change-marker styles, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from orgchart_app.domain.enums import UnitStatus
from orgchart_app.layout.model import ConnectorKind

# Font sizes in points; the scene's unit is the point, so they match the PDF drawn from the same Layout.
TITLE_PT = 7.5
LINE_PT = 6.5
BADGE_PT = 5.5
CONTAINER_PT = 8.0
MARKER_PT = 5.5

CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#3c4650")
TEXT = QColor("#1d232a")
MUTED_TEXT = QColor("#55606b")
SELECTION = QColor("#1769d1")
DROP_OK = QColor("#1a9b47")
DROP_REFUSED = QColor("#c62828")
SUMMARY_FILL = QColor("#eef1f4")

# Containers: green when in place, pink when still to be confirmed (as the committee charts do).
CONTAINER_FILL = {UnitStatus.IN_PLACE: QColor("#e8f4e8"), UnitStatus.TO_BE_CONFIRMED: QColor("#fbe6ee")}
CONTAINER_BORDER = {UnitStatus.IN_PLACE: QColor("#7fb27f"), UnitStatus.TO_BE_CONFIRMED: QColor("#d98aa6")}

# Below this zoom (device pixels per point) cards are drawn as plain boxes: text would be unreadable.
TEXT_MIN_LOD = 0.4


@dataclass(frozen=True, slots=True)
class MarkerStyle:
    """A change is shown by colour AND by a text tag (and a pattern for deletions): never colour alone."""

    colour: QColor
    tag: str
    pattern: Qt.BrushStyle = Qt.BrushStyle.NoBrush


_MARKERS: dict[str, MarkerStyle] = {
    "new": MarkerStyle(QColor("#1a9b47"), "NEW"),
    "established": MarkerStyle(QColor("#1a9b47"), "NEW"),
    "deleted": MarkerStyle(QColor("#c62828"), "DELETED", Qt.BrushStyle.FDiagPattern),
    "moved": MarkerStyle(QColor("#1769d1"), "MOVED"),
    "redesignated": MarkerStyle(QColor("#7b3fb5"), "RETITLED"),
    "regraded": MarkerStyle(QColor("#d9730d"), "REGRADED"),
    "fte changed": MarkerStyle(QColor("#00838f"), "FTE"),
    "deployment changed": MarkerStyle(QColor("#8d5a2b"), "DEPLOYED"),
    "employer changed": MarkerStyle(QColor("#8d5a2b"), "EMPLOYER"),
    "manager changed": MarkerStyle(QColor("#5c6bc0"), "MANAGER"),
    "status changed": MarkerStyle(QColor("#6d7b86"), "STATUS"),
}
_OTHER_MARKER = MarkerStyle(QColor("#6d7b86"), "CHANGED")


def marker_style(marker: str) -> MarkerStyle:
    """The style of a change marker; several changes ("regraded, moved") take the first's colour."""
    first = marker.split(",")[0].strip().casefold().replace("_", " ")
    style = _MARKERS.get(first, _OTHER_MARKER)
    if "," in marker:
        return MarkerStyle(style.colour, marker.upper().replace(" CHANGED", ""), style.pattern)
    return style


def legend_entries() -> list[tuple[str, MarkerStyle]]:
    """The marker kinds a compare view shows, for its legend, in a stable order."""
    names = ("new", "deleted", "moved", "redesignated", "regraded", "fte changed",
             "deployment changed", "employer changed", "manager changed")
    return [(name, _MARKERS[name]) for name in names]


def container_colour(colour: str, status: UnitStatus) -> tuple[QColor, QColor]:
    """(fill, border) of a container: its organisation's colour when it has one, else its status'."""
    if colour and QColor.isValidColorName(colour):
        border = QColor(colour)
        fill = QColor(border)
        fill.setAlphaF(0.08)
        return fill, border
    return CONTAINER_FILL[status], CONTAINER_BORDER[status]


def connector_pen(kind: ConnectorKind) -> QPen:
    pen = QPen(QColor("#4a5560"), 1.0 if kind in (ConnectorKind.REPORTS_TO, ConnectorKind.TEMPORARY) else 0.9)
    pen.setCosmetic(False)
    if kind is ConnectorKind.MATRIX:
        pen.setStyle(Qt.PenStyle.DashLine)
    elif kind not in (ConnectorKind.REPORTS_TO, ConnectorKind.TEMPORARY):
        pen.setStyle(Qt.PenStyle.DotLine)
    if kind is ConnectorKind.TEMPORARY:
        pen.setColor(QColor("#b26a00"))
    return pen


def hatch_brush(colour: QColor, pattern: Qt.BrushStyle) -> QBrush:
    brush = QBrush(colour, pattern)
    return brush


@lru_cache(maxsize=32)
def font(points: float, bold: bool = False, dpi: int = 96) -> QFont:
    """A font `points` tall in scene units: Qt scales point sizes by the device's dpi, so undo it."""
    result = QFont()
    result.setStyleHint(QFont.StyleHint.SansSerif)
    result.setFamilies(["Helvetica", "Arial", "Liberation Sans", "DejaVu Sans"])
    result.setPointSizeF(points * 72.0 / dpi)
    result.setBold(bold)
    return result
