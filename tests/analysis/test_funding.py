"""Plans over several years: cost lines, fixed-term posts paid by a source, funding and the gap."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from orgchart_app.analysis.funding import funding_plan, year_range
from orgchart_app.domain import NotFound, OrganisationKind, PostId, Proposal, UnitKind
from orgchart_app.samples import build_manchester_capacity
from orgchart_app.samples.builder import ProposalBuilder
from orgchart_app.samples.manchester_capacity import COSTS, FUNDING, PRINTED_TOTALS, YEARS


def test_the_capacity_sample_matches_the_reports_table_to_the_pound_thousand() -> None:
    proposal = build_manchester_capacity()
    scenario = proposal.scenario_named("Capacity plan")
    plan = funding_plan(proposal, scenario.id, year_range("2019/20..2021/22"))
    assert plan.years == YEARS
    assert {r.name: tuple(a / 1000 for a in r.amounts) for r in plan.costs} == COSTS
    assert {r.name: (tuple(a / 1000 for a in r.amounts), r.recurrent) for r in plan.funding} == {
        name: (amounts, recurrent) for name, (amounts, recurrent, _) in FUNDING.items()
    }
    totals = tuple(t / 1000 for t in plan.total(plan.costs))
    assert totals == (4226, 4809, 4809) and plan.total(plan.funding) == plan.total(plan.costs)
    # The report prints 4,225 for 2019/20: the rows add to 4,226, and the file says so.
    assert PRINTED_TOTALS[0] == totals[0] - 1
    assert any("4,225" in a and "4,226" in a for a in plan.assumptions)
    assert plan.gap == (0, 0, 0)
    # s.5.1 (non-recurrent resources), s.5.4-5.5 (the grant) and s.5.6 (MHCC: permanent) say
    # whether each source recurs; s.5.7 does not say it of the INT funding: that is assumed.
    assert {r.name: (r.recurrent, r.assumed) for r in plan.funding} == {
        "ASC reserve/social care grants": (False, False),
        "ASC Seasonal Resilience grant": (False, False),
        "MHCC": (True, False),
        "MCC reserve (yr1) MLCO INTs (yr2/3)": (False, True),
    }


def _plan_with_a_fixed_term_post() -> tuple[Proposal, PostId]:
    b = ProposalBuilder("Fixed term")
    council = b.organisation("A Council", "AC", OrganisationKind.LOCAL_AUTHORITY)
    s = b.scenario("Plan", pay_year="2020/21")
    unit = b.unit(s, "Team", UnitKind.TEAM, council)
    post = b.post(
        s,
        "Social Worker (fixed term)",
        unit,
        council,
        salary=Decimal(36500),
        end_date=dt.date(2020, 9, 30),
        funding_source="Seasonal grant",
    )
    for year in ("2019/20", "2020/21", "2021/22"):
        b.budget_line(
            "",
            "Seasonal grant",
            other=30000,
            year=year,
            funding_source="Seasonal grant",
            recurrent=False,
        )
    b.on_cost_rule(council, "2020/21", ni_rate="0", ni_threshold="0", pension_rate="0")
    return b.proposal, post


def test_a_fixed_term_post_is_costed_in_the_years_it_runs_and_the_gap_shown() -> None:
    proposal, _ = _plan_with_a_fixed_term_post()
    plan = funding_plan(
        proposal, proposal.scenario_named("Plan").id, year_range("2019/20..2021/22")
    )
    (posts,) = plan.costs
    assert posts.name == "Posts funded by Seasonal grant"
    # A whole year in 2019/20; 1 April to 30 September 2020 (183 of 365 days); nothing after.
    assert posts.amounts[0] == 36500 and posts.amounts[1] == Decimal(36500) * 183 / 365
    assert posts.amounts[2] == 0
    assert plan.gap[0] == -6500 and plan.gap[2] == 30000


def test_years_outside_the_budget_or_not_years_are_refused() -> None:
    proposal, _ = _plan_with_a_fixed_term_post()
    scenario = proposal.scenario_named("Plan").id
    with pytest.raises(NotFound, match="2022/23 is outside the budget"):
        funding_plan(proposal, scenario, year_range("2021/22..2022/23"))
    with pytest.raises(NotFound, match="not a financial year"):
        year_range("2019..2021")
    with pytest.raises(NotFound, match="runs backwards"):
        year_range("2021/22..2019/20")


def test_posts_without_a_funding_source_are_costed_too() -> None:
    """An imported establishment with a budget over years: its posts are the plan's cost."""
    proposal, post = _plan_with_a_fixed_term_post()
    proposal.posts[post] = dataclasses.replace(
        proposal.posts[post], funding_source="", end_date=None
    )
    plan = funding_plan(
        proposal, proposal.scenario_named("Plan").id, year_range("2019/20..2021/22")
    )
    (posts,) = plan.costs
    assert posts.name == "Posts with no funding source" and posts.amounts == (36500,) * 3
    assert plan.gap == (-6500,) * 3


def test_a_budget_without_years_says_how_to_give_it_years(bury: Proposal) -> None:
    with pytest.raises(NotFound) as refused:
        funding_plan(bury, bury.scenario_named("To be").id, year_range("2020/21..2021/22"))
    assert str(refused.value) == (
        "2020/21 is outside the budget: its lines have no year (give them one in a year column "
        "of the budget CSV, or in the budget editor's Year cells)."
    )
    bury.budget_lines.clear()
    with pytest.raises(NotFound, match="outside the budget: the file has no budget"):
        funding_plan(bury, bury.scenario_named("To be").id, year_range("2020/21..2021/22"))
