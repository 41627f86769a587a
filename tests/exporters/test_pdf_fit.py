"""Charts laid out to the page's shape: a wide chart wraps into rows and prints on one page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from orgchart_app.domain import Proposal
from orgchart_app.exporters.pdf import PdfOptions, export_pdf
from orgchart_app.exporters.pdf.fit import fitted_layout
from orgchart_app.exporters.pdf.pages import Body
from orgchart_app.exporters.pdf.tiling import fit_scale
from orgchart_app.layout import LayoutOptions, layout_scenario
from tests.exporters.helpers import printed_sizes


def _page_headings(path: Path) -> list[str]:
    """The heading printed at the top right of each page (the title block's last line there)."""
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.parametrize(
    ("scenario", "title"),
    [("As is", "Appendix 3 - Current structures"), ("To be", "Appendix 5 - Proposed structures")],
)
def test_the_bury_overview_fits_one_a3_page_with_no_text_below_6pt(
    bury: Proposal, tmp_path: Path, scenario: str, title: str
) -> None:
    path = tmp_path / "appendix.pdf"
    export_pdf(bury, PdfOptions(scenario=scenario, title=title, paper="A3", landscape=True), path)
    texts = _page_headings(path)
    overview = [t for t in texts if f"{scenario}: overview" in t]
    assert len(overview) == 1
    assert "(part" not in overview[0] and "page map" not in " ".join(texts).lower()
    assert [round(size, 2) for size, _ in printed_sizes(path) if size < 6.0 - 1e-6] == []


def test_a_wide_chart_is_wrapped_towards_the_page_shape(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    square = Body(0, 0, 400, 500)
    natural = layout_scenario(bury, to_be, LayoutOptions())
    fitted = fitted_layout(
        lambda options: layout_scenario(bury, to_be, options), LayoutOptions(), square
    )
    assert natural.width / natural.height > 1.5 * square.w / square.h
    assert fitted.width < natural.width
    assert fit_scale(fitted, square.w, square.h) > fit_scale(natural, square.w, square.h)
    assert {b.post_id for b in fitted.boxes} == {b.post_id for b in natural.boxes}


def test_top_organisations_wrap_into_rows(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    wide = layout_scenario(bury, to_be, LayoutOptions(wrap_width=0))
    tops = [c for c in wide.containers if c.depth == 0]
    assert len({c.rect.y for c in tops}) == 1 and len(tops) > 1
    narrow = layout_scenario(bury, to_be, LayoutOptions(wrap_width=max(c.rect.w for c in tops) + 1))
    rows = {c.rect.y for c in narrow.containers if c.depth == 0}
    assert len(rows) > 1
