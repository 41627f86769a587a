"""The legend strip under every chart: what each shading, border, tag and line style means."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas

from orgchart_app.domain.enums import PostStatus, UnitStatus
from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.fonts import BOLD, REGULAR, draw_text, text_width
from orgchart_app.exporters.pdf.pages import Body, draw_reused
from orgchart_app.layout.assumed import ASSUMED_MARK
from orgchart_app.layout.model import ConnectorKind

LABEL_PT = 7.0
SWATCH_W = 20.0
SWATCH_H = 10.0
GAP = 12.0
ROW_H = SWATCH_H + 4
TOP_GAP = 8.0

Swatch = Callable[[Canvas, float, float], None]


def _box(look: style.BoxStyle) -> Swatch:
    def draw(canvas: Canvas, x: float, y: float) -> None:
        canvas.setFillColor(look.fill)
        canvas.setStrokeColor(look.border)
        canvas.setLineWidth(look.border_width)
        canvas.setDash(list(look.dash))
        canvas.rect(x, y, SWATCH_W, SWATCH_H, stroke=1, fill=1)
        canvas.setDash()
        if look.hatch:
            _hatch_swatch(canvas, x, y, look.hatch)

    return draw


def _hatch_swatch(canvas: Canvas, x: float, y: float, kind: str) -> None:
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, SWATCH_W, SWATCH_H)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setLineWidth(0.4)
    for offset in range(-10, 24, 5):
        canvas.line(x + offset, y, x + offset + SWATCH_H, y + SWATCH_H)
        if kind == "cross":
            canvas.line(x + offset, y + SWATCH_H, x + offset + SWATCH_H, y)
    canvas.restoreState()


def _tag(marker: style.MarkerStyle) -> Swatch:
    def draw(canvas: Canvas, x: float, y: float) -> None:
        canvas.setFillColor(marker.fill)
        canvas.setStrokeColor(style.INK)
        canvas.setLineWidth(marker.border_width)
        canvas.rect(x, y, SWATCH_W, SWATCH_H, stroke=1, fill=1)
        if marker.hatch:
            canvas.setStrokeColor(style.RULE)
            _hatch_swatch(canvas, x, y, marker.hatch)
        if marker.strike:
            canvas.setStrokeColor(style.INK)
            canvas.setLineWidth(0.7)
            canvas.line(x + 3, y + SWATCH_H / 2, x + SWATCH_W - 3, y + SWATCH_H / 2)

    return draw


def _line(kind: ConnectorKind) -> Swatch:
    look = style.LINE_STYLES[kind]

    def draw(canvas: Canvas, x: float, y: float) -> None:
        canvas.setStrokeColor(style.INK)
        canvas.setLineWidth(look.width)
        canvas.setDash(list(look.dash))
        canvas.line(x, y + SWATCH_H / 2, x + SWATCH_W, y + SWATCH_H / 2)
        canvas.setDash()

    return draw


def _pill(canvas: Canvas, x: float, y: float) -> None:
    """A badge as the boxes draw it (chart._draw_badges), with a sample organisation."""
    size = 6.0
    canvas.setLineWidth(0.5)
    canvas.setStrokeColor(style.MUTED)
    canvas.setFillColor(style.PAPER)
    canvas.roundRect(x, y + 1, SWATCH_W, SWATCH_H - 2, size * 0.5, stroke=1, fill=1)
    canvas.setFillColor(style.INK)
    draw_text(canvas, x + SWATCH_W / 2, y + 3, "Org", BOLD, size, "centre")


def _assumed(canvas: Canvas, x: float, y: float) -> None:
    """The mark a box line resting on an assumption carries (layout.assumed)."""
    canvas.setFillColor(style.INK)
    draw_text(canvas, x + SWATCH_W / 2, y + 2, ASSUMED_MARK, REGULAR, LABEL_PT + 2, "centre")


def legend_entries(compare: bool, assumed: bool = True) -> list[tuple[Swatch, str]]:
    """`assumed`: something shown rests on an assumption, so the dagger and the page it points
    to ("What this rests on") are there to explain; else the key leaves them out."""
    entries: list[tuple[Swatch, str]] = [
        (_box(style.UNIT_STYLES[UnitStatus.IN_PLACE]), "unit in place"),
        (_box(style.UNIT_STYLES[UnitStatus.TO_BE_CONFIRMED]), "unit to be confirmed (hatched)"),
        (_box(style.POST_STYLES[PostStatus.FILLED]), "post filled"),
        (_box(style.POST_STYLES[PostStatus.VACANT]), "vacant (dashed)"),
        (_box(style.POST_STYLES[PostStatus.HELD_VACANT]), "vacant – held (grey, dotted)"),
        (_pill, "other employer / deployment"),
    ]
    if assumed:
        entries.append((_assumed, "assumed: not stated in the source (see “What this rests on”)"))
    if compare:
        entries += [
            (_tag(style.NEW), "NEW post"),
            (_tag(style.DELETED), "DELETED (cross-hatched)"),
            (_tag(style.CHANGED), "other change, named on the box"),
        ]
    entries += [
        (_line(ConnectorKind.REPORTS_TO), "line management (“temporary” where interim)"),
        (_line(ConnectorKind.ACCOUNTABILITY), "dotted: accountability, professional"),
        (_line(ConnectorKind.MATRIX), "dashed: matrix management"),
    ]
    return entries


def _rows(body: Body, compare: bool, assumed: bool) -> list[list[tuple[Swatch, str, float]]]:
    """The entries in rows that fit the body's width: (swatch, label, x offset)."""
    start = text_width("Key", BOLD, LABEL_PT + 1) + GAP
    rows: list[list[tuple[Swatch, str, float]]] = [[]]
    x = start
    for swatch, label in legend_entries(compare, assumed):
        width = SWATCH_W + 4 + text_width(label, REGULAR, LABEL_PT)
        if x + width > body.w and rows[-1]:
            rows.append([])
            x = start
        rows[-1].append((swatch, label, x))
        x += width + GAP
    return rows


@lru_cache(maxsize=16)
def legend_height(body: Body, compare: bool, assumed: bool = True) -> float:
    return TOP_GAP + len(_rows(body, compare, assumed)) * ROW_H


def draw_legend(canvas: Canvas, body: Body, compare: bool, assumed: bool = True) -> None:
    """Entries left to right in rows along the bottom of the body (drawn once per document)."""
    draw_reused(
        canvas,
        f"legend-{int(compare)}{int(assumed)}",
        lambda c: _draw_legend(c, body, compare, assumed),
    )


def _draw_legend(canvas: Canvas, body: Body, compare: bool, assumed: bool) -> None:
    rows = _rows(body, compare, assumed)
    top = body.y + TOP_GAP + len(rows) * ROW_H
    canvas.saveState()
    canvas.setStrokeColor(style.RULE)
    canvas.setLineWidth(0.4)
    canvas.line(body.x, top - 4, body.right, top - 4)
    canvas.setFillColor(style.INK)
    draw_text(canvas, body.x, top - 15, "Key", BOLD, LABEL_PT + 1)
    for index, row in enumerate(rows):
        y = top - 18 - index * ROW_H
        for swatch, label, x in row:
            swatch(canvas, body.x + x, y)
            canvas.setFillColor(style.INK)
            draw_text(canvas, body.x + x + SWATCH_W + 4, y + 2, label, REGULAR, LABEL_PT)
    canvas.restoreState()
