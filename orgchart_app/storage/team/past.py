"""A proposal as it stood at a past moment: today's records with later edits' inverses applied."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from orgchart_app.domain.errors import ServerRefused
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.tables import RECORD_TABLES
from orgchart_app.edits.patch import apply_patch
from orgchart_app.storage.team import transfer
from orgchart_app.storage.team.sync import history_since
from orgchart_app.storage.team.tables import history
from orgchart_app.storage.team.transfer import TeamProposal


def read_as_of(connection: sa.Connection, name: str, moment: dt.datetime) -> TeamProposal:
    """The proposal called `name` as it was at `moment` (read-only: it has no versions)."""
    now = transfer.read(connection, name)
    revision = connection.execute(
        sa.select(sa.func.max(history.c.revision)).where(
            history.c.proposal_id == now.proposal_id, history.c.changed_at <= moment
        )
    ).scalar()
    if revision is None:
        raise ServerRefused(
            f'The proposal "{shown(name)}" was not in the library yet at '
            f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC."
        )
    return _undone_to(connection, now, int(revision))


def read_at(connection: sa.Connection, name: str, revision: int) -> TeamProposal:
    """The proposal called `name` as its edit `revision` left it (read-only)."""
    return _undone_to(connection, transfer.read(connection, name), revision)


def _undone_to(connection: sa.Connection, now: TeamProposal, revision: int) -> TeamProposal:
    proposal = now.proposal
    for edit in reversed(history_since(connection, now.proposal_id, revision, inverse=True)):
        if edit.patch is not None:
            apply_patch(proposal, edit.patch)
    for table in RECORD_TABLES:  # as a file lists them: by key
        records = proposal.records(table)
        ordered = sorted(records.items(), key=lambda item: item[0])
        records.clear()
        records.update(ordered)
    return TeamProposal(now.proposal_id, now.name, proposal, revision)
