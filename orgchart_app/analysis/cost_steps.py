"""What one edit does to each scenario's cost and budget headroom: the effect an undo step, a
command's output and the Changes dock name, so a pay change within the pay year the scenarios
already use (a point edited, a pay award into that year) shows its cost as a change of pay year
does in the diff.

The effect is measured, not predicted: each scenario's cost before the edit, then after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.analysis.budget import fit_of
from orgchart_app.analysis.costing import Costing, CostingOptions, cost_scenario
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import money_change_text

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Standing:
    """A scenario's cost a year and, against the budget, the money available and the headroom."""

    cost: Decimal
    available: Decimal = ZERO
    headroom: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class StepEffect:
    """What one edit changed of one scenario, a year."""

    scenario_id: ScenarioId
    name: str
    cost: Decimal
    headroom: Decimal
    # The money available changed (a budget edit), so the headroom is worth saying.
    budget_changed: bool


def standings(proposal: Proposal, costs: Costing = cost_scenario) -> dict[ScenarioId, Standing]:
    """Each scenario's standing (`costs`: the designer passes its shared costings)."""
    result = {}
    for scenario_id in proposal.scenarios:
        costed = costs(proposal, scenario_id, CostingOptions())
        if not proposal.budget_lines:
            result[scenario_id] = Standing(costed.totals.total)
            continue
        fit = fit_of(proposal, costed, False)
        result[scenario_id] = Standing(costed.totals.total, fit.available, fit.headroom)
    return result


def step_effects(
    proposal: Proposal, before: dict[ScenarioId, Standing], costs: Costing = cost_scenario
) -> tuple[StepEffect, ...]:
    """The scenarios whose cost or headroom the edit changed (`before`: their standings then)."""
    effects = []
    for scenario_id, after in standings(proposal, costs).items():
        was = before.get(scenario_id)
        if was is None or was == after:
            continue
        effects.append(
            StepEffect(
                scenario_id,
                proposal.scenarios[scenario_id].name,
                after.cost - was.cost,
                after.headroom - was.headroom,
                after.available != was.available,
            )
        )
    return tuple(effects)


def step_text(effects: tuple[StepEffect, ...]) -> str:
    """'cost a year: "As is" +£1,100, "To be" +£1,200'; the headroom too where the budget moved."""
    parts = []
    costs = [e for e in effects if e.cost]
    if costs:
        parts.append(
            "cost a year: " + ", ".join(f'"{e.name}" {money_change_text(e.cost)}' for e in costs)
        )
    budgets = [e for e in effects if e.budget_changed]
    if budgets:
        parts.append(
            "headroom a year: "
            + ", ".join(f'"{e.name}" {money_change_text(e.headroom)}' for e in budgets)
        )
    return "; ".join(parts) or "no scenario's cost or headroom changes"
