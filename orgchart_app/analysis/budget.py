"""Whether a scenario fits its budget: the budget lines, the posts counted, the headroom.

Budget lines are cost centres, so a post counts against the budget when its cost code is one of
the lines' codes (lines without a code are adjustments: they change what is available only).
Held-vacant posts are costed but left out of the count (their budget stays, outside the funding
pool for new posts) unless the caller includes them; unfunded posts are never counted and are
listed separately.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from orgchart_app.analysis.costing import (
    Costing,
    CostingOptions,
    CostTotals,
    PostCost,
    ScenarioCost,
    cost_scenario,
)
from orgchart_app.analysis.pay import pay_years
from orgchart_app.domain.enums import BudgetLineKind, CostingPoint
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import BudgetLine
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import money_text, percent_text

ONE_PERCENT = Decimal("0.01")
LARGEST_AWARD = 1000  # percent: past this, "the award that stops it fitting" means nothing


@dataclass(frozen=True, slots=True)
class BudgetRow:
    line: BudgetLine
    # The posts counted against this line's cost code (empty totals for an adjustment).
    cost: CostTotals


@dataclass(frozen=True, slots=True)
class SensitivityRow:
    label: str
    cost: Decimal
    available: Decimal

    @property
    def headroom(self) -> Decimal:
        return self.available - self.cost

    @property
    def fits(self) -> bool:
        return self.cost <= self.available


@dataclass(frozen=True, slots=True)
class BudgetFit:
    scenario_cost: ScenarioCost
    rows: tuple[BudgetRow, ...]
    counted: tuple[PostCost, ...]
    # Posts carrying a budget's cost code that are not counted, and why.
    held_vacant: tuple[PostCost, ...]
    unfunded: tuple[PostCost, ...]
    include_held_vacant: bool
    sensitivity: tuple[SensitivityRow, ...]
    # One sentence: where the proposal stops fitting (or starts to), after the notes.
    stops_fitting: str
    # How the posts and lines were matched where the file does not say (no codes, several years).
    notes: tuple[str, ...] = ()

    @property
    def available(self) -> Decimal:
        return sum((row.line.total for row in self.rows), Decimal("0"))

    @property
    def cost(self) -> CostTotals:
        return CostTotals.of(self.counted)

    @property
    def headroom(self) -> Decimal:
        return self.available - self.cost.total

    @property
    def fits(self) -> bool:
        return bool(self.rows) and self.cost.total <= self.available


def budget_codes(proposal: Proposal) -> list[str]:
    return list(
        dict.fromkeys(line.cost_code for line in proposal.budget_lines.values() if line.cost_code)
    )


def budget_fit(
    proposal: Proposal,
    scenario_id: ScenarioId,
    options: CostingOptions = CostingOptions(),
    include_held_vacant: bool = False,
    costs: Costing = cost_scenario,
) -> BudgetFit:
    """The scenario's cost against the proposal's budget lines, with the sensitivity; `costs`
    may be a CostBook's, sharing costings already made."""
    costed = costs(proposal, scenario_id, options)
    fit = fit_of(proposal, costed, include_held_vacant)
    fit = dataclasses.replace(
        fit,
        sensitivity=tuple(
            _sensitivity(proposal, scenario_id, options, include_held_vacant, fit, costs)
        ),
    )
    sentence = _stops_fitting(proposal, scenario_id, options, include_held_vacant, fit, costs)
    return dataclasses.replace(fit, stops_fitting=" ".join([*fit.notes, sentence]))


def _lines_counted(proposal: Proposal, pay_year: str) -> tuple[list[BudgetLine], list[str]]:
    """The lines of money available; of a budget over several years, the pay year's."""
    lines = [x for x in proposal.budget_lines.values() if x.kind is not BudgetLineKind.COST]
    years = sorted({x.year for x in lines if x.year})
    if not years:
        return lines, []
    year = pay_year if pay_year in years else years[0]
    why = (
        "the pay year costed"
        if year == pay_year
        else "its first: the pay year costed is not one of its years"
    )
    note = f"The budget's {year} lines ({why}) are counted, not its other years'."
    return [x for x in lines if x.year in (year, "")], [note]


