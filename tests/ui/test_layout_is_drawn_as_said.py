"""The canvas and the PDF draw what the Layout says: change the layout's options and both follow."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfgen.canvas import Canvas

from orgchart_app.domain import Proposal
from orgchart_app.exporters.pdf.chart import Viewport, draw_layout
from orgchart_app.exporters.pdf.fonts import register_fonts
from orgchart_app.layout import Layout, LayoutOptions, layout_scenario
from orgchart_app.layout.model import Rect, UnitContainer
from orgchart_app.layout.text import box_rows
from orgchart_app.ui.canvas import LayoutScene
from orgchart_app.ui.canvas.line_items import ConnectorItem


def _layout(bury: Proposal, padding: float) -> Layout:
    options = replace(LayoutOptions(), container_padding=padding)
    return layout_scenario(bury, bury.scenario_named("As is").id, options)


def _titled(layout: Layout) -> UnitContainer:
    return next(c for c in layout.containers if c.parent_id is not None and len(c.title_lines) == 1)


def _view(layout: Layout) -> Viewport:
    return Viewport(Rect(0, 0, layout.width, layout.height), 10, layout.height + 10, 1.0)


def _pdf_page(layout: Layout) -> PageObject:
    """The layout drawn by the PDF's chart code on one page (scale 1, 10 pt margins)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.width + 20, layout.height + 20))
    draw_layout(canvas, layout, _view(layout), min_pt=0)
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]


def _pdf_text_starts(page: PageObject) -> dict[str, list[tuple[float, float]]]:
    """Where each piece of text starts on the page (x, baseline)."""
    found: dict[str, list[tuple[float, float]]] = {}

    def visit(text: str, cm: object, tm: list[float], *_: object) -> None:
        if text.strip():
            found.setdefault(text.strip(), []).append((tm[4], tm[5]))

    page.extract_text(visitor_text=visit)
    return found


def _pdf_operations(page: PageObject, operator: bytes) -> list[tuple[float, ...]]:
    """The operands of every use of one drawing operator ("re": a rectangle, "l": a line to)."""
    stream = ContentStream(page.get_contents(), page.pdf)
    return [
        tuple(float(x) for x in operands)
        for operands, name in stream.operations
        if name == operator
    ]


def _near(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) < 0.01 for x, y in zip(a, b, strict=True))


def _pdf_title_x(layout: Layout, container: UnitContainer) -> float:
    """Where the PDF starts the container's title, from its left edge (scale 1)."""
    starts = _pdf_text_starts(_pdf_page(layout)).get(container.title_lines[0])
    assert starts, container.title_lines
    return starts[0][0] - (10 + container.rect.x)


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


def test_line_labels_sit_on_the_layouts_ground_in_the_pdf(bury: Proposal) -> None:
    for padding in (8.0, 20.0):
        layout = _layout(bury, padding)
        view = _view(layout)
        page = _pdf_page(layout)
        grounds = _pdf_operations(page, b"re")
        labelled = [c for c in layout.connectors if c.label_rect is not None]
        assert labelled
        for connector in labelled:
            assert connector.label_rect is not None
            expected = view.rect(connector.label_rect)
            assert any(_near(ground, expected) for ground in grounds), connector.label


def test_lines_run_through_the_layouts_points_on_the_canvas_and_in_the_pdf(
    qapp, bury: Proposal
) -> None:  # type: ignore[no-untyped-def]
    for padding in (8.0, 20.0):
        layout = _layout(bury, padding)
        view = _view(layout)
        pdf_points = _pdf_operations(_pdf_page(layout), b"l")
        scene = LayoutScene()
        scene.show_layout(layout)
        canvas_points = [
            (point.x(), point.y())
            for item in scene.items()
            if isinstance(item, ConnectorItem)
            for path in (item.path(),)
            for i in range(path.elementCount())
            for point in (item.mapToScene(path.elementAt(i).x, path.elementAt(i).y),)
        ]
        for connector in layout.connectors:
            for x, y in connector.points[1:]:
                assert any(_near(p, (view.x(x), view.y(y))) for p in pdf_points), connector
            for point in connector.points:
                assert any(_near(p, point) for p in canvas_points), connector


def test_box_rows_start_where_the_layout_says_in_the_pdf(bury: Proposal) -> None:
    for width in (96.0, 140.0):
        options = replace(LayoutOptions(), box_min_width=width, box_max_width=max(width, 150.0))
        layout = layout_scenario(bury, bury.scenario_named("As is").id, options)
        view = _view(layout)
        starts = _pdf_text_starts(_pdf_page(layout))
        for box in layout.boxes[:12]:
            row = box_rows(box)[0]
            assert row.texts[0] in starts, row.texts
            assert any(
                abs(x - view.x(box.rect.x + row.left)) < 0.01 for x, _y in starts[row.texts[0]]
            )
