"""Costing in full: a clean scenario has no problems, the levy counts, the change per field, the words.

Figures worked by hand beside each; the proposal is test_costing.tiny() with its one CCG post
funded, so the apprenticeship levy reaches the totals.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from orgchart_app.analysis.costing import (
    CostingOptions,
    CostTotals,
    PensionBasis,
    assumptions,
    compare_costs,
    cost_post,
    cost_scenario,
)
from orgchart_app.domain import CostingPoint, Proposal, ScenarioId
from orgchart_app.edits import ChangeFte, CopyScenario, Regrade, apply_edit
from tests.analysis.test_costing import YEAR, post, tiny


def funded_nurse() -> tuple[Proposal, ScenarioId]:
    proposal, s = tiny()
    nurse = post(proposal, "N")
    proposal.posts[nurse.id] = dataclasses.replace(nurse, funded=True)
    return proposal, s


def test_a_scenario_that_can_be_costed_in_full_has_no_problems() -> None:
    proposal, s = tiny()
    costed = cost_scenario(proposal, s)
    assert costed.problems == ()
    assert all(c.problem == "" for c in costed.posts)
    assert (costed.pay_year, costed.costing_point, costed.pension_basis) == (
        YEAR,
        CostingPoint.TOP,
        PensionBasis.DIRECT,
    )


def test_a_scenario_without_a_pay_year_says_so_first() -> None:
    proposal, s = tiny()
    proposal.scenarios[s] = dataclasses.replace(proposal.scenarios[s], pay_year="")
    problems = cost_scenario(proposal, s).problems
    assert problems[0] == (
        '"As is" has no pay year: choose one to cost it (the file has pay rates for 2020/21, 2021/22) '
        "in Costs > Pay Year and Costing Point, or with `orgchart paytable use`."
    )
    # Without a year no point has a salary: every graded post says why.
    assert '"Officer" (O): not costed: Spine has no point 12 for  (needed by G1)' in problems


def test_the_levy_is_added_to_the_post_and_every_total() -> None:
    proposal, s = funded_nurse()
    costed = cost_scenario(proposal, s)
    nurse = next(c for c in costed.posts if c.post.post_ref == "N")
    # Top of G1 30,000; NI 13.8% x 21,212 = 2,927.256; pension 14.38% = 4,314; levy 0.5% = 150.
    assert nurse.levy == Decimal("150.000")
    assert nurse.total == Decimal("37391.256")
    assert costed.by_organisation["CCG"].levy == Decimal("150.000")
    assert costed.by_organisation["CCG"].total == Decimal("37391.256")
    assert costed.totals.levy == Decimal("150.000")
    # 167,161.768 for the council's posts (test_costing) + the nurse.
    assert costed.totals.total == Decimal("204553.024")
    assert costed.by_unit["Team"].levy == Decimal("150.000")


def test_the_change_is_after_minus_before_in_every_field() -> None:
    proposal, s = funded_nurse()
    apply_edit(proposal, CopyScenario(s, "To be"))
    t = proposal.scenario_named("To be").id
    nurse, officer = proposal.post_by_ref(t, "N"), proposal.post_by_ref(t, "O")
    assert nurse is not None and officer is not None
    apply_edit(proposal, ChangeFte(nurse.id, 0.5))
    apply_edit(proposal, Regrade(officer.id, "S1"))
    delta = compare_costs(proposal, s, t).delta
    # Nurse halved: basic -15,000, NI -1,463.628, pension -2,157, levy -75.
    # Officer G1 top 30,000 -> S1 top 60,000: basic +30,000, NI +4,140, pension +6,150.
    assert delta == CostTotals(
        0,
        Decimal("-0.5"),
        Decimal("15000.0"),
        Decimal("2676.372"),
        Decimal("3993.0000"),
        Decimal("-75.0000"),
    )
    assert delta.total == Decimal("21594.372")


def test_the_change_counts_posts_removed_and_added() -> None:
    before = CostTotals(5, Decimal("4"), Decimal("100"), Decimal("10"), Decimal("20"), Decimal("1"))
    after = CostTotals(
        3, Decimal("2.5"), Decimal("60"), Decimal("4"), Decimal("12"), Decimal("0.5")
    )
    assert after.minus(before) == CostTotals(
        -2, Decimal("-1.5"), Decimal("-40"), Decimal("-6"), Decimal("-8"), Decimal("-0.5")
    )


def test_cost_codes_and_organisations_on_one_side_only_pair_with_zero() -> None:
    proposal, s = funded_nurse()
    apply_edit(proposal, CopyScenario(s, "To be"))
    t = proposal.scenario_named("To be").id
    nurse = proposal.post_by_ref(t, "N")
    assert nurse is not None
    proposal.posts[nurse.id] = dataclasses.replace(nurse, funded=False, cost_code="C3")
    comparison = compare_costs(proposal, s, t)
    assert list(comparison.by_organisation) == ["Council", "CCG"]
    before, after = comparison.by_organisation["CCG"]
    assert (before.posts, after) == (1, CostTotals())
    assert list(comparison.by_cost_code) == ["A1", "B2", "(no cost code)"]


def test_a_pay_uplift_raises_every_salary_and_says_so() -> None:
    proposal, _ = tiny()
    cost = cost_post(
        proposal,
        post(proposal, "O"),
        CostingPoint.TOP,
        YEAR,
        CostingOptions(pay_uplift=Decimal("0.02")),
    )
    assert cost.salary is not None
    assert (cost.salary.amount, cost.salary.basis) == (
        Decimal("30600.00"),
        "top of G1, point 12 + 2%",
    )
    assert cost.basic == Decimal("30600.00")


def test_options_override_the_scenario_costing_point_and_year() -> None:
    proposal, s = tiny()
    costed = cost_scenario(
        proposal, s, CostingOptions(costing_point=CostingPoint.BOTTOM, pay_year="2021/22")
    )
    officer = next(c for c in costed.posts if c.post.post_ref == "O")
    assert officer.salary is not None and officer.salary.amount == 21000
    assert (costed.costing_point, costed.pay_year) == (CostingPoint.BOTTOM, "2021/22")


def test_the_assumptions_name_the_rates_used_and_the_other_pension_rate() -> None:
    proposal, s = funded_nurse()
    direct = cost_scenario(proposal, s).assumptions
    full = cost_scenario(proposal, s, CostingOptions(pension_basis=PensionBasis.FULL)).assumptions
    assert direct[0] == (
        "Costed at the top of each grade (a stated salary overrides it), 2020/21 pay rates; "
        "employer NI per person = rate x (full-time salary - threshold) x FTE; "
        "pension = rate x basic pay."
    )
    assert list(direct[1:3]) == [
        "Council 2020/21: employer NI 13.8% above £8,788; pension 20.5%; apprenticeship levy 0%. "
        "Source: not recorded",
        "CCG 2020/21: employer NI 13.8% above £8,788; pension 14.38% (full cost 20.68%); "
        "apprenticeship levy 0.5%. Source: not recorded",
    ]
    assert full[2] == (
        "CCG 2020/21: employer NI 13.8% above £8,788; pension 20.68% (paid directly "
        "14.38%); apprenticeship levy 0.5%. Source: not recorded"
    )
    assert list(direct[3:]) == [
        "test spine",
        "G1 (SCP 10-12): test grade",
        "S1 (£50,000-£60,000): test senior grade",
    ]


def test_the_assumptions_say_when_there_is_no_pay_year() -> None:
    proposal, _ = tiny()
    lines = assumptions(proposal, [], CostingPoint.MID, "", PensionBasis.DIRECT)
    assert lines == [
        "Costed at the mid of each grade (a stated salary overrides it), no pay rates; "
        "employer NI per person = rate x (full-time salary - threshold) x FTE; "
        "pension = rate x basic pay."
    ]


def test_a_post_not_costed_still_says_whose_and_where_it_is() -> None:
    proposal, s = tiny()
    officer = post(proposal, "O")
    proposal.posts[officer.id] = dataclasses.replace(officer, grade="G9")
    costed = cost_scenario(proposal, s, CostingOptions(pay_year="2021/22"))
    assert costed.scenario == "As is"
    by_ref = {c.post.post_ref: c for c in costed.posts}
    assert (by_ref["O"].employer, by_ref["O"].unit, by_ref["O"].salary) == ("Council", "Team", None)
    # No council on-cost rule for 2021/22: basic pay only (2 x 0.5 x 31,000).
    part = by_ref["PT"]
    assert (part.employer, part.unit, part.basic, part.ni, part.total) == (
        "Council",
        "Team",
        Decimal("31000.0"),
        0,
        Decimal("31000.0"),
    )


def test_the_comparison_costs_both_sides_with_the_options_given() -> None:
    proposal, s = funded_nurse()
    apply_edit(proposal, CopyScenario(s, "To be"))
    t = proposal.scenario_named("To be").id
    comparison = compare_costs(
        proposal,
        s,
        t,
        CostingOptions(costing_point=CostingPoint.BOTTOM, pension_basis=PensionBasis.FULL),
    )
    assert {
        (side.costing_point, side.pension_basis) for side in (comparison.before, comparison.after)
    } == {(CostingPoint.BOTTOM, PensionBasis.FULL)}
    assert comparison.before.totals == comparison.after.totals


def test_an_organisation_new_in_the_to_be_pairs_with_nothing_before() -> None:
    proposal, s = tiny()
    apply_edit(proposal, CopyScenario(s, "To be"))
    t = proposal.scenario_named("To be").id
    nurse = proposal.post_by_ref(t, "N")
    assert nurse is not None
    proposal.posts[nurse.id] = dataclasses.replace(nurse, funded=True)
    before, after = compare_costs(proposal, s, t).by_organisation["CCG"]
    assert before == CostTotals() and after.posts == 1


def test_the_assumptions_list_only_grades_used_without_a_stated_salary() -> None:
    proposal, s = tiny()
    head = post(proposal, "H")
    proposal.posts[head.id] = dataclasses.replace(head, salary=Decimal("65000"))
    lines = cost_scenario(proposal, s).assumptions
    assert "G1 (SCP 10-12): test grade" in lines
    assert not [line for line in lines if line.startswith("S1")]


def test_grades_on_points_of_other_frameworks_are_not_called_spinal_column_points() -> None:
    proposal, s = tiny()
    scale = next(iter(proposal.pay_scales))
    proposal.pay_scales[scale] = dataclasses.replace(proposal.pay_scales[scale], framework="AfC")
    assert "G1 (points 10-12): test grade" in cost_scenario(proposal, s).assumptions
