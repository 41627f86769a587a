"""The PDF appendices, read back as a committee clerk would: text, sizes, pages, outline."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from orgchart_app.domain import Proposal
from orgchart_app.exporters.pdf import PdfOptions, export_pdf, plan_pdf
from orgchart_app.exporters.pdf.fonts import PdfExportFailed
from orgchart_app.exporters.pdf.pages import body_of, page_size
from orgchart_app.exporters.pdf.tile_grid import TileGrid
from orgchart_app.exporters.pdf.tiling import ChartFrame
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.samples.synthetic import build_synthetic
from tests.exporters.helpers import (
    ink_per_page,
    one_big_team,
    pdf_text,
    printed_sizes,
)


@pytest.mark.parametrize(
    ("scenario", "title"),
    [("As is", "Appendix 3 - Current structures"), ("To be", "Appendix 5 - Proposed structures")],
)
def test_every_post_title_and_grade_is_on_the_chart_pages(
    bury_assumed_grades: Proposal, tmp_path: Path, scenario: str, title: str
) -> None:
    path = tmp_path / "appendix.pdf"
    pages = export_pdf(bury_assumed_grades, PdfOptions(scenario=scenario, title=title), path)
    text = pdf_text(path)
    posts = bury_assumed_grades.posts_in(bury_assumed_grades.scenario_named(scenario).id)
    missing = [p.title for p in posts if p.title not in text]
    assert missing == []
    assert [p.grade for p in posts if p.grade not in text] == []
    assert title in text
    assert f"Page {pages} of {pages}" in text


def test_compare_pack_marks_changes_in_words_and_lists_them(
    bury_assumed_grades: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "pack.pdf"
    export_pdf(
        bury_assumed_grades,
        PdfOptions(scenario="As is", compare_to="To be", changes=True, post_list=True, chart=False),
        path,
    )
    text = pdf_text(path)
    for word in (
        "NEW",
        "DELETED",
        "Posts established",
        "Posts deleted",
        "Senior Integrated Commissioning Manager",
        "Provider Relationship Manager",
    ):
        assert word in text
    outline = [entry.title for entry in PdfReader(path).outline]
    assert outline == [
        "Compared: As is and To be",
        "Post list: As is",
        "Changes: As is to To be",
        "What this rests on: As is and To be",  # the sample's assumptions, listed last
    ]


def test_compare_puts_the_earlier_scenario_first_whichever_is_named_first(
    bury_assumed_grades: Proposal,
) -> None:
    plan = plan_pdf(
        bury_assumed_grades,
        PdfOptions(scenario="To be", compare_to="As is", chart=False, changes=True),
    )
    assert [s.title for s in plan.sections] == [
        "Compared: As is and To be",
        "Changes: As is to To be",
        "What this rests on: As is and To be",
    ]


def test_names_are_left_out_unless_asked_for(bury_assumed_grades: Proposal, tmp_path: Path) -> None:
    hidden, shown = tmp_path / "hidden.pdf", tmp_path / "shown.pdf"
    export_pdf(bury_assumed_grades, PdfOptions(scenario="As is", post_list=True), hidden)
    export_pdf(bury_assumed_grades, PdfOptions(scenario="As is", post_list=True, names=True), shown)
    assert "Siân Ó Dálaigh" not in pdf_text(hidden)
    assert "Siân Ó Dálaigh" in pdf_text(shown)


def test_metadata_and_an_outline_entry_per_section(
    bury_assumed_grades: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "appendix.pdf"
    export_pdf(
        bury_assumed_grades,
        PdfOptions(scenario="To be", appendix_number="5", post_list=True, changes=True),
        path,
    )
    reader = PdfReader(path)
    assert reader.metadata.title == "Appendix 5 – Proposed structures"
    # The committee deciding is the council's (HR & Appeals Panel, seed 002 header).
    assert reader.metadata.author == "Bury Council"
    assert "To be" in reader.metadata.subject
    assert [e.title for e in reader.outline] == [
        "Structure: To be",
        "Post list: To be",
        "Changes: As is to To be",
        "What this rests on: As is and To be",
    ]


def test_title_block_fields_watermark_and_classification(
    bury_assumed_grades: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "appendix.pdf"
    export_pdf(
        bury_assumed_grades,
        PdfOptions(
            scenario="To be",
            committee="HR & Appeals Panel",
            date="25 March 2021",
            version="0.3",
            classification="Open",
            draft=True,
        ),
        path,
    )
    first = pdf_text(path, range(1))
    for expected in (
        "HR & Appeals Panel",
        "25 March 2021",
        "Version: 0.3",
        "OPEN",
        "Draft for consultation",
        "Scenario: To be",
    ):
        assert expected in first


def test_rendered_pages_are_not_blank(bury_assumed_grades: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "appendix.pdf"
    pages = export_pdf(
        bury_assumed_grades,
        PdfOptions(scenario="To be", compare_to="As is", post_list=True, draft=True, budget=True),
        path,
    )
    ink = ink_per_page(path, tmp_path)
    assert len(ink) == pages
    # The title block and footer alone cover about 1%: every page must show more than that.
    assert min(ink) > 0.02


def test_a_big_team_is_tiled_with_a_page_map_and_continued_markers(tmp_path: Path) -> None:
    proposal = one_big_team(leads=30, officers_each=9)
    path = tmp_path / "big.pdf"
    pages = export_pdf(proposal, PdfOptions(scenario="As is"), path)
    text = pdf_text(path)
    assert "Page map:" in text
    referenced = [int(n) for n in _continued_pages(text)]
    assert referenced and all(1 <= n <= pages for n in referenced)
    assert pages > 3


def _continued_pages(text: str) -> list[str]:
    return re.findall(r"continued on page (\d+)", text)


def test_3000_posts_export_without_text_below_the_minimum(tmp_path: Path) -> None:
    proposal = build_synthetic(posts=3000)
    path = tmp_path / "big.pdf"
    export_pdf(proposal, PdfOptions(scenario="As is", min_text_pt=6.0), path)
    sizes = printed_sizes(path)
    assert len(sizes) > 3000
    too_small = [(round(size, 2), text) for size, text in sizes if size < 6.0 - 1e-6]
    assert too_small == []
    text = " ".join(" ".join(piece.split()) for _, piece in sizes)
    assert [p.title for p in proposal.posts.values() if p.title not in text] == []


def test_unwritable_folder_is_one_clear_sentence(
    bury_assumed_grades: Proposal, tmp_path: Path
) -> None:
    with pytest.raises(PdfExportFailed, match="cannot be written"):
        export_pdf(bury_assumed_grades, PdfOptions(), tmp_path / "missing" / "out.pdf")
    assert list(tmp_path.iterdir()) == []


def test_nothing_chosen_is_refused(bury_assumed_grades: Proposal) -> None:
    with pytest.raises(PdfExportFailed, match="Nothing to export"):
        plan_pdf(bury_assumed_grades, PdfOptions(chart=False))


def test_budget_table_in_the_bury_layout(bury_assumed_grades: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "budget.pdf"
    export_pdf(bury_assumed_grades, PdfOptions(scenario="To be", chart=False, budget=True), path)
    text = pdf_text(path)
    for expected in (
        "Basic Pay (6000)",
        "NI (6024)",
        "Superannuation (6025)",
        "SEG5970",
        "SSG9143",
        "Less budget to transfer to Intermediate Tier for Brokerage roles",
        "-£54,000",
        "Total budget available £874,000",
        "Headroom",
    ):
        assert expected in text
    assert [e.title for e in PdfReader(path).outline] == [
        "Budget: To be",
        "What this rests on: To be",
    ]


def test_changes_start_with_the_recommendations_in_committee_wording(
    bury_assumed_grades: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "changes.pdf"
    export_pdf(bury_assumed_grades, PdfOptions(scenario="To be", chart=False, changes=True), path)
    text = pdf_text(path)
    assert (
        "The Committee is asked to support the proposed establishment of the following posts:"
    ) in text
    # The sample's own wording (its report's section 7), not the draft's.
    assert "Senior Integrated Commissioning Manager x 4 " in text
    assert "Personalisation Business Support Team" in text
    # The sample's costs rest on assumed grades: left out of the recommendations by default.
    assert "The cost of the proposals is not stated here" in text
    assert text.index("Recommendations") < text.index("Posts established")


def test_post_list_has_costs_and_unit_totals(bury_assumed_grades: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "list.pdf"
    export_pdf(bury_assumed_grades, PdfOptions(scenario="To be", chart=False, post_list=True), path)
    text = pdf_text(path)
    assert "Cost" in text and "£" in text
    assert "Total Adult Safeguarding: 3 posts, 3 FTE, 0 vacant" in text
    posts = bury_assumed_grades.posts_in(bury_assumed_grades.scenario_named("To be").id)
    assert [p.post_ref for p in posts if p.post_ref not in text] == []


def test_tiles_cut_between_boxes_so_each_box_is_whole_on_some_page() -> None:
    proposal = one_big_team(leads=30, officers_each=9)
    layout = layout_scenario(proposal, proposal.scenario_named("As is").id, LayoutOptions())
    area = ChartFrame(body_of(page_size("A4", True)), 6.0, False, True).area
    grid = TileGrid.plan(layout, area, 6.0)
    assert grid.cols * grid.rows > 2
    windows = [grid.window(col, row) for row in range(grid.rows) for col in range(grid.cols)]
    assert [b.title for b in layout.boxes if not any(w.contains(b.rect) for w in windows)] == []


def test_the_key_explains_the_employer_badges(
    bury_assumed_grades: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "appendix.pdf"
    export_pdf(bury_assumed_grades, PdfOptions(scenario="To be"), path)
    text = pdf_text(path, range(1))
    assert "Bury CCG" in text  # a badge on a box
    assert "other employer / deployment" in text


def test_budget_table_heads_its_columns_with_the_files_own_codes(
    bury_assumed_grades: Proposal, tmp_path: Path
) -> None:
    for line_id, line in list(bury_assumed_grades.budget_lines.items()):
        if line.cost_code:  # another council's cost centres, with no subjective codes recorded
            bury_assumed_grades.budget_lines[line_id] = dataclasses.replace(
                line, cost_code=f"K{line_id}", description=f"K{line_id}", subjective_codes=""
            )
    path = tmp_path / "other.pdf"
    export_pdf(bury_assumed_grades, PdfOptions(scenario="To be", chart=False, budget=True), path)
    text = pdf_text(path)
    assert "K1" in text and "Basic Pay" in text and "Superannuation" in text
    assert "6000" not in text and "6024" not in text and "6025" not in text