def fit_of(proposal: Proposal, costed: ScenarioCost, include_held_vacant: bool) -> BudgetFit:
    lines, notes = _lines_counted(proposal, costed.pay_year)
    codes = list(dict.fromkeys(x.cost_code for x in lines if x.cost_code))
    carrying = [c for c in costed.posts if c.post.cost_code in codes]
    # An imported establishment often has no cost codes: rather than count nothing (and call
    # it a fit), its posts are counted against the budget as a whole, and the fit says so.
    whole = bool(codes) and not carrying
    if whole:
        carrying = list(costed.posts)
        notes.insert(
            0,
            f"No post carries a cost centre of the budget ({', '.join(codes)}): every funded "
            "post is counted against the budget as a whole.",
        )
    unfunded = tuple(c for c in carrying if not c.post.funded)
    held = tuple(c for c in carrying if c.post.funded and c.held_vacant)
    counted = tuple(
        c for c in carrying if c.post.funded and (include_held_vacant or not c.held_vacant)
    )
    rows = tuple(
        BudgetRow(
            line,
            CostTotals.of(
                c
                for c in counted
                if line.cost_code
                and (c.post.cost_code == line.cost_code or whole and len(codes) == 1)
            ),
        )
        for line in lines
    )
    return BudgetFit(
        costed, rows, counted, held, unfunded, include_held_vacant, (), "", tuple(notes)
    )


def _cost_with(
    proposal: Proposal,
    scenario_id: ScenarioId,
    options: CostingOptions,
    include_held_vacant: bool,
    costs: Costing,
) -> BudgetFit:
    return fit_of(proposal, costs(proposal, scenario_id, options), include_held_vacant)


def _sensitivity(
    proposal: Proposal,
    scenario_id: ScenarioId,
    options: CostingOptions,
    include_held_vacant: bool,
    fit: BudgetFit,
    costs: Costing,
) -> list[SensitivityRow]:
    rows = []
    for year in pay_years(proposal):
        # The grade's points; "actual" is left out (without recorded pay it is the top).
        for point in (CostingPoint.BOTTOM, CostingPoint.MID, CostingPoint.TOP):
            other = _cost_with(
                proposal,
                scenario_id,
                dataclasses.replace(options, costing_point=point, pay_year=year),
                include_held_vacant,
                costs,
            )
            if not any(c.problem for c in other.counted):
                rows.append(
                    SensitivityRow(
                        f"{point.value} of grade, {year} pay", other.cost.total, fit.available
                    )
                )
    if fit.held_vacant and not include_held_vacant:
        with_held = _cost_with(proposal, scenario_id, options, True, costs)
        rows.append(
            SensitivityRow("including the held-vacant posts", with_held.cost.total, fit.available)
        )
    return rows


def _stops_fitting(
    proposal: Proposal,
    scenario_id: ScenarioId,
    options: CostingOptions,
    include_held_vacant: bool,
    fit: BudgetFit,
    costs: Costing,
) -> str:
    if not fit.rows:
        return "The file has no budget lines."
    costed = fit.scenario_cost
    basis = f"the {costed.costing_point.value} of grade, {costed.pay_year} pay"
    if not fit.fits:
        fitting = [row.label for row in fit.sensitivity if row.fits]
        where = f"; it fits at {fitting[0]}" if fitting else ""
        return f"It does not fit at {basis}: short by {money_text(-fit.headroom)}{where}."
    # Cost is linear in a pay award while every salary is above the NI threshold, so one
    # costing at +1% gives the award that uses up the headroom exactly.
    raised = _cost_with(
        proposal,
        scenario_id,
        dataclasses.replace(options, pay_uplift=options.pay_uplift + ONE_PERCENT),
        include_held_vacant,
        costs,
    )
    per_percent = raised.cost.total - fit.cost.total
    if per_percent <= 0:
        return f"It fits at {basis}, whatever the pay award."
    if fit.headroom >= per_percent * LARGEST_AWARD:
        # Also keeps the division below within Decimal's precision when salaries are tiny.
        return f"It fits at {basis}, even with a pay award of {percent_text(LARGEST_AWARD)}."
    award = (fit.headroom / per_percent).quantize(Decimal("0.1"), rounding=ROUND_DOWN)
    return (
        f"It stops fitting with a pay award above {award}% on {basis} (each 1% costs "
        f"{money_text(per_percent)})."
    )
