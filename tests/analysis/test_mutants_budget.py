"""The budget fit on a proposal small enough to work by hand: on-costs at nil, so a post costs its
salary (G1: £20,000 at the bottom, £25,000 mid, £30,000 at the top) and 1% more pay costs 1% of
the salaries counted. Each test pins one rule of budget.py: the lines of which year, which posts,
the sensitivity rows and the sentence where the proposal stops fitting."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from orgchart_app.analysis.budget import budget_codes, budget_fit, fit_of
from orgchart_app.analysis.costing import cost_scenario
from orgchart_app.domain import Proposal, ScenarioId, UnitKind
from orgchart_app.domain.enums import BudgetLineKind, PostStatus
from tests.analysis.g1 import g1_council

YEAR = "2020/21"
TOP = "the top of grade, 2020/21 pay"


def small(
    lines: list[tuple[str, int, str]], posts: list[tuple[str, str, dict[str, Any]]]
) -> tuple[Proposal, ScenarioId]:
    """Budget lines (cost code, basic pay, year) and G1 posts (ref, cost code, other fields)."""
    b, council = g1_council("Small", {YEAR: {10: 20000, 11: 25000, 12: 30000}})
    b.on_cost_rule(council, YEAR, ni_rate="0", ni_threshold="0", pension_rate="0")
    s = b.scenario("As is", pay_year=YEAR)
    root = b.unit(s, "Council", UnitKind.ORGANISATION, council)
    for ref, code, fields in posts:
        b.post(s, ref, root, council, grade="G1", post_ref=ref, cost_code=code, **fields)
    for code, amount, year in lines:
        kind = BudgetLineKind.BUDGET if code else BudgetLineKind.ADJUSTMENT
        b.budget_line(code, code or "adjustment", basic_pay=amount, year=year, kind=kind)
    return b.proposal, s


HELD = {"status": PostStatus.HELD_VACANT}
POSTS = [("A", "A1", {}), ("B", "B2", {}), ("H", "A1", HELD)]
LINES = [("A1", 100_000, ""), ("B2", 30_000, "")]


def labels_and_costs(fit: Any) -> list[tuple[str, Decimal, Decimal]]:
    return [(row.label, row.cost, row.available) for row in fit.sensitivity]


def test_held_vacant_posts_asked_for_count_in_every_row_and_the_award() -> None:
    proposal, s = small(LINES, POSTS)
    fit = budget_fit(proposal, s, include_held_vacant=True)
    assert fit.include_held_vacant is True
    assert [c.post.post_ref for c in fit.counted] == ["A", "B", "H"]
    # Three posts at 20,000, 25,000 and 30,000 against 130,000; no row for the held post apart.
    assert labels_and_costs(fit) == [
        ("bottom of grade, 2020/21 pay", 60000, 130000),
        ("mid of grade, 2020/21 pay", 75000, 130000),
        ("top of grade, 2020/21 pay", 90000, 130000),
    ]
    # Headroom 40,000 / 900 for each 1% = 44.4%.
    assert fit.stops_fitting == (
        f"It stops fitting with a pay award above 44.4% on {TOP} (each 1% costs £900)."
    )


def test_held_vacant_posts_not_asked_for_have_a_row_of_their_own() -> None:
    proposal, s = small(LINES, POSTS)
    fit = budget_fit(proposal, s)
    assert fit.include_held_vacant is False
    assert [c.post.post_ref for c in fit.held_vacant] == ["H"]
    assert labels_and_costs(fit)[2:] == [
        ("top of grade, 2020/21 pay", 60000, 130000),
        ("including the held-vacant posts", 90000, 130000),
    ]
    assert fit.stops_fitting == (
        f"It stops fitting with a pay award above 116.6% on {TOP} (each 1% costs £600)."
    )


def test_without_held_vacant_posts_there_is_no_row_for_them() -> None:
    proposal, s = small(LINES, POSTS[:2])
    fit = budget_fit(proposal, s)
    assert [row.label for row in fit.sensitivity] == [
        "bottom of grade, 2020/21 pay",
        "mid of grade, 2020/21 pay",
        "top of grade, 2020/21 pay",
    ]


def test_short_at_every_point_says_only_by_how_much() -> None:
    proposal, s = small([("A1", 10_000, "")], POSTS[:1])
    assert budget_fit(proposal, s).stops_fitting == f"It does not fit at {TOP}: short by £20,000."


def test_short_at_the_top_but_fitting_lower_names_the_first_point_that_fits() -> None:
    proposal, s = small([("A1", 22_000, "")], POSTS[:1])
    assert budget_fit(proposal, s).stops_fitting == (
        f"It does not fit at {TOP}: short by £8,000; it fits at bottom of grade, 2020/21 pay."
    )


def test_no_budget_lines_is_said_and_never_fits() -> None:
    proposal, s = small([], POSTS[:1])
    fit = budget_fit(proposal, s)
    assert fit.stops_fitting == "The file has no budget lines." and not fit.fits


def test_nothing_counted_fits_whatever_the_award() -> None:
    proposal, s = small([("A1", 1_000, "")], [("A", "A1", {"funded": False})])
    fit = budget_fit(proposal, s)
    assert fit.stops_fitting == f"It fits at {TOP}, whatever the pay award."
    assert [c.post.post_ref for c in fit.unfunded] == ["A"]


def test_headroom_of_exactly_a_thousand_percent_is_said_as_the_largest_award() -> None:
    # 1% of 30,000 is 300: 1,000% is 300,000 of headroom.
    proposal, s = small([("A1", 330_000, "")], POSTS[:1])
    assert budget_fit(proposal, s).stops_fitting == (
        f"It fits at {TOP}, even with a pay award of 1,000%."
    )


def test_the_breaking_award_is_rounded_down() -> None:
    # 3,711 / 300 = 12.37%: an award of 12.4% would not fit.
    proposal, s = small([("A1", 33_711, "")], POSTS[:1])
    assert budget_fit(proposal, s).stops_fitting == (
        f"It stops fitting with a pay award above 12.3% on {TOP} (each 1% costs £300)."
    )


def test_the_first_year_is_counted_when_the_pay_year_is_not_one_of_the_budgets() -> None:
    lines = [("A1", 40_000, "2019/20"), ("A1", 50_000, "2021/22"), ("", -1_000, "")]
    proposal, s = small(lines, POSTS[:1])
    fit = budget_fit(proposal, s)
    # 40,000 of 2019/20 and the adjustment that has no year.
    assert fit.available == 39_000
    assert fit.notes == (
        "The budget's 2019/20 lines (its first: the pay year costed is not one of its years) "
        "are counted, not its other years'.",
    )


def test_the_pay_years_lines_are_counted_when_the_budget_has_that_year() -> None:
    lines = [("A1", 40_000, "2019/20"), ("A1", 50_000, YEAR)]
    proposal, s = small(lines, POSTS[:1])
    fit = budget_fit(proposal, s)
    assert fit.available == 50_000
    assert fit.notes == (
        "The budget's 2020/21 lines (the pay year costed) are counted, not its other years'.",
    )


def test_posts_without_the_budgets_codes_count_against_a_one_code_budget() -> None:
    proposal, s = small([("X1", 100_000, "")], [("A", "", {}), ("B", "B2", {})])
    fit = budget_fit(proposal, s)
    assert [row.cost.total for row in fit.rows] == [60_000]


def test_against_a_budget_of_several_codes_no_post_is_put_on_a_line() -> None:
    proposal, s = small([("X1", 50_000, ""), ("X2", 50_000, "")], POSTS[:2])
    fit = budget_fit(proposal, s)
    assert [row.cost.posts for row in fit.rows] == [0, 0]
    assert fit.cost.total == 60_000
    assert fit.notes[0] == (
        "No post carries a cost centre of the budget (X1, X2): every funded post is counted "
        "against the budget as a whole."
    )


def test_a_fit_made_alone_has_no_sentence_yet() -> None:
    proposal, s = small(LINES, POSTS)
    fit = fit_of(proposal, cost_scenario(proposal, s), False)
    assert (fit.stops_fitting, fit.sensitivity, fit.include_held_vacant) == ("", (), False)


def test_the_budget_codes_in_the_order_of_the_lines_once_each() -> None:
    proposal, _ = small([("B2", 1, ""), ("", -1, ""), ("A1", 1, ""), ("B2", 2, "2021/22")], [])
    assert budget_codes(proposal) == ["B2", "A1"]
