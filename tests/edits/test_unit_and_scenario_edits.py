"""Unit, dotted-line and scenario edits."""

from __future__ import annotations

import pytest

from orgchart_app.domain import DottedLineKind, EditRefused, Proposal, UnitKind
from orgchart_app.domain.model import DottedLine, Unit
from orgchart_app.edits import (
    AddDottedLine,
    AddUnit,
    Batch,
    CopyScenario,
    DeleteScenario,
    DeleteUnit,
    EditDottedLine,
    MoveUnit,
    RenameScenario,
    RenameUnit,
    apply_edit,
)


def test_moving_a_unit_into_its_own_child_is_refused(bury: Proposal) -> None:
    scenario = bury.scenario_named("As is").id
    pillar = bury.unit_called(scenario, "Community Commissioning")
    team = bury.unit_called(scenario, "Brokerage")
    with pytest.raises(EditRefused, match="inside it"):
        apply_edit(bury, MoveUnit(pillar.id, team.id))


def test_moving_a_unit_to_another_organisation_takes_its_subunits_along(
    manchester: Proposal,
) -> None:
    scenario = manchester.scenario_named("As is").id
    adults = manchester.unit_called(scenario, "Adult Social Services")
    mlco = manchester.unit_called(scenario, "MLCO")
    apply_edit(manchester, MoveUnit(adults.id, mlco.id))
    assert manchester.units[adults.id].organisation_id == mlco.organisation_id


def test_a_unit_moved_to_another_organisation_deploys_its_posts_there_when_asked(
    bury: Proposal,
) -> None:
    scenario = bury.scenario_named("As is").id
    brokerage, lco = bury.unit_called(scenario, "Brokerage"), bury.unit_called(scenario, "Bury LCO")
    council = bury.unit_called(scenario, "Operations")
    posts = [p.id for p in bury.posts_in(scenario) if p.unit_id == brokerage.id]
    applied = apply_edit(bury, MoveUnit(brokerage.id, lco.id, deploy_posts=True))
    assert {bury.posts[p].deployed_to_id for p in posts} == {lco.organisation_id}
    assert "deploy" in applied.name
    apply_edit(bury, applied.inverse)
    # Into a unit of the posts' own employer: no longer deployed anywhere.
    apply_edit(bury, MoveUnit(brokerage.id, council.id, deploy_posts=True))
    assert {bury.posts[p].deployed_to_id for p in posts} == {None}


def test_deleting_a_unit_with_posts_needs_a_destination(bury: Proposal) -> None:
    scenario = bury.scenario_named("As is").id
    brokerage = bury.unit_called(scenario, "Brokerage")
    with pytest.raises(EditRefused, match="still holds 2 posts"):
        apply_edit(bury, DeleteUnit(brokerage.id))
    pillar = bury.unit_called(scenario, "Community Commissioning")
    apply_edit(bury, DeleteUnit(brokerage.id, posts_to=pillar.id))
    assert brokerage.id not in bury.units


def test_add_and_rename_unit(bury: Proposal) -> None:
    scenario = bury.scenario_named("To be").id
    pillar = bury.unit_called(scenario, "Community Commissioning")
    applied = apply_edit(
        bury,
        AddUnit(
            Unit(
                0,
                scenario,
                "",
                "Hospital Discharge",
                UnitKind.TEAM,  # type: ignore[arg-type]
                pillar.organisation_id,
                pillar.id,
            )
        ),
    )
    unit_id = applied.edit.unit.id  # type: ignore[union-attr]
    apply_edit(bury, RenameUnit(unit_id, "Discharge to Assess"))
    assert bury.units[unit_id].name == "Discharge to Assess"
    with pytest.raises(EditRefused, match="cannot be empty"):
        apply_edit(bury, RenameUnit(unit_id, "  "))


def test_dotted_line_shares_cannot_exceed_the_whole(manchester: Proposal) -> None:
    scenario = manchester.scenario_named("To be").id
    dass = manchester.post_by_ref(scenario, "MCC-010")
    ceo = manchester.post_by_ref(scenario, "MCC-001")
    assert dass and ceo
    with pytest.raises(EditRefused, match="more than 100%"):
        apply_edit(
            manchester,
            AddDottedLine(
                DottedLine(
                    0,
                    scenario,
                    dass.id,
                    ceo.id,  # type: ignore[arg-type]
                    DottedLineKind.PROFESSIONAL,
                    5,
                )
            ),
        )
    line = manchester.dotted_lines_in(scenario)[0]
    with pytest.raises(EditRefused, match="at most 100%"):
        apply_edit(manchester, EditDottedLine(line.id, line.kind, 120))


def test_copy_scenario_keeps_post_refs_and_remaps_every_link(bury: Proposal) -> None:
    source = bury.scenario_named("To be")
    apply_edit(bury, CopyScenario(source.id, "Option B"))
    copy = bury.scenario_named("Option B")
    assert copy.based_on_id == source.id
    original, copied = bury.posts_in(source.id), bury.posts_in(copy.id)
    assert [p.post_ref for p in original] == [p.post_ref for p in copied]
    copied_ids = {p.id for p in copied}
    copied_units = {u.id for u in bury.units_in(copy.id)}
    assert all(p.reports_to_id is None or p.reports_to_id in copied_ids for p in copied)
    assert all(p.unit_id in copied_units for p in copied)
    assert all({d.from_post_id, d.to_post_id} <= copied_ids for d in bury.dotted_lines_in(copy.id))


def test_scenario_names_are_unique_and_the_last_scenario_stays(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is"), bury.scenario_named("To be")
    with pytest.raises(EditRefused, match="already a scenario"):
        apply_edit(bury, RenameScenario(to_be.id, "as is"))
    apply_edit(bury, DeleteScenario(to_be.id))
    assert not bury.posts_in(to_be.id)
    with pytest.raises(EditRefused, match="at least one scenario"):
        apply_edit(bury, DeleteScenario(as_is.id))


def test_a_batch_is_all_or_nothing(bury: Proposal) -> None:
    before = bury.snapshot()
    scenario = bury.scenario_named("As is").id
    brokerage = bury.unit_called(scenario, "Brokerage")
    with pytest.raises(EditRefused):
        apply_edit(
            bury,
            Batch(
                (RenameUnit(brokerage.id, "Brokerage Team"), RenameUnit(brokerage.id, "")),
                "Rename twice",
            ),
        )
    assert bury.snapshot() == before
