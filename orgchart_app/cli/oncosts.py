"""orgchart oncosts set|list: employer NI, pension and apprenticeship levy per employer and year."""

from __future__ import annotations

import argparse
import dataclasses
from decimal import Decimal
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    change_file,
    decimal_argument,
    open_source,
    organisation_named,
    table,
)
from orgchart_app.domain import Proposal
from orgchart_app.domain.model import OnCostRule
from orgchart_app.domain.shipped_pay import shipped_on_costs
from orgchart_app.domain.wording import money_text, rate_text
from orgchart_app.edits import types as t
from orgchart_app.edits.pay_setup import on_cost_rule

HUNDRED = Decimal(100)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "oncosts",
        help="employer on-costs (NI, pension, apprenticeship levy) per employer and pay year",
    )
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    put = commands.add_parser(
        "set",
        help="set one employer's on-costs for a pay year "
        "(NI and the levy from HMRC's rates unless given)",
    )
    add_file_argument(put)
    put.add_argument(
        "--organisation",
        required=True,
        metavar="ORG",
        type=arguments.name,
        help="the employer, by short name or name",
    )
    put.add_argument(
        "--year", required=True, metavar="YEAR", type=arguments.name, help='e.g. "2025/26"'
    )
    put.add_argument(
        "--pension-rate",
        type=decimal_argument,
        metavar="PERCENT",
        help="the employer's pension rate, e.g. 20.5 (LGPS: the fund's rate for this employer; "
        "with --nhs-pension, the rate paid directly, needed for a year without shipped rates)",
    )
    put.add_argument(
        "--nhs-pension",
        action="store_true",
        help="NHS Pension Scheme: the shipped paid and full rates for 2023/24-2025/26 "
        "unless --pension-rate and --nhs-full-rate are given",
    )
    put.add_argument(
        "--nhs-full-rate",
        type=decimal_argument,
        metavar="PERCENT",
        help="with --nhs-pension: the scheme's full cost, e.g. 23.78 (paid partly centrally)",
    )
    put.add_argument(
        "--pension-scheme",
        default="",
        metavar="NAME",
        type=arguments.optional_title_block_text,
        help='e.g. "LGPS (GMPF)"',
    )
    put.add_argument(
        "--ni-rate",
        type=decimal_argument,
        metavar="PERCENT",
        help="employer NI rate (default: HMRC's for the year)",
    )
    put.add_argument(
        "--ni-threshold",
        type=decimal_argument,
        metavar="POUNDS",
        help="secondary threshold a year (default: HMRC's for the year)",
    )
    put.add_argument(
        "--levy",
        type=decimal_argument,
        metavar="PERCENT",
        help="apprenticeship levy (default 0.5; 0 for an employer under £3m pay bill)",
    )
    put.add_argument(
        "--source",
        metavar="TEXT",
        type=arguments.prose,
        help="where the rates come from, e.g. the fund's valuation letter (default: the shipped "
        "rates' sources, and the rates typed in said as entered by the user)",
    )
    add_force_argument(put)
    put.set_defaults(run=run_set)
    listing = commands.add_parser("list", help="the on-cost rules and the shipped HMRC rates")
    add_file_argument(listing)
    listing.set_defaults(run=run_list)


def _fraction(percent: Decimal | None) -> Decimal | None:
    return None if percent is None else percent / HUNDRED


def run_set(args: argparse.Namespace) -> int:
    if args.pension_rate is None and not args.nhs_pension:
        raise CommandFailed(
            "Give the employer's pension rate (--pension-rate), or --nhs-pension for the "
            "NHS Pension Scheme."
        )
    if args.nhs_full_rate is not None and not args.nhs_pension:
        raise CommandFailed("--nhs-full-rate is for the NHS Pension Scheme: add --nhs-pension.")

    def edit(proposal: Proposal) -> t.Edit:
        organisation = organisation_named(proposal, args.organisation)
        rule = on_cost_rule(
            proposal,
            organisation.id,
            args.year.strip(),
            pension_scheme=args.pension_scheme,
            pension_rate=_fraction(args.pension_rate),
            nhs_pension=args.nhs_pension,
            ni_rate=_fraction(args.ni_rate),
            ni_threshold=args.ni_threshold,
            levy_rate=_fraction(args.levy),
            pension_full_rate=_fraction(args.nhs_full_rate),
        )
        if args.source is None or not isinstance(rule.record, OnCostRule):
            return rule
        return t.PutPayRecord(dataclasses.replace(rule.record, source=args.source.strip()))

    print(change_file(args, edit, args.force))
    return 0


def list_lines(proposal: Proposal) -> list[str]:
    rows = [["Employer", "Year", "NI", "Threshold", "Pension", "Levy"]]
    for rule in sorted(
        proposal.on_cost_rules.values(), key=lambda r: (r.organisation_id, r.pay_year)
    ):
        pension = f"{rule.pension_scheme or 'pension'} {rate_text(rule.pension_rate)}"
        if rule.pension_full_rate is not None:
            pension += f" (full cost {rate_text(rule.pension_full_rate)})"
        rows.append(
            [
                proposal.organisations[rule.organisation_id].short_name,
                rule.pay_year,
                rate_text(rule.ni_rate),
                money_text(rule.ni_threshold),
                pension,
                rate_text(rule.apprenticeship_levy_rate),
            ]
        )
    lines = ["On-cost rules", table(rows) if len(rows) > 1 else "  none"]
    missing = [
        o.short_name
        for o in proposal.organisations.values()
        if not any(r.organisation_id == o.id for r in proposal.on_cost_rules.values())
    ]
    if missing:
        lines.append(
            f"No on-cost rule for: {', '.join(missing)} (their posts cost basic pay "
            "only, and the cost says so)."
        )
    lines += [
        "",
        "Shipped HMRC rates (used when `oncosts set` is given no NI rate)",
        table(
            [["Year", "NI", "Threshold", "Levy"]]
            + [
                [
                    s.pay_year,
                    rate_text(s.ni_rate),
                    money_text(s.ni_threshold),
                    rate_text(s.levy_rate),
                ]
                for s in shipped_on_costs().values()
            ]
        ),
    ]
    return lines


def run_list(args: argparse.Namespace) -> int:
    print("\n".join(list_lines(open_source(args).proposal)))
    return 0
