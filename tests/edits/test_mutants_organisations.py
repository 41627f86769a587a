"""Organisations renamed with their boxes, and refused while still used, word for word
(organisation_edits.py, written against its surviving mutants)."""

from __future__ import annotations

import dataclasses
from typing import Any

from orgchart_app.domain import Proposal, UnitKind
from orgchart_app.domain.ids import OrganisationId
from orgchart_app.domain.outcomes import OutcomeKind
from orgchart_app.edits import PutOrganisation, RemoveOrganisation, RenameUnit, apply_edit
from tests.edits.helpers import refusal
from tests.edits.test_organisation_edits import PARTNER, _named


def test_a_renamed_organisation_takes_only_its_own_boxes_named_as_it_was(bury: Proposal) -> None:
    council = _named(bury, "Bury Council")
    boxes = [
        u
        for u in bury.units.values()
        if u.organisation_id == council.id and u.kind is UnitKind.ORGANISATION
    ]
    assert [u.name for u in boxes] == ["Bury Council", "Bury Council"]  # "As is", "To be"
    kept, renamed = boxes[1], boxes[0]
    apply_edit(bury, RenameUnit(kept.id, "The Council as proposed"))
    units = dict(bury.units)
    changed = dataclasses.replace(
        council, name="  Bury Metropolitan Borough  ", short_name=" BMBC "
    )
    applied = apply_edit(bury, PutOrganisation(changed))
    # The name shown is the one the user knew it by; names are stored without the spaces.
    assert applied.name == 'Change organisation "Bury Council"'
    assert (bury.organisations[council.id].name, bury.organisations[council.id].short_name) == (
        "Bury Metropolitan Borough",
        "BMBC",
    )
    assert {k: v for k, v in bury.units.items() if units[k] != v} == {
        renamed.id: dataclasses.replace(renamed, name="Bury Metropolitan Borough")
    }


def test_an_unknown_kind_and_a_missing_organisation_are_refused_in_one_sentence(
    bury: Proposal,
) -> None:
    council = _named(bury, "Bury Council")
    guild: Any = "guild"
    odd = PutOrganisation(dataclasses.replace(council, kind=guild))
    assert refusal(bury, odd) == "Unknown kind of organisation."
    assert (
        refusal(bury, RemoveOrganisation(OrganisationId(99)))
        == "That organisation does not exist (it may have been removed)."
    )


def test_a_partner_still_used_says_by_what_counted_and_listed(bury: Proposal) -> None:
    apply_edit(bury, PutOrganisation(PARTNER))
    partner = _named(bury, "Wyvern ICB")
    unit = next(u for u in bury.units.values() if u.kind is UnitKind.TEAM)
    rule = next(iter(bury.on_cost_rules.values()))
    outcome = next(iter(bury.outcomes.values()))
    removal = RemoveOrganisation(partner.id)
    start = '"Wyvern ICB" is still used by '
    end = ": move them to another organisation first."

    bury.units[unit.id] = dataclasses.replace(unit, organisation_id=partner.id)
    assert refusal(bury, removal) == f"{start}1 unit{end}"
    bury.on_cost_rules[rule.id] = dataclasses.replace(rule, organisation_id=partner.id)
    assert refusal(bury, removal) == f"{start}1 unit and 1 on-cost rule{end}"
    bury.outcomes[outcome.id] = dataclasses.replace(
        outcome, kind=OutcomeKind.TUPE, to_employer_id=partner.id
    )
    assert refusal(bury, removal) == f"{start}1 unit, 1 on-cost rule and 1 person's outcome{end}"
    other = next(u for u in bury.units.values() if u.kind is UnitKind.TEAM and u.id != unit.id)
    bury.units[other.id] = dataclasses.replace(other, organisation_id=partner.id)
    assert refusal(bury, removal) == (f"{start}2 units, 1 on-cost rule and 1 person's outcome{end}")
