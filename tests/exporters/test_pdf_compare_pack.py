"""Compare packs show only the units that changed (unless asked for all), small pairs packed."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.domain import OrganisationKind, Proposal, ScenarioKind, UnitKind
from orgchart_app.exporters.pdf import PdfOptions, export_pdf, plan_pdf
from orgchart_app.exporters.pdf.fonts import BOLD, path_tail, register_fonts, text_width
from orgchart_app.samples.builder import ProposalBuilder
from tests.exporters.helpers import pdf_text

TEAMS = 12
CHANGED = 6


def _directorate() -> Proposal:
    """Twelve small teams; in the to-be the first six team leaders are regraded."""
    b = ProposalBuilder("Regrading")
    council = b.organisation("Synthetic Borough Council", "SBC", OrganisationKind.LOCAL_AUTHORITY)
    for name, kind in (("As is", ScenarioKind.AS_IS), ("To be", ScenarioKind.TO_BE)):
        s = b.scenario(name, kind)
        top = b.unit(s, "Directorate", UnitKind.DIRECTORATE, council, unit_ref="D")
        director = b.post(s, "Director", top, council, post_ref="D-1", grade="G15")
        for n in range(TEAMS):
            team = b.unit(s, f"Team {n}", UnitKind.TEAM, council, top, unit_ref=f"T{n}")
            grade = "G11" if kind is ScenarioKind.TO_BE and n < CHANGED else "G10"
            lead = b.post(
                s, f"Team Leader {n}", team, council, director, post_ref=f"L{n}", grade=grade
            )
            for k in range(3):
                b.post(s, f"Officer {n}.{k}", team, council, lead, post_ref=f"O{n}.{k}", grade="G6")
    return b.proposal


def test_only_units_with_changes_get_compare_pages_unless_all_are_asked_for(tmp_path: Path) -> None:
    proposal = _directorate()
    changed, everything = tmp_path / "changed.pdf", tmp_path / "all.pdf"
    export_pdf(proposal, PdfOptions(scenario="As is", compare_to="To be", chart=False), changed)
    export_pdf(
        proposal,
        PdfOptions(scenario="As is", compare_to="To be", chart=False, compare_all=True),
        everything,
    )
    shown, all_shown = pdf_text(changed), pdf_text(everything)
    assert all(f"Officer {n}.0" in shown for n in range(CHANGED))
    assert not any(f"Officer {n}.0" in shown for n in range(CHANGED, TEAMS))
    assert all(f"Officer {n}.0" in all_shown for n in range(TEAMS))


def test_small_changed_units_are_packed_in_pairs_not_a_page_each() -> None:
    plan = plan_pdf(_directorate(), PdfOptions(scenario="As is", compare_to="To be", chart=False))
    pages = [page.heading for section in plan.sections for page in section.pages]
    team_pages = [h for h in pages if "overview" not in h]
    # Each pair used to take a page of its own.
    assert 0 < len(team_pages) <= CHANGED / 2, pages


def test_long_headings_lose_their_start_not_their_end() -> None:
    register_fonts()
    heading = "Bury OCO › Community Commissioning › Adult Safeguarding: compared"
    short = path_tail(heading, BOLD, 10, text_width(heading, BOLD, 10) - 20)
    assert short == "… › Community Commissioning › Adult Safeguarding: compared"
    assert path_tail(heading, BOLD, 10, 1000) == heading
