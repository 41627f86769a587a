"""Pay edits pinned beyond the costing tests: which edits count as costing edits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgchart_app.domain import CostingPoint
from orgchart_app.domain.ids import PayScaleId, PostId, ScenarioId
from orgchart_app.domain.model import PayScale
from orgchart_app.domain.tables import Table
from orgchart_app.edits import (
    Batch,
    ChangeFte,
    Edit,
    PutPayRecord,
    Regrade,
    RemovePayRecord,
    SetCostingBasis,
    is_costing_edit,
)

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
