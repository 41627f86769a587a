"""Scenario edits the CLI and the designer's menus build: the proposed copy, a past copy, a
scenario added, described, and what a file without a proposed structure is."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from orgchart_app.domain import Proposal, ScenarioKind
from orgchart_app.domain.enums import UnitKind
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import ScenarioId, UnitId
from orgchart_app.domain.model import Scenario, Unit
from orgchart_app.edits import AddScenario, CopyScenario, DeleteScenario, UpdateScenario, apply_edit
from orgchart_app.edits.proposed import without_proposed
from orgchart_app.edits.scenario_edits import (
    MAX_DESCRIPTION,
    copy_past_scenario,
    make_proposed,
    next_kind,
)
from orgchart_app.samples import build_bury

AS_IS, TO_BE = ScenarioId(1), ScenarioId(2)


def _refusal(proposal: Proposal, edit: object) -> str:
    with pytest.raises(EditRefused) as refused:
        apply_edit(proposal, edit)  # type: ignore[arg-type]
    return str(refused.value)


def _with_kind(
    proposal: Proposal, scenario_id: ScenarioId, kind: ScenarioKind, name: str = ""
) -> None:
    scenario = proposal.scenarios[scenario_id]
    proposal.scenarios[scenario_id] = dataclasses.replace(
        scenario, kind=kind, name=name or scenario.name
    )


def test_the_proposed_copy_is_of_the_shown_as_is_else_the_first_as_is_else_the_first(
    bury: Proposal,
) -> None:
    assert make_proposed(bury, AS_IS) == CopyScenario(AS_IS, "To be", ScenarioKind.TO_BE)
    assert make_proposed(bury, TO_BE) == CopyScenario(AS_IS, "To be", ScenarioKind.TO_BE)
    assert make_proposed(bury, None) == CopyScenario(AS_IS, "To be", ScenarioKind.TO_BE)
    assert make_proposed(bury, ScenarioId(99)) == CopyScenario(AS_IS, "To be", ScenarioKind.TO_BE)
    bury.scenarios[ScenarioId(3)] = Scenario(ScenarioId(3), "Also as is", ScenarioKind.AS_IS)
    assert make_proposed(bury, ScenarioId(3)) == CopyScenario(
        ScenarioId(3), "To be", ScenarioKind.TO_BE
    )
    _with_kind(bury, AS_IS, ScenarioKind.OPTION)
    _with_kind(bury, ScenarioId(3), ScenarioKind.OPTION)
    assert make_proposed(bury, TO_BE) == CopyScenario(AS_IS, "To be", ScenarioKind.TO_BE)


def test_a_copy_is_the_to_be_until_there_is_one(bury: Proposal) -> None:
    assert next_kind(bury) is ScenarioKind.OPTION
    _with_kind(bury, TO_BE, ScenarioKind.OPTION)
    assert next_kind(bury) is ScenarioKind.TO_BE


def test_a_file_without_a_proposed_structure_has_scenarios_none_of_them_the_to_be(
    bury: Proposal,
) -> None:
    assert without_proposed(Proposal()) is False
    assert without_proposed(bury) is False
    _with_kind(bury, TO_BE, ScenarioKind.OPTION)  # still called "To be"
    assert without_proposed(bury) is False
    _with_kind(bury, TO_BE, ScenarioKind.OPTION, "TO BE")
    assert without_proposed(bury) is False
    _with_kind(bury, TO_BE, ScenarioKind.OPTION, "Option B")
    assert without_proposed(bury) is True
    _with_kind(bury, TO_BE, ScenarioKind.TO_BE, "Option B")
    assert without_proposed(bury) is False


def test_a_scenario_as_it_was_is_copied_back_in_one_step_under_new_ids(bury: Proposal) -> None:
    past = build_bury()
    before = bury.snapshot()
    edit = copy_past_scenario(bury, past, AS_IS, "As it was", "on 25 March 2021")
    assert edit.name == 'Copy "As is" as it was on 25 March 2021 as "As it was"'
    applied = apply_edit(bury, edit)
    new = bury.scenario_named("As it was")
    assert (new.id, new.kind, new.based_on_id) == (ScenarioId(3), ScenarioKind.OPTION, AS_IS)
    assert sorted(p.post_ref for p in bury.posts_in(new.id)) == sorted(
        p.post_ref for p in past.posts_in(AS_IS)
    )
    assert all(p.id not in past.posts for p in bury.posts_in(new.id))
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


def test_an_added_scenario_takes_new_ids_or_the_ones_it_was_applied_with(bury: Proposal) -> None:
    applied = apply_edit(bury, AddScenario("Option C"))
    assert applied.edit == AddScenario(
        "Option C", ScenarioKind.OPTION, ScenarioId(3), UnitId(max(bury.units))
    )
    unit_id = UnitId(max(bury.units))
    council = next(iter(bury.organisations.values()))
    assert bury.scenarios[ScenarioId(3)] == Scenario(ScenarioId(3), "Option C", ScenarioKind.OPTION)
    assert bury.units[unit_id] == Unit(
        unit_id, ScenarioId(3), f"U-{unit_id}", council.name, UnitKind.ORGANISATION, council.id
    )
    apply_edit(bury, applied.inverse)
    apply_edit(bury, AddScenario("Option C", ScenarioKind.OPTION, ScenarioId(40), UnitId(900)))
    assert bury.units[UnitId(900)].scenario_id == ScenarioId(40)
    assert bury.scenarios[ScenarioId(40)].name == "Option C"


def test_a_scenario_needs_an_organisation_first() -> None:
    assert _refusal(Proposal(), AddScenario("As is")) == (
        "Add an organisation first: a scenario's posts belong to one."
    )


def test_a_scenario_s_kind_date_and_description_are_checked(bury: Proposal) -> None:
    assert (
        _refusal(bury, UpdateScenario(TO_BE, (("kind", "to be"),))) == "Unknown kind of scenario."
    )
    assert _refusal(bury, UpdateScenario(TO_BE, (("effective_date", "2021-04-01"),))) == (
        "The effective date is not a date."
    )
    apply_edit(bury, UpdateScenario(TO_BE, (("effective_date", dt.date(2021, 4, 1)),)))
    apply_edit(bury, UpdateScenario(TO_BE, (("description", "d" * MAX_DESCRIPTION),)))
    assert len(bury.scenarios[TO_BE].description) == MAX_DESCRIPTION
    assert _refusal(
        bury, UpdateScenario(TO_BE, (("description", "d" * (MAX_DESCRIPTION + 1)),))
    ) == ("The description is longer than 2,000 characters.")


def test_a_past_copy_is_added_after_the_scenarios_there_are(bury: Proposal) -> None:
    apply_edit(bury, copy_past_scenario(bury, build_bury(), AS_IS, "As it was", "then"))
    assert list(bury.scenarios) == [AS_IS, TO_BE, ScenarioId(3)]
    assert list(bury.posts)[-1] == max(bury.posts)


def test_a_deleted_scenario_takes_its_pools_and_outcomes_with_it(bury: Proposal) -> None:
    assert bury.pools and all(p.to_scenario_id == TO_BE for p in bury.pools.values())
    apply_edit(bury, DeleteScenario(TO_BE))
    assert not bury.pools
    assert not bury.outcomes


def test_a_copy_keeps_each_unit_s_lead_as_the_copy_of_that_post(bury: Proposal) -> None:
    led = {
        u.unit_ref: bury.posts[u.lead_post_id].post_ref
        for u in bury.units_in(TO_BE)
        if u.lead_post_id
    }
    assert len(led) == 3
    apply_edit(bury, CopyScenario(TO_BE, "Option B", ScenarioKind.OPTION))
    copy = bury.scenario_named("Option B").id
    assert {
        u.unit_ref: bury.posts[u.lead_post_id].post_ref
        for u in bury.units_in(copy)
        if u.lead_post_id
    } == led
    assert all(
        bury.posts[u.lead_post_id].scenario_id == copy
        for u in bury.units_in(copy)
        if u.lead_post_id
    )


def test_a_past_copy_of_a_scenario_since_deleted_is_based_on_nothing(bury: Proposal) -> None:
    past = build_bury()
    apply_edit(bury, DeleteScenario(TO_BE))
    apply_edit(bury, copy_past_scenario(bury, past, TO_BE, "To be again", "then"))
    assert bury.scenario_named("To be again").based_on_id is None


def test_a_copy_keeps_its_lines_and_where_each_value_comes_from(bury: Proposal) -> None:
    def lines(scenario: ScenarioId) -> dict[str, str | None]:
        return {
            p.post_ref: bury.posts[p.reports_to_id].post_ref if p.reports_to_id else None
            for p in bury.posts_in(scenario)
        }

    before = dict(bury.provenance)
    originals = {p.id for p in bury.posts_in(TO_BE)}
    about_posts = [r for r in before.values() if r.table == "posts" and r.record_id in originals]
    assert about_posts
    apply_edit(bury, CopyScenario(TO_BE, "Option B", ScenarioKind.OPTION))
    copy = bury.scenario_named("Option B").id
    assert lines(copy) == lines(TO_BE)
    assert all(bury.provenance[k] == row for k, row in before.items())
    added = [r for k, r in bury.provenance.items() if k not in before]
    assert [r.id for r in added] == list(range(max(before) + 1, max(before) + 1 + len(added)))
    copied_posts = {p.id: p.post_ref for p in bury.posts_in(copy)}
    assert sorted(
        (copied_posts[r.record_id], r.field, r.place) for r in added if r.table == "posts"
    ) == sorted((bury.posts[r.record_id].post_ref, r.field, r.place) for r in about_posts)
