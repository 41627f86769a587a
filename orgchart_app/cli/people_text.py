"""`orgchart people` as text: plain lines a user can read in a terminal or paste."""

from __future__ import annotations

from orgchart_app.analysis.people_report import FICTIONAL_NOTE, PeopleReport, PersonLine
from orgchart_app.analysis.timeline import Timeline
from orgchart_app.cli.cost_text import columns
from orgchart_app.cli.one_off import text_lines
from orgchart_app.domain.outcomes import OutcomeKind

_LABELS = {kind.value: kind.label for kind in OutcomeKind} | {"none": "no outcome"}


def report_text(report: PeopleReport) -> str:
    lines = [f'People affected by the change from "{report.from_name}" to "{report.to_name}"']
    if report.fictional:
        lines.append(FICTIONAL_NOTE)
    lines.append("")
    if report.people:
        header = ["person", "post", "outcome", "to", "job match", "status"]
        lines.append(columns([header, *map(_row, report.people)], left=6))
    else:
        lines.append("  Nobody: no post held by a person changes.")
    lines += ["", "Counts by outcome"]
    lines += [f"  {_LABELS[kind]}: {count}" for kind, count in report.counts if kind != "none"]
    lines.append(f"  Without an outcome: {len(report.without_outcome)}")
    lines += [f"    {label}" for label in report.without_outcome]
    lines += ["", "Pools"] + (_pools(report) or ["  None."])
    lines += ["", *text_lines(report.costs), "", *_timeline(report.timeline)]
    return "\n".join(lines)


def _row(line: PersonLine) -> list[str]:
    outcome = line.affected.outcome
    post = line.affected.post
    match = ""
    if outcome is not None and outcome.job_match is not None:
        match = f"{outcome.job_match:g}% (threshold {line.threshold:g}%)"
    status = "" if outcome is None else ("confirmed" if outcome.confirmed else "proposed")
    return [
        line.label,
        f"{post.post_ref} {post.title}",
        outcome.kind.label if outcome else "NO OUTCOME",
        line.target,
        match,
        status,
    ]


def _pools(report: PeopleReport) -> list[str]:
    lines = []
    for p in report.pools:
        posts = ", ".join(f"{post.post_ref} {post.title} x {post.quantity}" for post in p.posts)
        lines.append(
            f"  {p.pool.name}: {len(p.people)} people for {p.seats} posts "
            f"({p.placed} placed): {posts or 'no posts'}"
        )
        if p.pool.selection:
            lines.append(f"    selection: {p.pool.selection}")
        lines.append(f"    people: {', '.join(p.people) or 'none'}")
    return lines


def _timeline(plan: Timeline) -> list[str]:
    lines = [
        "Timeline",
        f"  Redundancies proposed: {plan.proposed_redundancies}; statutory minimum "
        f"consultation: {f'{plan.minimum_days} days' if plan.minimum_days else 'none (fewer than 20)'}",
    ]
    for step in plan.steps:
        when = step.date.isoformat() if step.date else "not set"
        lines.append(f"  {step.name}: {when}{' (computed)' if step.computed else ''}")
    lines += [f"  Notice: {n.label}, {n.weeks} weeks, ends {n.ends}" for n in plan.notices]
    lines += [f"  Trial period: {t.label}, {t.start} to {t.end}" for t in plan.trials]
    lines += ["", "Timeline checks"] + ([f"  {c}" for c in plan.checks] or ["  None found."])
    return lines
