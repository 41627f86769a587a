"""The changes appendix: the recommendations in committee wording, then every change."""

from __future__ import annotations

from orgchart_app.analysis.cost_basis import CostsInRecommendations
from orgchart_app.analysis.diff import ChangeKind, ScenarioDiff
from orgchart_app.analysis.recommendation_types import Recommendations
from orgchart_app.analysis.recommendations import RecommendationSettings, build_recommendations
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import count_change_text, fte_change_text, fte_text
from orgchart_app.exporters.pdf.pages import Body, PlannedPage
from orgchart_app.exporters.pdf.prose import Paragraph, prose_pages
from orgchart_app.exporters.pdf.table import Column, Row, table_pages

COLUMNS = (
    Column("Ref", 7),
    Column("Post", 26),
    Column("Posts", 5, "right"),
    Column("FTE", 5, "right"),
    Column("Before", 26),
    Column("After", 26),
)
HEADINGS = {
    ChangeKind.ESTABLISHED: "Posts established",
    ChangeKind.DELETED: "Posts deleted",
    ChangeKind.REDESIGNATED: "Posts redesignated",
    ChangeKind.REGRADED: "Posts regraded",
    ChangeKind.FTE_CHANGED: "Change of FTE or number of posts",
    ChangeKind.MOVED_UNIT: "Posts moved to another unit",
    ChangeKind.MANAGER_CHANGED: "Change of line manager",
    ChangeKind.EMPLOYER_CHANGED: "Change of employer",
    ChangeKind.DEPLOYMENT_CHANGED: "Change of deployment",
    ChangeKind.STATUS_CHANGED: "Change of status (filled / vacant)",
    ChangeKind.DOTTED_LINES_CHANGED: "Change of dotted-line accountability",
    ChangeKind.OFFICER_CATEGORY_CHANGED: "Change of officer category (chief, deputy chief)",
}


def change_rows(diff: ScenarioDiff) -> list[Row]:
    rows: list[Row] = []
    for kind, heading in HEADINGS.items():
        changes = diff.of_kind(kind)
        if not changes:
            continue
        posts = sum(c.quantity for c in changes)
        rows.append(
            Row(
                (f"{heading}: {posts} posts, {fte_text(sum(c.fte for c in changes))} FTE",),
                "heading",
            )
        )
        rows += [
            Row((c.post_ref, c.title, str(c.quantity), fte_text(c.fte), c.before, c.after))
            for c in changes
        ]
    if diff.unit_changes:
        rows.append(Row(("Units (teams, pillars, sub-pillars)",), "heading"))
        rows += [
            Row(("", u.name, "", "", u.before, u.after or u.kind.value.replace("_", " ")))
            for u in diff.unit_changes
        ]
    return rows


def totals_note(diff: ScenarioDiff) -> str:
    before, after = diff.totals
    return (
        f"{diff.from_name}: {before.posts} posts, {fte_text(before.fte)} FTE.   "
        f"{diff.to_name}: {after.posts} posts, {fte_text(after.fte)} FTE.   "
        f"Net change: {count_change_text(after.posts - before.posts)} posts, "
        f"{fte_change_text(after.fte - before.fte)} FTE."
    )


def recommendation_paragraphs(recommendations: Recommendations) -> list[Paragraph]:
    """The recommendations as a report numbers them, each list item on its own line."""
    paragraphs: list[Paragraph] = []
    for number, item in enumerate(recommendations.recommendations, start=1):
        if not recommendations.worded and number == len(recommendations.for_decision) + 1:
            paragraphs.append(Paragraph("For noting", bold=True, space_before=12))
        colon = ":" if item.items else "."
        paragraphs.append(
            Paragraph(
                f"{item.committee} is asked to {item.verb} {item.subject}{colon}",
                label=f"{number}.",
                indent=22,
                space_before=10,
            )
        )
        paragraphs += [Paragraph(i.text, label="•", indent=40, space_before=2) for i in item.items]
    paragraphs.append(Paragraph("Financial implications", bold=True, space_before=14))
    paragraphs.append(Paragraph(recommendations.financial))
    if recommendations.notes:
        paragraphs.append(
            Paragraph("Other changes (no recommendation needed)", bold=True, space_before=14)
        )
        paragraphs += [
            Paragraph(n, label="•", indent=18, space_before=2) for n in recommendations.notes
        ]
    return paragraphs


def changes_pages(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    body: Body,
    diff: ScenarioDiff,
    costs: CostsInRecommendations = CostsInRecommendations.OFF,
) -> list[PlannedPage]:
    """The recommendations in committee wording, then every change post by post: both from
    the export's one diff of the two scenarios."""
    recommendations = build_recommendations(
        proposal, from_id, to_id, RecommendationSettings(costs=costs), diff=diff
    )
    pages = prose_pages(
        "Recommendations",
        f"Recommendations: {diff.from_name} to {diff.to_name}",
        recommendation_paragraphs(recommendations),
        body,
    )
    caption = f"Changes from {diff.from_name} to {diff.to_name}"
    return pages + table_pages(
        "Changes", caption, COLUMNS, change_rows(diff), body, notes=[totals_note(diff)]
    )
