"""Edits of units: the pillars, teams and organisations that posts are dragged between."""

from __future__ import annotations

import dataclasses
from typing import Any

from orgchart_app.domain.enums import UnitKind, UnitStatus
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import OrganisationId, UnitId
from orgchart_app.domain.model import Post, Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.edits import types as t
from orgchart_app.edits.checks import check_name, existing_unit
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan

EDITABLE_UNIT_FIELDS = frozenset(
    {"name", "kind", "status", "colour", "description", "lead_post_id", "unit_ref"}
)


def check_unit(proposal: Proposal, unit: Unit) -> None:
    check_name(unit.name, "unit name")
    if unit.scenario_id not in proposal.scenarios:
        raise EditRefused("The unit's scenario does not exist.")
    if unit.organisation_id not in proposal.organisations:
        raise EditRefused("The unit's organisation is not part of this proposal.")
    if not isinstance(unit.kind, UnitKind) or not isinstance(unit.status, UnitStatus):
        raise EditRefused("Unknown unit kind or status.")
    if unit.parent_id is not None:
        parent = existing_unit(proposal, unit.parent_id)
        if parent.scenario_id != unit.scenario_id:
            raise EditRefused("A unit can only sit inside a unit of the same scenario.")
    if unit.lead_post_id is not None:
        lead = proposal.posts.get(unit.lead_post_id)
        if lead is None or lead.scenario_id != unit.scenario_id:
            raise EditRefused("The unit's lead must be a post of the same scenario.")


def add_unit(proposal: Proposal, edit: t.AddUnit) -> Plan:
    unit = edit.unit
    if unit.id == 0 or unit.id in proposal.units:
        unit = dataclasses.replace(unit, id=UnitId(proposal.next_id(Table.UNITS)))
    if not unit.unit_ref.strip():
        used = {u.unit_ref for u in proposal.units.values()}
        number: int = unit.id
        while f"U-{number}" in used:
            number += 1
        unit = dataclasses.replace(unit, unit_ref=f"U-{number}")
    unit = dataclasses.replace(unit, name=check_name(unit.name, "unit name"))
    check_unit(proposal, unit)
    return Plan(
        [Write(Table.UNITS, unit.id, unit)], f'Add unit "{unit.name}"', resolved=t.AddUnit(unit)
    )


def rename_unit(proposal: Proposal, edit: t.RenameUnit) -> Plan:
    unit = existing_unit(proposal, edit.unit_id)
    name = check_name(edit.name, "unit name")
    if name == unit.name:
        raise EditRefused(f'The unit is already called "{name}".')
    return Plan(
        [Write(Table.UNITS, unit.id, dataclasses.replace(unit, name=name))],
        f'Rename "{unit.name}" to "{name}"',
    )


def update_unit(proposal: Proposal, edit: t.UpdateUnit) -> Plan:
    unit = existing_unit(proposal, edit.unit_id)
    # Fields come by name from the unit dialog: check_unit validates the values.
    fields: dict[str, Any] = dict(edit.fields)
    unknown = set(fields) - EDITABLE_UNIT_FIELDS
    if unknown:
        raise EditRefused(f"Units have no editable field {', '.join(sorted(unknown))}.")
    updated = dataclasses.replace(unit, **fields)
    if updated == unit:
        raise EditRefused(f'"{unit.name}" already has that value.')
    check_unit(proposal, updated)
    names = ", ".join(name.replace("_", " ") for name in fields)
    return Plan([Write(Table.UNITS, unit.id, updated)], f'Change {names} of "{unit.name}"')


def move_unit(proposal: Proposal, edit: t.MoveUnit) -> Plan:
    unit = existing_unit(proposal, edit.unit_id)
    parent = existing_unit(proposal, edit.parent_id)
    if parent.scenario_id != unit.scenario_id:
        raise EditRefused("A unit can only move within its own scenario.")
    subtree = proposal.subunits_of(unit.id)
    if any(u.id == parent.id for u in subtree):
        raise EditRefused(f'"{unit.name}" cannot move into "{parent.name}", which is inside it.')
    if unit.parent_id == parent.id:
        raise EditRefused(f'"{unit.name}" is already in "{parent.name}".')
    writes = [
        Write(
            Table.UNITS,
            unit.id,
            dataclasses.replace(unit, parent_id=parent.id, organisation_id=parent.organisation_id),
        )
    ]
    # The units inside follow their new host organisation.
    writes += [
        Write(Table.UNITS, u.id, dataclasses.replace(u, organisation_id=parent.organisation_id))
        for u in subtree[1:]
        if u.organisation_id != parent.organisation_id
    ]
    name = f'Move "{unit.name}" into "{parent.name}"'
    if edit.deploy_posts and parent.organisation_id != unit.organisation_id:
        inside = {u.id for u in subtree}
        writes += _deployed_to(
            proposal,
            [p for p in proposal.posts.values() if p.unit_id in inside],
            parent.organisation_id,
        )
        name += (
            f" and deploy its posts to {proposal.organisations[parent.organisation_id].short_name}"
        )
    return Plan(writes, name)


def _deployed_to(
    proposal: Proposal, posts: list[Post], organisation: OrganisationId
) -> list[Write]:
    """Deploy posts to `organisation`; deployed to their own employer means not deployed at all."""
    writes = []
    for post in posts:
        deployed = None if post.employer_id == organisation else organisation
        if post.deployed_to_id != deployed:
            writes.append(
                Write(Table.POSTS, post.id, dataclasses.replace(post, deployed_to_id=deployed))
            )
    return writes


def delete_unit(proposal: Proposal, edit: t.DeleteUnit) -> Plan:
    unit = existing_unit(proposal, edit.unit_id)
    posts = [p for p in proposal.posts.values() if p.unit_id == unit.id]
    children = [u for u in proposal.units.values() if u.parent_id == unit.id]
    writes: list[Write] = []
    if posts:
        if edit.posts_to is None:
            raise EditRefused(
                f'"{unit.name}" still holds {len(posts)} posts: say where they go, '
                "or move them first."
            )
        target = existing_unit(proposal, edit.posts_to)
        if target.scenario_id != unit.scenario_id or target.id == unit.id:
            raise EditRefused("The posts must go to another unit of the same scenario.")
        writes += [
            Write(Table.POSTS, p.id, dataclasses.replace(p, unit_id=target.id)) for p in posts
        ]
    if children and unit.parent_id is None:
        raise EditRefused(f'"{unit.name}" is a top-level unit with units inside: move them first.')
    writes += [
        Write(Table.UNITS, c.id, dataclasses.replace(c, parent_id=unit.parent_id)) for c in children
    ]
    writes.append(Write(Table.UNITS, unit.id, None))
    return Plan(writes, f'Delete unit "{unit.name}"')
