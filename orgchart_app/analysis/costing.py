"""What a structure costs: per post, then per unit, organisation, cost code and scenario.

The rule, per post box (quantity q of identical posts at f FTE each, full-time salary s):
    basic   = q x f x s
    NI      = q x NI rate x max(0, s - NI threshold) x f   (each person's full-time pay above
              the secondary threshold, pro rata to FTE)
    pension = pension rate x basic        (the direct rate, or the full cost when asked)
    levy    = apprenticeship levy rate x basic             (0 unless the file sets a rate)
Money stays exact (Decimal) until it is shown; totals are rounded to the pound, as reports do.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from orgchart_app.analysis.pay import (
    NoSalary,
    Salary,
    grade_for,
    on_cost_rule_for,
    pay_years,
    salary_for,
)
from orgchart_app.domain.enums import CostingPoint, PostStatus
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Grade, OnCostRule, Post
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import money_text, rate_text

ZERO = Decimal("0")
NO_COST_CODE = "(no cost code)"


class PensionBasis(enum.Enum):
    """Which pension rate to cost: what the employer pays (budget impact) or the full cost."""

    DIRECT = "direct"
    FULL = "full"


@dataclass(frozen=True, slots=True)
class CostingOptions:
    """How to cost; None takes the scenario's own costing point or pay year."""

    costing_point: CostingPoint | None = None
    pay_year: str | None = None
    pension_basis: PensionBasis = PensionBasis.DIRECT
    # Every salary raised by this fraction (a pay award on the costed rates; the sensitivity).
    pay_uplift: Decimal = Decimal("0")


@dataclass(frozen=True, slots=True)
class PostCost:
    post: Post
    employer: str
    unit: str
    salary: Salary | None
    basic: Decimal = ZERO
    ni: Decimal = ZERO
    pension: Decimal = ZERO
    levy: Decimal = ZERO
    # Why the post is not (fully) costed; empty when it is.
    problem: str = ""

    @property
    def total(self) -> Decimal:
        return self.basic + self.ni + self.pension + self.levy

    @property
    def held_vacant(self) -> bool:
        return self.post.status is PostStatus.HELD_VACANT


@dataclass(frozen=True, slots=True)
class CostTotals:
    posts: int = 0
    fte: Decimal = ZERO
    basic: Decimal = ZERO
    ni: Decimal = ZERO
    pension: Decimal = ZERO
    levy: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.basic + self.ni + self.pension + self.levy

    def plus(self, cost: PostCost) -> CostTotals:
        return CostTotals(
            self.posts + cost.post.quantity,
            self.fte + _fte(cost.post) * cost.post.quantity,
            self.basic + cost.basic,
            self.ni + cost.ni,
            self.pension + cost.pension,
            self.levy + cost.levy,
        )

    def minus(self, other: CostTotals) -> CostTotals:
        return CostTotals(
            self.posts - other.posts,
            self.fte - other.fte,
            self.basic - other.basic,
            self.ni - other.ni,
            self.pension - other.pension,
            self.levy - other.levy,
        )

    @classmethod
    def of(cls, costs: Iterable[PostCost]) -> CostTotals:
        totals = cls()
        for cost in costs:
            totals = totals.plus(cost)
        return totals


@dataclass(frozen=True, slots=True)
class ScenarioCost:
    scenario: str
    costing_point: CostingPoint
    pay_year: str
    pension_basis: PensionBasis
    # Every post of the scenario; the totals and roll-ups count the funded ones only.
    posts: tuple[PostCost, ...]
    totals: CostTotals
    by_unit: dict[str, CostTotals]
    by_organisation: dict[str, CostTotals]
    by_cost_code: dict[str, CostTotals]
    problems: tuple[str, ...]
    assumptions: tuple[str, ...]

    @property
    def unfunded(self) -> tuple[PostCost, ...]:
        return tuple(c for c in self.posts if not c.post.funded)

    @property
    def ungraded(self) -> int:
        """Posts (a box of 4 counts 4) with neither a grade nor a stated salary."""
        return sum(c.post.quantity for c in self.posts if ungraded(c))

    @property
    def held_vacant(self) -> tuple[PostCost, ...]:
        return tuple(c for c in self.posts if c.held_vacant)


