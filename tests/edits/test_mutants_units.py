"""Units added as a redo or a paste adds them: ids kept or replaced, references made free."""

from __future__ import annotations

import dataclasses

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import UnitId
from orgchart_app.edits import AddUnit, MoveUnit, UpdateUnit, apply_edit


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


def test_every_unit_inside_a_moved_unit_follows_it_to_its_new_organisation(
    manchester: Proposal,
) -> None:
    scenario = manchester.scenario_named("As is").id
    adults = manchester.unit_called(scenario, "Adult Social Services")
    mlco = manchester.unit_called(scenario, "MLCO")
    assert adults.organisation_id != mlco.organisation_id
    team = apply_edit(
        manchester,
        AddUnit(
            dataclasses.replace(adults, id=UnitId(0), unit_ref="", name="Team", parent_id=adults.id)
        ),
    ).edit.unit  # type: ignore[union-attr]
    apply_edit(
        manchester,
        AddUnit(
            dataclasses.replace(adults, id=UnitId(0), unit_ref="", name="Squad", parent_id=team.id)
        ),
    )
    inside = [u.id for u in manchester.subunits_of(adults.id)]
    assert len(inside) == 3
    applied = apply_edit(manchester, MoveUnit(adults.id, mlco.id))
    assert applied.name == 'Move "Adult Social Services" into "MLCO"'
    assert {manchester.units[u].organisation_id for u in inside} == {mlco.organisation_id}
    assert manchester.units[adults.id].parent_id == mlco.id
    apply_edit(manchester, applied.inverse)
    assert {manchester.units[u].organisation_id for u in inside} == {adults.organisation_id}


def test_a_unit_moved_with_its_posts_deployed_is_moved_as_well_and_says_where_to(
    bury: Proposal,
) -> None:
    scenario = bury.scenario_named("As is").id
    brokerage, lco = bury.unit_called(scenario, "Brokerage"), bury.unit_called(scenario, "Bury LCO")
    posts = [p.id for p in bury.posts_in(scenario) if p.unit_id == brokerage.id]
    applied = apply_edit(bury, MoveUnit(brokerage.id, lco.id, deploy_posts=True))
    assert applied.name == 'Move "Brokerage" into "Bury LCO" and deploy its posts to Bury LCO'
    assert bury.units[brokerage.id].parent_id == lco.id
    assert bury.units[brokerage.id].organisation_id == lco.organisation_id
    assert posts and {bury.posts[p].deployed_to_id for p in posts} == {lco.organisation_id}


def test_the_units_a_sample_is_built_with_from_id_0_all_get_real_ids(
    bury: Proposal, manchester: Proposal
) -> None:
    # The samples are built by AddUnit edits with id 0: a 0 kept would be a unit whose id means
    # "not saved yet", and the next unit added with id 0 would silently take a fresh id instead.
    assert min(bury.units) == 1 and min(manchester.units) == 1
