"""The PDF page "What this rests on": the sources cited and every assumption, so a clerk can
tell what the papers state from what the sample or the user assumed."""

from __future__ import annotations

from collections.abc import Iterable

from orgchart_app.analysis.rests_on import RestsOn, rests_on
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.pdf.pages import Body, PlannedPage
from orgchart_app.exporters.pdf.prose import Paragraph, prose_pages
from orgchart_app.layout.assumed import ASSUMED_MARK

HEADING = "What this rests on"


def rests_on_paragraphs(found: RestsOn) -> list[Paragraph]:
    paragraphs = [Paragraph("Sources", bold=True, space_before=4)]
    paragraphs += [
        Paragraph(f"{d.title}" + (f" ({d.reference})" if d.reference else ""), label="•", indent=18)
        for d in found.documents
    ] or [Paragraph("The file names no source document.")]
    paragraphs.append(Paragraph("Assumed, not stated by the sources", bold=True, space_before=14))
    paragraphs.append(
        Paragraph(
            f"A line marked {ASSUMED_MARK} on the charts rests on one of these. Figures worked "
            "out from them (costs, headroom) are estimates, not facts from the sources."
        )
    )
    for assumption in found.assumptions:
        paragraphs.append(
            Paragraph(
                f"{assumption.reason}.",
                label="•",
                indent=18,
                space_before=8,
            )
        )
        paragraphs.append(
            Paragraph(f"Applies to: {assumption.summary}.", indent=18, space_before=1)
        )
    return paragraphs


def rests_on_pages(
    proposal: Proposal, scenario_ids: Iterable[ScenarioId], body: Body
) -> list[PlannedPage]:
    """The page, or none when nothing shown rests on an assumption."""
    found = rests_on(proposal, scenario_ids)
    if not found.assumptions:
        return []
    return prose_pages(HEADING, HEADING, rests_on_paragraphs(found), body)
