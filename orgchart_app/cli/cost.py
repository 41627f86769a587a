"""orgchart cost FILE --scenario S [--against-budget]: what a structure costs, and whether it fits."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from orgchart_app.analysis.budget import BudgetFit, budget_fit
from orgchart_app.analysis.costing import (
    CostComparison,
    CostingOptions,
    CostTotals,
    PensionBasis,
    PostCost,
    ScenarioCost,
    assumptions,
    compare_costs,
    cost_not_given,
    cost_scenario,
)
from orgchart_app.analysis.funding import funding_plan, year_range
from orgchart_app.analysis.money import whole_pounds
from orgchart_app.analysis.pay import pay_years
from orgchart_app.analysis.people_costs import one_off_costs
from orgchart_app.cli import arguments, one_off
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_format_argument,
    add_scenario_argument,
    chosen_scenario,
    open_source,
    print_csv,
    print_json,
    scenario,
)
from orgchart_app.cli.cost_text import budget_text, cost_text
from orgchart_app.cli.cost_years import plan_json, plan_text
from orgchart_app.domain import CostingPoint, PostId, Proposal, ScenarioId
from orgchart_app.domain.file_kinds import shown


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cost", help="cost a scenario; with --against-budget, check it against the budget lines"
    )
    add_file_argument(parser)
    add_scenario_argument(parser, "the scenario to cost")
    parser.add_argument(
        "--against-budget",
        action="store_true",
        help="show the budget lines, the cost counted against them and the headroom",
    )
    parser.add_argument(
        "--compare",
        type=arguments.name,
        metavar="SCENARIO",
        help='also cost this scenario and show the change (e.g. "As is")',
    )
    parser.add_argument(
        "--point",
        choices=[p.value for p in CostingPoint],
        help="cost at the bottom, mid or top of grade (default: the scenario's)",
    )
    parser.add_argument(
        "--pay-year",
        type=arguments.name,
        metavar="YEAR",
        help='e.g. "2021/22" (default: the scenario\'s)',
    )
    parser.add_argument(
        "--pension",
        choices=[b.value for b in PensionBasis],
        default="direct",
        help="the pension rate the employer pays directly, or the full cost "
        "(NHS: 14.38%% or 20.68%%; default: direct)",
    )
    parser.add_argument(
        "--years",
        metavar="FIRST..LAST",
        type=arguments.name,
        help="cost and funding by year and source over the budget's years, "
        'and the gap in each (e.g. "2019/20..2021/22")',
    )
    parser.add_argument(
        "--include-held-vacant",
        action="store_true",
        help="count held-vacant posts against the budget too",
    )
    parser.add_argument(
        "--one-off",
        action="store_true",
        help="the one-off costs of the people's outcomes in the scenario (redundancy, notice, "
        "pay protection, pension strain) by person, year and in total",
    )
    parser.add_argument(
        "--names",
        action="store_true",
        help="with --one-off, name the people (personal data; left out by default)",
    )
    add_format_argument(parser, ("text", "json", "csv"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    target = chosen_scenario(proposal, args.scenario)
    known = pay_years(proposal)
    if args.pay_year and args.pay_year not in known:
        raise CommandFailed(
            f"The file has no pay rates for {shown(args.pay_year)} (it has: "
            f"{', '.join(known) or 'none'})."
        )
    if args.against_budget and not proposal.budget_lines:
        raise CommandFailed(
            "The file has no budget lines to cost against: add the budget "
            "first, or leave out --against-budget."
        )
    if args.one_off:
        return _one_off(proposal, target.id, args)
    options = CostingOptions(
        CostingPoint(args.point) if args.point else None,
        args.pay_year or None,
        PensionBasis(args.pension),
    )
    if args.years:
        plan = funding_plan(proposal, target.id, year_range(args.years), options)
        if args.format == "csv":
            raise CommandFailed("--years prints text or JSON, not CSV.")
        if args.format == "json":
            print_json(plan_json(plan))
        else:
            print(plan_text(plan))
        return 0
    costed = cost_scenario(proposal, target.id, options)
    fit = (
        budget_fit(proposal, target.id, options, args.include_held_vacant)
        if args.against_budget
        else None
    )
    comparison = (
        compare_costs(proposal, scenario(proposal, args.compare).id, target.id, options)
        if args.compare
        else None
    )
    if args.format == "json":
        print_json(as_json(costed, fit, comparison))
    elif args.format == "csv":
        counted = _counted_flags(fit)
        print_csv(
            [*POST_COLUMNS, *(["against_budget"] if fit else [])],
            [[*_post_row(c), *([counted.get(c.post.id, "")] if fit else [])] for c in costed.posts],
        )
    elif fit is not None:
        used = assumptions(
            proposal,
            fit.counted + fit.held_vacant,
            costed.costing_point,
            costed.pay_year,
            costed.pension_basis,
        )
        print(budget_text(fit, [BUDGET_RULE, *used]))
    else:
        print(cost_text(costed, comparison))
    return 0


def _one_off(proposal: Proposal, to_id: ScenarioId, args: argparse.Namespace) -> int:
    costs = one_off_costs(proposal, to_id, names=args.names)
    if args.format == "json":
        print_json(one_off.as_json(costs, args.names))
    elif args.format == "csv":
        print_csv(*one_off.csv_rows(costs, args.names))
    else:
        print("\n".join(one_off.text_lines(costs)))
    return 0


BUDGET_RULE = (
    "A post counts against a budget line when its cost code is the line's cost "
    "centre; lines without a cost code are adjustments to what is available."
)

POST_COLUMNS = [
    "post_ref",
    "title",
    "grade",
    "unit",
    "employer",
    "cost_code",
    "status",
    "funded",
    "quantity",
    "fte",
    "salary",
    "salary_basis",
    "basic",
    "ni",
    "pension",
    "levy",
    "total",
    "problem",
]


def _pounds(amount: Decimal) -> int:
    return int(whole_pounds(amount))


def _post_row(cost: PostCost) -> list[Any]:
    post = cost.post
    return [
        post.post_ref,
        post.title,
        post.grade,
        cost.unit,
        cost.employer,
        post.cost_code,
        post.status.value,
        post.funded,
        post.quantity,
        post.fte,
        _pounds(cost.salary.amount) if cost.salary else "",
        cost.salary.basis if cost.salary else "",
        _pounds(cost.basic),
        _pounds(cost.ni),
        _pounds(cost.pension),
        _pounds(cost.levy),
        _pounds(cost.total),
        cost.problem,
    ]


def _counted_flags(fit: BudgetFit | None) -> dict[PostId, str]:
    if fit is None:
        return {}
    flags = {c.post.id: "counted" for c in fit.counted}
    flags.update(
        {c.post.id: "held vacant: not counted" for c in fit.held_vacant if c.post.id not in flags}
    )
    flags.update({c.post.id: "unfunded: not counted" for c in fit.unfunded})
    return flags


def totals_json(totals: CostTotals) -> dict[str, Any]:
    return {
        "posts": totals.posts,
        "fte": float(totals.fte),
        "basic": _pounds(totals.basic),
        "ni": _pounds(totals.ni),
        "pension": _pounds(totals.pension),
        "levy": _pounds(totals.levy),
        "total": _pounds(totals.total),
    }


def _cost_json(costed: ScenarioCost) -> dict[str, Any]:
    return {
        "scenario": costed.scenario,
        "costing_point": costed.costing_point.value,
        "pay_year": costed.pay_year,
        "pension_basis": costed.pension_basis.value,
        # A reader must not take a total that counts ungraded posts as nothing for the cost.
        "cost_given": not costed.ungraded,
        "not_given": cost_not_given(costed),
        "totals": totals_json(costed.totals),
        "by_cost_code": {k: totals_json(v) for k, v in costed.by_cost_code.items()},
        "by_organisation": {k: totals_json(v) for k, v in costed.by_organisation.items()},
        "by_unit": {k: totals_json(v) for k, v in costed.by_unit.items()},
        "posts": [dict(zip(POST_COLUMNS, _post_row(c), strict=True)) for c in costed.posts],
        "held_vacant": [c.post.post_ref for c in costed.held_vacant],
        "unfunded": [c.post.post_ref for c in costed.unfunded],
        "problems": list(costed.problems),
        "assumptions": list(costed.assumptions),
    }


def as_json(
    costed: ScenarioCost, fit: BudgetFit | None, comparison: CostComparison | None
) -> dict[str, Any]:
    result = _cost_json(costed)
    if comparison is not None:
        result["comparison"] = {
            "from": comparison.before.scenario,
            "from_totals": totals_json(comparison.before.totals),
            "delta": totals_json(comparison.delta),
            "by_cost_code": {
                code: {"before": totals_json(a), "after": totals_json(b)}
                for code, (a, b) in comparison.by_cost_code.items()
            },
            "by_organisation": {
                name: {"before": totals_json(a), "after": totals_json(b)}
                for name, (a, b) in comparison.by_organisation.items()
            },
        }
    if fit is not None:
        result["budget"] = {
            "lines": [
                {
                    "cost_code": r.line.cost_code,
                    "description": r.line.description,
                    "basic_pay": _pounds(r.line.basic_pay),
                    "national_insurance": _pounds(r.line.national_insurance),
                    "superannuation": _pounds(r.line.superannuation),
                    "other": _pounds(r.line.other),
                    "total": _pounds(r.line.total),
                    "cost": totals_json(r.cost),
                }
                for r in fit.rows
            ],
            "available": _pounds(fit.available),
            "cost": totals_json(fit.cost),
            "headroom": _pounds(fit.headroom),
            "fits": fit.fits,
            "include_held_vacant": fit.include_held_vacant,
            "counted": [c.post.post_ref for c in fit.counted],
            "held_vacant_not_counted": [
                c.post.post_ref for c in fit.held_vacant if not fit.include_held_vacant
            ],
            "unfunded_not_counted": [c.post.post_ref for c in fit.unfunded],
            "sensitivity": [
                {
                    "label": s.label,
                    "cost": _pounds(s.cost),
                    "headroom": _pounds(s.headroom),
                    "fits": s.fits,
                }
                for s in fit.sensitivity
            ],
            "stops_fitting": fit.stops_fitting,
        }
    return result
