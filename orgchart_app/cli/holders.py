"""orgchart holder add|set|remove|list FILE: the people holding posts. Their names are personal
data: `list` shows each as "POST-REF #N" (as `orgchart people` does) unless --names is given."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from orgchart_app.analysis.people_costs import person_label
from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    chosen_scenario,
    decimal_argument,
    open_source,
    print_listing,
    saved_change,
)
from orgchart_app.cli.records import (
    Field,
    action_parser,
    add_field_options,
    add_names_argument,
    given_fields,
    listing_parser,
    money,
    names_hidden,
    optional,
    optional_date,
    person_in,
    post_in,
)
from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import ContractKind
from orgchart_app.domain.ids import PostholderId
from orgchart_app.domain.model import Postholder
from orgchart_app.edits import Edit, PutPerson, RemovePerson

IN = "the scenario the post is in"
_CONTRACTS = tuple(kind.value for kind in ContractKind)
_MONEY = ("salary", "pension_strain")

# Every field but the post, which --post moves the person to (a post reference).
FIELDS: tuple[Field, ...] = (
    ("--name", "name", arguments.label, "the person's name (personal data)"),
    (
        "--employee-number",
        "employee_number",
        arguments.label,
        "their employee or assignment number",
    ),
    ("--fte", "fte", float, "the FTE they hold of the post, e.g. 0.5 for a job share"),
    ("--contract", "contract", ContractKind, f"one of {', '.join(_CONTRACTS)}"),
    ("--contract-end", "contract_end", optional_date(), 'a fixed term\'s end ("" for none)'),
    ("--service-start", "service_start", optional_date(), 'continuous service from ("" for none)'),
    ("--date-of-birth", "date_of_birth", optional_date(), 'YYYY-MM-DD ("" for none)'),
    ("--age", "age", optional(arguments.whole_number(15, 100)), 'their age ("" for none)'),
    (
        "--salary",
        "salary",
        optional(decimal_argument),
        'their own pay where it differs ("" for none)',
    ),
    ("--spinal-point", "spinal_point", optional(int), 'their own pay point ("" for none)'),
    (
        "--pension-strain",
        "pension_strain",
        optional(decimal_argument),
        'the fund\'s strain cost of early release ("" for none)',
    ),
    ("--notes", "notes", arguments.prose, "a note kept with the person"),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "holder", help="add, change, remove and list the people holding posts (personal data)"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = action_parser(actions, "add", "add a person to a post", IN)
    add.add_argument("post", metavar="REF", type=arguments.name, help="the post they hold")
    add_field_options(add, FIELDS)
    add.set_defaults(run=run_add)
    change = action_parser(
        actions, "set", "change a person's details, or move them to another post", IN
    )
    _person_argument(change)
    change.add_argument(
        "--post",
        metavar="REF",
        type=arguments.name,
        default=argparse.SUPPRESS,
        help="the post they hold",
    )
    add_field_options(change, FIELDS)
    change.set_defaults(run=run_set)
    remove = action_parser(
        actions, "remove", "remove a person (and any outcome decided for them)", IN
    )
    _person_argument(remove)
    remove.set_defaults(run=lambda a: _saved(a, lambda p: RemovePerson(_person(p, a).id)))
    listing = listing_parser(
        actions, 'the people of a scenario, as "POST-REF #N"', run_list, "the scenario listed"
    )
    add_names_argument(listing)


def _saved(args: argparse.Namespace, make_edit: Any) -> int:
    """saved_change() with any person a refusal names shown as "POST-REF #N"."""
    with names_hidden(args):
        return saved_change(args, make_edit)


def _person_argument(parser: Any) -> None:
    parser.add_argument(
        "person",
        type=arguments.name,
        metavar="PERSON",
        help='"POST-REF #N" as `holder list` shows it, or employee number',
    )


def _person(proposal: Proposal, args: argparse.Namespace) -> Postholder:
    return person_in(proposal, chosen_scenario(proposal, args.scenario), args.person)


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """The fields given, money as the file keeps it."""
    fields = {f: getattr(args, f) for _, f, _, _ in FIELDS if hasattr(args, f)}
    return {f: money(v) if f in _MONEY else v for f, v in fields.items()}


def run_add(args: argparse.Namespace) -> int:
    def edit(proposal: Proposal) -> Edit:
        post = post_in(proposal, chosen_scenario(proposal, args.scenario), args.post)
        return PutPerson(Postholder(PostholderId(0), post.id, **{"name": "", **_given(args)}))

    return _saved(args, edit)


def run_set(args: argparse.Namespace) -> int:
    if not hasattr(args, "post"):
        given_fields(args, FIELDS)  # refuses a call that says nothing to change

    def edit(proposal: Proposal) -> Edit:
        person = _person(proposal, args)
        changed = _given(args)
        if hasattr(args, "post"):
            scenario = chosen_scenario(proposal, args.scenario)
            changed["post_id"] = post_in(proposal, scenario, args.post).id
        return PutPerson(dataclasses.replace(person, **changed))

    return _saved(args, edit)


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    scenario = chosen_scenario(proposal, args.scenario)
    listed = [_listed(proposal, p, args.names) for p in proposal.postholders_in(scenario.id)]
    header = ["Person", "Post", "FTE", "Contract", "Contract end"]
    print_listing(args, listed, header + (["Name", "Employee number"] if args.names else []))
    return 0


def _listed(proposal: Proposal, person: Postholder, names: bool) -> dict[str, Any]:
    listed: dict[str, Any] = {
        "person": person_label(proposal, person, names=False),
        "post": proposal.posts[person.post_id].title,
        "fte": person.fte,
        "contract": person.contract.value,
        "contract_end": person.contract_end.isoformat() if person.contract_end else None,
    }
    if names:
        listed |= {"name": person.name, "employee_number": person.employee_number}
    return listed
