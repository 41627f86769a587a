"""orgchart post set FILE REF --FIELD VALUE: the post fields a changes sheet does not carry
(quantity, funding, cost code, statutory role, salary, notes, end date, ...), one edit per call."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    add_scenario_argument,
    chosen_scenario,
    decimal_argument,
    saved_change,
)
from orgchart_app.domain import Post, Proposal
from orgchart_app.domain.enums import OfficerCategory
from orgchart_app.edits import Edit, UpdatePost

_YES_NO = {"yes": True, "no": False}


def _optional(convert: Callable[[str], object]) -> Callable[[str], object]:
    """An argparse type where "" clears the field (None)."""
    return lambda text: None if not text.strip() else convert(text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a date such as 2028-03-31') from None


# (option, Post field, argparse type, help); each option left out keeps the field as it is.
FIELDS: tuple[tuple[str, str, Callable[[str], object], str], ...] = (
    (
        "--quantity",
        "quantity",
        arguments.whole_number(0, 1_000_000),
        "how many posts the box stands for",
    ),
    ("--funded", "funded", _YES_NO.__getitem__, "yes or no"),
    ("--cost-code", "cost_code", str, "the cost centre paying for it"),
    ("--statutory-role", "statutory_role", str, 'e.g. "DASS" ("" for none)'),
    (
        "--officer-category",
        "officer_category",
        OfficerCategory,
        "chief, deputy_chief_designated, ...",
    ),
    (
        "--assistant",
        "is_assistant",
        _YES_NO.__getitem__,
        "yes: drawn beside its manager as an assistant",
    ),
    (
        "--temporary-line",
        "temporary_line",
        _YES_NO.__getitem__,
        "yes: its line management is interim",
    ),
    (
        "--salary",
        "salary",
        _optional(decimal_argument),
        'a stated salary over the grade\'s ("" for none)',
    ),
    ("--notes", "notes", str, "a note kept with the post"),
    (
        "--end-date",
        "end_date",
        _optional(_date),
        'a fixed-term post\'s end, YYYY-MM-DD ("" for none)',
    ),
    ("--funding-source", "funding_source", str, "the funding source paying for it"),
    ("--spinal-point", "spinal_point", _optional(int), 'its pay point ("" for none)'),
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
    for option, field, kind, text in FIELDS:
        change.add_argument(option, dest=field, type=kind, default=argparse.SUPPRESS, help=text)
    add_force_argument(change)
    change.set_defaults(run=run_set)


def run_set(args: argparse.Namespace) -> int:
    fields = tuple((f, getattr(args, f)) for _, f, _, _ in FIELDS if hasattr(args, f))
    if not fields:
        options = ", ".join(option for option, _, _, _ in FIELDS)
        raise CommandFailed(f"Say what to change: {options}.")

    def edit(proposal: Proposal) -> Edit:
        return UpdatePost(_post(proposal, args).id, tuple((f, _typed(f, v)) for f, v in fields))

    return saved_change(args, edit)


def _typed(field: str, value: object) -> object:
    # The file keeps salaries as Decimal and choices as their enums: values as the panel sets them.
    if field == "salary" and value is not None:
        return Decimal(str(value))
    return value


def _post(proposal: Proposal, args: argparse.Namespace) -> Post:
    scenario = chosen_scenario(proposal, args.scenario)
    for post in proposal.posts_in(scenario.id):
        if post.post_ref.casefold() == args.post_ref.casefold():
            return post
    raise CommandFailed(f'There is no post "{args.post_ref}" in "{scenario.name}".')
