"""Edits of scenarios: a to-be starts as a copy of the as-is, keeping every post_ref."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from orgchart_app.domain.enums import ScenarioKind, UnitKind
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import (
    DottedLineId,
    PostholderId,
    PostId,
    ProvenanceId,
    ScenarioId,
    UnitId,
)
from orgchart_app.domain.model import Scenario, Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import count_text
from orgchart_app.edits import types as t
from orgchart_app.edits.checks import check_name
from orgchart_app.edits.outcome_edits import people_side_removals
from orgchart_app.edits.patch import Patch, RecordChange, Write
from orgchart_app.edits.plan import Plan
from orgchart_app.edits.proposed import PROPOSED_NAME

Id = TypeVar("Id", bound=int)


def _existing(proposal: Proposal, scenario_id: ScenarioId) -> Scenario:
    try:
        return proposal.scenarios[scenario_id]
    except KeyError:
        raise EditRefused("That scenario does not exist.") from None


def _check_free_name(proposal: Proposal, name: str) -> str:
    name = check_name(name, "scenario name")
    if any(s.name.casefold() == name.casefold() for s in proposal.scenarios.values()):
        raise EditRefused(f'There is already a scenario called "{name}".')
    return name


def copy_scenario(proposal: Proposal, edit: t.CopyScenario) -> Plan:
    plan = _copy(proposal, proposal, edit)
    plan.name = f'Copy "{proposal.scenarios[edit.source_id].name}" as "{plan.name}"'
    return plan


def next_kind(proposal: Proposal) -> ScenarioKind:
    """What a new copy is: the to-be, or another option once there is one."""
    if any(s.kind is ScenarioKind.TO_BE for s in proposal.scenarios.values()):
        return ScenarioKind.OPTION
    return ScenarioKind.TO_BE


def copy_past_scenario(
    current: Proposal, past: Proposal, source_id: ScenarioId, name: str, when: str
) -> t.RevertPatch:
    """An edit adding a scenario of `past` (the proposal as it was `when`) to `current`
    as a new scenario called `name`, with new ids: one step, undone as one."""
    plan = _copy(current, past, t.CopyScenario(source_id, name, next_kind(current)))
    changes = tuple(RecordChange(w.table, w.key, None, w.after, -1) for w in plan.writes)
    title = f'Copy "{past.scenarios[source_id].name}" as it was {when} as "{plan.name}"'
    return t.RevertPatch(Patch(changes), title)


def _copy(target: Proposal, source: Proposal, edit: t.CopyScenario) -> Plan:
    """The writes copying `source`'s scenario into `target` under new ids; named by the copy's
    name. `source` is `target` itself, or the same proposal as it was at a past moment."""
    original = _existing(source, edit.source_id)
    name = _check_free_name(target, edit.name)
    new_id = target.next_id(Table.SCENARIOS)
    based_on = original.id if original.id in target.scenarios else None
    writes = [
        Write(
            Table.SCENARIOS,
            new_id,
            dataclasses.replace(
                original, id=new_id, name=name, kind=edit.kind, based_on_id=based_on
            ),
        )
    ]
    unit_ids = _new_ids(
        target.next_id(Table.UNITS), [u.id for u in source.units_in(original.id)], UnitId
    )
    post_ids = _new_ids(
        target.next_id(Table.POSTS), [p.id for p in source.posts_in(original.id)], PostId
    )
    for old_id, new_unit_id in unit_ids.items():
        unit = source.units[old_id]
        writes.append(
            Write(
                Table.UNITS,
                new_unit_id,
                dataclasses.replace(
                    unit,
                    id=new_unit_id,
                    scenario_id=new_id,
                    parent_id=unit_ids.get(unit.parent_id) if unit.parent_id else None,
                    lead_post_id=post_ids.get(unit.lead_post_id) if unit.lead_post_id else None,
                ),
            )
        )
    for old_post_id, new_post_id in post_ids.items():
        post = source.posts[old_post_id]
        writes.append(
            Write(
                Table.POSTS,
                new_post_id,
                dataclasses.replace(
                    post,
                    id=new_post_id,
                    scenario_id=new_id,
                    unit_id=unit_ids[post.unit_id],
                    reports_to_id=post_ids.get(post.reports_to_id) if post.reports_to_id else None,
                ),
            )
        )
    line_ids = _new_ids(
        target.next_id(Table.DOTTED_LINES),
        [d.id for d in source.dotted_lines_in(original.id)],
        DottedLineId,
    )
    for old_line_id, new_line_id in line_ids.items():
        line = source.dotted_lines[old_line_id]
        writes.append(
            Write(
                Table.DOTTED_LINES,
                new_line_id,
                dataclasses.replace(
                    line,
                    id=new_line_id,
                    scenario_id=new_id,
                    from_post_id=post_ids[line.from_post_id],
                    to_post_id=post_ids[line.to_post_id],
                ),
            )
        )
    holder_ids = _new_ids(
        target.next_id(Table.POSTHOLDERS),
        [h.id for h in source.postholders.values() if h.post_id in post_ids],
        PostholderId,
    )
    for old_holder_id, new_holder_id in holder_ids.items():
        holder = source.postholders[old_holder_id]
        writes.append(
            Write(
                Table.POSTHOLDERS,
                new_holder_id,
                dataclasses.replace(holder, id=new_holder_id, post_id=post_ids[holder.post_id]),
            )
        )
    copied: dict[str, Mapping[Any, int]] = {
        Table.UNITS.value: unit_ids,
        Table.POSTS.value: post_ids,
        Table.DOTTED_LINES.value: line_ids,
        Table.POSTHOLDERS.value: holder_ids,
    }
    writes += _copied_provenance(source, copied, target.next_id(Table.PROVENANCE))
    return Plan(writes, name)


def _copied_provenance(
    proposal: Proposal, copied: Mapping[str, Mapping[Any, int]], next_id: int
) -> list[Write]:
    """The copies keep where their values come from: a copied post is as stated as its original."""
    writes: list[Write] = []
    for row in list(proposal.provenance.values()):
        new_record = copied.get(row.table, {}).get(row.record_id)
        if new_record is not None:
            row_id = ProvenanceId(next_id + len(writes))
            writes.append(
                Write(
                    Table.PROVENANCE,
                    row_id,
                    dataclasses.replace(row, id=row_id, record_id=new_record),
                )
            )
    return writes


def _new_ids(first: int, old_ids: list[Id], make: Callable[[int], Id]) -> dict[Id, Id]:
    """Fresh ids from `first` on, one per old id, in the old ids' order."""
    return {old: make(first + offset) for offset, old in enumerate(old_ids)}


