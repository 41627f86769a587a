"""orgchart line add|set|remove|list FILE: the dotted lines (accountability, matrix, professional,
secondment) between posts of a scenario, with the share of time and the label they carry."""

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
    optional,
    post_in,
    yes_no,
)
from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import DottedLineKind
from orgchart_app.domain.ids import DottedLineId
from orgchart_app.domain.model import DottedLine
from orgchart_app.edits import AddDottedLine, Edit, EditDottedLine, RemoveDottedLine

_KINDS = tuple(kind.value for kind in DottedLineKind)

FIELDS: tuple[Field, ...] = (
    ("--kind", "kind", DottedLineKind, f"one of {', '.join(_KINDS)}"),
    (
        "--share",
        "share_percent",
        optional(float),
        'the share of the first post\'s time, in percent, e.g. 10 ("" for none)',
    ),
    ("--label", "label", arguments.label, 'the words drawn on it, e.g. "10% MHCC" ("" for none)'),
    ("--temporary", "temporary", yes_no, "yes: an interim arrangement"),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "line", help="add, change, remove and list the dotted lines between posts"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _action(actions, "add", "draw a dotted line from one post to another")
    add_field_options(add, FIELDS)
    add.set_defaults(run=run_add)
    change = _action(actions, "set", "change a dotted line's kind, share, label or interim mark")
    add_field_options(change, FIELDS)
    change.set_defaults(run=run_set)
    remove = _action(actions, "remove", "remove a dotted line")
    remove.set_defaults(run=run_remove)
    listing_parser(actions, "each dotted line of a scenario", run_list, "the scenario listed")


def _action(actions: Any, name: str, help: str) -> Any:
    parser = action_parser(actions, name, help, "the scenario the posts are in")
    parser.add_argument("source", metavar="FROM", type=arguments.name, help="the post it starts at")
    parser.add_argument("target", metavar="TO", type=arguments.name, help="the post it goes to")
    return parser


def _line(proposal: Proposal, args: argparse.Namespace) -> DottedLine:
    scenario = chosen_scenario(proposal, args.scenario)
    source = post_in(proposal, scenario, args.source)
    target = post_in(proposal, scenario, args.target)
    for line in proposal.dotted_lines_in(scenario.id):
        if (line.from_post_id, line.to_post_id) == (source.id, target.id):
            return line
    raise CommandFailed(
        f'There is no dotted line from "{source.post_ref}" to "{target.post_ref}" '
        f'in "{scenario.name}" (`orgchart line list FILE` lists them).'
    )


def run_add(args: argparse.Namespace) -> int:
    def edit(proposal: Proposal) -> Edit:
        scenario = chosen_scenario(proposal, args.scenario)
        source = post_in(proposal, scenario, args.source)
        target = post_in(proposal, scenario, args.target)
        fields = {f: getattr(args, f) for _, f, _, _ in FIELDS if hasattr(args, f)}
        return AddDottedLine(
            DottedLine(DottedLineId(0), scenario.id, source.id, target.id, **fields)
        )

    return saved_change(args, edit)


def run_set(args: argparse.Namespace) -> int:
    fields = given_fields(args, FIELDS)

    def edit(proposal: Proposal) -> Edit:
        line = dataclasses.replace(_line(proposal, args), **fields)
        return EditDottedLine(line.id, line.kind, line.share_percent, line.label, line.temporary)

    return saved_change(args, edit)


def run_remove(args: argparse.Namespace) -> int:
    return saved_change(args, lambda proposal: RemoveDottedLine(_line(proposal, args).id))


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    scenario = chosen_scenario(proposal, args.scenario)
    listed = [_listed(proposal, d) for d in proposal.dotted_lines_in(scenario.id)]
    header = ["From", "To", "Kind", "Share %", "Label", "Temporary"]
    print_listing(args, listed, header)
    return 0


def _listed(proposal: Proposal, line: DottedLine) -> dict[str, Any]:
    return {
        "from": proposal.posts[line.from_post_id].post_ref,
        "to": proposal.posts[line.to_post_id].post_ref,
        "kind": line.kind.value,
        "share_percent": line.share_percent,
        "label": line.label,
        "temporary": line.temporary,
    }
