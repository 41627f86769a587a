"""orgchart consultation set|show FILE: a proposed structure's consultation dates and the local
policy its one-off costs are worked out by (slot threshold, multiplier, pay protection, notice)."""

from __future__ import annotations

import argparse
import dataclasses
from decimal import Decimal
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    add_file_argument,
    add_force_argument,
    add_format_argument,
    add_scenario_argument,
    chosen_scenario,
    decimal_argument,
    open_source,
    print_json,
    print_listing,
    saved_change,
)
from orgchart_app.cli.records import Field, add_field_options, given_fields, optional_date, yes_no
from orgchart_app.domain import Proposal
from orgchart_app.edits import Edit, PutConsultation


def _percentages(text: str) -> tuple[Decimal, ...]:
    """Pay protection: the percentage kept in each protected year, "100,50" for two years."""
    return tuple(decimal_argument(part) for part in text.split(",") if part.strip())


_DATES = ("start", "end", "hr1_sent", "selection_date", "notice_date", "implementation_date")

FIELDS: tuple[Field, ...] = (
    *((f"--{f.replace('_', '-')}", f, optional_date(), 'YYYY-MM-DD ("" for none)') for f in _DATES),
    (
        "--slot-threshold",
        "slot_threshold",
        float,
        "the job match in percent at or above which people are slotted in",
    ),
    (
        "--other-redundancies",
        "other_redundancies",
        arguments.whole_number(0, 1_000_000),
        "other redundancies proposed at the establishment within the 90 days",
    ),
    ("--actual-pay", "actual_pay", yes_no, "yes: the actual week's pay, not the statutory cap"),
    ("--multiplier", "multiplier", decimal_argument, "the multiple of the statutory weeks"),
    (
        "--protection",
        "protection",
        _percentages,
        'pay kept in each protected year, in percent: "100,50" for two years',
    ),
    (
        "--contractual-notice-weeks",
        "contractual_notice_weeks",
        arguments.whole_number(0, 520),
        "the notice the contracts give, where longer than the statute's",
    ),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "consultation", help="set and show a proposed structure's consultation dates and policy"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    change = actions.add_parser("set", help="set consultation dates and local policy")
    add_file_argument(change)
    add_scenario_argument(change, "the proposed structure consulted on")
    add_field_options(change, FIELDS)
    add_force_argument(change)
    change.set_defaults(run=run_set)
    show = actions.add_parser("show", help="the consultation as set (defaults where not)")
    add_file_argument(show)
    add_scenario_argument(show, "the proposed structure consulted on")
    add_format_argument(show, ("text", "json"))
    show.set_defaults(run=run_show)


def run_set(args: argparse.Namespace) -> int:
    fields = given_fields(args, FIELDS)

    def edit(proposal: Proposal) -> Edit:
        scenario = chosen_scenario(proposal, args.scenario)
        consultation = proposal.consultation_for(scenario.id)
        return PutConsultation(dataclasses.replace(consultation, **fields))

    return saved_change(args, edit)


def run_show(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    consultation = proposal.consultation_for(chosen_scenario(proposal, args.scenario).id)
    shown = {f: _value(getattr(consultation, f)) for _, f, _, _ in FIELDS}
    if args.format == "json":
        print_json(shown)
        return 0
    print_listing(args, [{"field": f, "value": v} for f, v in shown.items()], ["Field", "Value"])
    return 0


def _value(value: object) -> Any:
    if isinstance(value, tuple):
        return ",".join(_value(v) for v in value)
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return value.isoformat() if hasattr(value, "isoformat") else value
