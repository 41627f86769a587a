"""What a costing still lacks (cost_gaps.py), in the order to fix it, each sentence word for
word; and what one edit does to each scenario's cost and headroom (cost_steps.py), on the
budget tests' small proposal (a G1 post at the top costs its £30,000: on-costs at nil)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from orgchart_app.analysis.cost_gaps import Fix, Gap, cost_gaps
from orgchart_app.analysis.cost_steps import (
    Standing,
    StepEffect,
    standings,
    step_effects,
    step_text,
)
from orgchart_app.domain import OrganisationKind, Proposal, ScenarioId, UnitKind
from orgchart_app.domain.ids import BudgetLineId
from orgchart_app.domain.model import BudgetLine
from orgchart_app.edits import CopyScenario, apply_edit
from orgchart_app.samples.builder import ProposalBuilder
from tests.analysis.test_costing import post, tiny
from tests.analysis.test_mutants_budget import LINES, POSTS, small

NO_BUDGET = Gap(Fix.BUDGET, "No budget lines to set the cost against.")


def with_year(proposal: Proposal, s: ScenarioId, year: str) -> Proposal:
    proposal.scenarios[s] = dataclasses.replace(proposal.scenarios[s], pay_year=year)
    return proposal


def test_a_file_that_costs_in_full_lacks_only_its_budget() -> None:
    proposal, s = tiny()
    assert cost_gaps(proposal, s) == [NO_BUDGET]


def test_no_pay_year_names_the_years_the_file_has_and_asks_for_no_on_costs() -> None:
    proposal, s = tiny()
    assert cost_gaps(with_year(proposal, s, ""), s) == [
        Gap(Fix.BASIS, "No pay year chosen (the file has 2020/21, 2021/22)."),
        NO_BUDGET,
    ]


def test_a_year_without_points_or_on_costs_is_named() -> None:
    proposal, s = tiny()
    assert cost_gaps(with_year(proposal, s, "2022/23"), s) == [
        Gap(Fix.BASIS, "No pay scale has points for 2022/23."),
        Gap(
            Fix.ON_COSTS,
            "No on-costs for 2022/23 for Council, CCG: their posts cost basic pay only.",
        ),
        NO_BUDGET,
    ]
    proposal, s = tiny()
    assert cost_gaps(with_year(proposal, s, "2021/22"), s)[0] == Gap(
        Fix.ON_COSTS, "No on-costs for 2021/22 for Council, CCG: their posts cost basic pay only."
    )


def test_grades_of_salaries_only_need_no_points_for_the_year() -> None:
    proposal, s = tiny()
    proposal.grades = {
        k: dataclasses.replace(g, bottom_point=None) for k, g in proposal.grades.items()
    }
    gaps = cost_gaps(with_year(proposal, s, "2022/23"), s)
    assert [gap.fix for gap in gaps] == [Fix.ON_COSTS, Fix.BUDGET]


def test_a_file_with_nothing_to_cost_by_lacks_each_piece_in_order() -> None:
    b = ProposalBuilder("Bare")
    council = b.organisation("Council", "Council", OrganisationKind.LOCAL_AUTHORITY)
    s = b.scenario("As is")
    team = b.unit(s, "Team", UnitKind.TEAM, council)
    # A grade no record matches: with no grades at all there is nothing to map it to.
    b.post(s, "Officer", team, council, grade="X9")
    assert cost_gaps(b.proposal, s) == [
        Gap(
            Fix.PAY_SCALES,
            "No pay scale: add the NJC pay spine, Agenda for Change or your own grades.",
        ),
        Gap(Fix.BASIS, "No pay year chosen."),
        NO_BUDGET,
    ]


def test_unmatched_grades_are_counted_with_their_posts_and_the_first_four_named() -> None:
    proposal, s = tiny()
    for ref, grade in (("H", "Z1"), ("O", "Z2"), ("PT", "Z3"), ("N", "Z4")):
        proposal.posts[post(proposal, ref).id] = dataclasses.replace(
            post(proposal, ref), grade=grade
        )
    four = cost_gaps(proposal, s)[0]
    # PT is two posts.
    assert four == Gap(
        Fix.PAY_SCALES,
        "4 grades of 5 posts match no grade of a pay scale (Z1, Z2, Z3, Z4): map them.",
    )
    low = post(proposal, "L")
    proposal.posts[low.id] = dataclasses.replace(low, grade="Z0", salary=None)
    assert cost_gaps(proposal, s)[0].text == (
        "5 grades of 6 posts match no grade of a pay scale (Z0, Z1, Z2, Z3, ...): map them."
    )


def standing_of(proposal: Proposal) -> Standing:
    (standing,) = standings(proposal).values()
    return standing


def test_a_standing_is_the_cost_and_against_a_budget_its_headroom() -> None:
    proposal, _ = small([], POSTS[:2])
    assert standing_of(proposal) == Standing(Decimal(60000), Decimal(0), Decimal(0))
    proposal, _ = small(LINES, POSTS[:2])
    assert standing_of(proposal) == Standing(Decimal(60000), Decimal(130000), Decimal(70000))


def test_an_edits_effect_on_cost_and_on_the_headroom_when_the_budget_moved() -> None:
    proposal, s = small(LINES, POSTS[:2])
    before = standings(proposal)
    assert step_effects(proposal, before) == ()
    a = post(proposal, "A")
    proposal.posts[a.id] = dataclasses.replace(a, grade="", salary=Decimal(35000))
    cost_only = step_effects(proposal, before)
    assert cost_only == (StepEffect(s, "As is", Decimal(5000), Decimal(-5000), False),)
    assert step_text(cost_only) == 'cost a year: "As is" +£5,000'
    line = next(iter(proposal.budget_lines.values()))
    proposal.budget_lines[line.id] = dataclasses.replace(line, basic_pay=Decimal(110000))
    both = step_effects(proposal, before)
    assert both == (StepEffect(s, "As is", Decimal(5000), Decimal(5000), True),)
    assert step_text(both) == 'cost a year: "As is" +£5,000; headroom a year: "As is" +£5,000'


def test_a_budget_edit_alone_names_the_headroom_only() -> None:
    proposal, s = small(LINES, POSTS[:2])
    before = standings(proposal)
    extra = BudgetLineId(99)
    proposal.budget_lines[extra] = BudgetLine(extra, "A1", "more", basic_pay=Decimal(-1000))
    effects = step_effects(proposal, before)
    assert effects == (StepEffect(s, "As is", Decimal(0), Decimal(-1000), True),)
    assert step_text(effects) == 'headroom a year: "As is" -£1,000'


def test_a_scenario_new_since_the_standings_is_not_an_effect() -> None:
    proposal, s = small(LINES, POSTS[:2])
    before: dict[ScenarioId, Standing] = {}
    assert step_effects(proposal, before) == ()
    assert step_text(()) == "no scenario's cost or headroom changes"
    two = (
        StepEffect(s, "As is", Decimal(1), Decimal(0), False),
        StepEffect(s, "To be", Decimal(-2), Decimal(0), False),
    )
    assert step_text(two) == 'cost a year: "As is" +£1, "To be" -£2'


def test_only_the_scenarios_own_grades_and_employers_are_looked_at() -> None:
    proposal, s = tiny()
    apply_edit(proposal, CopyScenario(s, "Other"))
    other = next(p for p in proposal.posts.values() if p.scenario_id != s and p.grade)
    proposal.posts[other.id] = dataclasses.replace(other, grade="Z9")
    assert cost_gaps(proposal, s) == [NO_BUDGET]
    ccg_rule = next(k for k, r in proposal.on_cost_rules.items() if r.pension_full_rate)
    del proposal.on_cost_rules[ccg_rule]
    assert cost_gaps(proposal, s)[0] == Gap(
        Fix.ON_COSTS, "No on-costs for 2020/21 for CCG: their posts cost basic pay only."
    )


def test_every_scenario_has_its_standing_and_its_effect() -> None:
    proposal, s = tiny()
    apply_edit(proposal, CopyScenario(s, "Other"))
    first = standings(proposal)
    assert list(first) == list(proposal.scenarios)
    other = next(k for k in proposal.scenarios if k != s)
    nurse = next(p for p in proposal.posts.values() if p.scenario_id == other and p.post_ref == "N")
    proposal.posts[nurse.id] = dataclasses.replace(nurse, salary=Decimal(1000))
    # The nurse is unfunded: no change. Then the other scenario's officer paid 1,000 more.
    assert step_effects(proposal, first) == ()
    officer = next(
        p for p in proposal.posts.values() if p.scenario_id == other and p.post_ref == "L"
    )
    proposal.posts[officer.id] = dataclasses.replace(officer, salary=Decimal(9000))
    # 1,000 more pay, 20.5% pension on it, and NI of 13.8% on the 212 above the threshold.
    assert step_effects(proposal, first) == (
        StepEffect(other, "Other", Decimal("1234.256"), Decimal(0), False),
    )


def test_a_held_vacant_post_is_left_out_of_the_headroom() -> None:
    proposal, _ = small(LINES, POSTS)
    assert standing_of(proposal) == Standing(Decimal(90000), Decimal(130000), Decimal(70000))


def test_the_headrooms_of_several_scenarios_are_listed() -> None:
    two = (
        StepEffect(ScenarioId(1), "As is", Decimal(0), Decimal(5), True),
        StepEffect(ScenarioId(2), "To be", Decimal(0), Decimal(-5), True),
    )
    assert step_text(two) == 'headroom a year: "As is" +£5, "To be" -£5'
