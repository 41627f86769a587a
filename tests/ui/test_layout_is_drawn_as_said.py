"""The canvas and the PDF draw what the Layout says: change the layout's options and both follow."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from orgchart_app.domain import Proposal
from orgchart_app.exporters.pdf.chart import Viewport, draw_layout
from orgchart_app.exporters.pdf.fonts import register_fonts
from orgchart_app.layout import Layout, LayoutOptions, layout_scenario
from orgchart_app.layout.model import Rect, UnitContainer
from orgchart_app.ui.canvas import LayoutScene
from orgchart_app.ui.canvas.line_items import ConnectorItem


def _layout(bury: Proposal, padding: float) -> Layout:
    options = replace(LayoutOptions(), container_padding=padding)
    return layout_scenario(bury, bury.scenario_named("As is").id, options)


def _titled(layout: Layout) -> UnitContainer:
    return next(c for c in layout.containers if c.parent_id is not None and len(c.title_lines) == 1)


def _pdf_title_x(layout: Layout, container: UnitContainer) -> float:
    """Where the PDF starts the container's title, from its left edge (scale 1)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.width + 20, layout.height + 20))
    draw_layout(
        canvas,
        layout,
        Viewport(Rect(0, 0, layout.width, layout.height), 10, layout.height + 10, 1.0),
        min_pt=0,
    )
    canvas.save()
    found: list[float] = []

    def visit(text: str, cm: object, tm: list[float], *_: object) -> None:
        if text.strip() == container.title_lines[0]:
            found.append(tm[4])

    PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text(visitor_text=visit)
    assert found, container.title_lines
    return found[0] - (10 + container.rect.x)


def test_container_titles_sit_at_the_layouts_inset_on_the_canvas_and_in_the_pdf(
    qapp, bury: Proposal
) -> None:  # type: ignore[no-untyped-def]
    for padding in (8.0, 20.0):
        layout = _layout(bury, padding)
        container = _titled(layout)
        assert container.title_inset == padding
        scene = LayoutScene()
        scene.show_layout(layout)
        title = scene.units[container.unit_id].title
        assert (
            title.boundingRect().x() == container.title_inset - 2
        )  # its ground starts 2 pt before
        assert abs(_pdf_title_x(layout, container) - container.title_inset) < 0.01


def test_line_labels_sit_where_the_layout_put_them_on_the_canvas(qapp, bury: Proposal) -> None:  # type: ignore[no-untyped-def]
    layout = _layout(bury, 8.0)
    labelled = [c for c in layout.connectors if c.label_rect is not None]
    assert labelled
    scene = LayoutScene()
    scene.show_layout(layout)
    drawn = {
        (r.x(), r.y(), r.width(), r.height())
        for item in scene.items()
        if isinstance(item, ConnectorItem)
        for r, _label in item.labels
    }
    assert {(r.x, r.y, r.w, r.h) for c in labelled if (r := c.label_rect)} <= drawn
