"""What a post is paid: the grade looked up on the employer's own scale first, or why it cannot be."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from orgchart_app.analysis.money import whole_pounds
from orgchart_app.analysis.pay import NoSalary, grade_for, pay_years, salary_for
from orgchart_app.domain import CostingPoint, OrganisationKind, Proposal, UnitKind
from orgchart_app.domain.model import Post
from orgchart_app.domain.wording import money_text, rate_text
from orgchart_app.samples.builder import ProposalBuilder


def two_scales() -> tuple[Proposal, Post, Post]:
    """The council and the CCG each have a "Band 5" on their own scale; one post at each."""
    b = ProposalBuilder("Pay")
    council_scale = b.pay_scale("Council spine", "NJC", "", {"2020/21": {1: 20000, 2: 22000}})
    nhs_scale = b.pay_scale("Agenda for Change", "AfC", "", {"2019/20": {1: 24000, 2: 26000}})
    council = b.organisation("Council", "C", OrganisationKind.LOCAL_AUTHORITY)
    ccg = b.organisation("CCG", "CCG", OrganisationKind.NHS_BODY)
    b.proposal.organisations[ccg] = dataclasses.replace(
        b.proposal.organisations[ccg], pay_scale_id=nhs_scale
    )
    b.grade(council_scale, "Band 5", "council band", points=(1, 2))
    b.grade(nhs_scale, "Band 5", "nhs band", points=(1, 2))
    b.on_cost_rule(ccg, "2021/22", ni_rate="0.138", ni_threshold="9000", pension_rate="0.1438")
    s = b.scenario("As is")
    root = b.unit(s, "Root", UnitKind.ORGANISATION, council)
    at_council = b.post(s, "Officer", root, council, grade="Band 5")
    at_ccg = b.post(s, "Nurse", root, ccg, grade="Band 5")
    return b.proposal, b.proposal.posts[at_council], b.proposal.posts[at_ccg]


def test_a_grade_code_on_two_scales_is_read_on_the_employers_own() -> None:
    proposal, officer, nurse = two_scales()
    assert grade_for(proposal, nurse).description == "nhs band"  # type: ignore[union-attr]
    assert grade_for(proposal, officer).description == "council band"  # type: ignore[union-attr]
    assert salary_for(proposal, nurse, CostingPoint.TOP, "2019/20").amount == 26000
    assert grade_for(proposal, dataclasses.replace(officer, grade="Band 9")) is None


def test_salaries_say_where_they_come_from() -> None:
    proposal, officer, _ = two_scales()
    assert [
        (s.amount, s.basis)
        for s in (salary_for(proposal, officer, point, "2020/21") for point in CostingPoint)
    ] == [
        (20000, "bottom of Band 5, point 1"),
        (21000, "mid of Band 5, points 1-2"),
        (22000, "top of Band 5, point 2"),
        (22000, "top of Band 5, point 2 (no actual pay recorded)"),
    ]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"grade": ""}, "it has no grade and no stated salary"),
        ({"grade": "Band 9"}, 'its grade "Band 9" is not defined'),
    ],
)
def test_a_post_that_cannot_be_paid_says_why(change: dict[str, str], why: str) -> None:
    proposal, officer, _ = two_scales()
    with pytest.raises(NoSalary) as refused:
        salary_for(proposal, dataclasses.replace(officer, **change), CostingPoint.TOP, "2020/21")
    assert str(refused.value) == why


def test_a_grade_with_neither_points_nor_salaries_cannot_be_paid() -> None:
    proposal, officer, _ = two_scales()
    grade = grade_for(proposal, officer)
    assert grade is not None
    proposal.grades[grade.id] = dataclasses.replace(grade, top_point=None)
    with pytest.raises(NoSalary) as refused:
        salary_for(proposal, officer, CostingPoint.MID, "2020/21")
    assert str(refused.value) == 'its grade "Band 5" has neither spinal points nor a salary range'


def test_pay_years_are_every_year_with_points_or_rules_oldest_first() -> None:
    proposal, _, _ = two_scales()
    assert pay_years(proposal) == ["2019/20", "2020/21", "2021/22"]


def test_money_and_rates_as_reports_print_them() -> None:
    assert whole_pounds(Decimal("-0.5")) == Decimal("-1")
    assert money_text(Decimal("-0.4")) == "£0"
    assert money_text(Decimal("999.5")) == "£1,000"
    assert rate_text(Decimal("0.05")) == "5%"
    assert rate_text(Decimal("1")) == "100%"


def test_a_salary_range_grade_says_so_and_needs_both_ends() -> None:
    proposal, officer, _ = two_scales()
    grade = grade_for(proposal, officer)
    assert grade is not None
    proposal.grades[grade.id] = dataclasses.replace(
        grade,
        bottom_point=None,
        top_point=None,
        min_salary=Decimal(30000),
        max_salary=Decimal(34000),
    )
    salary = salary_for(proposal, officer, CostingPoint.MID, "2020/21")
    assert (salary.amount, salary.basis) == (32000, "mid of Band 5")
    proposal.grades[grade.id] = dataclasses.replace(proposal.grades[grade.id], max_salary=None)
    with pytest.raises(NoSalary) as refused:
        salary_for(proposal, officer, CostingPoint.MID, "2020/21")
    assert str(refused.value) == 'its grade "Band 5" has neither spinal points nor a salary range'
