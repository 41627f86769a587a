"""Charts as pictures for slides and email: SVG (text stays text) and PNG at any resolution.

Both are drawn by the PDF's own chart code (pdf_chart.draw_layout) from the same Layout: the SVG
through SvgCanvas, the PNG by rendering a one-page PDF with PDFium, so a picture looks exactly
like the appendix.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pypdfium2
from reportlab.pdfgen.canvas import Canvas

from orgchart_app.domain.enums import ScenarioKind
from orgchart_app.domain.model import Scenario
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.chart_text import describe_changes, describe_structure
from orgchart_app.exporters.output_file import ExportFailed
from orgchart_app.exporters.pdf import style
from orgchart_app.exporters.pdf.chart import Viewport, draw_layout
from orgchart_app.exporters.pdf.fonts import BOLD, draw_text, register_fonts
from orgchart_app.exporters.svg_canvas import SvgCanvas
from orgchart_app.layout import Layout, LayoutOptions, Rect, layout_scenario
from orgchart_app.layout.compare import layout_comparison
from orgchart_app.layout.text import row_height

HEADING_SIZE = 11.0
MARGIN = 12.0
GAP = 28.0  # between the two sides of a compare pair
MIN_TEXT = 6.0
# A PNG bigger than this many pixels would take gigabytes to draw: the user is asked for fewer dpi.
MAX_PIXELS = 200_000_000


@dataclass(frozen=True, slots=True)
class Panel:
    """One layout (or the part of it inside `window`) with an optional heading above it."""

    layout: Layout
    window: Rect
    heading: str = ""
    x: float = 0.0
    y: float = 0.0

    @property
    def heading_height(self) -> float:
        return row_height(HEADING_SIZE) + 6 if self.heading else 0.0


@dataclass(frozen=True, slots=True)
class Picture:
    panels: tuple[Panel, ...]
    width: float
    height: float
    title: str = ""
    description: str = ""
    names: bool = False


@dataclass(frozen=True, slots=True)
class PictureRequest:
    """What to draw: a scenario, one of its units, or the pair compared."""

    scenario: str
    unit: str = ""
    compare: str = ""
    names: bool = False
    layout: LayoutOptions = field(default_factory=LayoutOptions)


def arrange(
    panels: Sequence[Panel], title: str = "", description: str = "", names: bool = False
) -> Picture:
    """Panels side by side, tops aligned, with a margin round them all."""
    placed: list[Panel] = []
    x = MARGIN
    for panel in panels:
        placed.append(replace(panel, x=x, y=MARGIN))
        x += panel.window.w + GAP
    width = x - GAP + MARGIN if placed else 2 * MARGIN
    height = max((p.heading_height + p.window.h for p in placed), default=0.0) + 2 * MARGIN
    return Picture(tuple(placed), width, height, title, description, names)


def whole(layout: Layout) -> Rect:
    return Rect(0.0, 0.0, max(layout.width, 1.0), max(layout.height, 1.0))


def chart_picture(proposal: Proposal, request: PictureRequest) -> Picture:
    """The picture the request names, with a title and a description in words."""
    scenario = proposal.scenario_named(request.scenario)
    options = replace(request.layout, show_names=request.names)
    if request.unit:
        options = replace(options, unit_id=proposal.unit_called(scenario.id, request.unit).id)
    scope = f"{request.unit}: " if request.unit else ""
    if not request.compare:
        layout = layout_scenario(proposal, scenario.id, options)
        return arrange(
            [Panel(layout, whole(layout))],
            f"Structure chart: {scope}{scenario.name}",
            describe_structure(proposal, scenario.id, options.unit_id),
            request.names,
        )
    before, after = ordered(scenario, proposal.scenario_named(request.compare))
    layouts = layout_comparison(proposal, before.id, after.id, options)
    panels = [
        Panel(layout, whole(layout), side.name)
        for layout, side in zip(layouts, (before, after), strict=True)
    ]
    after_unit = next((c.unit_id for c in layouts[1].containers if c.parent_id is None), None)
    description = " ".join(
        [
            describe_structure(proposal, after.id, after_unit if request.unit else None),
            describe_changes(proposal, before.id, after.id),
        ]
    )
    return arrange(
        panels,
        f"Structure charts compared: {scope}{before.name} and {after.name}",
        description,
        request.names,
    )


def report_pictures(
    proposal: Proposal, scenario: str, compare: str = "", names: bool = False
) -> list[Picture]:
    """The charts a document shows: the scenario's, or each side of the compare pair on its own
    (side by side they are too wide for a page), the earlier first, each described for itself
    and with the changes between them."""
    if not compare:
        return [chart_picture(proposal, PictureRequest(scenario, names=names))]
    pair = chart_picture(proposal, PictureRequest(scenario, compare=compare, names=names))
    before, after = (panel.layout.scenario_id for panel in pair.panels)
    changes = describe_changes(proposal, before, after)
    return [
        arrange(
            [replace(panel, heading="")],
            f"Structure chart: {panel.heading}",
            f"{describe_structure(proposal, panel.layout.scenario_id)} {changes}",
            names,
        )
        for panel in pair.panels
    ]


def shown_picture(proposal: Proposal, sides: Sequence[tuple[Layout, Rect]]) -> Picture:
    """What a window shows, as a picture: one chart, or the compare pair (as is first), each
    cut to its window (the selection, or what is in view)."""
    panels = [
        Panel(layout, window, proposal.scenarios[layout.scenario_id].name if len(sides) > 1 else "")
        for layout, window in sides
    ]
    names = [proposal.scenarios[layout.scenario_id].name for layout, _ in sides]
    description = describe_structure(proposal, sides[-1][0].scenario_id)
    if len(sides) > 1:
        description += " " + describe_changes(
            proposal, sides[0][0].scenario_id, sides[1][0].scenario_id
        )
        return arrange(panels, f"Structure charts compared: {names[0]} and {names[1]}", description)
    return arrange(panels, f"Structure chart: {names[0]}", description)


def comfortable_dpi(picture: Picture, most: float = 150.0) -> float:
    """The dpi, up to `most`, at which the picture stays a few tens of megapixels (clipboards
    and slides choke on more)."""
    fitting = 72.0 * (40_000_000 / max(picture.width * picture.height, 1.0)) ** 0.5
    return float(max(36.0, min(most, fitting)))


def ordered(first: Scenario, second: Scenario) -> tuple[Scenario, Scenario]:
    """The earlier scenario first: the one the other is based on, or the as-is."""
    if first.based_on_id == second.id or (
        second.kind is ScenarioKind.AS_IS and first.kind is not ScenarioKind.AS_IS
    ):
        return second, first
    return first, second


def draw_picture(canvas: Canvas | SvgCanvas, picture: Picture) -> None:
    """Draw every panel with the PDF's chart code (the canvas's y grows upwards)."""
    register_fonts()  # the drawing measures text with the PDF's fonts
    for panel in picture.panels:
        top = picture.height - panel.y
        if panel.heading:
            canvas.setFillColor(style.INK)
            heading = (panel.x, top - HEADING_SIZE, panel.heading, BOLD, HEADING_SIZE)
            draw_text(canvas, *heading)  # type: ignore[arg-type]  # an SvgCanvas takes a Canvas's calls
        view = Viewport(panel.window, panel.x, top - panel.heading_height, 1.0)
        draw_layout(canvas, panel.layout, view, MIN_TEXT, picture.names)  # type: ignore[arg-type]  # as above


def svg_text(picture: Picture, name: str = "") -> str:
    """The picture as an SVG document; `name` gives it ids for use inside a web page."""
    canvas = SvgCanvas(picture.width, picture.height)
    canvas.setFillColor(style.PAPER)
    canvas.rect(0, 0, picture.width, picture.height, stroke=0, fill=1)
    draw_picture(canvas, picture)
    return canvas.svg(picture.title, picture.description, name)


def pdf_bytes(picture: Picture) -> bytes:
    """The picture as a one-page PDF the size of the chart."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(picture.width, picture.height), pageCompression=1)
    canvas.setTitle(picture.title)
    canvas.setSubject(picture.description)
    draw_picture(canvas, picture)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def png_bytes(picture: Picture, dpi: float = 200.0) -> bytes:
    """The picture as a PNG at `dpi` dots per inch, on white."""
    if not 36 <= dpi <= 1200:
        raise ExportFailed(f"The resolution must be between 36 and 1200 dpi, not {dpi:g}.")
    scale = dpi / 72.0
    if picture.width * picture.height * scale * scale > MAX_PIXELS:
        raise ExportFailed(
            f"The chart is too big for a PNG at {dpi:g} dpi: use fewer dpi, a "
            "unit (--unit) or the SVG."
        )
    document = pypdfium2.PdfDocument(pdf_bytes(picture))
    try:
        image = document[0].render(scale=scale).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi), optimize=False)
    return out.getvalue()
