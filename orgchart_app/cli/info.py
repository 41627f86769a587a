"""orgchart info FILE: what a proposal holds, scenario by scenario."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.analysis.diff import Totals
from orgchart_app.cli.common import (
    add_file_argument,
    add_format_argument,
    open_source,
    print_json,
    table,
)
from orgchart_app.domain import Proposal
from orgchart_app.domain.wording import fte_text
from orgchart_app.storage import SCHEMA_VERSION


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("info", help="show organisations, scenarios, posts and FTE")
    add_file_argument(parser)
    add_format_argument(parser, ("text", "json"))
    parser.set_defaults(run=run)


def describe(proposal: Proposal) -> dict[str, Any]:
    scenarios = []
    for scenario in proposal.scenarios.values():
        totals = Totals()
        posts = proposal.posts_in(scenario.id)
        for post in posts:
            totals = totals.plus(post)
        scenarios.append(
            {
                "name": scenario.name,
                "kind": scenario.kind.value,
                "boxes": len(posts),
                "posts": totals.posts,
                "fte": totals.fte,
                "vacant": sum(p.quantity for p in posts if p.status.value != "filled"),
                "units": len(proposal.units_in(scenario.id)),
            }
        )
    return {
        "title": proposal.info.title,
        "revision": proposal.info.revision,
        "organisations": [
            {"name": o.name, "short_name": o.short_name, "kind": o.kind.value}
            for o in proposal.organisations.values()
        ],
        "scenarios": scenarios,
    }


def run(args: argparse.Namespace) -> int:
    opened = open_source(args)
    summary = describe(opened.proposal)
    summary["schema_version"] = opened.schema_version
    summary["schema_version_current"] = SCHEMA_VERSION
    if args.format == "json":
        print_json(summary)
        return 0
    print(summary["title"])
    migrated = " (older format, upgraded on open)" if opened.migrated else ""
    print(f"File format {opened.schema_version}{migrated}; revision {summary['revision']}")
    print("\nOrganisations:")
    print(
        table(
            [
                [o["short_name"], o["name"], o["kind"].replace("_", " ")]
                for o in summary["organisations"]
            ]
        )
    )
    print("\nScenarios:")
    print(
        table(
            [["Scenario", "Posts", "FTE", "Vacant", "Boxes", "Units"]]
            + [
                [
                    s["name"],
                    str(s["posts"]),
                    fte_text(s["fte"]),
                    str(s["vacant"]),
                    str(s["boxes"]),
                    str(s["units"]),
                ]
                for s in summary["scenarios"]
            ]
        )
    )
    return 0
