"""orgchart apply FILE CHANGES.csv|.xlsx --scenario S [--dry-run]: a changes sheet as one edit."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    add_file_argument,
    add_force_argument,
    add_scenario_argument,
    change_file,
    chosen_scenario,
    open_source,
    saved_to,
)
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits.types import Batch
from orgchart_app.importers.changes_plan import ChangeSet, plan_changes
from orgchart_app.importers.changes_sheet import read_changes
from orgchart_app.storage.team import is_server_url


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "apply",
        help="apply a changes sheet (moves, regradings, new and deleted posts) as one change",
        description="Apply a changes sheet to a scenario: one row per change (see "
        "docs/IMPORT.md). Every row is checked first: if any cannot apply, each is listed "
        "with its line and nothing is changed.",
    )
    add_file_argument(parser)
    parser.add_argument(
        "changes",
        type=arguments.path,
        metavar="CHANGES",
        help="the changes sheet (.csv or .xlsx; `orgchart export --changes-template` writes one)",
    )
    add_scenario_argument(parser, "the scenario to change")
    parser.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    add_force_argument(parser)
    parser.set_defaults(run=run)


class _NothingToChange(Exception):
    """Every row matches the scenario already."""


def run(args: argparse.Namespace) -> int:
    source, rows = read_changes(args.changes)
    planned: list[ChangeSet] = []

    def plan(proposal: Proposal) -> Batch:
        target = chosen_scenario(proposal, args.scenario)
        planned.append(plan_changes(proposal, target, source, rows))
        if not planned[0].lines:
            raise _NothingToChange(
                f'No changes to make: every row of {source} matches "{target.name}".'
            )
        print(f'Changes to "{target.name}" from {source}:')
        print("\n".join(f"  {line}" for line in planned[0].lines))
        return planned[0].edit

    try:
        if args.dry_run:
            plan(open_source(args).proposal)
            print("Dry run: nothing written.")
            return 0
        change_file(args, plan, args.force)
    except _NothingToChange as nothing:
        print(nothing)
        return 0
    count = len(planned[0].lines)
    verb = "Sent" if is_server_url(args.file) else "Wrote"
    applied = f"{count} row{'' if count == 1 else 's'}"
    print(f"{verb} {saved_to(args)}: {applied} applied as one change.")
    return 0
