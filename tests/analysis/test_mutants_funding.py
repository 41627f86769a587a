"""A plan over several years worked by hand: on-costs at nil, so a G1 post costs £20,000 (bottom)
or £30,000 (top) in 2020/21 and £21,000 or £31,000 in 2021/22; 2019/20 has no pay rates of
its own, so it is costed at the scenario's. The rows by source, the years' rates, the problems,
the notes and each refusal word for word."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from orgchart_app.analysis.costing import CostingOptions
from orgchart_app.analysis.funding import FundingPlan, funding_plan, year_range
from orgchart_app.domain import CostingPoint, NotFound, Proposal, UnitKind
from tests.analysis.g1 import TWO_YEARS, g1_council

YEARS = ("2019/20", "2020/21", "2021/22")


def plan_file(pay_year: str = "2020/21", budget: bool = True) -> Proposal:
    b, council = g1_council("Plan", TWO_YEARS)
    for year in ("2020/21", "2021/22"):
        b.on_cost_rule(council, year, ni_rate="0", ni_threshold="0", pension_rate="0")
    s = b.scenario("Plan", pay_year=pay_year)
    team = b.unit(s, "Team", UnitKind.TEAM, council)
    for ref in ("P1", "P2"):
        b.post(s, "Worker", team, council, grade="G1", post_ref=ref, funding_source="Grant")
    # Ends on the first day of 2021/22: a day of that year.
    b.post(
        s,
        "Last day",
        team,
        council,
        post_ref="P3",
        salary=Decimal(36500),
        end_date=dt.date(2021, 4, 1),
        funding_source="Reserve",
    )
    b.post(s, "Ungraded", team, council, post_ref="P4", funding_source="Grant")
    if budget:
        for year in YEARS:
            b.budget_line("G", "Grant", other=40000, year=year, funding_source="Grant")
            b.budget_line(
                "G",
                "Grant",
                other=20000,
                year=year,
                funding_source="Grant",
                recurrent=year != "2019/20",
            )
        b.budget_line("R1", "Reserve", other=5000, year="2020/21", recurrent=False)
    return b.proposal


def plan(proposal: Proposal, years: str = "2019/20..2021/22", **options: Any) -> FundingPlan:
    scenario = proposal.scenario_named("Plan").id
    return funding_plan(proposal, scenario, year_range(years), CostingOptions(**options))


def rows(rows: tuple[Any, ...]) -> dict[str, tuple[Decimal, ...]]:
    return {row.name: row.amounts for row in rows}


def test_each_year_is_costed_at_its_own_rates_else_the_scenarios() -> None:
    result = plan(plan_file())
    assert result.scenario == "Plan"
    assert rows(result.costs) == {
        # Two posts at the top: 2019/20 at 2020/21's rates.
        "Posts funded by Grant": (Decimal(60000), Decimal(60000), Decimal(62000)),
        "Posts funded by Reserve": (Decimal(36500), Decimal(36500), Decimal(100)),
    }
    assert result.problems == ('"Ungraded" (P4): not costed: it has no grade and no stated salary',)
    assert result.assumptions == (
        "Cost lines are the budget's planned amounts; the funded posts are costed in each year "
        "they run, at that year's pay rates where the file has them (else 2020/21 rates, no pay "
        "award assumed).",
    )


def test_the_options_point_year_and_award_are_used() -> None:
    result = plan(
        plan_file(),
        costing_point=CostingPoint.BOTTOM,
        pay_year="2021/22",
        pay_uplift=Decimal("0.01"),
    )
    # 2019/20 at 2021/22's rates; each salary 1% up.
    assert rows(result.costs)["Posts funded by Grant"] == (42420, 40400, 42420)
    assert "(else 2021/22 rates, no pay award assumed)" in result.assumptions[0]


def test_without_a_pay_year_a_year_without_rates_has_no_cost_and_the_note_says_no_rates() -> None:
    result = plan(plan_file(pay_year=""), "2019/20")
    assert "(else no rates, no pay award assumed)" in result.assumptions[0]
    assert rows(result.costs) == {"Posts funded by Reserve": (Decimal(36500),)}


def test_funding_rows_add_each_years_lines_of_a_source_and_recur_only_if_all_do() -> None:
    result = plan(plan_file())
    assert [(r.name, r.amounts, r.recurrent) for r in result.funding] == [
        ("Grant", (60000, 60000, 60000), False),
        ("Reserve", (0, 5000, 0), False),
    ]
    assert result.gap == (-36500, -31500, -2100)
    assert all(isinstance(total, Decimal) for total in result.total(()))


def test_refusals_name_the_first_year_outside_and_the_budgets_years() -> None:
    with pytest.raises(NotFound) as refused:
        plan(plan_file(), "2021/22..2023/24")
    assert str(refused.value) == (
        "2022/23 is outside the budget (its years: 2019/20, 2020/21, 2021/22)."
    )
    with pytest.raises(NotFound) as refused:
        plan(plan_file(budget=False), "2020/21..2021/22")
    assert str(refused.value) == (
        "2020/21 is outside the budget: the file has no budget (enter it in Costs > Budget, or "
        "import it with `orgchart budget import`)."
    )


def test_a_year_range_of_one_year_and_one_that_is_not_a_range() -> None:
    assert year_range("2020/21") == ("2020/21",)
    assert year_range("2020/21..2020/21") == ("2020/21",)
    with pytest.raises(NotFound) as refused:
        year_range("2019/20..2020/21..2021/22")
    assert str(refused.value) == '"2020/21..2021/22" is not a financial year such as 2019/20.'


def test_a_posts_problem_is_said_once_from_the_first_year() -> None:
    assert plan(plan_file(), "2021/22").problems == (
        '"Ungraded" (P4): not costed: it has no grade and no stated salary',
    )
