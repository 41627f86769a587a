"""The diff's cost: pay year, costing point, pay rates, on-costs and budget changes, with effects."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from orgchart_app.analysis.cost_diff import CostChangeKind, diff_costs
from orgchart_app.analysis.costing import CostingOptions, cost_scenario
from orgchart_app.analysis.pay import grade_for
from orgchart_app.domain import CostingPoint, Proposal
from orgchart_app.edits import PutPayRecord, SetCostingBasis, apply_edit


def _ids(bury_assumed_grades: Proposal):  # type: ignore[no-untyped-def]
    return bury_assumed_grades.scenario_named("As is").id, bury_assumed_grades.scenario_named(
        "To be"
    ).id


def _cost(bury_assumed_grades: Proposal, scenario: object, point: CostingPoint, year: str):  # type: ignore[no-untyped-def]
    options = CostingOptions(costing_point=point, pay_year=year)
    return cost_scenario(bury_assumed_grades, scenario, options).totals  # type: ignore[arg-type]


def test_same_basis_shows_only_what_the_post_changes_cost(bury_assumed_grades: Proposal) -> None:
    as_is, to_be = _ids(bury_assumed_grades)
    diff = diff_costs(bury_assumed_grades, as_is, to_be)
    (posts, budget) = diff.changes
    assert posts.kind is CostChangeKind.POSTS and budget.kind is CostChangeKind.BUDGET
    before = _cost(bury_assumed_grades, as_is, CostingPoint.TOP, "2020/21").total
    after = _cost(bury_assumed_grades, to_be, CostingPoint.TOP, "2020/21").total
    assert (diff.before, diff.after, posts.effect) == (before, after, after - before)
    assert posts.effect < 0  # Bury's restructure saves money (seed: the report's budget page)


def test_pay_year_and_costing_point_of_the_to_be_are_changes_with_their_effect(
    bury_assumed_grades: Proposal,
) -> None:
    as_is, to_be = _ids(bury_assumed_grades)
    apply_edit(bury_assumed_grades, SetCostingBasis(to_be, CostingPoint.MID, "2021/22"))
    diff = diff_costs(bury_assumed_grades, as_is, to_be)
    kinds = {c.kind: c for c in diff.changes}
    assert list(kinds) == [
        CostChangeKind.POSTS,
        CostChangeKind.PAY_YEAR,
        CostChangeKind.ON_COSTS,
        CostChangeKind.COSTING_POINT,
        CostChangeKind.BUDGET,
    ]
    old_year = _cost(bury_assumed_grades, to_be, CostingPoint.TOP, "2020/21")
    new_year = _cost(bury_assumed_grades, to_be, CostingPoint.TOP, "2021/22")
    pay_year, on_costs = kinds[CostChangeKind.PAY_YEAR], kinds[CostChangeKind.ON_COSTS]
    assert (pay_year.before, pay_year.after) == ("2020/21", "2021/22")
    assert pay_year.effect == new_year.basic - old_year.basic > 0
    assert on_costs.effect == (new_year.total - new_year.basic) - (old_year.total - old_year.basic)
    assert "above £8,788" in on_costs.before and "above £8,840" in on_costs.after
    point = kinds[CostChangeKind.COSTING_POINT]
    assert (point.before, point.after) == ("top", "mid") and point.effect < 0
    costed = sum(
        (c.effect for c in diff.changes if c.kind is not CostChangeKind.BUDGET), Decimal(0)
    )
    assert diff.after - diff.before == costed


def test_a_pay_scale_or_budget_edit_changes_the_diff_it_shows(
    bury_assumed_grades: Proposal,
) -> None:
    as_is, to_be = _ids(bury_assumed_grades)
    first = diff_costs(bury_assumed_grades, as_is, to_be)
    grades = [grade_for(bury_assumed_grades, post) for post in bury_assumed_grades.posts_in(to_be)]
    grade = next(g for g in grades if g is not None and g.top_point is not None)
    assert grade.top_point is not None
    point = bury_assumed_grades.pay_points[grade.pay_scale_id, "2020/21", grade.top_point]
    raised = dataclasses.replace(point, salary=point.salary + 1000)
    apply_edit(bury_assumed_grades, PutPayRecord(raised))
    raised_diff = diff_costs(bury_assumed_grades, as_is, to_be)
    assert raised_diff.after != first.after
    line = next(iter(bury_assumed_grades.budget_lines.values()))
    apply_edit(
        bury_assumed_grades, PutPayRecord(dataclasses.replace(line, other=line.other + 5000))
    )
    budget = diff_costs(bury_assumed_grades, as_is, to_be).changes[-1]
    assert budget.kind is CostChangeKind.BUDGET
    old_budget = raised_diff.changes[-1]
    assert budget.before != old_budget.before and budget.effect == old_budget.effect
