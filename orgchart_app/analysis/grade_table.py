"""Posts and FTE by unit and grade: the cross table committee reports print (rows units, columns
grades in pay order, highest first, with totals)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orgchart_app.analysis.pay import NoSalary, salary_for
from orgchart_app.analysis.stats import NO_GRADE, Count
from orgchart_app.domain.enums import CostingPoint
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal

NUMBER = re.compile(r"(\d+)([a-z]?)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GradeTable:
    units: tuple[str, ...]
    grades: tuple[str, ...]
    cells: dict[tuple[str, str], Count]
    by_unit: dict[str, Count]
    by_grade: dict[str, Count]
    total: Count


def _text_rank(grade: str) -> tuple[float, str]:
    # Without pay data: the grade's number ("G12", "Band 8a"); "> G12" ranks above G12.
    match = NUMBER.search(grade)
    number = (
        float(match.group(1)) + ("abcd".find(match.group(2).lower()) + 1) / 10
        if (match and match.group(2))
        else float(match.group(1))
        if match
        else -1.0
    )
    return (number + (0.5 if grade.lstrip().startswith(">") else 0.0), grade)


def grades_in_pay_order(proposal: Proposal, scenario_id: ScenarioId, grades: set[str]) -> list[str]:
    """Highest paid first: by the top of each grade in the scenario's pay year where the file
    can say, by the number in the grade's name otherwise; posts without a grade last."""
    year = proposal.scenarios[scenario_id].pay_year
    sample = {p.grade: p for p in proposal.posts_in(scenario_id)}

    def top(grade: str) -> float | None:
        post = sample.get(grade)
        if post is None or post.salary is not None:
            return None
        try:
            return float(salary_for(proposal, post, CostingPoint.TOP, year).amount)
        except NoSalary:
            return None

    graded = grades - {NO_GRADE}
    paid = {g: top(g) for g in graded}
    ordered = sorted(
        graded, key=lambda g: (paid[g] is not None, paid[g] or 0.0, _text_rank(g)), reverse=True
    )
    return ordered + ([NO_GRADE] if NO_GRADE in grades else [])


def grade_table(proposal: Proposal, scenario_id: ScenarioId) -> GradeTable:
    cells: dict[tuple[str, str], Count] = {}
    by_unit: dict[str, Count] = {}
    by_grade: dict[str, Count] = {}
    total = Count()
    for post in proposal.posts_in(scenario_id):
        unit, grade = proposal.units[post.unit_id].name, post.grade or NO_GRADE
        cells[unit, grade] = cells.get((unit, grade), Count()).plus(post)
        by_unit[unit] = by_unit.get(unit, Count()).plus(post)
        by_grade[grade] = by_grade.get(grade, Count()).plus(post)
        total = total.plus(post)
    grades = grades_in_pay_order(proposal, scenario_id, set(by_grade))
    return GradeTable(tuple(by_unit), tuple(grades), cells, by_unit, by_grade, total)
