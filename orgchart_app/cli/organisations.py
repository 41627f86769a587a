"""orgchart org add|set|remove|list FILE: the employers and partner organisations of a proposal."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    add_format_argument,
    open_source,
    organisation_named,
    print_listing,
    saved_change,
)
from orgchart_app.domain import OrganisationKind, Proposal
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.ids import OrganisationId, PayScaleId
from orgchart_app.domain.model import Organisation
from orgchart_app.edits import Edit, PutOrganisation, RemoveOrganisation

_KINDS = tuple(kind.value for kind in OrganisationKind)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "org", help="add, change, remove and list the organisations (employers and partners)"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an organisation (a second employer, a partner)")
    add_file_argument(add)
    add.add_argument("name", metavar="NAME", type=arguments.name, help="its full name")
    _field_arguments(add, short_help="the short name charts show (default: the name)")
    add.set_defaults(run=run_add)
    change = actions.add_parser(
        "set", help="change an organisation's name, short name, kind or colour"
    )
    add_file_argument(change)
    change.add_argument("organisation", metavar="ORG", help="its name or short name")
    change.add_argument("--name", type=arguments.name, help="a new full name")
    change.add_argument(
        "--pay-scale",
        metavar="SCALE",
        type=arguments.label,
        help='the pay scale its posts are graded on, by name ("" for none: the proposal\'s own)',
    )
    _field_arguments(change, short_help="a new short name")
    change.set_defaults(run=run_set)
    remove = actions.add_parser("remove", help="remove an organisation nothing uses any more")
    add_file_argument(remove)
    remove.add_argument("organisation", metavar="ORG", help="its name or short name")
    remove.set_defaults(run=run_remove)
    for action in (add, change, remove):
        add_force_argument(action)
    listing = actions.add_parser(
        "list", help="each organisation and how many posts and units use it"
    )
    add_file_argument(listing)
    add_format_argument(listing, ("text", "json"))
    listing.set_defaults(run=run_list)


def _field_arguments(parser: Any, short_help: str) -> None:
    parser.add_argument("--short-name", type=arguments.name, help=short_help)
    parser.add_argument("--kind", choices=_KINDS, help=f"one of {', '.join(_KINDS)}")
    parser.add_argument("--colour", metavar="#RRGGBB", help='its colour on charts ("" for none)')


def run_add(args: argparse.Namespace) -> int:
    added = Organisation(
        OrganisationId(0),
        args.name,
        args.short_name or args.name,
        OrganisationKind(args.kind or OrganisationKind.OTHER.value),
        args.colour or "",
    )
    return saved_change(args, lambda _: PutOrganisation(added))


def run_set(args: argparse.Namespace) -> int:
    if all(getattr(args, f) is None for f in ("name", "short_name", "kind", "colour", "pay_scale")):
        raise CommandFailed(
            "Say what to change: --name, --short-name, --kind, --colour or --pay-scale."
        )

    def edit(proposal: Proposal) -> Edit:
        found = organisation_named(proposal, args.organisation)
        return PutOrganisation(
            dataclasses.replace(
                found,
                name=found.name if args.name is None else args.name,
                short_name=args.short_name or found.short_name,
                kind=found.kind if args.kind is None else OrganisationKind(args.kind),
                colour=found.colour if args.colour is None else args.colour,
                pay_scale_id=found.pay_scale_id
                if args.pay_scale is None
                else _pay_scale(proposal, args.pay_scale),
            )
        )

    return saved_change(args, edit)


def _pay_scale(proposal: Proposal, name: str) -> PayScaleId | None:
    if not name.strip():
        return None
    for scale in proposal.pay_scales.values():
        if scale.name.casefold() == name.strip().casefold():
            return scale.id
    known = ", ".join(f'"{s.name}"' for s in proposal.pay_scales.values()) or "none"
    raise CommandFailed(f'There is no pay scale called "{shown(name)}" (pay scales: {known}).')


def run_remove(args: argparse.Namespace) -> int:
    def edit(proposal: Proposal) -> Edit:
        return RemoveOrganisation(organisation_named(proposal, args.organisation).id)

    return saved_change(args, edit)


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    listed = [_listed(proposal, o) for o in proposal.organisations.values()]
    print_listing(args, listed, ["Short name", "Name", "Kind", "Colour", "Posts", "Units"])
    return 0


def _listed(proposal: Proposal, organisation: Organisation) -> dict[str, Any]:
    key = organisation.id
    posts = proposal.posts.values()
    return {
        "short_name": organisation.short_name,
        "name": organisation.name,
        "kind": organisation.kind.value,
        "colour": organisation.colour,
        "posts": sum(key in (p.employer_id, p.deployed_to_id) for p in posts),
        "units": sum(u.organisation_id == key for u in proposal.units.values()),
    }
