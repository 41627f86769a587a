"""A proposal's members: who may read it, edit it, and see its postholders."""

from __future__ import annotations

import enum

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from orgchart_app.domain.errors import ServerRefused
from orgchart_app.domain.file_kinds import shown
from orgchart_app.storage.team.tables import member
from orgchart_app.storage.team.transfer import proposal_id_of


class Role(enum.Enum):
    OWNER = "owner"  # edits, and grants roles to others
    EDITOR = "editor"  # edits
    VIEWER = "viewer"  # reads


def grant(
    connection: sa.Connection, name: str, role_name: str, role: Role, personal_data: bool
) -> None:
    """Make `role_name` a member of the proposal `name` (the server lets only its owner)."""
    proposal_id = proposal_id_of(connection, name)
    known = connection.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(name)s", {"name": role_name}
    ).scalar()
    if known is None:
        raise ServerRefused(
            f'The server has no user "{shown(role_name)}": ask IT to create it (docs/TEAM.md).'
        )
    values = {
        "proposal_id": proposal_id,
        "role_name": role_name,
        "role": role.value,
        "personal_data": personal_data,
    }
    connection.execute(
        insert(member)
        .values(values)
        .on_conflict_do_update(
            index_elements=["proposal_id", "role_name"],
            set_={"role": role.value, "personal_data": personal_data},
        )
    )


def revoke(connection: sa.Connection, name: str, role_name: str) -> bool:
    """Remove `role_name` from the proposal; False when it was not a member (or you may not)."""
    proposal_id = proposal_id_of(connection, name)
    removed = connection.execute(
        member.delete().where(member.c.proposal_id == proposal_id, member.c.role_name == role_name)
    )
    return bool(removed.rowcount)
