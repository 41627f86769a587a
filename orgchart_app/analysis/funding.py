"""A plan over several financial years: what it costs and who funds it, year by year, and the gap.

Costs are the budget's planned cost lines (amounts: "Improvement plan") and the scenario's funded
posts, by the funding source that pays them where one is named (costed in each year they run: a
fixed-term post ending in a year counts for the days it runs). Funding is the budget lines of
each year, by source, recurrent or not. Gap = funding - cost; a negative gap is a shortfall.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.analysis.costing import CostingOptions, PostCost, cost_post
from orgchart_app.analysis.pay import pay_years
from orgchart_app.domain.enums import BudgetLineKind
from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal

ZERO = Decimal("0")
YEAR = re.compile(r"(\d{4})/(\d{2})")


@dataclass(frozen=True, slots=True)
class PlanRow:
    name: str
    # Amount per year, in the order of the plan's years.
    amounts: tuple[Decimal, ...]
    recurrent: bool | None = None
    # Whether a line of the row holds its recurrence as an assumption, not the source's word.
    assumed: bool = False


@dataclass(frozen=True, slots=True)
class FundingPlan:
    scenario: str
    years: tuple[str, ...]
    costs: tuple[PlanRow, ...]
    funding: tuple[PlanRow, ...]
    problems: tuple[str, ...]
    assumptions: tuple[str, ...]

    def total(self, rows: Sequence[PlanRow]) -> tuple[Decimal, ...]:
        return tuple(sum((r.amounts[i] for r in rows), ZERO) for i in range(len(self.years)))

    @property
    def gap(self) -> tuple[Decimal, ...]:
        return tuple(
            f - c for f, c in zip(self.total(self.funding), self.total(self.costs), strict=True)
        )


def year_start(year: str) -> dt.date:
    match = YEAR.fullmatch(year.strip())
    if match is None or (int(match.group(1)) + 1) % 100 != int(match.group(2)):
        raise NotFound(f'"{year}" is not a financial year such as 2019/20.')
    return dt.date(int(match.group(1)), 4, 1)


def year_range(text: str) -> tuple[str, ...]:
    """ "2019/20..2021/22" (or one year) as the financial years it spans."""
    first, _, last = text.partition("..")
    start, end = year_start(first), year_start(last or first)
    if end < start:
        raise NotFound(f'"{text}" runs backwards: give the earlier year first.')
    return tuple(f"{y}/{(y + 1) % 100:02d}" for y in range(start.year, end.year + 1))


def budget_years(proposal: Proposal) -> list[str]:
    return sorted({line.year for line in proposal.budget_lines.values() if line.year})


def _share_of_year(post: Post, year: str) -> Decimal:
    """The part of the financial year a post runs: 1 when permanent or running past its end."""
    if post.end_date is None:
        return Decimal(1)
    start = year_start(year)
    end = dt.date(start.year + 1, 3, 31)
    if post.end_date < start:
        return ZERO
    days = (min(post.end_date, end) - start).days + 1
    return Decimal(days) / Decimal((end - start).days + 1)


def _rows(
    proposal: Proposal, years: tuple[str, ...], kinds: tuple[BudgetLineKind, ...], key: str
) -> list[PlanRow]:
    grouped: dict[str, list[Decimal]] = {}
    recurrent: dict[str, bool] = {}
    assumed: set[str] = set()
    for line in proposal.budget_lines.values():
        if line.kind in kinds and line.year in years:
            name = getattr(line, key) or line.description or line.cost_code
            grouped.setdefault(name, [ZERO] * len(years))[years.index(line.year)] += line.total
            recurrent[name] = recurrent.get(name, True) and line.recurrent
            if line.recurrence_assumed:
                assumed.add(name)
    return [
        PlanRow(name, tuple(amounts), recurrent[name], name in assumed)
        for name, amounts in grouped.items()
    ]


def funding_plan(
    proposal: Proposal,
    scenario_id: ScenarioId,
    years: tuple[str, ...],
    options: CostingOptions = CostingOptions(),
) -> FundingPlan:
    known = budget_years(proposal)
    outside = [y for y in years if y not in known]
    if outside and not proposal.budget_lines:
        raise NotFound(
            f"{outside[0]} is outside the budget: the file has no budget (enter it in Costs > "
            "Budget, or import it with `orgchart budget import`)."
        )
    if outside and not known:
        raise NotFound(
            f"{outside[0]} is outside the budget: its lines have no year (give them one in a "
            "year column of the budget CSV, or in the budget editor's Year cells)."
        )
    if outside:
        raise NotFound(f"{outside[0]} is outside the budget (its years: {', '.join(known)}).")
    scenario = proposal.scenarios[scenario_id]
    costs = _rows(proposal, years, (BudgetLineKind.COST,), "description")
    # Every funded post is a cost of the plan: by the source that pays it where one is named.
    funded = [p for p in proposal.posts_in(scenario_id) if p.funded]
    problems: list[str] = []
    rates = set(pay_years(proposal))
    by_source: dict[str, list[Decimal]] = {}
    for index, year in enumerate(years):
        pay_year = year if year in rates else (options.pay_year or scenario.pay_year)
        for post in funded:
            cost: PostCost = cost_post(
                proposal, post, options.costing_point or scenario.costing_point, pay_year, options
            )
            if cost.problem and index == 0:
                problems.append(f'"{post.title}" ({post.post_ref}): {cost.problem}')
            amounts = by_source.setdefault(post.funding_source, [ZERO] * len(years))
            amounts[index] += cost.total * _share_of_year(post, year)
    costs += [
        PlanRow(
            f"Posts funded by {source}" if source else "Posts with no funding source",
            tuple(amounts),
        )
        for source, amounts in by_source.items()
        if any(amounts)  # posts none of whose cost is known are listed as problems instead
    ]
    funding = _rows(
        proposal, years, (BudgetLineKind.BUDGET, BudgetLineKind.ADJUSTMENT), "funding_source"
    )
    notes = [
        "Cost lines are the budget's planned amounts; the funded posts are "
        "costed in each year they run, at that year's pay rates where the file has them "
        f"(else {options.pay_year or scenario.pay_year or 'no'} rates, no pay award assumed)."
    ]
    if proposal.info.notes:
        notes.append(f"The file's notes: {proposal.info.notes}")
    return FundingPlan(
        scenario.name, years, tuple(costs), tuple(funding), tuple(problems), tuple(notes)
    )
