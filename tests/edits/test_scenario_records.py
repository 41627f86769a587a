"""A blank scenario added, and a scenario's kind, effective date and description set: one undo each."""

from __future__ import annotations

import datetime as dt

import pytest

from orgchart_app.domain import EditRefused, Proposal, ScenarioKind, UnitKind
from orgchart_app.edits import AddScenario, UpdateScenario, apply_edit


def test_a_blank_scenario_gets_a_box_for_the_first_organisation(bury: Proposal) -> None:
    before = bury.snapshot()
    applied = apply_edit(bury, AddScenario("Option C", ScenarioKind.OPTION))
    added = bury.scenario_named("Option C")
    first = next(iter(bury.organisations.values()))
    [unit] = bury.units_in(added.id)
    assert (unit.kind, unit.organisation_id, unit.name) == (
        UnitKind.ORGANISATION,
        first.id,
        first.name,
    )
    assert added.kind is ScenarioKind.OPTION and not bury.posts_in(added.id)
    assert applied.name == 'Add scenario "Option C"'
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before
    apply_edit(bury, applied.edit)  # redo, with the ids it had
    assert bury.scenario_named("Option C") == added


def test_kind_date_and_description_are_set_and_undone(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be")
    before = bury.snapshot()
    fields = (
        ("kind", ScenarioKind.OPTION),
        ("effective_date", dt.date(2027, 4, 1)),
        ("description", "Option agreed at the March board"),
    )
    applied = apply_edit(bury, UpdateScenario(to_be.id, fields))
    changed = bury.scenarios[to_be.id]
    assert (changed.kind, changed.effective_date, changed.description) == tuple(
        v for _, v in fields
    )
    assert applied.name == 'Change kind, effective date, description of scenario "To be"'
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


@pytest.mark.parametrize(
    ("fields", "refusal"),
    [
        ((("name", "X"),), "Scenarios have no field name to set here: rename the scenario."),
        ((("kind", "big"),), "Unknown kind of scenario."),
        ((("description", "x" * 2001),), "The description is longer than 2,000 characters."),
    ],
)
def test_bad_fields_are_refused(
    bury: Proposal, fields: tuple[tuple[str, object], ...], refusal: str
) -> None:
    with pytest.raises(EditRefused, match=refusal):
        apply_edit(bury, UpdateScenario(bury.scenario_named("To be").id, fields))


def test_a_scenario_name_already_used_is_refused(bury: Proposal) -> None:
    with pytest.raises(EditRefused, match='There is already a scenario called "to be"'):
        apply_edit(bury, AddScenario("to be"))
