"""orgchart post set FILE REF --FIELD VALUE: the post fields a changes sheet does not carry
(quantity, funding, cost code, statutory role, salary, notes, end date, ...), one edit per call."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    add_file_argument,
    add_force_argument,
    add_scenario_argument,
    chosen_scenario,
    decimal_argument,
    saved_change,
)
from orgchart_app.cli.records import (
    Field,
    add_field_options,
    given_fields,
    optional,
    optional_date,
    post_in,
    yes_no,
)
from orgchart_app.domain import Post, Proposal
from orgchart_app.domain.enums import OfficerCategory
from orgchart_app.edits import Edit, UpdatePost

# Each option left out keeps the field as it is.
FIELDS: tuple[Field, ...] = (
    (
        "--quantity",
        "quantity",
        arguments.whole_number(0, 1_000_000),
        "how many posts the box stands for",
    ),
    ("--funded", "funded", yes_no, "yes or no"),
    ("--cost-code", "cost_code", arguments.label, "the cost centre paying for it"),
    ("--statutory-role", "statutory_role", arguments.label, 'e.g. "DASS" ("" for none)'),
    (
        "--officer-category",
        "officer_category",
        OfficerCategory,
        "chief, deputy_chief_designated, ...",
    ),
    (
        "--assistant",
        "is_assistant",
        yes_no,
        "yes: drawn beside its manager as an assistant",
    ),
    (
        "--temporary-line",
        "temporary_line",
        yes_no,
        "yes: its line management is interim",
    ),
    (
        "--salary",
        "salary",
        optional(decimal_argument),
        'a stated salary over the grade\'s ("" for none)',
    ),
    ("--notes", "notes", arguments.prose, "a note kept with the post"),
    (
        "--end-date",
        "end_date",
        optional_date(),
        'a fixed-term post\'s end, YYYY-MM-DD ("" for none)',
    ),
    ("--funding-source", "funding_source", arguments.label, "the funding source paying for it"),
    ("--spinal-point", "spinal_point", optional(int), 'its pay point ("" for none)'),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("post", help="change a post's other fields (see also `apply`)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    change = actions.add_parser(
        "set", help="set fields of one post; `orgchart apply` changes many posts from a sheet"
    )
    add_file_argument(change)
    change.add_argument("post_ref", metavar="REF", type=arguments.name, help="the post's reference")
    add_scenario_argument(change, "the scenario the post is in")
    add_field_options(change, FIELDS)
    add_force_argument(change)
    change.set_defaults(run=run_set)


def run_set(args: argparse.Namespace) -> int:
    fields = tuple(given_fields(args, FIELDS).items())

    def edit(proposal: Proposal) -> Edit:
        return UpdatePost(_post(proposal, args).id, tuple((f, _typed(f, v)) for f, v in fields))

    return saved_change(args, edit)


def _typed(field: str, value: object) -> object:
    # The file keeps salaries as Decimal and choices as their enums: values as the panel sets them.
    if field == "salary" and value is not None:
        return Decimal(str(value))
    return value


def _post(proposal: Proposal, args: argparse.Namespace) -> Post:
    return post_in(proposal, chosen_scenario(proposal, args.scenario), args.post_ref)
