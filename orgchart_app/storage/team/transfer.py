"""Whole proposals to and from a library: push a file's proposal, read one back, list them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from orgchart_app.analysis.soundness import unsound
from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.collector import collector_paused
from orgchart_app.domain.errors import ServerRefused
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.storage.mapping import FieldError, record_key
from orgchart_app.storage.team.records import record_of, row_of
from orgchart_app.storage.team.tables import (
    RECORD_TABLES,
    history,
    key_columns,
    proposal,
    record_columns,
)

# (table, key) -> the revision that last wrote that record, as the client read it.
Versions = dict[tuple[Table, Hashable], int]


@dataclass(frozen=True, slots=True)
class TeamProposal:
    """One proposal as read from the library, with the versions an edit must quote."""

    proposal_id: int
    name: str
    proposal: Proposal
    revision: int
    versions: Versions = field(default_factory=dict)
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ListedProposal:
    name: str
    title: str
    revision: int
    changed_by: str
    changed_at: dt.datetime
    # The caller's role in it; "" for the library's owner, whom no membership binds.
    role: str


def push(connection: sa.Connection, source: Proposal, name: str, origin: str) -> int:
    """Store `source` as a new proposal called `name`; its id. One transaction (the caller's)."""
    if proposal_id_of(connection, name, missing_ok=True) is not None:
        raise ServerRefused(_exists(name))
    try:
        connection.execute(
            proposal.insert().values(name=name, title=source.info.title, notes=source.info.notes)
        )
    except IntegrityError:  # a proposal of that name this user may not see
        raise ServerRefused(_exists(name)) from None
    new_id = int(
        connection.exec_driver_sql(
            "SELECT currval(pg_get_serial_sequence('proposal', 'id'))"
        ).scalar_one()
    )
    for table, server_table in RECORD_TABLES.items():
        rows = [
            {**row_of(table, record), "proposal_id": new_id, "row_version": 1}
            for record in source.records(table).values()
        ]
        if rows:
            connection.execute(server_table.insert(), rows)
    connection.execute(
        history.insert().values(proposal_id=new_id, revision=1, name=f"Pushed from {origin}")
    )
    return new_id


def _exists(name: str) -> str:
    return (
        f'The library already has a proposal called "{shown(name)}": choose another name '
        "with --proposal NAME."
    )


def proposal_id_of(connection: sa.Connection, name: str, missing_ok: bool = False) -> int | None:
    found = connection.execute(sa.select(proposal.c.id).where(proposal.c.name == name)).scalar()
    if found is None and not missing_ok:
        known = connection.execute(sa.select(proposal.c.name).order_by(proposal.c.name)).scalars()
        listed = ", ".join(f'"{shown(n)}"' for n in known) or "none you may see"
        raise ServerRefused(
            f'The library has no proposal called "{shown(name)}" that you may see '
            f"(proposals: {listed})."
        )
    return None if found is None else int(found)


def read(connection: sa.Connection, name: str) -> TeamProposal:
    """The proposal called `name` as it stands, checked as a file is when opened."""
    proposal_id = proposal_id_of(connection, name)
    assert proposal_id is not None
    head = connection.execute(
        sa.select(proposal.c.title, proposal.c.notes, proposal.c.revision).where(
            proposal.c.id == proposal_id
        )
    ).one()
    result = Proposal(info=ProposalInfo(head.title, head.notes, head.revision))
    versions: Versions = {}
    with collector_paused():
        for table in RECORD_TABLES:
            _read_table(connection, proposal_id, table, result, versions, name)
    return TeamProposal(proposal_id, name, result, head.revision, versions)


def checked(read_proposal: TeamProposal) -> TeamProposal:
    """Refuse what a file would be refused for; keep the problems a file would show."""
    problem = next(unsound(read_proposal.proposal), None)
    if problem:
        raise ServerRefused(_damaged(read_proposal.name, problem))
    problems = tuple(validate_proposal(read_proposal.proposal))
    return TeamProposal(
        read_proposal.proposal_id,
        read_proposal.name,
        read_proposal.proposal,
        read_proposal.revision,
        read_proposal.versions,
        problems,
    )


def _read_table(
    connection: sa.Connection,
    proposal_id: int,
    table: Table,
    into: Proposal,
    versions: Versions,
    name: str,
) -> None:
    server_table = RECORD_TABLES[table]
    columns = [server_table.c[column] for column in record_columns(table)]
    rows = connection.execute(
        sa.select(*columns, server_table.c.row_version)
        .where(server_table.c.proposal_id == proposal_id)
        .order_by(*(server_table.c[key] for key in key_columns(table)))
    )
    records = into.records(table)
    for *values, version in rows:
        try:
            record = record_of(table, values)
        except FieldError as bad:
            raise ServerRefused(
                _damaged(name, f'{server_table.name}, field "{bad.field}": {bad}')
            ) from None
        key = record_key(table, record)
        records[key] = record
        versions[(table, key)] = version


def _damaged(name: str, problem: str) -> str:
    return (
        f'The proposal "{shown(name)}" on the server is damaged: {problem}. Ask its owner to '
        "restore it (orgchart pull --as-of) or IT to restore a backup."
    )


def list_proposals(connection: sa.Connection) -> list[ListedProposal]:
    last = history.alias("last")
    rows = connection.execute(
        sa.select(
            proposal.c.name,
            proposal.c.title,
            proposal.c.revision,
            last.c.changed_by,
            last.c.changed_at,
            sa.func.coalesce(sa.func.orgchart_role(proposal.c.id), ""),
        )
        .join(
            last,
            sa.and_(last.c.proposal_id == proposal.c.id, last.c.revision == proposal.c.revision),
        )
        .order_by(proposal.c.name)
    )
    return [ListedProposal(*row) for row in rows]
