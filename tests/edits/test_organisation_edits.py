"""Organisations as the user edits them: add a partner, rename, recolour, remove an unused one."""

from __future__ import annotations

import dataclasses

import pytest

from orgchart_app.domain import EditRefused, OrganisationKind, Proposal
from orgchart_app.domain.ids import OrganisationId
from orgchart_app.domain.model import Organisation
from orgchart_app.edits import (
    PutOrganisation,
    RemoveOrganisation,
    SetProposalDetails,
    apply_edit,
)

PARTNER = Organisation(
    OrganisationId(0), "Wyvern Integrated Care Board", "Wyvern ICB", OrganisationKind.NHS_BODY
)


def _named(proposal: Proposal, short: str) -> Organisation:
    return next(o for o in proposal.organisations.values() if o.short_name == short)


def test_a_partner_is_added_with_a_new_id_and_undone_exactly(bury: Proposal) -> None:
    before, ids = bury.snapshot(), set(bury.organisations)
    applied = apply_edit(bury, PutOrganisation(dataclasses.replace(PARTNER, colour="#336699")))
    added = _named(bury, "Wyvern ICB")
    assert added.id not in {0, *ids}
    assert (added.kind, added.colour) == (OrganisationKind.NHS_BODY, "#336699")
    assert (
        applied.name == 'Add organisation "Wyvern ICB"'
        and added.id in applied.changes.organisations
    )
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


def test_renaming_keeps_every_post_and_unit_that_points_at_it(bury: Proposal) -> None:
    council = _named(bury, "Bury Council")
    posts = {p.id for p in bury.posts.values() if p.employer_id == council.id}
    applied = apply_edit(
        bury, PutOrganisation(dataclasses.replace(council, name="Bury Metropolitan Borough"))
    )
    assert bury.organisations[council.id].name == "Bury Metropolitan Borough"
    assert {p.id for p in bury.posts.values() if p.employer_id == council.id} == posts
    assert applied.name == 'Change organisation "Bury Council"'


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ({"name": "  "}, "The organisation name cannot be empty."),
        ({"short_name": ""}, "The short name cannot be empty."),
        ({"short_name": "bury ccg"}, 'There is already an organisation called "Bury CCG".'),
        ({"colour": "teal"}, 'The colour "teal" is not a colour such as #336699.'),
        ({"pay_scale_id": 999}, "The organisation's pay scale is not part of this proposal."),
    ],
)
def test_a_bad_value_is_refused_in_one_sentence_and_nothing_changes(
    bury: Proposal, change: dict[str, object], refusal: str
) -> None:
    council = _named(bury, "Bury Council")
    before = bury.snapshot()
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, PutOrganisation(dataclasses.replace(council, **change)))  # type: ignore[arg-type]
    assert str(refused.value) == refusal
    assert bury.snapshot() == before


def test_an_unused_organisation_is_removed_and_undo_brings_it_back(bury: Proposal) -> None:
    added = apply_edit(bury, PutOrganisation(PARTNER))
    before = bury.snapshot()
    partner = _named(bury, "Wyvern ICB")
    removed = apply_edit(bury, RemoveOrganisation(partner.id))
    assert partner.id not in bury.organisations
    assert removed.name == 'Remove organisation "Wyvern ICB"'
    apply_edit(bury, removed.inverse)
    assert bury.snapshot() == before
    assert added.edit == PutOrganisation(partner)


def test_an_organisation_still_used_is_not_removed(bury: Proposal) -> None:
    ccg = _named(bury, "Bury CCG")
    before = bury.snapshot()
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, RemoveOrganisation(ccg.id))
    message = str(refused.value)
    assert message.startswith('"Bury CCG" is still used by ') and message.endswith(
        ": move them to another organisation first."
    )
    assert "posts" in message and message.count(".") == 1
    assert bury.snapshot() == before


def test_the_proposals_notes_alone_are_named_so_and_a_same_value_is_refused(
    bury: Proposal,
) -> None:
    proposal = bury
    title = proposal.info.title
    applied = apply_edit(proposal, SetProposalDetails(title, "Draft"))
    assert (applied.name, proposal.info.title, proposal.info.notes) == (
        "Change the proposal's notes",
        title,
        "Draft",
    )
    before = proposal.snapshot()
    with pytest.raises(EditRefused, match="^The title and notes are as they were"):
        apply_edit(proposal, SetProposalDetails(f"  {title} ", "Draft"))
    with pytest.raises(EditRefused, match="^The notes are longer than 10,000 characters"):
        apply_edit(proposal, SetProposalDetails(title, "x" * 10_001))
    assert proposal.snapshot() == before
