"""Edits of the proposal's header: the title its papers carry on every page, and its notes."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import count_text
from orgchart_app.edits import types as t
from orgchart_app.edits.checks import check_name
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan

# Notes are prose kept with the file, not drawn on the chart; a bound keeps a pasted document
# out of the header every save rewrites.
MAX_NOTES = 10_000


def set_proposal_details(proposal: Proposal, edit: t.SetProposalDetails) -> Plan:
    title = check_name(edit.title, "proposal title")
    if len(edit.notes) > MAX_NOTES:
        raise EditRefused(f"The notes are longer than {count_text(MAX_NOTES)} characters.")
    before = proposal.info
    after = dataclasses.replace(before, title=title, notes=edit.notes)
    if after == before:
        raise EditRefused("The title and notes are as they were: nothing to change.")
    name = (
        "Change the proposal's notes"
        if title == before.title
        else f'Retitle the proposal "{title}"'
    )
    return Plan(
        [Write(Table.INFO, Table.INFO, after)],
        name,
        resolved=t.SetProposalDetails(title, edit.notes),
    )
