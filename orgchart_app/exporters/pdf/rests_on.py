"""The PDF page "What this rests on": the sources cited and every assumption, so a clerk can
tell what the papers state from what the sample or the user assumed."""

from __future__ import annotations

from orgchart_app.analysis.rests_on import RestsOn
from orgchart_app.exporters.pdf.pages import Body, PlannedPage
from orgchart_app.exporters.pdf.prose import Paragraph, prose_pages
from orgchart_app.exporters.rests_on_text import (
    ASSUMED,
    EXPLAINED,
    HEADING,
    NO_SOURCES,
    SOURCES,
    applies_line,
    reason_line,
    source_lines,
)


def rests_on_paragraphs(found: RestsOn) -> list[Paragraph]:
    paragraphs = [Paragraph(SOURCES, bold=True, space_before=4)]
    paragraphs += [Paragraph(line, label="•", indent=18) for line in source_lines(found)] or [
        Paragraph(NO_SOURCES)
    ]
    paragraphs.append(Paragraph(ASSUMED, bold=True, space_before=14))
    paragraphs.append(Paragraph(EXPLAINED))
    for assumption in found.assumptions:
        paragraphs.append(Paragraph(reason_line(assumption), label="•", indent=18, space_before=8))
        paragraphs.append(Paragraph(applies_line(assumption), indent=18, space_before=1))
    return paragraphs


def rests_on_pages(found: RestsOn, body: Body) -> list[PlannedPage]:
    """The page, or none when nothing shown rests on an assumption (`found`: analysis.rests_on
    of the scenarios shown, worked out once per export: the charts' key reads it too)."""
    if not found.assumptions:
        return []
    return prose_pages(HEADING, HEADING, rests_on_paragraphs(found), body)
