"""What a diff costs: the post changes, the pay year, the on-costs, the costing point, the budget.

The to-be's cost is reached from the as-is's in steps, each a change with its effect a year:
the to-be's posts on the as-is's basis (the post changes), then the to-be's pay year (its pay
scale rates, then its employers' on-cost rules), then the to-be's costing point. The effects add
up to the difference between the two costs. The budget is the same for both, so what changes
against it is the headroom.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.analysis.budget import fit_of
from orgchart_app.analysis.costing import (
    Costing,
    CostingOptions,
    CostTotals,
    ScenarioCost,
    cost_scenario,
)
from orgchart_app.domain.enums import CostingPoint
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import money_text, rate_text


class CostChangeKind(enum.Enum):
    POSTS = "posts"
    PAY_YEAR = "pay_year"
    ON_COSTS = "on_costs"
    COSTING_POINT = "costing_point"
    BUDGET = "budget"


@dataclass(frozen=True, slots=True)
class CostChange:
    kind: CostChangeKind
    label: str
    before: str
    after: str
    # On the cost a year; for the budget, on the headroom.
    effect: Decimal


@dataclass(frozen=True, slots=True)
class CostDiff:
    before: Decimal
    after: Decimal
    before_basis: str
    after_basis: str
    changes: tuple[CostChange, ...]
    # Posts either side cannot cost, so the figures leave them out.
    problems: tuple[str, ...]

    @property
    def delta(self) -> Decimal:
        return self.after - self.before

    @property
    def basis(self) -> str:
        """ "top of grade, 2020/21 pay", or both sides' where they differ."""
        if self.before_basis == self.after_basis:
            return self.before_basis
        return f"{self.before_basis} -> {self.after_basis}"


def _on_costs(totals: CostTotals) -> Decimal:
    return totals.total - totals.basic


def _basis(cost: ScenarioCost) -> str:
    return f"{cost.costing_point.value} of grade, {cost.pay_year or 'no'} pay"


def _rules_text(proposal: Proposal, cost: ScenarioCost) -> str:
    texts = []
    for employer_id in dict.fromkeys(c.post.employer_id for c in cost.posts):
        name = proposal.organisations[employer_id].short_name
        rule = next(
            (
                r
                for r in proposal.on_cost_rules.values()
                if r.organisation_id == employer_id and r.pay_year == cost.pay_year
            ),
            None,
        )
        if rule is None:
            # A side without a pay year has no year to name: "CCG: no on-cost rule".
            texts.append(f"{name} {cost.pay_year}".rstrip() + ": no on-cost rule")
            continue
        texts.append(
            f"{name} {rule.pay_year}: NI {rate_text(rule.ni_rate)} above "
            f"{money_text(rule.ni_threshold)}, {rule.pension_scheme or 'pension'} "
            f"{rate_text(rule.pension_rate)}, levy {rate_text(rule.apprenticeship_levy_rate)}"
        )
    return "; ".join(texts) or "no posts"


def diff_costs(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    options: CostingOptions = CostingOptions(),
    costs: Costing = cost_scenario,
) -> CostDiff:
    """`costs` may be a CostBook's: the steps often cost the to-be on its own basis again."""
    before = costs(proposal, from_id, options)
    after = costs(proposal, to_id, options)

    def to_be_at(point: CostingPoint, year: str) -> ScenarioCost:
        return costs(
            proposal, to_id, CostingOptions(point, year, options.pension_basis, options.pay_uplift)
        )

    moved = to_be_at(before.costing_point, before.pay_year)
    changes = []
    if moved.totals.total != before.totals.total:
        changes.append(
            CostChange(
                CostChangeKind.POSTS,
                "Post changes",
                money_text(before.totals.total),
                money_text(moved.totals.total),
                moved.totals.total - before.totals.total,
            )
        )
    rated = to_be_at(before.costing_point, after.pay_year)
    # Without a pay year of its own the as-is's basis cannot be put on the to-be (costed on "no
    # year", it takes its own): no step of one year to itself; the problems say the year is missing.
    if after.pay_year != before.pay_year and moved.pay_year != rated.pay_year:
        changes += _pay_year_changes(proposal, moved, rated)
    if after.costing_point != before.costing_point:
        changes.append(
            CostChange(
                CostChangeKind.COSTING_POINT,
                "Costing point",
                before.costing_point.value,
                after.costing_point.value,
                after.totals.total - rated.totals.total,
            )
        )
    if proposal.budget_lines:
        changes.append(_budget_change(proposal, before, after))
    return CostDiff(
        before.totals.total,
        after.totals.total,
        _basis(before),
        _basis(after),
        tuple(changes),
        tuple(dict.fromkeys([*before.problems, *after.problems])),
    )


def _pay_year_changes(
    proposal: Proposal, moved: ScenarioCost, rated: ScenarioCost
) -> list[CostChange]:
    return [
        CostChange(
            CostChangeKind.PAY_YEAR,
            "Pay year (pay scale rates)",
            moved.pay_year or "none",
            rated.pay_year or "none",
            rated.totals.basic - moved.totals.basic,
        ),
        CostChange(
            CostChangeKind.ON_COSTS,
            "On-costs",
            _rules_text(proposal, moved),
            _rules_text(proposal, rated),
            _on_costs(rated.totals) - _on_costs(moved.totals),
        ),
    ]


def _budget_change(proposal: Proposal, before: ScenarioCost, after: ScenarioCost) -> CostChange:
    old, new = fit_of(proposal, before, False), fit_of(proposal, after, False)
    return CostChange(
        CostChangeKind.BUDGET,
        f"Headroom against the budget ({money_text(old.available)})",
        money_text(old.headroom),
        money_text(new.headroom),
        new.headroom - old.headroom,
    )
