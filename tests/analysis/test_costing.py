"""Costing a post and a scenario: NI above the threshold pro rata to FTE, pension, roll-ups.

Every expected figure is worked by hand in the comment beside it.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from orgchart_app.analysis.costing import (
    CostingOptions,
    PensionBasis,
    compare_costs,
    cost_post,
    cost_scenario,
)
from orgchart_app.analysis.money import whole_pounds
from orgchart_app.domain import CostingPoint, OrganisationKind, Post, Proposal, ScenarioId, UnitKind
from orgchart_app.domain.wording import money_text, rate_text
from orgchart_app.edits import CopyScenario, DeletePost, apply_edit
from orgchart_app.samples.builder import ProposalBuilder

YEAR = "2020/21"


def tiny() -> tuple[Proposal, ScenarioId]:
    """A council and a CCG, one grade of three points, and five posts in two units."""
    b = ProposalBuilder("Tiny")
    council = b.organisation("Council", "Council", OrganisationKind.LOCAL_AUTHORITY)
    ccg = b.organisation("CCG", "CCG", OrganisationKind.NHS_BODY)
    scale = b.pay_scale(
        "Spine",
        "NJC",
        "test spine",
        {YEAR: {10: 20000, 11: 24000, 12: 30000}, "2021/22": {10: 21000, 12: 31000}},
    )
    b.grade(scale, "G1", "test grade", points=(10, 12))
    b.grade(scale, "S1", "test senior grade", salaries=(50000, 60000))
    b.on_cost_rule(council, YEAR, ni_rate="0.138", ni_threshold="8788", pension_rate="0.205")
    b.on_cost_rule(
        ccg,
        YEAR,
        ni_rate="0.138",
        ni_threshold="8788",
        pension_rate="0.1438",
        pension_full_rate="0.2068",
        apprenticeship_levy_rate="0.005",
    )
    s = b.scenario("As is", pay_year=YEAR)
    root = b.unit(s, "Council", UnitKind.ORGANISATION, council)
    team = b.unit(s, "Team", UnitKind.TEAM, council, root)
    head = b.post(s, "Head", root, council, grade="S1", post_ref="H", cost_code="A1")
    b.post(s, "Officer", team, council, head, grade="G1", post_ref="O", cost_code="A1")
    b.post(
        s,
        "Part-timer",
        team,
        council,
        head,
        grade="G1",
        post_ref="PT",
        quantity=2,
        fte=0.5,
        cost_code="B2",
    )
    b.post(s, "Low paid", team, council, head, post_ref="L", salary=Decimal("8000"))
    b.post(s, "Nurse", team, ccg, head, grade="G1", post_ref="N", funded=False)
    return b.proposal, s


def post(proposal: Proposal, ref: str) -> Post:
    return next(p for p in proposal.posts.values() if p.post_ref == ref)


def test_ni_is_charged_on_the_salary_above_the_threshold() -> None:
    proposal, _ = tiny()
    cost = cost_post(proposal, post(proposal, "O"), CostingPoint.TOP, YEAR)
    assert cost.salary is not None and cost.salary.amount == 30000  # top of G1: point 12
    assert cost.basic == Decimal("30000")
    assert cost.ni == Decimal("2927.256")  # 13.8% x (30,000 - 8,788 = 21,212)
    assert cost.pension == Decimal("6150.000")  # 20.5% x 30,000
    assert cost.total == Decimal("39077.256")


def test_part_time_ni_is_the_full_time_ni_pro_rata_per_person() -> None:
    proposal, _ = tiny()
    cost = cost_post(proposal, post(proposal, "PT"), CostingPoint.TOP, YEAR)
    assert cost.basic == Decimal("30000.0")  # 2 people x 0.5 FTE x 30,000
    # Per person: 13.8% x (30,000 - 8,788) x 0.5 = 1,463.628; two people: 2,927.256.
    assert cost.ni == Decimal("2927.256")
    assert cost.pension == Decimal("6150.0")  # 20.5% x 30,000 of basic pay


def test_no_ni_below_the_threshold_and_a_stated_salary_overrides_the_grade() -> None:
    proposal, _ = tiny()
    cost = cost_post(proposal, post(proposal, "L"), CostingPoint.TOP, YEAR)
    assert cost.salary is not None and cost.salary.basis == "stated salary"
    assert (cost.basic, cost.ni, cost.pension) == (Decimal("8000"), 0, Decimal("1640.000"))


@pytest.mark.parametrize(
    ("point", "salary"),
    [
        (CostingPoint.BOTTOM, 20000),
        (CostingPoint.MID, 25000),  # (20,000 + 30,000) / 2
        (CostingPoint.TOP, 30000),
    ],
)
def test_costing_point_picks_bottom_mid_or_top(point: CostingPoint, salary: int) -> None:
    proposal, _ = tiny()
    cost = cost_post(proposal, post(proposal, "O"), point, YEAR)
    assert cost.salary is not None and cost.salary.amount == salary


def test_a_salary_range_grade_is_costed_at_its_ends_and_middle() -> None:
    proposal, _ = tiny()
    head = post(proposal, "H")
    salaries = [cost_post(proposal, head, p, YEAR).salary for p in CostingPoint]
    # "actual": the post has no stated salary or spinal point, so the top, and it says so.
    assert [s.amount for s in salaries if s] == [50000, 55000, 60000, 60000]
    assert salaries[-1] is not None and salaries[-1].basis.endswith("(no actual pay recorded)")


def test_nhs_pension_paid_directly_or_in_full_and_the_levy() -> None:
    proposal, _ = tiny()
    nurse = post(proposal, "N")
    direct = cost_post(proposal, nurse, CostingPoint.TOP, YEAR)
    full = cost_post(
        proposal, nurse, CostingPoint.TOP, YEAR, CostingOptions(pension_basis=PensionBasis.FULL)
    )
    assert direct.pension == Decimal("4314.0000")  # 14.38% x 30,000
    assert full.pension == Decimal("6204.0000")  # 20.68% x 30,000
    assert direct.levy == Decimal("150.000")  # 0.5% x 30,000


def test_scenario_totals_roll_up_funded_posts_by_unit_organisation_and_cost_code() -> None:
    proposal, s = tiny()
    costed = cost_scenario(proposal, s)
    # Head: 60,000 + 13.8% x 51,212 (7,067.256) + 20.5% x 60,000 (12,300) = 79,367.256
    # Officer 39,077.256; Part-timers 39,077.256; Low paid 8,000 + 1,640 = 9,640
    assert costed.totals.basic == Decimal("128000")
    assert costed.totals.total == Decimal("167161.768")
    assert costed.totals.posts == 5 and costed.totals.fte == Decimal("4")
    assert costed.by_cost_code["A1"].total == Decimal("118444.512")  # Head + Officer
    assert costed.by_cost_code["B2"].total == Decimal("39077.256")
    assert costed.by_cost_code["(no cost code)"].total == Decimal("9640")
    assert costed.by_unit["Team"].posts == 4 and costed.by_unit["Council"].posts == 1
    assert list(costed.by_organisation) == ["Council"]  # the CCG's only post is unfunded
    assert [c.post.post_ref for c in costed.unfunded] == ["N"]


def test_posts_that_cannot_be_costed_say_why() -> None:
    proposal, s = tiny()
    officer = post(proposal, "O")
    proposal.posts[officer.id] = dataclasses.replace(officer, grade="G9")
    costed = cost_scenario(proposal, s, CostingOptions(pay_year="2021/22"))
    problems = "\n".join(costed.problems)
    assert '"Officer" (O): not costed: its grade "G9" is not defined' in problems
    # The 2021/22 spine has no point 11 and the council has no on-cost rule for 2021/22.
    assert '"Part-timer" (PT): basic pay only: Council has no on-cost rule for 2021/22' in problems


def test_a_missing_spinal_point_is_named() -> None:
    proposal, s = tiny()
    for key in [k for k in proposal.pay_points if k[1] == "2021/22" and k[2] == 12]:
        del proposal.pay_points[key]
    cost = cost_post(proposal, post(proposal, "O"), CostingPoint.TOP, "2021/22")
    assert cost.problem == "not costed: Spine has no point 12 for 2021/22 (needed by G1)"


def test_as_is_against_to_be_gives_the_change() -> None:
    proposal, s = tiny()
    apply_edit(proposal, CopyScenario(s, "To be"))
    t = proposal.scenario_named("To be").id
    apply_edit(proposal, DeletePost((proposal.post_by_ref(t, "O").id,)))  # type: ignore[union-attr]
    comparison = compare_costs(proposal, s, t)
    assert comparison.delta.total == Decimal("-39077.256")
    assert comparison.by_cost_code["A1"][1].posts == 1


def test_money_is_shown_in_whole_pounds_as_reports_print_it() -> None:
    assert money_text(Decimal("874000")) == "£874,000"
    assert money_text(Decimal("-54000")) == "-£54,000"
    assert money_text(Decimal("822336.15")) == "£822,336"
    assert whole_pounds(Decimal("115527.50")) == Decimal("115528")  # halves round up
    assert (rate_text(Decimal("0.138")), rate_text(Decimal("0.1438"))) == ("13.8%", "14.38%")
