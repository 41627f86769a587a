"""What a diff costs, step by step, on a pair worked by hand (cost_diff.py).

G1 pays £20,000 / £30,000 (bottom / top) in 2020/21 and £21,000 / £31,000 in 2021/22. The
council's pension is 10% in 2020/21 and 20% in 2021/22 (30% on the full basis), with no NI; the
CCG has no on-cost rule, so its post E costs its £10,000 salary only.
As is (top, 2020/21): A, B and E. To be (bottom, 2021/22): A, C, D (held vacant) and E.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from orgchart_app.analysis.cost_diff import CostChange, CostChangeKind, CostDiff, diff_costs
from orgchart_app.analysis.costing import CostingOptions, PensionBasis
from orgchart_app.domain import CostingPoint, OrganisationKind, Proposal, UnitKind
from orgchart_app.domain.enums import PostStatus, ScenarioKind
from tests.analysis.g1 import TWO_YEARS, g1_council

NO_RULE_2020 = '"E" (E): basic pay only: CCG has no on-cost rule for 2020/21'


def pair(budget: bool = True) -> Proposal:
    b, council = g1_council("Pair", TWO_YEARS)
    ccg = b.organisation("CCG", "CCG", OrganisationKind.NHS_BODY)
    for year, rate, scheme in (("2020/21", "0.1", "LGPS"), ("2021/22", "0.2", "")):
        b.on_cost_rule(
            council,
            year,
            ni_rate="0",
            ni_threshold="0",
            pension_rate=rate,
            pension_full_rate="0.3",
            pension_scheme=scheme,
        )
    as_is = b.scenario("As is", pay_year="2020/21")
    to_be = b.scenario(
        "To be", ScenarioKind.TO_BE, pay_year="2021/22", costing_point=CostingPoint.BOTTOM
    )
    for s, refs in ((as_is, "ABE"), (to_be, "ACDE")):
        unit = b.unit(s, "Team", UnitKind.TEAM, council)
        for ref in refs:
            if ref == "E":
                b.post(s, "E", unit, ccg, post_ref="E", salary=Decimal(10000))
                continue
            status = PostStatus.HELD_VACANT if ref == "D" else PostStatus.FILLED
            b.post(s, ref, unit, council, post_ref=ref, grade="G1", status=status)
    if budget:
        b.budget_line("X1", "X1", basic_pay=150000)
    return b.proposal


def diff(proposal: Proposal, options: CostingOptions = CostingOptions()) -> CostDiff:
    ids = proposal.scenario_named("As is").id, proposal.scenario_named("To be").id
    return diff_costs(proposal, *ids, options)


def test_each_step_from_the_as_is_to_the_to_be_with_its_effect() -> None:
    result = diff(pair())
    # 60,000 + 10% + 10,000 = 76,000; at bottom 2021/22: 63,000 + 20% + 10,000 = 85,600.
    assert (result.before, result.after, result.delta) == (76000, 85600, 9600)
    assert result.basis == "top of grade, 2020/21 pay -> bottom of grade, 2021/22 pay"
    assert result.changes == (
        # The to-be's posts on the as-is basis: 90,000 + 10% + 10,000.
        CostChange(CostChangeKind.POSTS, "Post changes", "£76,000", "£109,000", Decimal(33000)),
        CostChange(
            CostChangeKind.PAY_YEAR,
            "Pay year (pay scale rates)",
            "2020/21",
            "2021/22",
            Decimal(3000),
        ),
        # 20% of 93,000 less 10% of 90,000.
        CostChange(
            CostChangeKind.ON_COSTS,
            "On-costs",
            "Council 2020/21: NI 0% above £0, LGPS 10%, levy 0%; CCG 2020/21: no on-cost rule",
            "Council 2021/22: NI 0% above £0, pension 20%, levy 0%; CCG 2021/22: no on-cost rule",
            Decimal(9600),
        ),
        CostChange(CostChangeKind.COSTING_POINT, "Costing point", "top", "bottom", Decimal(-36000)),
        # The held-vacant D is not counted: 150,000 - 76,000, then 150,000 - 60,400.
        CostChange(
            CostChangeKind.BUDGET,
            "Headroom against the budget (£150,000)",
            "£74,000",
            "£89,600",
            Decimal(15600),
        ),
    )
    assert result.problems == (
        NO_RULE_2020,
        '"E" (E): basic pay only: CCG has no on-cost rule for 2021/22',
    )


def test_the_options_cost_every_step_alike() -> None:
    options = CostingOptions(pension_basis=PensionBasis.FULL, pay_uplift=Decimal("0.01"))
    result = diff(pair(budget=False), options)
    # 60,600 + 30% + 10,100; 63,630 + 30% + 10,100; the to-be's posts at the top of 2020/21:
    # 90,900 + 30% + 10,100 = 128,270.
    assert (result.before, result.after) == (Decimal("88880.00"), Decimal("92819.00"))
    assert result.changes[0].effect == Decimal("39390.00")
    assert [c.kind for c in result.changes] == [
        CostChangeKind.POSTS,
        CostChangeKind.PAY_YEAR,
        CostChangeKind.ON_COSTS,
        CostChangeKind.COSTING_POINT,
    ]


def test_a_pay_year_given_for_both_sides_leaves_only_the_point_to_change() -> None:
    result = diff(pair(budget=False), CostingOptions(pay_year="2020/21"))
    # After: bottom of 2020/21, 40,000 + 20,000 + 10% + 10,000 = 76,000 (D too).
    assert (result.before, result.after, result.delta) == (76000, 76000, 0)
    assert [(c.kind, c.effect) for c in result.changes] == [
        (CostChangeKind.POSTS, 33000),
        (CostChangeKind.COSTING_POINT, -33000),
    ]
    assert result.basis == "top of grade, 2020/21 pay -> bottom of grade, 2020/21 pay"


def test_no_pay_year_is_said_and_the_same_basis_once() -> None:
    proposal = pair(budget=False)
    for scenario in list(proposal.scenarios.values()):
        proposal.scenarios[scenario.id] = type(scenario)(
            scenario.id, scenario.name, scenario.kind, pay_year=""
        )
    result = diff(proposal)
    assert result.basis == "top of grade, no pay"
    assert result.changes == ()
    assert result.problems[0].startswith('"As is" has no pay year')


def test_a_side_without_a_pay_year_has_no_rule_named_without_a_year() -> None:
    proposal = pair(budget=False)
    to_be = proposal.scenario_named("To be")
    proposal.scenarios[to_be.id] = type(to_be)(to_be.id, to_be.name, to_be.kind, pay_year="")
    changes = {c.kind: c for c in diff(proposal).changes}
    assert (changes[CostChangeKind.PAY_YEAR].before, changes[CostChangeKind.PAY_YEAR].after) == (
        "2020/21",
        "none",
    )
    assert changes[CostChangeKind.ON_COSTS].after == (
        "Council: no on-cost rule; CCG: no on-cost rule"
    )


def test_a_side_without_posts_has_no_rules_to_name() -> None:
    proposal = pair(budget=False)
    to_be = proposal.scenario_named("To be").id
    proposal.posts = {k: p for k, p in proposal.posts.items() if p.scenario_id != to_be}
    changes = {c.kind: c for c in diff(proposal).changes}
    assert changes[CostChangeKind.ON_COSTS].after == "no posts"
    assert changes[CostChangeKind.POSTS].effect == -76000


def test_the_as_is_headroom_leaves_out_its_held_vacant_posts_too() -> None:
    proposal = pair()
    b = next(p for p in proposal.posts.values() if p.post_ref == "B")
    proposal.posts[b.id] = dataclasses.replace(b, status=PostStatus.HELD_VACANT)
    budget = diff(proposal).changes[-1]
    # 150,000 - (33,000 for A + 10,000 for E), then 89,600 as before.
    assert (budget.before, budget.after, budget.effect) == ("£107,000", "£89,600", -17400)


def test_an_as_is_without_a_pay_year_names_no_pay_year_step_of_one_year_to_itself() -> None:
    # The to-be cannot be costed on "no pay year": asked for the as-is's basis it takes its own
    # 2021/22, so a pay-year step would read "2021/22 -> 2021/22", £0. There is no such step;
    # the post changes carry the whole difference and the problems say the as-is has no year.
    proposal = pair(budget=False)
    as_is = proposal.scenario_named("As is")
    proposal.scenarios[as_is.id] = type(as_is)(as_is.id, as_is.name, as_is.kind, pay_year="")
    result = diff(proposal)
    assert [c.kind for c in result.changes] == [CostChangeKind.POSTS, CostChangeKind.COSTING_POINT]
    assert sum(c.effect for c in result.changes) == result.delta
    assert result.problems[0].startswith('"As is" has no pay year')
