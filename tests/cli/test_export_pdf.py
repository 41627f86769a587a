"""`orgchart export --pdf`, run as a user runs it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from orgchart_app.edits import apply_edit
from orgchart_app.edits.types import CopyScenario
from orgchart_app.storage import open_proposal, save_proposal
from tests.cli.helpers import orgchart
from tests.exporters.helpers import pdf_text


def test_appendix_5_with_compare_pack(bury_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "appendix5.pdf"
    result = orgchart(
        "export",
        bury_file,
        "--scenario",
        "To be",
        "--pdf",
        out,
        "--title",
        "Appendix 5 - Proposed structures",
        "--paper",
        "A3",
        "--landscape",
        "--compare",
        "As is",
        "--post-list",
        "--changes",
        "--committee",
        "HR & Appeals Panel",
        "--draft",
    )
    assert result.returncode == 0, result.stderr
    pages = len(PdfReader(out).pages)
    assert result.stdout.strip() == f"Wrote {out} ({pages} pages)."
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (1191, 842)  # A3 landscape
    text = pdf_text(out)
    for expected in (
        "Appendix 5 - Proposed structures",
        "HR & Appeals Panel",
        "Draft for consultation",
        "Posts established",
        "DELETED",
    ):
        assert expected in text


def test_names_only_with_the_names_flag(bury_file: Path, tmp_path: Path) -> None:
    plain, named = tmp_path / "plain.pdf", tmp_path / "named.pdf"
    assert orgchart("export", bury_file, "--pdf", plain).returncode == 0
    assert orgchart("export", bury_file, "--pdf", named, "--names").returncode == 0
    assert "Siân Ó Dálaigh" not in pdf_text(plain)
    assert "Siân Ó Dálaigh" in pdf_text(named)


def test_per_unit_gives_a_page_per_unit(bury_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "units.pdf"
    assert (
        orgchart("export", bury_file, "--pdf", out, "--per-unit", "--paper", "A3").returncode == 0
    )
    text = pdf_text(out)
    assert "Public Health" in text and "Corporate Core" in text
    assert len(PdfReader(out).pages) > 3


def test_unwritable_output_is_one_sentence_and_exit_2(bury_file: Path, tmp_path: Path) -> None:
    result = orgchart("export", bury_file, "--pdf", tmp_path / "no" / "such" / "out.pdf")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "does not exist" in result.stderr


def test_output_that_is_a_folder_is_refused(bury_file: Path, tmp_path: Path) -> None:
    result = orgchart("export", bury_file, "--pdf", tmp_path)
    assert result.returncode == 2
    assert "is a folder" in result.stderr


def test_changes_without_a_second_scenario_is_explained(bury_file: Path, tmp_path: Path) -> None:
    result = orgchart(
        "export", bury_file, "--scenario", "As is", "--pdf", tmp_path / "x.pdf", "--changes"
    )
    assert result.returncode == 2
    assert "--compare" in result.stderr and "Traceback" not in result.stderr


def test_compare_with_nothing_changed_says_so_and_exports_the_rest(
    manchester_file: Path, tmp_path: Path
) -> None:
    proposal = open_proposal(manchester_file).proposal
    as_is = proposal.scenario_named("As is")
    copied = tmp_path / "copied.sqlite"
    apply_edit(proposal, CopyScenario(as_is.id, "Option B"))
    save_proposal(proposal, copied)
    sentence = 'No changes between "As is" and "Option B": nothing to compare.'
    out = tmp_path / "pack.pdf"
    result = orgchart(
        "export",
        copied,
        "--scenario",
        "As is",
        "--compare",
        "Option B",
        "--post-list",
        "--no-chart",
        "--pdf",
        out,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == sentence
    assert [e.title for e in PdfReader(out).outline] == [
        "Post list: As is",
        "What this rests on: As is",
    ]
    alone = tmp_path / "alone.pdf"
    result = orgchart(
        "export",
        copied,
        "--scenario",
        "As is",
        "--compare",
        "Option B",
        "--no-chart",
        "--pdf",
        alone,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"orgchart: {sentence}"
    assert not alone.exists()


def test_the_pdf_names_its_web_version_and_sets_title_and_language(
    bury_file: Path, tmp_path: Path
) -> None:
    pdf, html = tmp_path / "appendix5.pdf", tmp_path / "appendix5.html"
    result = orgchart(
        "export",
        bury_file,
        "--scenario",
        "To be",
        "--pdf",
        pdf,
        "--html",
        html,
        "--title",
        "Appendix 5 - Proposed structures",
        "--post-list",
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(pdf)
    assert reader.metadata.title == "Appendix 5 - Proposed structures"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    assert "accessible web version of this appendix is appendix5.html" in pdf_text(pdf, range(1))
    assert "appendix5.html" not in pdf_text(pdf, range(1, len(reader.pages)))
    assert len(reader.outline) >= 2  # bookmarks, as before
    named = tmp_path / "named.pdf"
    result = orgchart("export", bury_file, "--pdf", named, "--web-version", "structures.html")
    assert result.returncode == 0, result.stderr
    assert "structures.html" in pdf_text(named, range(1))