@dataclass(frozen=True, slots=True)
class CostComparison:
    """As-is against to-be: each side's cost and the change, in total and per cost code."""

    before: ScenarioCost
    after: ScenarioCost
    by_cost_code: dict[str, tuple[CostTotals, CostTotals]] = field(default_factory=dict)
    by_organisation: dict[str, tuple[CostTotals, CostTotals]] = field(default_factory=dict)

    @property
    def delta(self) -> CostTotals:
        return self.after.totals.minus(self.before.totals)


def ungraded(cost: PostCost) -> bool:
    return cost.salary is None and not cost.post.grade and cost.post.salary is None


def cost_not_given(costed: ScenarioCost) -> str:
    """The sentence an output prints instead of a total that would count ungraded posts as £0;
    "" when every post can be costed."""
    count = costed.ungraded
    if not count:
        return ""
    have = "posts have" if count > 1 else "post has"
    return f"{count} {have} no grade, so the structure's cost is not given."


def _fte(post: Post) -> Decimal:
    return Decimal(repr(post.fte))


def cost_post(
    proposal: Proposal,
    post: Post,
    point: CostingPoint,
    pay_year: str,
    options: CostingOptions = CostingOptions(),
) -> PostCost:
    employer = proposal.organisations[post.employer_id].short_name
    unit = proposal.units[post.unit_id].name
    try:
        salary = salary_for(proposal, post, point, pay_year)
    except NoSalary as reason:
        return PostCost(post, employer, unit, None, problem=f"not costed: {reason}")
    if options.pay_uplift:
        salary = Salary(
            salary.amount * (1 + options.pay_uplift),
            f"{salary.basis} + {rate_text(options.pay_uplift)}",
        )
    fte, quantity = _fte(post), post.quantity
    basic = quantity * fte * salary.amount
    rule = on_cost_rule_for(proposal, post, pay_year)
    if rule is None:
        return PostCost(
            post,
            employer,
            unit,
            salary,
            basic,
            problem=(f"basic pay only: {employer} has no on-cost rule for {pay_year}"),
        )
    ni = quantity * rule.ni_rate * max(ZERO, salary.amount - rule.ni_threshold) * fte
    return PostCost(
        post,
        employer,
        unit,
        salary,
        basic,
        ni,
        pension_rate(rule, options.pension_basis) * basic,
        rule.apprenticeship_levy_rate * basic,
    )


def pension_rate(rule: OnCostRule, basis: PensionBasis) -> Decimal:
    if basis is PensionBasis.FULL and rule.pension_full_rate is not None:
        return rule.pension_full_rate
    return rule.pension_rate


def cost_scenario(
    proposal: Proposal, scenario_id: ScenarioId, options: CostingOptions = CostingOptions()
) -> ScenarioCost:
    """Every post of the scenario costed, with roll-ups, problems and the assumptions used."""
    scenario = proposal.scenarios[scenario_id]
    point = options.costing_point or scenario.costing_point
    pay_year = options.pay_year or scenario.pay_year
    posts = tuple(
        cost_post(proposal, post, point, pay_year, options)
        for post in proposal.posts_in(scenario_id)
    )
    funded = [c for c in posts if c.post.funded]
    problems = tuple(
        f'"{c.post.title}" ({c.post.post_ref}): {c.problem}' for c in posts if c.problem
    )
    if not pay_year:
        years = ", ".join(pay_years(proposal)) or "none yet: add a pay scale"
        problems = (
            f'"{scenario.name}" has no pay year: choose one to cost it (the file has pay rates '
            f"for {years}) in Costs > Pay Year and Costing Point, or with `orgchart paytable use`.",
            *problems,
        )
    return ScenarioCost(
        scenario.name,
        point,
        pay_year,
        options.pension_basis,
        posts,
        CostTotals.of(funded),
        _rolled_up(funded, lambda c: c.unit),
        _rolled_up(funded, lambda c: c.employer),
        _rolled_up(funded, lambda c: c.post.cost_code or NO_COST_CODE),
        problems,
        tuple(assumptions(proposal, posts, point, pay_year, options.pension_basis)),
    )


