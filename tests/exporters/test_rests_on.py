"""Outputs say what is assumed: the PDF's "What this rests on" page, the dagger on assumed chart
lines and its key, and no cost resting on assumed grades printed as fact."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from orgchart_app.domain import Proposal
from orgchart_app.exporters.pdf.appendix import PdfOptions, plan_pdf, write_pdf
from orgchart_app.storage import open_proposal
from tests.cli.helpers import REPO, orgchart


def pdf_text(proposal: Proposal, options: PdfOptions, path: Path) -> list[str]:
    write_pdf(plan_pdf(proposal, options), path)
    return [page.extract_text() for page in PdfReader(path).pages]


def test_the_pack_lists_what_it_rests_on_and_marks_assumed_lines(
    tmp_path: Path, bury_assumed_grades: Proposal
) -> None:
    pages = pdf_text(
        bury_assumed_grades,
        PdfOptions(scenario="To be", compare_to="As is", changes=True, budget=True),
        tmp_path / "b.pdf",
    )
    rests = [p for p in pages if "What this rests on (1 of" in p or "What this rests on\n" in p]
    assert rests, "no page says what the pack rests on"
    text = "\n".join(rests)
    assert "Bury Council HR & Appeals Panel, 25 March 2021" in text
    assert "assumed for an illustrative costing: the report gives no grades" in text
    assert "the report does not say whom the new posts report to" in text
    charts = pages[0]
    assert "CO1 \N{DAGGER}" in charts and "assumed: not stated in the source" in charts
    whole = "\n".join(pages)
    # The budget page gives the sample's figures as estimates; the recommendations leave them out.
    recommendations = next(p for p in pages if "Financial implications" in p)
    assert "£822,336" not in recommendations and "is not stated here" in recommendations
    assert "These costs are estimates" in whole


def test_with_assumptions_gives_the_cost_and_what_it_rests_on(
    tmp_path: Path, bury_assumed_grades_file: Path
) -> None:
    bury_file = bury_assumed_grades_file
    base = ("recommendations", bury_file, "--from", "As is", "--to", "To be")
    left_out = orgchart(*base)
    assert left_out.returncode == 0 and "£822,336" not in left_out.stdout
    given = orgchart(*base, "--costs-in-recommendations", "with-assumptions")
    assert "£822,336" in given.stdout and "These figures rest on assumptions" in given.stdout
    wrong = orgchart(*base, "--costs-in-recommendations", "always")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1
    pdf = tmp_path / "pack.pdf"
    exported = orgchart(
        "export",
        bury_file,
        "--scenario",
        "To be",
        "--changes",
        "--pdf",
        pdf,
        "--costs-in-recommendations",
        "with-assumptions",
    )
    assert exported.returncode == 0, exported.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert (
        "£822,336" in text
        and "figures rest on assumptions: grade: assumed for an illustrative costing" in text
    )


def test_a_chart_resting_on_no_assumption_keys_no_dagger_and_cites_no_missing_page(
    tmp_path: Path,
) -> None:
    """Manchester's capacity plan states everything it shows: the key must not send the reader
    to a "What this rests on" page the PDF does not have."""
    capacity = open_proposal(REPO / "sample_data" / "manchester_asc_capacity.sqlite").proposal
    pages = pdf_text(capacity, PdfOptions(scenario="Capacity plan"), tmp_path / "c.pdf")
    whole = "\n".join(pages)
    assert "Key" in whole and "post filled" in whole
    assert "What this rests on" not in whole and "\N{DAGGER}" not in whole


def test_the_consultation_pack_has_the_page_its_key_points_to(
    tmp_path: Path, bury: Proposal
) -> None:
    pages = pdf_text(bury, PdfOptions(scenario="To be", consultation=True), tmp_path / "p.pdf")
    assert any("see “What this rests on”" in p for p in pages)
    rests = [p for p in pages if "What this rests on (1 of" in p or "What this rests on\n" in p]
    assert rests, "the key points to a page the pack does not have"
    assert "Bury Council HR & Appeals Panel, 25 March 2021" in "\n".join(rests)
