"""A team library on a PostgreSQL server: what the command line and the designer call."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Hashable, Iterator, Mapping

import sqlalchemy as sa

from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.edits.patch import Patch
from orgchart_app.storage.team import members, past, sync, transfer
from orgchart_app.storage.team.address import ServerAddress
from orgchart_app.storage.team.connect import engine_for, translated
from orgchart_app.storage.team.library import check_library, init_library
from orgchart_app.storage.team.members import Role
from orgchart_app.storage.team.sync import RemoteEdit
from orgchart_app.storage.team.transfer import ListedProposal, TeamProposal


class TeamLibrary:
    """One server's library; each method is one transaction (all or nothing)."""

    def __init__(self, address: ServerAddress) -> None:
        self.address = address
        self.engine = engine_for(address)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> TeamLibrary:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(
        self, *, checked: bool = True, snapshot: bool = False
    ) -> Iterator[sa.Connection]:
        """A transaction on a checked library; `snapshot` reads every table at one instant."""
        isolation = "REPEATABLE READ" if snapshot else "READ COMMITTED"
        with translated(self.address), self.engine.connect() as connection:
            connection = connection.execution_options(isolation_level=isolation)
            with connection.begin():
                if checked:
                    check_library(connection, self.address)
                yield connection

    def check_login(self) -> None:
        """Connect once: ServerRefused (a wrong password, an unknown user) says why not."""
        with self.transaction(checked=False) as connection:
            connection.exec_driver_sql("SELECT 1")

    def init(self) -> str:
        with self.transaction(checked=False) as connection:
            return init_library(connection, self.address)

    def push(self, proposal: Proposal, name: str, origin: str) -> int:
        with self.transaction() as connection:
            return transfer.push(connection, proposal, name, origin)

    def read(self, name: str) -> TeamProposal:
        with self.transaction(snapshot=True) as connection:
            found = transfer.read(connection, name)
        return transfer.checked(found)

    def proposals(self) -> list[ListedProposal]:
        with self.transaction() as connection:
            return transfer.list_proposals(connection)

    def read_as_of(self, name: str, moment: dt.datetime) -> TeamProposal:
        with self.transaction(snapshot=True) as connection:
            found = past.read_as_of(connection, name, moment)
        return transfer.checked(found)

    def read_at(self, name: str, revision: int) -> TeamProposal:
        with self.transaction(snapshot=True) as connection:
            found = past.read_at(connection, name, revision)
        return transfer.checked(found)

    def commit(
        self,
        proposal_id: int,
        patch: Patch,
        versions: Mapping[tuple[Table, Hashable], int],
        name: str,
        edit_id: uuid.UUID | None = None,
    ) -> int:
        with self.transaction() as connection:
            return sync.commit(connection, proposal_id, patch, versions, name, edit_id)

    def history(self, proposal_id: int, since: int = 0) -> list[RemoteEdit]:
        with self.transaction() as connection:
            return sync.history_since(connection, proposal_id, since)

    def grant(self, name: str, role_name: str, role: Role, personal_data: bool = False) -> None:
        with self.transaction() as connection:
            members.grant(connection, name, role_name, role, personal_data)

    def revoke(self, name: str, role_name: str) -> bool:
        with self.transaction() as connection:
            return members.revoke(connection, name, role_name)
