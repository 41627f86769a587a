"""The Bury budget table (report section 6) and the to-be costed against it (DOMAIN.md 3.3)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from orgchart_app.analysis.budget import budget_fit
from orgchart_app.analysis.costing import CostingOptions
from orgchart_app.analysis.money import whole_pounds
from orgchart_app.domain import Proposal
from orgchart_app.edits import Regrade, UpdatePost, apply_edit


def to_be(proposal: Proposal) -> int:
    return proposal.scenario_named("To be").id


def refs(costs: tuple) -> list[str]:  # type: ignore[type-arg]
    return sorted(c.post.post_ref for c in costs)


def test_the_budget_lines_are_the_reports_table(bury_assumed_grades: Proposal) -> None:
    fit = budget_fit(bury_assumed_grades, to_be(bury_assumed_grades))
    table = [(r.line.cost_code, r.line.description, r.line.total) for r in fit.rows]
    assert table == [
        ("SEG5970", "SEG5970", 489400),  # 375,000 + 37,500 + 76,900
        ("SSG9143", "SSG9143", 445700),  # 339,100 + 34,400 + 72,200
        ("SF16000", "SF16000 (part)", 40000),
        ("", "Less budget for post to go back to Public Health (per L Jones request)", -47100),
        ("", "Less budget to transfer to Intermediate Tier for Brokerage roles", -54000),
    ]
    assert fit.available == 874000  # 975,100 - 101,100


def test_the_to_be_fits_with_the_domain_figures(bury_assumed_grades: Proposal) -> None:
    fit = budget_fit(bury_assumed_grades, to_be(bury_assumed_grades))
    # Only the 16 new posts carry the budget's cost centres.
    assert fit.cost.posts == 16 and fit.cost.fte == 16
    assert {c.post.title for c in fit.counted} == {
        "Senior Integrated Commissioning Manager",
        "Integrated Commissioning Officer",
        "Integrated Commissioning Support Officer",
        "Quality Assurance Officer",
    }
    # Basic: 4 x 46,845 + 7 x 39,880 + 3 x 29,577 + 2 x 35,745 = 626,761.
    assert fit.cost.basic == 626761
    # SICM 4 x 61,700.09 + ICO 7 x 52,346.10 + ICSO 3 x 38,509.17 + QAO 2 x 46,792.79
    # (each: salary + 13.8% x (salary - 8,788) + 20.5% x salary) = 822,336.15.
    assert whole_pounds(fit.cost.total) == 822336
    assert whole_pounds(fit.headroom) == 51664 and fit.fits
    by_code = {r.line.cost_code: whole_pounds(r.cost.total) for r in fit.rows if r.line.cost_code}
    assert by_code == {"SEG5970": 613223, "SSG9143": 209113, "SF16000": 0}


def test_at_2021_22_rates_the_headroom_shrinks(bury_assumed_grades: Proposal) -> None:
    fit = budget_fit(
        bury_assumed_grades, to_be(bury_assumed_grades), CostingOptions(pay_year="2021/22")
    )
    assert whole_pounds(fit.cost.total) == 836957 and whole_pounds(fit.headroom) == 37043


def test_the_sensitivity_names_each_point_and_year_and_the_breaking_pay_award(
    bury_assumed_grades: Proposal,
) -> None:
    fit = budget_fit(bury_assumed_grades, to_be(bury_assumed_grades))
    rows = {s.label: whole_pounds(s.cost) for s in fit.sensitivity}
    assert rows["top of grade, 2020/21 pay"] == 822336
    assert rows["top of grade, 2021/22 pay"] == 836957
    assert rows["bottom of grade, 2020/21 pay"] < rows["mid of grade, 2020/21 pay"] < 822336
    # Each 1% on pay costs 1% x 626,761 x (1 + 13.8% + 20.5%) = 8,417; 51,664 / 8,417 = 6.1.
    assert fit.stops_fitting == (
        "It stops fitting with a pay award above 6.1% on the top of "
        "grade, 2020/21 pay (each 1% costs £8,417)."
    )


def test_held_vacant_posts_are_costed_but_not_counted_unless_asked(
    bury_assumed_grades: Proposal,
) -> None:
    lead = bury_assumed_grades.post_by_ref(to_be(bury_assumed_grades), "BC-1003")
    assert lead is not None
    apply_edit(bury_assumed_grades, UpdatePost(lead.id, (("cost_code", "SEG5970"),)))
    fit = budget_fit(bury_assumed_grades, to_be(bury_assumed_grades))
    assert refs(fit.held_vacant) == ["BC-1003"] and "BC-1003" not in refs(fit.counted)
    assert whole_pounds(fit.cost.total) == 822336
    assert "including the held-vacant posts" in [s.label for s in fit.sensitivity]
    # Grade 13 top 58,500 + 13.8% x 49,712 + 20.5% x 58,500 = 77,352.76 more: 899,689.
    counted = budget_fit(bury_assumed_grades, to_be(bury_assumed_grades), include_held_vacant=True)
    assert whole_pounds(counted.cost.total) == 899689 and not counted.fits


def test_unfunded_posts_are_listed_apart_and_not_counted(bury_assumed_grades: Proposal) -> None:
    sicm = next(
        c.post
        for c in budget_fit(bury_assumed_grades, to_be(bury_assumed_grades)).counted
        if c.post.title.startswith("Senior")
    )
    apply_edit(bury_assumed_grades, UpdatePost(sicm.id, (("funded", False),)))
    fit = budget_fit(bury_assumed_grades, to_be(bury_assumed_grades))
    assert refs(fit.unfunded) == [sicm.post_ref]
    assert whole_pounds(fit.cost.total) == 760636  # 822,336.15 - 61,700.09


def test_a_regrade_that_breaks_the_budget_says_by_how_much(bury_assumed_grades: Proposal) -> None:
    for post in [
        p
        for p in bury_assumed_grades.posts_in(to_be(bury_assumed_grades))
        if p.title == "Integrated Commissioning Officer"
    ]:
        apply_edit(bury_assumed_grades, Regrade(post.id, "Grade 11"))
    fit = budget_fit(bury_assumed_grades, to_be(bury_assumed_grades))
    # 7 ICOs at Grade 11 cost 7 x (61,700.09 - 52,346.10) = 65,477.93 more: 887,814.
    assert whole_pounds(fit.cost.total) == 887814 and not fit.fits
    assert whole_pounds(fit.headroom) == Decimal("-13814")
    assert fit.stops_fitting.startswith(
        "It does not fit at the top of grade, 2020/21 pay: "
        "short by £13,814; it fits at bottom of grade"
    )


def test_a_tiny_salary_gives_a_sentence_not_a_decimal_error(bury_assumed_grades: Proposal) -> None:
    # Each 1% award then costs a fraction of a penny: the award that uses up the headroom is
    # beyond any precision, and beyond any award a committee would consider.
    for key, point in list(bury_assumed_grades.pay_points.items()):
        bury_assumed_grades.pay_points[key] = dataclasses.replace(point, salary=Decimal("1e-21"))
    for post_id, post in list(bury_assumed_grades.posts.items()):
        if post.salary is not None:
            bury_assumed_grades.posts[post_id] = dataclasses.replace(post, salary=Decimal("1e-21"))
    fit = budget_fit(bury_assumed_grades, to_be(bury_assumed_grades))
    assert fit.fits
    assert fit.stops_fitting == (
        "It fits at the top of grade, 2020/21 pay, even with a pay award of 1,000%."
    )


def test_the_award_that_uses_up_the_headroom_is_still_given(bury_assumed_grades: Proposal) -> None:
    fit = budget_fit(bury_assumed_grades, to_be(bury_assumed_grades))
    assert fit.stops_fitting.startswith("It stops fitting with a pay award above ")


def _imported_with_a_budget_over_years() -> Proposal:
    """As an imported establishment: posts with no cost codes, a budget with two years."""
    from orgchart_app.domain import OrganisationKind, UnitKind
    from orgchart_app.samples.builder import ProposalBuilder

    b = ProposalBuilder("Imported")
    council = b.organisation("A Council", "AC", OrganisationKind.LOCAL_AUTHORITY)
    s = b.scenario("As is", pay_year="2025/26")
    unit = b.unit(s, "Team", UnitKind.TEAM, council)
    for title in ("Officer", "Manager"):
        b.post(s, title, unit, council, salary=Decimal(40000))
    b.on_cost_rule(council, "2025/26", ni_rate="0", ni_threshold="0", pension_rate="0")
    b.budget_line("KX1", "Team", basic_pay=90000, year="2025/26")
    b.budget_line("KX1", "Team", basic_pay=70000, year="2026/27")
    return b.proposal


def test_posts_without_budget_codes_count_against_the_pay_year_s_budget() -> None:
    proposal = _imported_with_a_budget_over_years()
    fit = budget_fit(proposal, proposal.scenario_named("As is").id)
    assert [r.line.year for r in fit.rows] == ["2025/26"] and fit.available == 90000
    assert fit.cost.posts == 2 and fit.cost.total == 80000 and fit.headroom == 10000
    assert fit.stops_fitting.startswith(
        "No post carries a cost centre of the budget (KX1): every funded post is counted "
        "against the budget as a whole. The budget's 2025/26 lines (the pay year costed) are "
        "counted, not its other years'."
    )
