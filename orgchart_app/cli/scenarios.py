"""orgchart scenario add|copy|rename|set|remove|list FILE: the scenarios of a proposal."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    add_format_argument,
    open_source,
    print_listing,
    saved_change,
)
from orgchart_app.domain import Proposal, Scenario, ScenarioKind
from orgchart_app.edits import (
    AddScenario,
    CopyScenario,
    DeleteScenario,
    RenameScenario,
    UpdateScenario,
)

_KINDS = tuple(kind.value for kind in ScenarioKind)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scenario", help="add, copy, rename, change, remove and list the scenarios"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _action(actions, "add", "add a blank scenario (one box for the first organisation)")
    add.add_argument("name", metavar="NAME", type=arguments.name)
    _kind_argument(add, "option")
    add.set_defaults(
        run=lambda a: saved_change(a, lambda _: AddScenario(a.name, ScenarioKind(a.kind)))
    )
    copy = _action(actions, "copy", 'copy a scenario as a new one (the way to make a "To be")')
    copy.add_argument("source", metavar="S", type=arguments.name, help="the scenario to copy")
    copy.add_argument("name", metavar="NAME", type=arguments.name, help="the copy's name")
    _kind_argument(copy, "to_be")
    copy.set_defaults(run=run_copy)
    rename = _action(actions, "rename", "rename a scenario")
    rename.add_argument("scenario", metavar="S", type=arguments.name)
    rename.add_argument("name", metavar="NAME", type=arguments.name, help="its new name")
    rename.set_defaults(run=run_rename)
    change = _action(actions, "set", "set a scenario's kind, effective date or description")
    change.add_argument("scenario", metavar="S", type=arguments.name)
    change.add_argument("--kind", choices=_KINDS, help=f"one of {', '.join(_KINDS)}")
    change.add_argument(
        "--effective-date",
        type=_date,
        default=argparse.SUPPRESS,  # left out: kept; "": cleared
        metavar="YYYY-MM-DD",
        help='when it takes effect ("" for none)',
    )
    change.add_argument(
        "--description", type=arguments.prose, help="a line saying what the scenario is"
    )
    change.set_defaults(run=run_set)
    remove = _action(actions, "remove", "delete a scenario and everything in it")
    remove.add_argument("scenario", metavar="S", type=arguments.name)
    remove.set_defaults(
        run=lambda a: saved_change(a, lambda p: DeleteScenario(_named(p, a.scenario).id))
    )
    listing = actions.add_parser(
        "list", help="each scenario: kind, based on, date, posts and units"
    )
    add_file_argument(listing)
    add_format_argument(listing, ("text", "json"))
    listing.set_defaults(run=run_list)


def _action(actions: Any, name: str, help: str) -> Any:
    parser = actions.add_parser(name, help=help)
    add_file_argument(parser)
    add_force_argument(parser)
    return parser


def _kind_argument(parser: Any, default: str) -> None:
    parser.add_argument(
        "--kind",
        choices=_KINDS,
        default=default,
        help=f"one of {', '.join(_KINDS)} (default: {default})",
    )


def _date(text: str) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a date such as 2027-04-01') from None


def _named(proposal: Proposal, name: str) -> Scenario:
    return proposal.scenario_named(name)


def run_copy(args: argparse.Namespace) -> int:
    kind = ScenarioKind(args.kind)
    return saved_change(args, lambda p: CopyScenario(_named(p, args.source).id, args.name, kind))


def run_rename(args: argparse.Namespace) -> int:
    return saved_change(args, lambda p: RenameScenario(_named(p, args.scenario).id, args.name))


def run_set(args: argparse.Namespace) -> int:
    fields: list[tuple[str, object]] = []
    if args.kind is not None:
        fields.append(("kind", ScenarioKind(args.kind)))
    if hasattr(args, "effective_date"):
        fields.append(("effective_date", args.effective_date))
    if args.description is not None:
        fields.append(("description", args.description))
    if not fields:
        raise CommandFailed("Say what to change: --kind, --effective-date or --description.")
    return saved_change(args, lambda p: UpdateScenario(_named(p, args.scenario).id, tuple(fields)))


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    listed = [_listed(proposal, s) for s in proposal.scenarios.values()]
    header = ["Name", "Kind", "Based on", "Effective", "Description", "Posts", "Units"]
    print_listing(args, listed, header)
    return 0


def _listed(proposal: Proposal, scenario: Scenario) -> dict[str, Any]:
    based_on = proposal.scenarios.get(scenario.based_on_id) if scenario.based_on_id else None
    return {
        "name": scenario.name,
        "kind": scenario.kind.value,
        "based_on": based_on.name if based_on else None,
        "effective_date": scenario.effective_date.isoformat() if scenario.effective_date else None,
        "description": scenario.description,
        "posts": len(proposal.posts_in(scenario.id)),
        "units": len(proposal.units_in(scenario.id)),
    }