def add_scenario(proposal: Proposal, edit: t.AddScenario) -> Plan:
    name = _check_free_name(proposal, edit.name)
    if not proposal.organisations:
        raise EditRefused("Add an organisation first: a scenario's posts belong to one.")
    first = next(iter(proposal.organisations.values()))
    scenario_id = edit.scenario_id or proposal.next_id(Table.SCENARIOS)
    unit_id = edit.unit_id or proposal.next_id(Table.UNITS)
    unit = Unit(unit_id, scenario_id, f"U-{unit_id}", first.name, UnitKind.ORGANISATION, first.id)
    return Plan(
        [
            Write(Table.SCENARIOS, scenario_id, Scenario(scenario_id, name, edit.kind)),
            Write(Table.UNITS, unit_id, unit),
        ],
        f'Add scenario "{name}"',
        resolved=t.AddScenario(name, edit.kind, scenario_id, unit_id),
    )


_SCENARIO_FIELDS = {
    "kind": "kind",
    "effective_date": "effective date",
    "description": "description",
}
MAX_DESCRIPTION = 2000


def update_scenario(proposal: Proposal, edit: t.UpdateScenario) -> Plan:
    scenario = _existing(proposal, edit.scenario_id)
    fields: dict[str, Any] = dict(edit.fields)
    for name in fields:
        if name not in _SCENARIO_FIELDS:
            raise EditRefused(f"Scenarios have no field {name} to set here: rename the scenario.")
    updated = dataclasses.replace(scenario, **fields)
    if not isinstance(updated.kind, ScenarioKind):
        raise EditRefused("Unknown kind of scenario.")
    if updated.effective_date is not None and not isinstance(updated.effective_date, dt.date):
        raise EditRefused("The effective date is not a date.")
    if len(updated.description) > MAX_DESCRIPTION:
        raise EditRefused(
            f"The description is longer than {count_text(MAX_DESCRIPTION)} characters."
        )
    what = ", ".join(_SCENARIO_FIELDS[n] for n in fields)
    return Plan(
        [Write(Table.SCENARIOS, scenario.id, updated)],
        f'Change {what} of scenario "{scenario.name}"',
    )


# The name every command's default scenario rule looks for first (cli/common.py).
def make_proposed(proposal: Proposal, current: ScenarioId | None) -> t.CopyScenario:
    """Copy the current structure as "To be": the current scenario when it is an as-is, else
    the first as-is (else the first scenario)."""
    scenarios = list(proposal.scenarios.values())
    shown = proposal.scenarios.get(current) if current is not None else None
    source = (
        shown
        if shown is not None and shown.kind is ScenarioKind.AS_IS
        else next((s for s in scenarios if s.kind is ScenarioKind.AS_IS), scenarios[0])
    )
    return t.CopyScenario(source.id, PROPOSED_NAME, ScenarioKind.TO_BE)


def rename_scenario(proposal: Proposal, edit: t.RenameScenario) -> Plan:
    scenario = _existing(proposal, edit.scenario_id)
    name = _check_free_name(proposal, edit.name)
    return Plan(
        [Write(Table.SCENARIOS, scenario.id, dataclasses.replace(scenario, name=name))],
        f'Rename scenario "{scenario.name}" to "{name}"',
    )


def delete_scenario(proposal: Proposal, edit: t.DeleteScenario) -> Plan:
    scenario = _existing(proposal, edit.scenario_id)
    if len(proposal.scenarios) == 1:
        raise EditRefused("A proposal needs at least one scenario.")
    writes = [
        Write(Table.SCENARIOS, s.id, dataclasses.replace(s, based_on_id=None))
        for s in proposal.scenarios.values()
        if s.based_on_id == scenario.id
    ]
    posts = {p.id for p in proposal.posts_in(scenario.id)}
    holders = [h.id for h in proposal.postholders.values() if h.post_id in posts]
    writes += people_side_removals(proposal, posts, holders, scenario.id)
    writes += [Write(Table.POSTHOLDERS, h, None) for h in holders]
    writes += [Write(Table.DOTTED_LINES, d.id, None) for d in proposal.dotted_lines_in(scenario.id)]
    writes += [Write(Table.POSTS, pid, None) for pid in posts]
    writes += [Write(Table.UNITS, u.id, None) for u in proposal.units_in(scenario.id)]
    # The worded recommendations comparing it go with it (undo brings them back).
    writes += [
        Write(Table.RECOMMENDATION_ITEMS, i.id, None)
        for i in proposal.recommendation_items.values()
        if scenario.id in (i.from_scenario_id, i.to_scenario_id)
    ]
    writes.append(Write(Table.SCENARIOS, scenario.id, None))
    return Plan(writes, f'Delete scenario "{scenario.name}"')
