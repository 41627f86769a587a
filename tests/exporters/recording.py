"""A reportlab canvas that writes the PDF as usual and also records, page by page, where every
piece of text and every rectangle lands on the paper, and the clip in force when it was drawn."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

Box = tuple[float, float, float, float]  # left, bottom, right, top in page points


@dataclass(frozen=True, slots=True)
class Drawn:
    kind: str  # "text", "rect" or "round"
    box: Box
    clip: Box | None
    text: str = ""
    size: float = 0.0

    @property
    def visible(self) -> Box | None:
        """What of it the clip lets show (None: nothing)."""
        if self.clip is None:
            return self.box
        if not overlaps(self.box, self.clip):
            return None
        a, c = self.box, self.clip
        return (max(a[0], c[0]), max(a[1], c[1]), min(a[2], c[2]), min(a[3], c[3]))


@dataclass(slots=True)
class Page:
    number: int
    section: str = ""
    items: list[Drawn] = field(default_factory=list)

    def texts(self) -> list[Drawn]:
        return [d for d in self.items if d.kind == "text"]


def overlaps(a: Box, b: Box, tolerance: float = 0.01) -> bool:
    return (
        a[0] < b[2] - tolerance
        and b[0] < a[2] - tolerance
        and a[1] < b[3] - tolerance
        and b[1] < a[3] - tolerance
    )


def inside(a: Box, b: Box, tolerance: float = 0.6) -> bool:
    return (
        a[0] >= b[0] - tolerance
        and a[1] >= b[1] - tolerance
        and a[2] <= b[2] + tolerance
        and a[3] <= b[3] + tolerance
    )


class RecordingCanvas(Canvas):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages: list[Page] = [Page(1)]
        self._clips: list[Box | None] = [None]
        self._form: list[Drawn] | None = None
        self._forms: dict[str, list[Drawn]] = {}
        self._form_name = ""

    # Geometry -------------------------------------------------------------------------------
    def _box(self, x0: float, y0: float, x1: float, y1: float) -> Box:
        a, b, c, d, e, f = self._currentMatrix
        corners = [(x, y) for x in (x0, x1) for y in (y0, y1)]
        xs = [a * x + c * y + e for x, y in corners]
        ys = [b * x + d * y + f for x, y in corners]
        return (min(xs), min(ys), max(xs), max(ys))

    def _record(self, drawn: Drawn) -> None:
        (self._form if self._form is not None else self.pages[-1].items).append(drawn)

    def _text(self, left: float, y: float, text: str) -> None:
        size = float(self._fontsize)
        width = stringWidth(text, self._fontname, size)
        box = self._box(left, y - 0.22 * size, left + width, y + 0.74 * size)
        scale = (
            abs(self._currentMatrix[0] * self._currentMatrix[3]) ** 0.5
            or abs(self._currentMatrix[1] * self._currentMatrix[2]) ** 0.5
        )
        self._record(Drawn("text", box, self._clips[-1], text, size * scale))

    # Text -----------------------------------------------------------------------------------
    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self._text(x, y, text)
        super().drawString(x, y, text, *args, **kwargs)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self._text(x - stringWidth(text, self._fontname, self._fontsize), y, text)
        super().drawRightString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self._text(x - stringWidth(text, self._fontname, self._fontsize) / 2, y, text)
        super().drawCentredString(x, y, text, *args, **kwargs)

    # Shapes ---------------------------------------------------------------------------------
    def rect(self, x: float, y: float, width: float, height: float, *args: Any, **kw: Any) -> None:
        self._record(Drawn("rect", self._box(x, y, x + width, y + height), self._clips[-1]))
        super().rect(x, y, width, height, *args, **kw)

    def roundRect(  # noqa: N802
        self, x: float, y: float, width: float, height: float, *args: Any, **kw: Any
    ) -> None:
        self._record(Drawn("round", self._box(x, y, x + width, y + height), self._clips[-1]))
        super().roundRect(x, y, width, height, *args, **kw)

    def clipPath(self, path: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        # Our clips are single rectangles: "x y w h re" in the path's code.
        for code in path._code:
            parts = code.split()
            if parts and parts[-1] == "re":
                x, y, w, h = map(float, parts[:4])
                box = self._box(x, y, x + w, y + h)
                outer = self._clips[-1]
                if outer is not None:
                    box = (
                        max(box[0], outer[0]),
                        max(box[1], outer[1]),
                        min(box[2], outer[2]),
                        min(box[3], outer[3]),
                    )
                self._clips[-1] = box
        super().clipPath(path, *args, **kwargs)

    # State, pages, forms, outline -----------------------------------------------------------
    def saveState(self) -> None:  # noqa: N802
        self._clips.append(self._clips[-1])
        super().saveState()

    def restoreState(self) -> None:  # noqa: N802
        self._clips.pop()
        super().restoreState()

    def showPage(self) -> None:  # noqa: N802
        super().showPage()
        self.pages.append(Page(len(self.pages) + 1, self.pages[-1].section))
        self._clips = [None]

    def beginForm(self, name: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self._form, self._form_name = [], name
        super().beginForm(name, *args, **kwargs)

    def endForm(self, **kwargs: Any) -> None:  # noqa: N802
        assert self._form is not None
        self._forms[self._form_name] = self._form
        self._form = None
        super().endForm(**kwargs)

    def doForm(self, name: str) -> None:  # noqa: N802
        self.pages[-1].items.extend(self._forms[name])
        super().doForm(name)

    def addOutlineEntry(self, title: str, key: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self.pages[-1].section = title
        super().addOutlineEntry(title, key, *args, **kwargs)

    def drawn_pages(self) -> list[Page]:
        """The pages with something on them (the last, opened by the final showPage, has not)."""
        return [p for p in self.pages if p.items]
