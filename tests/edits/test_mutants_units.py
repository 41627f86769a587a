"""Units added as a redo or a paste adds them: ids kept or replaced, references made free."""

from __future__ import annotations

import dataclasses

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import UnitId
from orgchart_app.edits import AddUnit, UpdateUnit, apply_edit


def _unit(bury: Proposal, unit_id: int, unit_ref: str, name: str = " New team ") -> AddUnit:
    return AddUnit(
        dataclasses.replace(bury.units[UnitId(2)], id=UnitId(unit_id), unit_ref=unit_ref, name=name)
    )


def test_a_redone_unit_keeps_its_id_and_a_taken_or_zero_id_is_replaced(bury: Proposal) -> None:
    assert max(bury.units) < 900
    assert apply_edit(bury, _unit(bury, 900, "R-900")).edit.unit.id == 900  # type: ignore[union-attr]
    assert apply_edit(bury, _unit(bury, 2, "R-2")).edit.unit.id == 901  # type: ignore[union-attr]
    assert apply_edit(bury, _unit(bury, 0, "R-0")).edit.unit.id == 902  # type: ignore[union-attr]
    assert bury.units[UnitId(902)].name == "New team"
    assert bury.units[UnitId(2)].unit_ref != "R-2"


def test_a_blank_unit_reference_takes_the_first_free_number_from_the_unit_s_id(
    bury: Proposal,
) -> None:
    next_id = max(bury.units) + 1
    taken = bury.units[UnitId(3)]
    bury.units[taken.id] = dataclasses.replace(taken, unit_ref=f"U-{next_id}")
    applied = apply_edit(bury, _unit(bury, 0, "  "))
    assert applied.edit.unit.unit_ref == f"U-{next_id + 1}"  # type: ignore[union-attr]
    kept = apply_edit(bury, _unit(bury, 0, "TEAM-9"))
    assert kept.edit.unit.unit_ref == "TEAM-9"  # type: ignore[union-attr]


def test_a_unit_renamed_to_nothing_is_refused_in_words(bury: Proposal) -> None:
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, UpdateUnit(UnitId(2), (("name", "   "),)))
    assert str(refused.value) == "The unit name cannot be empty."