# cost_scenario's shape: how the analyses cost a scenario (or take a shared costing of it).
Costing = Callable[[Proposal, ScenarioId, CostingOptions], ScenarioCost]


def _rolled_up(costs: list[PostCost], key: Callable[[PostCost], str]) -> dict[str, CostTotals]:
    totals: dict[str, CostTotals] = {}
    for cost in costs:
        name = key(cost)
        totals[name] = totals.get(name, CostTotals()).plus(cost)
    return totals


def compare_costs(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    options: CostingOptions = CostingOptions(),
) -> CostComparison:
    before = cost_scenario(proposal, from_id, options)
    after = cost_scenario(proposal, to_id, options)
    return CostComparison(
        before,
        after,
        _paired(before.by_cost_code, after.by_cost_code),
        _paired(before.by_organisation, after.by_organisation),
    )


def _paired(
    before: dict[str, CostTotals], after: dict[str, CostTotals]
) -> dict[str, tuple[CostTotals, CostTotals]]:
    names = list(dict.fromkeys([*before, *after]))
    return {name: (before.get(name, CostTotals()), after.get(name, CostTotals())) for name in names}


def assumptions(
    proposal: Proposal,
    posts: Iterable[PostCost],
    point: CostingPoint,
    pay_year: str,
    basis: PensionBasis,
) -> list[str]:
    """The basis of the figures, in words, with the sources the file records."""
    posts = list(posts)
    lines = [
        f"Costed at the {point.value} of each grade (a stated salary overrides it), "
        f"{pay_year or 'no'} pay rates; employer NI per person = rate x (full-time salary - "
        "threshold) x FTE; pension = rate x basic pay."
    ]
    employers = dict.fromkeys(c.post.employer_id for c in posts if c.salary is not None)
    for organisation_id in employers:
        rule = next(
            (
                r
                for r in proposal.on_cost_rules.values()
                if r.organisation_id == organisation_id and r.pay_year == pay_year
            ),
            None,
        )
        if rule is not None:
            lines.append(_rule_text(proposal, rule, basis))
    used: dict[int, Grade] = {}
    for cost in posts:
        grade = grade_for(proposal, cost.post) if cost.post.salary is None else None
        if grade is not None:
            used[grade.id] = grade
    for scale_id in dict.fromkeys(g.pay_scale_id for g in used.values()):
        scale = proposal.pay_scales[scale_id]
        lines.append(scale.description or scale.name)
    for grade in sorted(used.values(), key=lambda g: (g.pay_scale_id, g.id)):
        if grade.bottom_point is not None:
            scp = "SCP" if proposal.pay_scales[grade.pay_scale_id].framework == "NJC" else "points"
            span = f"{scp} {grade.bottom_point}-{grade.top_point}"
        else:
            span = f"{money_text(grade.min_salary or ZERO)}-{money_text(grade.max_salary or ZERO)}"
        lines.append(f"{grade.code} ({span}): {grade.description}")
    return lines


def _rule_text(proposal: Proposal, rule: OnCostRule, basis: PensionBasis) -> str:
    organisation = proposal.organisations[rule.organisation_id].short_name
    pension = f"{rule.pension_scheme or 'pension'} {rate_text(pension_rate(rule, basis))}"
    if rule.pension_full_rate is not None:
        other = "full cost" if basis is PensionBasis.DIRECT else "paid directly"
        alternative = rule.pension_full_rate if basis is PensionBasis.DIRECT else rule.pension_rate
        pension += f" ({other} {rate_text(alternative)})"
    levy = rate_text(rule.apprenticeship_levy_rate)
    return (
        f"{organisation} {rule.pay_year}: employer NI {rate_text(rule.ni_rate)} above "
        f"{money_text(rule.ni_threshold)}; {pension}; apprenticeship levy {levy}. "
        f"Source: {rule.source or 'not recorded'}"
    )
