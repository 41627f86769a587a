"""Edits of scenarios: a to-be starts as a copy of the as-is, keeping every post_ref."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import DottedLineId, PostholderId, PostId, ScenarioId, UnitId
from orgchart_app.domain.model import Scenario
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits import types as t
from orgchart_app.edits.checks import check_name
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan


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
    source = _existing(proposal, edit.source_id)
    name = _check_free_name(proposal, edit.name)
    new_id = ScenarioId(proposal.next_id("scenarios"))
    writes = [Write("scenarios", new_id, dataclasses.replace(
        source, id=new_id, name=name, kind=edit.kind, based_on_id=source.id))]
    unit_ids = _new_ids(proposal, "units", [u.id for u in proposal.units_in(source.id)])
    post_ids = _new_ids(proposal, "posts", [p.id for p in proposal.posts_in(source.id)])
    for old_id, new_unit_id in unit_ids.items():
        unit = proposal.units[old_id]
        writes.append(Write("units", new_unit_id, dataclasses.replace(
            unit, id=UnitId(new_unit_id), scenario_id=new_id,
            parent_id=unit_ids.get(unit.parent_id) if unit.parent_id else None,
            lead_post_id=post_ids.get(unit.lead_post_id) if unit.lead_post_id else None)))
    for old_id, new_post_id in post_ids.items():
        post = proposal.posts[old_id]
        writes.append(Write("posts", new_post_id, dataclasses.replace(
            post, id=PostId(new_post_id), scenario_id=new_id, unit_id=unit_ids[post.unit_id],
            reports_to_id=post_ids.get(post.reports_to_id) if post.reports_to_id else None)))
    next_line = proposal.next_id("dotted_lines")
    for line in proposal.dotted_lines_in(source.id):
        writes.append(Write("dotted_lines", next_line, dataclasses.replace(
            line, id=DottedLineId(next_line), scenario_id=new_id,
            from_post_id=post_ids[line.from_post_id], to_post_id=post_ids[line.to_post_id])))
        next_line += 1
    next_holder = proposal.next_id("postholders")
    for holder in list(proposal.postholders.values()):
        if holder.post_id in post_ids:
            writes.append(Write("postholders", next_holder, dataclasses.replace(
                holder, id=PostholderId(next_holder), post_id=post_ids[holder.post_id])))
            next_holder += 1
    return Plan(writes, f'Copy "{source.name}" as "{name}"')


def _new_ids(proposal: Proposal, table: str, old_ids: list[int]) -> dict[int, int]:
    start = proposal.next_id(table)
    return {old: start + offset for offset, old in enumerate(old_ids)}


def rename_scenario(proposal: Proposal, edit: t.RenameScenario) -> Plan:
    scenario = _existing(proposal, edit.scenario_id)
    name = _check_free_name(proposal, edit.name)
    return Plan([Write("scenarios", scenario.id, dataclasses.replace(scenario, name=name))],
                f'Rename scenario "{scenario.name}" to "{name}"')


def delete_scenario(proposal: Proposal, edit: t.DeleteScenario) -> Plan:
    scenario = _existing(proposal, edit.scenario_id)
    if len(proposal.scenarios) == 1:
        raise EditRefused("A proposal needs at least one scenario.")
    writes = [Write("scenarios", s.id, dataclasses.replace(s, based_on_id=None))
              for s in proposal.scenarios.values() if s.based_on_id == scenario.id]
    posts = {p.id for p in proposal.posts_in(scenario.id)}
    writes += [Write("postholders", h.id, None) for h in proposal.postholders.values()
               if h.post_id in posts]
    writes += [Write("dotted_lines", d.id, None) for d in proposal.dotted_lines_in(scenario.id)]
    writes += [Write("posts", pid, None) for pid in posts]
    writes += [Write("units", u.id, None) for u in proposal.units_in(scenario.id)]
    # The worded recommendations comparing it go with it (undo brings them back).
    writes += [Write("recommendation_items", i.id, None)
               for i in proposal.recommendation_items.values()
               if scenario.id in (i.from_scenario_id, i.to_scenario_id)]
    writes.append(Write("scenarios", scenario.id, None))
    return Plan(writes, f'Delete scenario "{scenario.name}"')
