"""What a post is paid: its grade's salary at the costing point, or a stated salary, by pay year."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.domain.enums import CostingPoint
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Grade, OnCostRule, Post
from orgchart_app.domain.proposal import Proposal


@dataclass(frozen=True, slots=True)
class Salary:
    """A full-time annual salary and how it was found ("top of Grade 11, SCP 43")."""

    amount: Decimal
    basis: str


class NoSalary(Exception):
    """The post cannot be costed; the message says why in one sentence."""


def grade_for(proposal: Proposal, post: Post) -> Grade | None:
    """The grade record of the post's grade code, preferring the employer's own pay scale."""
    matches = [g for g in proposal.grades.values() if g.code == post.grade]
    if len(matches) > 1:
        scale = proposal.organisations[post.employer_id].pay_scale_id
        matches.sort(key=lambda g: g.pay_scale_id != scale)
    return matches[0] if matches else None


def salary_for(proposal: Proposal, post: Post, point: CostingPoint, pay_year: str) -> Salary:
    """The post's full-time salary at the costing point in the pay year.

    The middle of a grade is the average of its bottom and top salaries, not a spinal point, so
    grades paid by points and grades paid as a salary range are treated alike.
    """
    if post.salary is not None:
        return Salary(post.salary, "stated salary")
    if not post.grade:
        raise NoSalary("it has no grade and no stated salary")
    grade = grade_for(proposal, post)
    if grade is None:
        raise NoSalary(f'its grade "{post.grade}" is not defined')
    if point is CostingPoint.ACTUAL:
        if post.spinal_point is not None and grade.bottom_point is not None:
            return Salary(
                _point(proposal, grade, post.spinal_point, pay_year),
                f"{grade.code}, the post's point {post.spinal_point}",
            )
        top = salary_for(proposal, post, CostingPoint.TOP, pay_year)
        return Salary(top.amount, f"{top.basis} (no actual pay recorded)")
    if grade.bottom_point is not None and grade.top_point is not None:
        return _from_points(proposal, grade, point, pay_year)
    if grade.min_salary is not None and grade.max_salary is not None:
        low, high = grade.min_salary, grade.max_salary
        amount = {
            CostingPoint.BOTTOM: low,
            CostingPoint.TOP: high,
            CostingPoint.MID: (low + high) / 2,
        }[point]  # ACTUAL is handled above
        return Salary(amount, f"{point.value} of {grade.code}")
    raise NoSalary(f'its grade "{grade.code}" has neither spinal points nor a salary range')


def _from_points(proposal: Proposal, grade: Grade, point: CostingPoint, pay_year: str) -> Salary:
    bottom, top = grade.bottom_point, grade.top_point
    if point is CostingPoint.BOTTOM:
        return Salary(
            _point(proposal, grade, bottom, pay_year), f"bottom of {grade.code}, point {bottom}"
        )
    if point is CostingPoint.TOP:
        return Salary(_point(proposal, grade, top, pay_year), f"top of {grade.code}, point {top}")
    low, high = _point(proposal, grade, bottom, pay_year), _point(proposal, grade, top, pay_year)
    return Salary((low + high) / 2, f"mid of {grade.code}, points {bottom}-{top}")


def _point(proposal: Proposal, grade: Grade, point: int | None, pay_year: str) -> Decimal:
    found = (
        proposal.pay_points.get((grade.pay_scale_id, pay_year, point))
        if point is not None
        else None
    )
    if found is None:
        scale = proposal.pay_scales[grade.pay_scale_id].name
        raise NoSalary(f"{scale} has no point {point} for {pay_year} (needed by {grade.code})")
    return found.salary


def on_cost_rule_for(proposal: Proposal, post: Post, pay_year: str) -> OnCostRule | None:
    return next(
        (
            r
            for r in proposal.on_cost_rules.values()
            if r.organisation_id == post.employer_id and r.pay_year == pay_year
        ),
        None,
    )


def pay_years(proposal: Proposal) -> list[str]:
    """Every pay year the file has pay points or on-cost rules for, oldest first."""
    years = {p.pay_year for p in proposal.pay_points.values()}
    years |= {r.pay_year for r in proposal.on_cost_rules.values()}
    return sorted(years)


@dataclass(frozen=True, slots=True)
class GradeUse:
    posts: int = 0
    fte: float = 0.0


def unmatched_grades(
    proposal: Proposal, scenario_id: ScenarioId | None = None
) -> dict[str, GradeUse]:
    """Each distinct grade text of posts costed by grade that no grade record matches.

    Posts with a stated salary are left out: they cost without their grade.
    """
    codes = {g.code for g in proposal.grades.values()}
    found: dict[str, GradeUse] = {}
    for post in proposal.posts.values():
        if (
            scenario_id is not None
            and post.scenario_id != scenario_id
            or post.salary is not None
            or not post.grade
            or post.grade in codes
        ):
            continue
        use = found.get(post.grade, GradeUse())
        found[post.grade] = GradeUse(use.posts + post.quantity, round(use.fte + post.total_fte, 4))
    return dict(sorted(found.items()))
