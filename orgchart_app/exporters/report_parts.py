"""What the Word and web versions of an appendix say, before either format is chosen.

Tables here have one header row and no merged cells (a screen reader reads each row whole, and
Word's "repeat header row" needs a single header); what the PDF prints as a spanning heading row
becomes a column ("Change") or a table of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from orgchart_app.analysis.budget import budget_fit
from orgchart_app.analysis.diff import ScenarioDiff, diff_scenarios
from orgchart_app.analysis.recommendation_types import Recommendations
from orgchart_app.analysis.recommendations import RecommendationSettings, build_recommendations
from orgchart_app.analysis.rests_on import RestsOn, rests_on
from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Post, Scenario
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import fte_text
from orgchart_app.exporters.pdf.appendix import PdfOptions, appendix_title, organisation_of
from orgchart_app.exporters.pdf.budget import budget_columns, budget_rows
from orgchart_app.exporters.pdf.changes import HEADINGS, totals_note
from orgchart_app.exporters.pdf.post_list import (
    posts_in_line_order,
    units_in_tree_order,
)
from orgchart_app.exporters.pdf.title_block import TitleBlock
from orgchart_app.exporters.picture import ordered


@dataclass(frozen=True, slots=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int] = frozenset()  # columns of numbers: right-aligned
    note: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """The parts the options ask for, in the order the PDF prints them."""

    block: TitleBlock
    scenario: Scenario
    pair: tuple[Scenario, Scenario] | None  # (before, after) when comparing
    changes_pair: tuple[Scenario, Scenario] | None
    recommendations: Recommendations | None
    tables: list[Table] = field(default_factory=list)
    names: bool = False
    chart: bool = True
    diff: ScenarioDiff | None = None  # of changes_pair, computed once for the export
    # The sources and assumptions behind the scenarios shown; None when nothing is assumed.
    rests_on: RestsOn | None = None


def build_report(proposal: Proposal, options: PdfOptions) -> Report:
    scenario = proposal.scenario_named(options.scenario)
    other = proposal.scenario_named(options.compare_to) if options.compare_to else None
    pair = ordered(scenario, other) if other is not None else None
    changes_pair = pair or (_base_pair(proposal, scenario) if options.changes else None)
    block = TitleBlock(
        options.organisation or organisation_of(proposal, scenario.id),
        appendix_title(proposal, options),
        options.committee,
        options.date,
        scenario.name,
        options.version,
        options.classification,
        options.draft,
        proposal.info.title,
    )
    # One diff of the pair for the whole export: recommendations, change list and markers.
    diff = (
        diff_scenarios(proposal, changes_pair[0].id, changes_pair[1].id) if changes_pair else None
    )
    recommendations = (
        build_recommendations(
            proposal,
            changes_pair[0].id,
            changes_pair[1].id,
            RecommendationSettings(costs=options.costs_in_recommendations),
            diff=diff,
        )
        if changes_pair
        else None
    )
    tables: list[Table] = []
    if diff is not None:
        tables.append(changes_table(diff))
    if options.post_list:
        tables.append(post_list_table(proposal, scenario.id, options.names))
    if options.budget and proposal.budget_lines:
        budget_scenario = pair[1] if pair else scenario
        tables += budget_tables(proposal, budget_scenario.id)
    return Report(
        block,
        scenario,
        pair,
        changes_pair,
        recommendations,
        tables,
        options.names,
        options.chart,
        diff,
        _rests_on(proposal, pair or (scenario,)),
    )


def _rests_on(proposal: Proposal, shown: tuple[Scenario, ...]) -> RestsOn | None:
    found = rests_on(proposal, (s.id for s in shown))
    return found if found.assumptions else None


def _base_pair(proposal: Proposal, scenario: Scenario) -> tuple[Scenario, Scenario] | None:
    if scenario.based_on_id is not None and scenario.based_on_id in proposal.scenarios:
        return proposal.scenarios[scenario.based_on_id], scenario
    return None


def post_words(proposal: Proposal, post: Post) -> str:
    """A post's details in words: "grade G9; 2 posts, 2 FTE; vacant; employed by Bury Council,
    deployed to Bury CCG" ("Grade 11" and "Band 7" are not said twice)."""
    orgs = proposal.organisations
    grade = (
        post.grade if post.grade.lower().startswith(("grade", "band")) else f"grade {post.grade}"
    )
    parts = [grade if post.grade else "no grade recorded"]
    posts = f"{post.quantity} posts, " if post.quantity != 1 else ""
    parts.append(f"{posts}{fte_text(post.total_fte)} FTE")
    parts.append(
        {
            PostStatus.FILLED: "filled",
            PostStatus.VACANT: "vacant",
            PostStatus.HELD_VACANT: "vacant, held",
        }[post.status]
    )
    employer = orgs[post.employer_id].name
    deployed = orgs[post.deployed_to_id].name if post.deployed_to_id in orgs else ""
    parts.append(
        f"employed by {employer}"
        + (f", deployed to {deployed}" if deployed and deployed != employer else "")
    )
    if post.temporary_line:
        parts.append("temporary line management")
    if not post.funded:
        parts.append("unfunded")
    return "; ".join(parts)


