"""orgchart unit add|set|remove|list FILE: the units (directorates, services, teams) of a scenario."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    chosen_scenario,
    open_source,
    organisation_named,
    print_listing,
    saved_change,
)
from orgchart_app.cli.records import (
    Field,
    action_parser,
    add_field_options,
    colour,
    listing_parser,
    optional,
    post_in,
    unit_in,
)
from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import UnitKind, UnitStatus
from orgchart_app.domain.ids import UnitId
from orgchart_app.domain.model import Unit
from orgchart_app.edits import AddUnit, Batch, DeleteUnit, Edit, MoveUnit, RenameUnit, UpdateUnit

IN, LISTED = "the scenario the unit is in", "the scenario listed"
_KINDS = tuple(kind.value for kind in UnitKind)
_STATUSES = tuple(status.value for status in UnitStatus)

# The fields UpdateUnit sets; the lead post is found by its reference, in the unit's scenario.
FIELDS: tuple[Field, ...] = (
    ("--kind", "kind", UnitKind, f"one of {', '.join(_KINDS)}"),
    ("--status", "status", UnitStatus, f"one of {', '.join(_STATUSES)}"),
    ("--colour", "colour", colour, 'its colour on charts, #RRGGBB ("" for none)'),
    ("--description", "description", arguments.prose, "a line saying what the unit does"),
    (
        "--lead",
        "lead_post_id",
        optional(arguments.name),
        'the reference of the post leading it ("" for none)',
    ),
    ("--ref", "unit_ref", arguments.name, "its reference, kept across scenario copies"),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "unit", help="add, change, move, remove and list the units (services, teams)"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = action_parser(actions, "add", "add a unit inside another (or a top-level one)", IN)
    add.add_argument("name", metavar="NAME", type=arguments.name, help="its name")
    add.add_argument(
        "--parent",
        metavar="UNIT",
        type=arguments.name,
        help="the unit it sits in (reference or name)",
    )
    add.add_argument(
        "--organisation",
        metavar="ORG",
        type=arguments.name,
        help="a top-level unit's organisation (default: the first)",
    )
    add_field_options(add, FIELDS)
    add.set_defaults(run=run_add)
    change = action_parser(actions, "set", "rename, move or change a unit", IN)
    change.add_argument(
        "unit", metavar="UNIT", type=arguments.name, help="its reference (U-12) or name"
    )
    change.add_argument("--name", type=arguments.name, default=argparse.SUPPRESS)
    change.add_argument(
        "--parent",
        metavar="UNIT",
        default=argparse.SUPPRESS,
        help="move it, with everything in it, into this unit (it takes that unit's organisation)",
    )
    change.add_argument(
        "--deploy-posts",
        action="store_true",
        help="with --parent in another organisation: deploy its posts there",
    )
    add_field_options(change, FIELDS)
    change.set_defaults(run=run_set)
    remove = action_parser(actions, "remove", "delete a unit; its sub-units go to its parent", IN)
    remove.add_argument(
        "unit", metavar="UNIT", type=arguments.name, help="its reference (U-12) or name"
    )
    remove.add_argument(
        "--posts-to", metavar="UNIT", type=arguments.name, help="where the posts in it go"
    )
    remove.set_defaults(run=run_remove)
    listing_parser(actions, "each unit of a scenario: where it sits, its posts", run_list, LISTED)


def _fields(proposal: Proposal, args: argparse.Namespace) -> dict[str, Any]:
    given = {f: getattr(args, f) for _, f, _, _ in FIELDS if hasattr(args, f)}
    ref = given.get("unit_ref")
    if ref is not None:
        scenario = chosen_scenario(proposal, args.scenario)
        taken = [
            u for u in proposal.units_in(scenario.id) if u.unit_ref.casefold() == ref.casefold()
        ]
        if taken:
            raise CommandFailed(f'"{taken[0].name}" is already {ref} in "{scenario.name}".')
    lead = given.get("lead_post_id")
    if lead is not None:
        scenario = chosen_scenario(proposal, args.scenario)
        given["lead_post_id"] = post_in(proposal, scenario, lead).id
    return given


def run_add(args: argparse.Namespace) -> int:
    def edit(proposal: Proposal) -> Edit:
        scenario = chosen_scenario(proposal, args.scenario)
        parent = unit_in(proposal, scenario, args.parent) if args.parent else None
        if parent is not None and args.organisation is not None:
            raise CommandFailed(
                "A unit inside another takes its organisation: drop --organisation."
            )
        if parent is not None:
            organisation = parent.organisation_id
        elif args.organisation is not None:
            organisation = organisation_named(proposal, args.organisation).id
        else:
            organisation = min(proposal.organisations)
        fields = {"kind": UnitKind.TEAM, "unit_ref": "", **_fields(proposal, args)}
        unit = Unit(
            UnitId(0),
            scenario.id,
            name=args.name,
            organisation_id=organisation,
            parent_id=parent.id if parent else None,
            **fields,
        )
        return AddUnit(unit)

    return saved_change(args, edit)


def run_set(args: argparse.Namespace) -> int:
    if not any(hasattr(args, f) for f in ("name", "parent", *(f for _, f, _, _ in FIELDS))):
        options = ", ".join(["--name", "--parent", *(o for o, _, _, _ in FIELDS)])
        raise CommandFailed(f"Say what to change: {options}.")

    def edit(proposal: Proposal) -> Edit:
        scenario = chosen_scenario(proposal, args.scenario)
        unit = unit_in(proposal, scenario, args.unit)
        edits: list[Edit] = []
        if hasattr(args, "name"):
            edits.append(RenameUnit(unit.id, args.name))
        if fields := _fields(proposal, args):
            edits.append(UpdateUnit(unit.id, tuple(fields.items())))
        if hasattr(args, "parent"):
            parent = unit_in(proposal, scenario, args.parent)
            edits.append(MoveUnit(unit.id, parent.id, args.deploy_posts))
        return edits[0] if len(edits) == 1 else Batch(tuple(edits), f'Change "{unit.name}"')

    return saved_change(args, edit)


def run_remove(args: argparse.Namespace) -> int:
    def edit(proposal: Proposal) -> Edit:
        scenario = chosen_scenario(proposal, args.scenario)
        unit = unit_in(proposal, scenario, args.unit)
        target = unit_in(proposal, scenario, args.posts_to) if args.posts_to else None
        return DeleteUnit(unit.id, target.id if target else None)

    return saved_change(args, edit)


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    scenario = chosen_scenario(proposal, args.scenario)
    listed = [_listed(proposal, u) for u in proposal.units_in(scenario.id)]
    header = ["Ref", "Name", "Kind", "In", "Organisation", "Status", "Lead", "Posts"]
    print_listing(args, listed, header)
    return 0


def _listed(proposal: Proposal, unit: Unit) -> dict[str, Any]:
    parent = proposal.units.get(unit.parent_id) if unit.parent_id else None
    lead = proposal.posts.get(unit.lead_post_id) if unit.lead_post_id else None
    return {
        "ref": unit.unit_ref,
        "name": unit.name,
        "kind": unit.kind.value,
        "parent": parent.unit_ref if parent else None,
        "organisation": proposal.organisations[unit.organisation_id].short_name,
        "status": unit.status.value,
        "lead": lead.post_ref if lead else None,
        "posts": sum(p.unit_id == unit.id for p in proposal.posts.values()),
    }
