"""pay.py's costing at actual pay and its list of grades nothing matches, on a small proposal
worked by hand: G1 is spinal points 10 to 12 (£20,000, £25,000, £30,000 in 2025/26), R1 a
salary range of £40,000 to £50,000."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgchart_app.analysis.pay import GradeUse, NoSalary, salary_for, unmatched_grades
from orgchart_app.domain import CostingPoint, UnitKind
from orgchart_app.domain.model import Post
from tests.analysis.g1 import g1_council

YEAR = "2025/26"


class Paid:
    def __init__(self) -> None:
        self.b, self.council = g1_council("Pay", {YEAR: {10: 20000, 11: 25000, 12: 30000}})
        scale = next(iter(self.b.proposal.pay_scales))
        self.b.grade(scale, "R1", "range", salaries=(40000, 50000))
        self.as_is = self.b.scenario("As is", pay_year=YEAR)
        self.to_be = self.b.scenario("To be", pay_year=YEAR)
        self.units = {
            s: self.b.unit(s, "Team", UnitKind.TEAM, self.council) for s in (self.as_is, self.to_be)
        }

    def post(self, scenario: int | None = None, **fields: object) -> Post:
        s = self.as_is if scenario is None else scenario
        post_id = self.b.post(s, "Officer", self.units[s], self.council, **fields)  # type: ignore[arg-type]
        return self.b.proposal.posts[post_id]

    def actual(self, post: Post) -> tuple[Decimal, str]:
        salary = salary_for(self.b.proposal, post, CostingPoint.ACTUAL, YEAR)
        return salary.amount, salary.basis


def test_actual_pay_is_the_posts_own_spinal_point() -> None:
    paid = Paid()
    assert paid.actual(paid.post(grade="G1", spinal_point=11)) == (
        Decimal(25000),
        "G1, the post's point 11",
    )


def test_actual_pay_without_a_point_or_on_a_salary_range_is_the_top() -> None:
    paid = Paid()
    assert paid.actual(paid.post(grade="G1")) == (
        Decimal(30000),
        "top of G1, point 12 (no actual pay recorded)",
    )
    # A point recorded on a grade paid as a range says nothing: the range's top is used.
    assert paid.actual(paid.post(grade="R1", spinal_point=11)) == (
        Decimal(50000),
        "top of R1 (no actual pay recorded)",
    )


def test_actual_pay_on_a_point_the_pay_year_lacks_cannot_be_costed() -> None:
    paid = Paid()
    with pytest.raises(NoSalary) as missing:
        paid.actual(paid.post(grade="G1", spinal_point=14))
    assert str(missing.value) == "Spine has no point 14 for 2025/26 (needed by G1)"


def test_unmatched_grades_add_up_posts_and_fte_by_grade_text() -> None:
    paid = Paid()
    paid.post(grade="Band 9", quantity=2, fte=0.5)
    paid.post(grade="Band 9", fte=0.25)
    paid.post(grade="Band 9", scenario=paid.to_be)
    paid.post(grade="Chief", salary=Decimal(90000))  # a stated salary costs without its grade
    paid.post(grade="")
    paid.post(grade="G1")
    assert unmatched_grades(paid.b.proposal, paid.as_is) == {"Band 9": GradeUse(3, 1.25)}
    assert unmatched_grades(paid.b.proposal) == {"Band 9": GradeUse(4, 2.25)}
