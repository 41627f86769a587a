"""Every figure a costing rests on is editable, checked, and undone exactly."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from orgchart_app.analysis.budget import budget_fit
from orgchart_app.analysis.money import whole_pounds
from orgchart_app.domain import (
    BudgetLine,
    BudgetLineId,
    CostingPoint,
    EditRefused,
    PayPoint,
    Proposal,
)
from orgchart_app.domain.tables import Table
from orgchart_app.edits import PutPayRecord, RemovePayRecord, SetCostingBasis, apply_edit


def test_changing_a_spinal_point_changes_the_cost_and_undo_restores_it(
    bury_assumed_grades: Proposal,
) -> None:
    before = bury_assumed_grades.snapshot()
    to_be = bury_assumed_grades.scenario_named("To be").id
    scale = next(s.id for s in bury_assumed_grades.pay_scales.values() if s.framework == "NJC")
    applied = apply_edit(
        bury_assumed_grades, PutPayRecord(PayPoint(scale, "2020/21", 43, Decimal("47845")))
    )
    assert applied.changes.other_tables == frozenset({Table.PAY_POINTS})
    # 4 SICMs at SCP 43: each 1,000 more costs 1,000 x (1 + 13.8% + 20.5%) = 1,343.
    assert whole_pounds(budget_fit(bury_assumed_grades, to_be).cost.total) == 822336 + 4 * 1343
    apply_edit(bury_assumed_grades, applied.inverse)
    assert bury_assumed_grades.snapshot() == before


def test_on_cost_rates_are_checked(bury_assumed_grades: Proposal) -> None:
    rule = next(iter(bury_assumed_grades.on_cost_rules.values()))
    with pytest.raises(EditRefused, match="between 0 and 1"):
        apply_edit(
            bury_assumed_grades, PutPayRecord(dataclasses.replace(rule, ni_rate=Decimal("13.8")))
        )
    with pytest.raises(EditRefused, match="already has an on-cost rule for 2020/21"):
        apply_edit(bury_assumed_grades, PutPayRecord(dataclasses.replace(rule, id=0)))
    applied = apply_edit(
        bury_assumed_grades,
        PutPayRecord(dataclasses.replace(rule, apprenticeship_levy_rate=Decimal("0.005"))),
    )
    assert bury_assumed_grades.on_cost_rules[rule.id].apprenticeship_levy_rate == Decimal("0.005")
    assert applied.name == "Set the 2020/21 on-cost rule"


def test_a_grade_in_use_cannot_be_removed_or_recoded(bury_assumed_grades: Proposal) -> None:
    grade = next(g for g in bury_assumed_grades.grades.values() if g.code == "Grade 11")
    with pytest.raises(EditRefused, match='posts are on "Grade 11": regrade them first'):
        apply_edit(bury_assumed_grades, RemovePayRecord(Table.GRADES, grade.id))
    with pytest.raises(EditRefused, match="regrade them first"):
        apply_edit(bury_assumed_grades, PutPayRecord(dataclasses.replace(grade, code="Grade 11a")))
    with pytest.raises(EditRefused, match="starts above where it ends"):
        apply_edit(bury_assumed_grades, PutPayRecord(dataclasses.replace(grade, bottom_point=44)))


def test_a_new_budget_line_gets_an_id_and_changes_what_is_available(
    bury_assumed_grades: Proposal,
) -> None:
    applied = apply_edit(
        bury_assumed_grades,
        PutPayRecord(BudgetLine(BudgetLineId(0), "", "Add growth bid", other=Decimal("10000"))),
    )
    assert applied.edit.record.id == max(bury_assumed_grades.budget_lines)  # type: ignore[union-attr]
    assert (
        budget_fit(bury_assumed_grades, bury_assumed_grades.scenario_named("To be").id).available
        == 884000
    )


def test_the_costing_basis_of_a_scenario(bury_assumed_grades: Proposal) -> None:
    to_be = bury_assumed_grades.scenario_named("To be")
    apply_edit(bury_assumed_grades, SetCostingBasis(to_be.id, CostingPoint.BOTTOM, "2021/22"))
    assert (
        bury_assumed_grades.scenarios[to_be.id].costing_point,
        bury_assumed_grades.scenarios[to_be.id].pay_year,
    ) == (
        CostingPoint.BOTTOM,
        "2021/22",
    )
    with pytest.raises(EditRefused, match="already like that"):
        apply_edit(bury_assumed_grades, SetCostingBasis(to_be.id, CostingPoint.BOTTOM, "2021/22"))


@pytest.mark.parametrize(
    ("year", "point", "message"),
    [
        ("banana", 3, 'The pay year "banana" is not a financial year such as 2025/26.'),
        ("2025/27", 3, 'The pay year "2025/27" is not a financial year such as 2025/26.'),
        ("2025/26", -3, "The point -3 is not a spinal point (0 to 100,000)."),
    ],
)
def test_a_pay_point_of_no_financial_year_or_point_is_refused(
    bury: Proposal, year: str, point: int, message: str
) -> None:
    scale = next(iter(bury.pay_scales.values()))
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, PutPayRecord(PayPoint(scale.id, year, point, Decimal(30000))))
    assert str(refused.value) == message


def test_a_costing_basis_or_on_cost_rule_of_no_financial_year_is_refused(bury: Proposal) -> None:
    scenario = bury.scenario_named("To be")
    with pytest.raises(EditRefused, match='"2025" is not a financial year'):
        apply_edit(bury, SetCostingBasis(scenario.id, CostingPoint.TOP, "2025"))
    rule = next(iter(bury.on_cost_rules.values()))
    with pytest.raises(EditRefused, match='"next year" is not a financial year'):
        apply_edit(bury, PutPayRecord(dataclasses.replace(rule, pay_year="next year")))
