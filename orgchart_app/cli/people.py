"""orgchart people FILE --from S1 --to S2 [--format text|json|csv] [--names]: the people side of
a change: who is affected and their outcome, pools, one-off costs and the timeline checks."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.analysis.people_report import PeopleReport, PersonLine, people_report
from orgchart_app.cli import one_off
from orgchart_app.cli.common import (
    add_file_argument,
    add_format_argument,
    add_pair_arguments,
    chosen_pair,
    open_source,
    print_csv,
    print_json,
)
from orgchart_app.cli.people_text import report_text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "people",
        help="the people a change affects: outcomes, pools, one-off costs and the timeline",
    )
    add_file_argument(parser)
    add_pair_arguments(parser, "the scenario compared", "the scenario proposed")
    parser.add_argument(
        "--names",
        action="store_true",
        help="name the people (personal data; left out by default)",
    )
    add_format_argument(parser, ("text", "json", "csv"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    before, after = chosen_pair(proposal, args)
    from_id, to_id = before.id, after.id
    report = people_report(proposal, from_id, to_id, args.names)
    if args.format == "json":
        print_json(as_json(report, args.names))
    elif args.format == "csv":
        print_csv(
            PERSON_COLUMNS + (["name", "employee_number"] if args.names else []),
            [_person_row(p) + (_named(p) if args.names else []) for p in report.people],
        )
    else:
        print(report_text(report))
    return 0


PERSON_COLUMNS = [
    "person",
    "post_ref",
    "title",
    "changes",
    "outcome",
    "outcome_label",
    "to",
    "job_match",
    "threshold",
    "confirmed",
]


def _person_row(line: PersonLine) -> list[Any]:
    a, outcome = line.affected, line.affected.outcome
    return [
        line.label,
        a.post.post_ref,
        a.post.title,
        "; ".join(c.label for c in a.changes),
        outcome.kind.value if outcome else "",
        outcome.kind.label if outcome else "no outcome",
        line.target,
        "" if outcome is None or outcome.job_match is None else outcome.job_match,
        line.threshold,
        bool(outcome and outcome.confirmed),
    ]


def _named(line: PersonLine) -> list[Any]:
    return [line.affected.person.name, line.affected.person.employee_number]


def as_json(report: PeopleReport, names: bool) -> dict[str, Any]:
    people = []
    for line in report.people:
        entry = dict(zip(PERSON_COLUMNS, _person_row(line), strict=True))
        if names:
            entry.update(zip(("name", "employee_number"), _named(line), strict=True))
        people.append(entry)
    plan = report.timeline
    return {
        "from": report.from_name,
        "to": report.to_name,
        "fictional": report.fictional,
        "people": people,
        "counts": dict(report.counts),
        "without_outcome": list(report.without_outcome),
        "pools": [
            {
                "name": p.pool.name,
                "posts": [
                    {"post_ref": post.post_ref, "title": post.title, "quantity": post.quantity}
                    for post in p.posts
                ],
                "seats": p.seats,
                "people": list(p.people),
                "placed": p.placed,
                "selection": p.pool.selection,
                "interview_date": p.pool.interview_date.isoformat()
                if p.pool.interview_date
                else None,
            }
            for p in report.pools
        ],
        "one_off_costs": one_off.as_json(report.costs, names),
        "timeline": {
            "proposed_redundancies": plan.proposed_redundancies,
            "minimum_days": plan.minimum_days,
            "steps": [
                {
                    "name": s.name,
                    "date": s.date.isoformat() if s.date else None,
                    "computed": s.computed,
                }
                for s in plan.steps
            ],
            "notices": [
                {"person": n.label, "weeks": n.weeks, "ends": n.ends.isoformat()}
                for n in plan.notices
            ],
            "trials": [
                {"person": t.label, "start": t.start.isoformat(), "end": t.end.isoformat()}
                for t in plan.trials
            ],
            "checks": list(plan.checks),
        },
    }
