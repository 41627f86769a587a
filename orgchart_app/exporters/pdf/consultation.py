"""The staff consultation pack: what is proposed and whom it affects, the current and proposed
structure of each affected team, what changes, the pools and how people are selected, and the
timeline. No names unless asked for; a headcount under 5 reads "fewer than 5", so no small
group can be told apart."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from orgchart_app.analysis.diff import diff_scenarios
from orgchart_app.analysis.people_report import FICTIONAL_NOTE, PeopleReport, people_report
from orgchart_app.domain.model import Scenario
from orgchart_app.domain.outcomes import OutcomeKind
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.pdf.changes import COLUMNS, change_rows
from orgchart_app.exporters.pdf.compare import compare_pages
from orgchart_app.exporters.pdf.pages import Body, PlannedPage, Section
from orgchart_app.exporters.pdf.prose import Paragraph, prose_pages
from orgchart_app.exporters.pdf.table import Column, Row, table_pages
from orgchart_app.exporters.pdf.tiling import ChartFrame
from orgchart_app.layout import LayoutOptions

SMALLEST_SHOWN = 5
SELECTION = (
    "Staff in a pool are considered for its posts by the selection process stated. Anyone not "
    "placed from a pool is at risk of redundancy and is offered redeployment, with a trial "
    "period of four weeks in a suitable alternative post."
)
NOTICE = (
    "Notice is the contract's, or the statutory minimum where longer: one week for each "
    "complete year of service, up to 12 weeks. No notice of dismissal is given before the "
    "consultation ends."
)


def headcount(count: int) -> str:
    """A number of people as the pack prints it: under 5 is "fewer than 5"."""
    if count == 0:
        return "none"
    return "fewer than 5" if count < SMALLEST_SHOWN else str(count)


def long_date(day: dt.date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "to be confirmed"


def consultation_sections(
    proposal: Proposal,
    before: Scenario,
    after: Scenario,
    base: LayoutOptions,
    frame: ChartFrame,
    body: Body,
    names: bool,
) -> list[Section]:
    report = people_report(proposal, before.id, after.id, names)
    diff = diff_scenarios(proposal, before.id, after.id)
    sections = [
        Section(
            "What is proposed",
            prose_pages(
                "What is proposed",
                "Staff consultation: what is proposed",
                _summary(proposal, report),
                body,
            ),
        ),
        Section(
            "Current and proposed structures",
            compare_pages(proposal, before.id, after.id, base, frame),
        ),
        Section(
            "What changes",
            table_pages(
                "What changes",
                f"What changes: {before.name} to {after.name}",
                COLUMNS,
                change_rows(diff),
                body,
            ),
        ),
        Section(
            "Pools and selection",
            prose_pages(
                "Pools and selection", "Pools and selection", _pools(proposal, report), body
            ),
        ),
        Section("Timeline", _timeline_pages(report, body)),
    ]
    if names:
        sections.append(Section("People and proposed outcomes", _people_pages(report, body)))
    return sections


def _summary(proposal: Proposal, report: PeopleReport) -> list[Paragraph]:
    paragraphs = [
        Paragraph(f"Staff consultation: {proposal.info.title}", bold=True),
        Paragraph(
            f'This pack sets out the proposed changes from "{report.from_name}" to '
            f'"{report.to_name}" for consultation with the staff affected and their trade '
            "unions. Nothing in it is decided until the consultation has ended."
        ),
    ]
    if report.fictional:
        paragraphs.append(Paragraph(FICTIONAL_NOTE))
    paragraphs.append(
        Paragraph(
            f"Staff in posts affected: {headcount(len(report.people))}.", bold=True, space_before=12
        )
    )
    teams = Counter(proposal.units[line.affected.post.unit_id].name for line in report.people)
    paragraphs += [
        Paragraph(f"{team}: {headcount(count)}", label="•", indent=18, space_before=2)
        for team, count in teams.items()
    ]
    paragraphs.append(
        Paragraph("Proposed outcomes (subject to consultation)", bold=True, space_before=12)
    )
    labels = {k.value: k.label for k in OutcomeKind} | {"none": "outcome still to be proposed"}
    paragraphs += [
        Paragraph(
            f"{labels[kind].capitalize()}: {headcount(count)}", label="•", indent=18, space_before=2
        )
        for kind, count in report.counts
    ]
    return paragraphs


def _pools(proposal: Proposal, report: PeopleReport) -> list[Paragraph]:
    threshold = proposal.consultation_for(proposal.scenario_named(report.to_name).id).slot_threshold
    paragraphs = [
        Paragraph(
            f"Staff whose current job matches a proposed post by {threshold:g}% or more are "
            "slotted in (assimilated) to it. Where more staff match a group of posts than "
            "there are posts, the posts are ring-fenced to them in a pool."
        )
    ]
    for line in report.pools:
        posts = "; ".join(f"{p.title} x {p.quantity} ({p.post_ref})" for p in line.posts)
        paragraphs.append(Paragraph(line.pool.name, bold=True, space_before=12))
        paragraphs += [
            Paragraph(
                f"Posts ring-fenced: {posts or 'none yet'} ({line.seats} posts)",
                label="•",
                indent=18,
            ),
            Paragraph(f"Staff in the pool: {headcount(len(line.people))}", label="•", indent=18),
            Paragraph(
                f"Selection: {line.pool.selection or 'to be confirmed'}", label="•", indent=18
            ),
            Paragraph(f"Interviews: {long_date(line.pool.interview_date)}", label="•", indent=18),
        ]
    if not report.pools:
        paragraphs.append(Paragraph("No posts are ring-fenced in a pool.", space_before=12))
    paragraphs.append(Paragraph(SELECTION, space_before=12))
    return paragraphs


def _timeline_pages(report: PeopleReport, body: Body) -> list[PlannedPage]:
    plan = report.timeline
    rows = [
        Row(
            (
                step.name,
                long_date(step.date) + (" (worked out from the rules)" if step.computed else ""),
            )
        )
        for step in plan.steps
    ]
    minimum = (
        f"With {headcount(plan.proposed_redundancies)} redundancies proposed, the statutory minimum "
        f"collective consultation is {plan.minimum_days} days."
        if plan.minimum_days
        else "Fewer than 20 redundancies are proposed: there is no statutory minimum period "
        "of collective consultation, and staff are still consulted individually."
    )
    return table_pages(
        "Timeline",
        "Timeline",
        (Column("Step", 40), Column("Date", 60)),
        rows,
        body,
        notes=[minimum, NOTICE],
    )


def _people_pages(report: PeopleReport, body: Body) -> list[PlannedPage]:
    columns = (
        Column("Person", 22),
        Column("Current post", 30),
        Column("Proposed outcome", 22),
        Column("To", 26),
    )
    rows = [
        Row(
            (
                line.affected.person.name or line.label,
                line.affected.post.title,
                line.affected.outcome.kind.label if line.affected.outcome else "to be proposed",
                line.target,
            )
        )
        for line in report.people
    ]
    return table_pages(
        "People", "People and proposed outcomes (personal data)", columns, rows, body
    )
