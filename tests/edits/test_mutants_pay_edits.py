"""Pay edits pinned beyond the costing tests: which edits count as costing edits, and the
ends of the spine."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from orgchart_app.domain import CostingPoint, EditRefused, PayPoint, Proposal
from orgchart_app.domain.ids import OnCostRuleId, OrganisationId, PayScaleId, PostId, ScenarioId
from orgchart_app.domain.model import OnCostRule, PayScale
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import count_text
from orgchart_app.edits import (
    Batch,
    ChangeFte,
    Edit,
    PutPayRecord,
    Regrade,
    RemovePayRecord,
    SetCostingBasis,
    apply_edit,
    is_costing_edit,
)
from orgchart_app.edits.pay_edits import MAX_POINT

SCALE = PutPayRecord(PayScale(PayScaleId(0), "Local"))
REMOVAL = RemovePayRecord(Table.GRADES, 3)
BASIS = SetCostingBasis(ScenarioId(2), CostingPoint.TOP, "2025/26")
REGRADE = Regrade(PostId(5), "Grade 6")
FTE = ChangeFte(PostId(5), Decimal("0.5"))


@pytest.mark.parametrize(
    ("edit", "costing"),
    [
        (SCALE, True),
        (REMOVAL, True),
        (BASIS, True),
        (REGRADE, True),
        (FTE, False),
        (Batch((SCALE, REMOVAL, BASIS, REGRADE), "pay"), True),
        (Batch((SCALE, Batch((REGRADE,), "inner")), "nested"), True),
        (Batch((SCALE, FTE), "mixed"), False),
        (Batch((FTE, SCALE), "mixed"), False),
        (Batch((), "empty"), False),
    ],
)
def test_an_edit_is_a_costing_edit_when_everything_in_it_is(edit: Edit, costing: bool) -> None:
    assert is_costing_edit(edit) is costing


def test_spinal_points_run_from_0_to_the_highest_point_inclusive(bury: Proposal) -> None:
    scale = next(iter(bury.pay_scales))
    for point in (0, MAX_POINT):
        apply_edit(bury, PutPayRecord(PayPoint(scale, "2025/26", point, Decimal(20000))))
        assert bury.pay_points[scale, "2025/26", point].salary == 20000
    for point in (-1, MAX_POINT + 1):
        with pytest.raises(EditRefused) as refused:
            apply_edit(bury, PutPayRecord(PayPoint(scale, "2025/26", point, Decimal(20000))))
        assert str(refused.value) == (
            f"The point {point} is not a spinal point (0 to {count_text(MAX_POINT)})."
        )


def test_a_new_scale_and_a_new_on_cost_rule_take_the_next_free_ids(bury: Proposal) -> None:
    scale_id = max(bury.pay_scales) + 1
    applied = apply_edit(bury, PutPayRecord(PayScale(PayScaleId(0), "Local")))
    assert applied.edit == PutPayRecord(PayScale(PayScaleId(scale_id), "Local"))
    assert bury.pay_scales[PayScaleId(scale_id)].name == "Local"
    rule_id = max(bury.on_cost_rules) + 1
    rule = OnCostRule(
        OnCostRuleId(0),
        OrganisationId(3),
        "2025/26",
        Decimal("0.15"),
        Decimal(5000),
        Decimal("0.2"),
        "LGPS",
        Decimal(0),
    )
    apply_edit(bury, PutPayRecord(rule))
    assert bury.on_cost_rules[OnCostRuleId(rule_id)] == dataclasses.replace(
        rule, id=OnCostRuleId(rule_id)
    )
    assert OnCostRuleId(0) not in bury.on_cost_rules
