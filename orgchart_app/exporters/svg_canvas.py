"""A stand-in for reportlab's PDF canvas that writes SVG, so pictures are drawn by the PDF's own code.

Only what the chart drawing uses is offered: state, clipping to rectangles, lines, paths,
rectangles and one-line text. Text stays text (<text> elements in DejaVu Sans), so a picture
pasted into a slide or read by a screen reader still says what it shows.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace

from reportlab.lib.colors import Color

FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif"
_ANCHORS = {"left": "start", "centre": "middle", "right": "end"}


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def _colour(colour: Color) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in colour.rgb()))


@dataclass(frozen=True, slots=True)
class _State:
    parent: ET.Element
    fill: str = "#000000"
    stroke: str = "#000000"
    width: float = 1.0
    dash: tuple[float, ...] = ()
    font: str = "DejaVuSans"
    size: float = 10.0


@dataclass(slots=True)
class SvgPath:
    """The path operations the chart uses: rectangles and polylines."""

    data: list[str] = field(default_factory=list)
    rects: list[tuple[float, float, float, float]] = field(default_factory=list)

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.rects.append((x, y, w, h))
        self.data.append(f"M{_number(x)} {_number(y)}h{_number(w)}v{_number(h)}h{_number(-w)}Z")

    def moveTo(self, x: float, y: float) -> None:
        self.data.append(f"M{_number(x)} {_number(y)}")

    def lineTo(self, x: float, y: float) -> None:
        self.data.append(f"L{_number(x)} {_number(y)}")


class SvgCanvas:
    """Draws with reportlab's canvas calls (y up, in points) into an SVG document (y down)."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.root = ET.Element(
            "svg",
            {
                "xmlns": "http://www.w3.org/2000/svg",
                "version": "1.1",
                "width": f"{_number(width)}pt",
                "height": f"{_number(height)}pt",
                "viewBox": f"0 0 {_number(width)} {_number(height)}",
            },
        )
        self._defs = ET.SubElement(self.root, "defs")
        # One flip for the whole drawing: reportlab's y grows upwards, SVG's downwards. Text is
        # flipped back where it is placed.
        flipped = ET.SubElement(
            self.root, "g", {"transform": f"matrix(1 0 0 -1 0 {_number(height)})"}
        )
        self._state = _State(flipped)
        self._saved: list[_State] = []
        self._clips = 0

    # State -----------------------------------------------------------------------------------
    def saveState(self) -> None:
        self._saved.append(self._state)

    def restoreState(self) -> None:
        self._state = self._saved.pop()

    def setFillColor(self, colour: Color) -> None:
        self._state = replace(self._state, fill=_colour(colour))

    def setStrokeColor(self, colour: Color) -> None:
        self._state = replace(self._state, stroke=_colour(colour))

    def setLineWidth(self, width: float) -> None:
        self._state = replace(self._state, width=width)

    def setDash(self, array: list[float] | None = None, phase: float = 0) -> None:
        self._state = replace(self._state, dash=tuple(array or ()))

    def setFont(self, font: str, size: float) -> None:
        self._state = replace(self._state, font=font, size=size)

    # Shapes ----------------------------------------------------------------------------------
    def beginPath(self) -> SvgPath:
        return SvgPath()

    def clipPath(self, path: SvgPath, stroke: int = 0, fill: int = 0) -> None:
        """Everything drawn until restoreState() is clipped to the path."""
        self._clips += 1
        name = f"clip{self._clips}"
        clip = ET.SubElement(self._defs, "clipPath", {"id": name})
        ET.SubElement(clip, "path", {"d": "".join(path.data)})
        group = ET.SubElement(self._state.parent, "g", {"clip-path": f"url(#{name})"})
        self._state = replace(self._state, parent=group)

    def drawPath(self, path: SvgPath, stroke: int = 1, fill: int = 0) -> None:
        self._shape("path", {"d": "".join(path.data)}, stroke, fill)

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 1, fill: int = 0) -> None:
        self._shape(
            "rect",
            {"x": _number(x), "y": _number(y), "width": _number(w), "height": _number(h)},
            stroke,
            fill,
        )

    def roundRect(
        self, x: float, y: float, w: float, h: float, radius: float, stroke: int = 1, fill: int = 0
    ) -> None:
        self._shape(
            "rect",
            {
                "x": _number(x),
                "y": _number(y),
                "width": _number(w),
                "height": _number(h),
                "rx": _number(radius),
            },
            stroke,
            fill,
        )

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self._shape(
            "line",
            {"x1": _number(x1), "y1": _number(y1), "x2": _number(x2), "y2": _number(y2)},
            1,
            0,
        )

    def _shape(self, tag: str, attributes: dict[str, str], stroke: int, fill: int) -> None:
        state = self._state
        attributes["fill"] = state.fill if fill else "none"
        if stroke:
            attributes["stroke"] = state.stroke
            attributes["stroke-width"] = _number(state.width)
            if state.dash:
                attributes["stroke-dasharray"] = " ".join(_number(d) for d in state.dash)
        ET.SubElement(state.parent, tag, attributes)

    # Text ------------------------------------------------------------------------------------
    def drawString(self, x: float, y: float, text: str) -> None:
        self._text(x, y, text, "left")

    def drawCentredString(self, x: float, y: float, text: str) -> None:
        self._text(x, y, text, "centre")

    def drawRightString(self, x: float, y: float, text: str) -> None:
        self._text(x, y, text, "right")

    def _text(self, x: float, y: float, text: str, align: str) -> None:
        state = self._state
        attributes = {
            "x": _number(x),
            "y": _number(-y),
            "transform": "scale(1 -1)",
            "font-family": FONT_FAMILY,
            "font-size": _number(state.size),
            "fill": state.fill,
        }
        if state.font.endswith("Bold"):
            attributes["font-weight"] = "bold"
        if align != "left":
            attributes["text-anchor"] = _ANCHORS[align]
        element = ET.SubElement(state.parent, "text", attributes)
        element.text = text

    # Output ----------------------------------------------------------------------------------
    def svg(
        self,
        title: str = "",
        description: str = "",
        name: str = "",
        attributes: dict[str, str] | None = None,
    ) -> str:
        """The document as text. The title and description become <title> and <desc>, which
        screen readers read; with a `name`, they get ids "<name>-title" and "<name>-desc" and the
        picture is labelled by them (role="img", for a picture inside a web page)."""
        root = copy.copy(self.root)
        root.attrib = {**self.root.attrib, **(attributes or {})}
        texts = [(tag, text) for tag, text in (("title", title), ("desc", description)) if text]
        for index, (tag, text) in enumerate(texts):
            element = ET.Element(tag, {"id": f"{name}-{tag}"} if name else {})
            element.text = text
            root.insert(index, element)
        if name:
            root.set("role", "img")
            root.set("aria-labelledby", " ".join(f"{name}-{tag}" for tag, _ in texts))
        return ET.tostring(root, encoding="unicode")
