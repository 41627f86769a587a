"""orgchart outcome set|clear|list FILE: what happens to each person of the current structure
(--from) in the proposed one (--to): slotted in, pooled, at risk, redeployed, TUPE, leaving."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from typing import Any

from orgchart_app.analysis.people_costs import person_label
from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_pair_arguments,
    change_file,
    chosen_pair,
    open_source,
    organisation_named,
    print_listing,
)
from orgchart_app.cli.records import (
    Field,
    action_parser,
    add_field_options,
    add_names_argument,
    given_fields,
    listing_parser,
    names_hidden,
    optional,
    optional_date,
    person_in,
    post_in,
    yes_no,
)
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import OutcomeId
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.outcomes import Outcome, OutcomeKind
from orgchart_app.edits import Edit, PutOutcome, RemoveOutcome

_KINDS = tuple(kind.value for kind in OutcomeKind)

# The post, pool and employer are named as the user knows them and found in the proposal.
FIELDS: tuple[Field, ...] = (
    ("--kind", "kind", OutcomeKind, f"one of {', '.join(_KINDS)}"),
    (
        "--to-post",
        "to_post_id",
        optional(arguments.name),
        'the proposed post they go to ("" for none)',
    ),
    (
        "--job-match",
        "job_match",
        optional(float),
        'the assessed job match in percent ("" for none)',
    ),
    ("--pool", "pool_id", optional(arguments.name), 'the pool they are in ("" for none)'),
    (
        "--to-employer",
        "to_employer_id",
        optional(arguments.name),
        'a TUPE transfer\'s employer ("" for none)',
    ),
    ("--confirmed", "confirmed", yes_no, "yes once the outcome is decided, not only proposed"),
    ("--leaving-date", "leaving_date", optional_date(), 'the day they leave ("" for none)'),
    ("--notes", "notes", arguments.prose, "a note kept with the outcome"),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "outcome", help="set, clear and list each person's outcome in the proposed structure"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    change = _action(actions, "set", "set a person's outcome (a new one needs --kind)")
    add_field_options(change, FIELDS)
    change.set_defaults(run=run_set)
    clear = _action(actions, "clear", "remove a person's outcome")
    clear.set_defaults(run=run_clear)
    listing = listing_parser(actions, "each person's outcome (no names unless --names)", run_list)
    add_pair_arguments(listing, "the current structure", "the proposed structure")
    add_names_argument(listing)


def _action(actions: Any, name: str, help: str) -> Any:
    parser = action_parser(actions, name, help)
    parser.add_argument(
        "person",
        type=arguments.name,
        metavar="PERSON",
        help='"POST-REF #N" as `holder list` shows it, or employee number',
    )
    add_pair_arguments(parser, "the structure the person is in", "the proposed structure")
    return parser


def _person(proposal: Proposal, args: argparse.Namespace) -> tuple[Postholder, Outcome | None]:
    before, after = chosen_pair(proposal, args)
    person = person_in(proposal, before, args.person)
    return person, proposal.outcome_of(person.id, after.id)


def _outcome(proposal: Proposal, args: argparse.Namespace) -> Outcome:
    person, outcome = _person(proposal, args)
    if outcome is None:
        raise CommandFailed(f'"{args.person}" has no outcome to clear.')
    return outcome


def _fields(proposal: Proposal, args: argparse.Namespace) -> dict[str, Any]:
    """The given fields, with the post, pool and employer found by what the user typed."""
    _, after = chosen_pair(proposal, args)
    fields = given_fields(args, FIELDS)
    if fields.get("to_post_id") is not None:
        fields["to_post_id"] = post_in(proposal, after, fields["to_post_id"]).id
    if fields.get("pool_id") is not None:
        named = fields["pool_id"].casefold()
        pool = next((p for p in proposal.pools_for(after.id) if p.name.casefold() == named), None)
        if pool is None:
            raise CommandFailed(f'There is no pool "{fields["pool_id"]}" in "{after.name}".')
        fields["pool_id"] = pool.id
    if fields.get("to_employer_id") is not None:
        fields["to_employer_id"] = organisation_named(proposal, fields["to_employer_id"]).id
    return fields


def run_set(args: argparse.Namespace) -> int:
    given_fields(args, FIELDS)  # refuses a call that says nothing to change

    def edit(proposal: Proposal) -> Edit:
        person, outcome = _person(proposal, args)
        fields = _fields(proposal, args)
        if outcome is None:
            if "kind" not in fields:
                raise CommandFailed(f'"{args.person}" has no outcome yet: give its --kind.')
            _, after = chosen_pair(proposal, args)
            outcome = Outcome(OutcomeId(0), person.id, after.id, fields.pop("kind"))
        return PutOutcome(dataclasses.replace(outcome, **fields))

    return _said(args, edit, lambda e: f"{e.outcome.kind.label}")


def run_clear(args: argparse.Namespace) -> int:
    return _said(args, lambda p: RemoveOutcome(_outcome(p, args).id), lambda _: "outcome cleared")


def _said(args: argparse.Namespace, make: Any, what: Callable[[Any], str]) -> int:
    """Apply the edit and say what changed with the person as typed: the edit's own name
    carries their name, which is personal data and is not printed unless asked."""
    made: list[Edit] = []

    def edit(proposal: Proposal) -> Edit:
        made.append(make(proposal))
        return made[0]

    with names_hidden(args):
        change_file(args, edit, args.force)
    print(f"{args.person}: {what(made[0])}.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    before, after = chosen_pair(proposal, args)
    people = proposal.postholders_in(before.id)
    listed = [_listed(proposal, p, after.id, args.names) for p in people]
    header = ["Person", "Outcome", "To post", "Job match", "Pool", "Confirmed", "Leaving"]
    print_listing(args, listed, header)
    return 0


def _listed(proposal: Proposal, person: Postholder, to_id: Any, names: bool) -> dict[str, Any]:
    outcome = proposal.outcome_of(person.id, to_id)
    post = proposal.posts.get(outcome.to_post_id) if outcome and outcome.to_post_id else None
    pool = proposal.pools.get(outcome.pool_id) if outcome and outcome.pool_id else None
    return {
        "person": person_label(proposal, person, names),
        "outcome": outcome.kind.value if outcome else None,
        "to_post": post.post_ref if post else None,
        "job_match": outcome.job_match if outcome else None,
        "pool": pool.name if pool else None,
        "confirmed": outcome.confirmed if outcome else None,
        "leaving_date": outcome.leaving_date.isoformat()
        if outcome and outcome.leaving_date
        else None,
    }
