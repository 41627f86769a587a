"""Edits of organisations: the employers and partners a proposal's posts and units belong to."""

from __future__ import annotations

import dataclasses
import re

from orgchart_app.domain.enums import OrganisationKind, UnitKind
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.model import Organisation
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.edits import types as t
from orgchart_app.edits.checks import check_name
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan

# The colours the chart, the PDF and the web page all draw: "#RRGGBB", or none.
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def put_organisation(proposal: Proposal, edit: t.PutOrganisation) -> Plan:
    organisation = _checked(proposal, edit.organisation)
    if organisation.id == 0:
        organisation = dataclasses.replace(organisation, id=proposal.next_id(Table.ORGANISATIONS))
    # An id not in the file is the redo of an addition (the applied edit keeps the id it got).
    before = proposal.organisations.get(organisation.id)
    shown = organisation.short_name if before is None else before.short_name
    writes = [Write(Table.ORGANISATIONS, organisation.id, organisation)]
    if before is not None and before.name != organisation.name:
        writes += _renamed_boxes(proposal, before, organisation.name)
    return Plan(
        writes,
        f'{"Add" if before is None else "Change"} organisation "{shown}"',
        resolved=t.PutOrganisation(organisation),
    )


def remove_organisation(proposal: Proposal, edit: t.RemoveOrganisation) -> Plan:
    organisation = proposal.organisations.get(edit.organisation_id)
    if organisation is None:
        raise EditRefused("That organisation does not exist (it may have been removed).")
    uses = organisation_uses(proposal, organisation)
    if uses:
        listed = ", ".join(uses[:-1]) + f" and {uses[-1]}" if len(uses) > 1 else uses[0]
        raise EditRefused(
            f'"{organisation.short_name}" is still used by {listed}: '
            "move them to another organisation first."
        )
    return Plan(
        [Write(Table.ORGANISATIONS, organisation.id, None)],
        f'Remove organisation "{organisation.short_name}"',
    )


def _renamed_boxes(proposal: Proposal, before: Organisation, name: str) -> list[Write]:
    """The organisation's own boxes on the charts (its units of kind organisation, named as it
    was) follow a new name, in the same step: "New organisation" renamed leaves no box behind."""
    return [
        Write(Table.UNITS, unit.id, dataclasses.replace(unit, name=name))
        for unit in proposal.units.values()
        if unit.organisation_id == before.id
        and unit.kind is UnitKind.ORGANISATION
        and unit.name == before.name
    ]


def organisation_uses(proposal: Proposal, organisation: Organisation) -> list[str]:
    """What still points at `organisation`, counted ("3 posts", "1 unit"); empty when nothing."""
    key = organisation.id
    counts = (
        (
            sum(p.employer_id == key or p.deployed_to_id == key for p in proposal.posts.values()),
            "post",
        ),
        (sum(u.organisation_id == key for u in proposal.units.values()), "unit"),
        (sum(r.organisation_id == key for r in proposal.on_cost_rules.values()), "on-cost rule"),
        (sum(o.to_employer_id == key for o in proposal.outcomes.values()), "person's outcome"),
    )
    return [f"{n} {what}{'' if n == 1 else 's'}" for n, what in counts if n]


def _checked(proposal: Proposal, organisation: Organisation) -> Organisation:
    name = check_name(organisation.name, "organisation name")
    short = check_name(organisation.short_name, "short name")
    for other in proposal.organisations.values():
        if other.id != organisation.id and short.casefold() in (
            other.short_name.casefold(),
            other.name.casefold(),
        ):
            raise EditRefused(f'There is already an organisation called "{other.short_name}".')
    if organisation.colour and not _COLOUR.fullmatch(organisation.colour):
        raise EditRefused(f'The colour "{organisation.colour}" is not a colour such as #336699.')
    if not isinstance(organisation.kind, OrganisationKind):
        raise EditRefused("Unknown kind of organisation.")
    scale = organisation.pay_scale_id
    if scale is not None and scale not in proposal.pay_scales:
        raise EditRefused("The organisation's pay scale is not part of this proposal.")
    return dataclasses.replace(organisation, name=name, short_name=short)