def changes_table(diff: ScenarioDiff) -> Table:
    rows = [
        (
            heading.removeprefix("Posts ").capitalize(),
            c.post_ref,
            c.title,
            str(c.quantity),
            fte_text(c.fte),
            c.before,
            c.after,
        )
        for kind, heading in HEADINGS.items()
        for c in diff.of_kind(kind)
    ]
    rows += [
        ("Unit " + u.kind.value.replace("_", " "), u.unit_ref, u.name, "", "", u.before, u.after)
        for u in diff.unit_changes
    ]
    return Table(
        f"Changes from {diff.from_name} to {diff.to_name}",
        ("Change", "Ref", "Post", "Posts", "FTE", "Before", "After"),
        tuple(rows),
        frozenset({3, 4}),
        totals_note(diff),
    )


def post_list_table(proposal: Proposal, scenario_id: ScenarioId, names: bool) -> Table:
    orgs, posts = proposal.organisations, proposal.posts
    header = [
        "Ref",
        "Post",
        "Grade",
        "Posts",
        "FTE",
        "Status",
        "Employer",
        "Deployed to",
        "Unit",
        "Reports to",
    ]
    if names:
        header.insert(2, "Postholder")
    rows = []
    for unit in units_in_tree_order(proposal, scenario_id):
        for post in posts_in_line_order(
            [p for p in proposal.posts_in(scenario_id) if p.unit_id == unit.id]
        ):
            manager = posts.get(post.reports_to_id) if post.reports_to_id is not None else None
            cells = [
                post.post_ref,
                post.title,
                post.grade,
                str(post.quantity),
                fte_text(post.total_fte),
                post.status.label,
                orgs[post.employer_id].name,
                orgs[post.deployed_to_id].name if post.deployed_to_id in orgs else "",
                unit.name,
                manager.title if manager else "",
            ]
            if names:
                cells.insert(2, ", ".join(h.name for h in proposal.postholders_of(post.id)))
            rows.append(tuple(cells))
    numbers = frozenset({4, 5}) if names else frozenset({3, 4})
    scenario = proposal.scenarios[scenario_id]
    total = proposal.posts_in(scenario_id)
    note = (
        f"{sum(p.quantity for p in total)} posts, {fte_text(sum(p.total_fte for p in total))} FTE."
    )
    return Table(f"Post list: {scenario.name}", tuple(header), tuple(rows), numbers, note)


def budget_tables(proposal: Proposal, scenario_id: ScenarioId) -> list[Table]:
    """The PDF's budget table, split at its heading rows into tables of their own."""
    # The file's subjective codes, as the PDF heads its budget page.
    header = tuple(c.header for c in budget_columns(proposal.budget_lines.values()))
    tables: list[Table] = []
    caption, rows = "", list[tuple[str, ...]]()
    for row in budget_rows(budget_fit(proposal, scenario_id)):
        if row.kind == "heading":
            if rows:
                tables.append(Table(caption, header, tuple(rows), frozenset({1, 2, 3, 4})))
            caption, rows = row.cells[0], []
        else:
            rows.append(tuple(row.cells))
    if rows:
        tables.append(Table(caption, header, tuple(rows), frozenset({1, 2, 3, 4})))
    return tables
