"""orgchart pool add|set|close|remove|list FILE: ring-fenced pools of proposed posts; a person is
put in one with `orgchart outcome set PERSON --kind pool --pool NAME`."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    chosen_scenario,
    open_source,
    print_listing,
    saved_change,
)
from orgchart_app.cli.records import (
    Field,
    action_parser,
    add_field_options,
    given_fields,
    listing_parser,
    optional_date,
    post_in,
)
from orgchart_app.domain import Proposal
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.ids import PoolId
from orgchart_app.domain.outcomes import Pool
from orgchart_app.edits import ClosePool, Edit, PutPool, RemovePool

FIELDS: tuple[Field, ...] = (
    ("--name", "name", arguments.name, "a new name"),
    (
        "--selection",
        "selection",
        arguments.label,
        'how people are selected, e.g. "competitive interview"',
    ),
    ("--interview-date", "interview_date", optional_date(), 'YYYY-MM-DD ("" for none)'),
    ("--notes", "notes", arguments.prose, "a note kept with the pool"),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pool", help="add, change, close, remove and list the ring-fenced pools"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _action(actions, "add", "add a pool of proposed posts")
    _post_option(add, "a post ring-fenced to it (may be repeated)")
    add_field_options(add, FIELDS[1:])
    add.set_defaults(run=run_add)
    change = _action(actions, "set", "rename a pool, or change its posts, selection or notes")
    _post_option(change, "a post ring-fenced to it (replaces the list; may be repeated)")
    add_field_options(change, FIELDS)
    change.set_defaults(run=run_set)
    close = _action(actions, "close", "close a pool: those not placed from it are at risk")
    close.set_defaults(run=lambda a: saved_change(a, lambda p: ClosePool(_pool(p, a).id)))
    remove = _action(actions, "remove", "remove a pool and the outcomes naming it")
    remove.set_defaults(run=lambda a: saved_change(a, lambda p: RemovePool(_pool(p, a).id)))
    listing_parser(actions, "each pool of a proposed structure", run_list, "the proposed structure")


def _action(actions: Any, name: str, help: str) -> Any:
    parser = action_parser(actions, name, help, "the proposed structure the pool is in")
    parser.add_argument("pool", metavar="NAME", type=arguments.name, help='the pool ("Pool A")')
    return parser


def _post_option(parser: Any, help: str) -> None:
    parser.add_argument(
        "--post",
        dest="posts",
        action="append",
        metavar="REF",
        type=arguments.name,
        default=argparse.SUPPRESS,
        help=help,
    )


def _pool(proposal: Proposal, args: argparse.Namespace) -> Pool:
    scenario = chosen_scenario(proposal, args.scenario)
    for pool in proposal.pools_for(scenario.id):
        if pool.name.casefold() == args.pool.strip().casefold():
            return pool
    known = ", ".join(f'"{p.name}"' for p in proposal.pools_for(scenario.id)) or "none"
    raise CommandFailed(
        f'There is no pool "{shown(args.pool)}" in "{scenario.name}" (pools: {known}).'
    )


def _fields(proposal: Proposal, args: argparse.Namespace) -> dict[str, Any]:
    fields = {f: getattr(args, f) for _, f, _, _ in FIELDS if hasattr(args, f)}
    if hasattr(args, "posts"):
        scenario = chosen_scenario(proposal, args.scenario)
        found = (post_in(proposal, scenario, ref).id for ref in args.posts)
        fields["post_ids"] = tuple(dict.fromkeys(found))  # a post named twice is in it once
    return fields


def run_add(args: argparse.Namespace) -> int:
    def edit(proposal: Proposal) -> Edit:
        scenario = chosen_scenario(proposal, args.scenario)
        return PutPool(Pool(PoolId(0), scenario.id, args.pool, **_fields(proposal, args)))

    return saved_change(args, edit)


def run_set(args: argparse.Namespace) -> int:
    if not hasattr(args, "posts"):
        given_fields(args, FIELDS)  # refuses a call that says nothing to change
    return saved_change(
        args, lambda p: PutPool(dataclasses.replace(_pool(p, args), **_fields(p, args)))
    )


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    scenario = chosen_scenario(proposal, args.scenario)
    listed = [_listed(proposal, pool) for pool in proposal.pools_for(scenario.id)]
    header = ["Name", "Posts", "Selection", "Interview", "People", "Notes"]
    print_listing(args, listed, header)
    return 0


def _listed(proposal: Proposal, pool: Pool) -> dict[str, Any]:
    return {
        "name": pool.name,
        "posts": ", ".join(proposal.posts[p].post_ref for p in pool.post_ids),
        "selection": pool.selection,
        "interview_date": pool.interview_date.isoformat() if pool.interview_date else None,
        "people": len(proposal.pool_members(pool.id)),
        "notes": pool.notes,
    }
