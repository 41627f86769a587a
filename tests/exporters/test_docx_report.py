"""The Word version read back with python-docx: headings, numbered recommendations, real tables
with a repeating header row and right-aligned numbers, pictures with alt text, the language."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from orgchart_app.domain import Proposal
from orgchart_app.exporters.docx_report import write_docx
from orgchart_app.exporters.pdf import PdfOptions

PACK = PdfOptions(
    scenario="To be",
    compare_to="As is",
    post_list=True,
    budget=True,
    title="Appendix 5 - Proposed structures",
    committee="HR & Appeals Panel",
)


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from orgchart_app.samples import build_bury

    path = tmp_path_factory.mktemp("word") / "pack.docx"
    write_docx(build_bury(), PACK, path)
    return path


def test_headings_use_the_built_in_styles(pack: Path) -> None:
    document = Document(str(pack))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == ("Title", "Appendix 5 - Proposed structures")
    assert ("Heading 1", "Recommendations: As is to To be") in headings
    assert ("Heading 1", "Structure chart: As is") in headings
    assert ("Heading 1", "Structure chart: To be") in headings
    assert ("Heading 1", "Changes from As is to To be") in headings
    assert document.core_properties.title == "Appendix 5 - Proposed structures"
    assert document.core_properties.language == "en-GB"
    language = (
        document.styles.element.find(qn("w:docDefaults"))
        .find(qn("w:rPrDefault"))
        .find(qn("w:rPr"))
        .find(qn("w:lang"))
    )
    assert language.get(qn("w:val")) == "en-GB"


def test_recommendations_are_a_numbered_list_in_committee_wording(pack: Path) -> None:
    numbered = [p.text for p in Document(str(pack)).paragraphs if p.style.name == "List Number"]
    assert numbered[0] == (
        "The Committee is asked to support the proposed establishment of the following posts:"
    )
    # The report's own five recommendations, stored in the sample (the drafted sixth is left out).
    assert len(numbered) == 5
    bullets = [p.text for p in Document(str(pack)).paragraphs if p.style.name == "List Bullet 2"]
    assert "Senior Integrated Commissioning Manager x 4" in bullets  # as the report words it


def test_tables_have_a_repeating_header_right_aligned_numbers_and_no_merged_cells(
    pack: Path,
) -> None:
    document = Document(str(pack))
    headers = [tuple(c.text for c in t.rows[0].cells) for t in document.tables]
    assert headers[0] == ("Change", "Ref", "Post", "Posts", "FTE", "Before", "After")
    assert headers[1][:2] == ("Ref", "Post")  # the post list
    assert headers[2][0] == "Cost centre"  # the budget
    for table in document.tables:
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
        assert table._tbl.xpath(".//w:gridSpan | .//w:vMerge | .//w:hMerge") == []
        assert table._tbl.tblPr.find(qn("w:tblCaption")) is not None
    changes = document.tables[0]
    established = next(r for r in changes.rows[1:] if r.cells[0].text == "Established")
    assert established.cells[3].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert established.cells[2].paragraphs[0].alignment != WD_ALIGN_PARAGRAPH.RIGHT


def test_each_chart_is_a_picture_with_alt_text_saying_what_it_shows(pack: Path) -> None:
    document = Document(str(pack))
    charts = [
        s
        for s in document.inline_shapes
        if s._inline.docPr.get("title").startswith("Structure chart: ")
    ]
    assert len(charts) == 2  # As is and To be, then their units
    assert all("led by" in s._inline.docPr.get("descr") for s in document.inline_shapes)
    for shape in charts:
        alt = shape._inline.docPr.get("descr")
        assert "led by the Executive Director of Strategic Commissioning" in alt
        assert "units" in alt and "posts" in alt
        assert "Changes from As is to To be" in alt and "10 new" in alt


def test_no_names_unless_asked(bury: Proposal, tmp_path: Path) -> None:
    plain, named = tmp_path / "plain.docx", tmp_path / "named.docx"
    options = PdfOptions(scenario="To be", post_list=True, chart=False)
    write_docx(bury, options, plain)
    write_docx(bury, PdfOptions(scenario="To be", post_list=True, chart=False, names=True), named)

    def text(path: Path) -> str:
        document = Document(str(path))
        return " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)

    assert "Siân Ó Dálaigh" not in text(plain)
    assert "Siân Ó Dálaigh" in text(named)


def test_each_side_is_described_for_itself(pack: Path) -> None:
    first, second = [
        s
        for s in Document(str(pack)).inline_shapes
        if s._inline.docPr.get("title").startswith("Structure chart: ")
    ]
    assert first._inline.docPr.get("descr").startswith("As is: led by")
    assert second._inline.docPr.get("descr").startswith("To be: led by")
    assert first._inline.docPr.get("title") == "Structure chart: As is"


def test_a_chart_too_wide_to_read_follows_unit_by_unit(pack: Path) -> None:
    document = Document(str(pack))
    units = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Adult Safeguarding: To be" in units and "Provider Relationship Team: As is" in units
    alts = {
        s._inline.docPr.get("title"): s._inline.docPr.get("descr") for s in document.inline_shapes
    }
    deleted = alts["Provider Relationship Team: As is"]
    assert "led by the Provider Relationship Manager" in deleted
    assert "Marked as changed: 5 deleted." in deleted
    assert "Marked" not in alts["Reviewing Team: To be"]  # unchanged
