"""The team library's tables on PostgreSQL: the file's own tables, each keyed by its proposal.

Every table of the file (schema.py) appears under the same name with the same columns, plus
`proposal_id` (which proposal of the library the row belongs to) and `row_version` (the
proposal's revision that last wrote the row: what an edit checks before it overwrites).
Around them: the library's marker and schema version, the proposals, their members and the
append-only history of edits. See docs/TEAM.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from orgchart_app.domain.tables import Table
from orgchart_app.storage.schema import ROW_CLASSES, sql_table

# Marks a database as an org chart library (table library_info, key "application").
APPLICATION = "orgchart-designer proposal library"

library = sa.MetaData()

library_info = sa.Table(
    "library_info",
    library,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

proposal = sa.Table(
    "proposal",
    library,
    sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    # Counted up by every edit, in one transaction with it; rows carry the one that wrote them.
    sa.Column("revision", sa.Integer, nullable=False, server_default="1"),
    sa.Column("created_by", sa.Text, nullable=False, server_default=sa.text("session_user")),
    sa.Column(
        "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    ),
    # No INSERT ... RETURNING: the new row is visible to its maker only once the trigger has
    # made them its owner, after the statement (access.py), so the id is read with currval.
    implicit_returning=False,
)


def _proposal_key() -> sa.Column[int]:
    """Which proposal of the library a row belongs to (removed with it)."""
    return sa.Column(
        "proposal_id",
        sa.Integer,
        sa.ForeignKey("proposal.id", ondelete="CASCADE"),
        primary_key=True,
    )


member = sa.Table(
    "proposal_member",
    library,
    _proposal_key(),
    sa.Column("role_name", sa.Text, primary_key=True),
    sa.Column("role", sa.Text, nullable=False),
    # Postholders are personal data: seen only by members granted it (docs/TEAM.md).
    sa.Column("personal_data", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.CheckConstraint("role IN ('owner', 'editor', 'viewer')", name="member_role"),
)

history = sa.Table(
    "edit_history",
    library,
    _proposal_key(),
    sa.Column("revision", sa.Integer, primary_key=True),
    sa.Column("changed_by", sa.Text, nullable=False, server_default=sa.text("session_user")),
    sa.Column(
        "changed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    ),
    sa.Column("name", sa.Text, nullable=False),
    # Each a list of {"table", "key", "record"}: the records as the edit left them, and as
    # they were before it (its inverse). The push that created the proposal has neither.
    sa.Column("edit", JSONB, nullable=True),
    sa.Column("inverse", JSONB, nullable=True),
    # The id the editor gave the edit: one sent again (its reply was lost) is known as applied.
    sa.Column("edit_id", sa.Uuid, nullable=True),
    sa.Index("edit_history_edit_id", "proposal_id", "edit_id", unique=True),
)


# Postholders' part of each edit, apart: only members granted personal data may read it
# (a row's policy cannot hide part of a row), and the history must not show it to others.
people_history = sa.Table(
    "edit_history_people",
    library,
    _proposal_key(),
    sa.Column("revision", sa.Integer, primary_key=True),
    sa.Column("edit", JSONB, nullable=False),
    sa.Column("inverse", JSONB, nullable=False),
)


def _server_table(row_table: sa.Table) -> sa.Table:
    columns: list[Any] = [_proposal_key()]
    for column in row_table.columns:
        # No foreign keys or uniqueness between records: they hold within one proposal, which
        # the designer checks as it reads one (the same checks as for a file).
        columns.append(
            sa.Column(
                column.name,
                column.type,
                primary_key=column.primary_key,
                nullable=column.nullable,
                server_default=_default_of(column),
                autoincrement=False,
            )
        )
    columns.append(sa.Column("row_version", sa.Integer, nullable=False))
    return sa.Table(row_table.name, library, *columns)


def _default_of(column: sa.Column[Any]) -> Any:
    default = column.server_default
    return None if default is None else getattr(default, "arg", None)


RECORD_TABLES: dict[Table, sa.Table] = {
    table: _server_table(sql_table(row_class)) for table, row_class in ROW_CLASSES.items()
}


def record_columns(table: Table) -> list[str]:
    """The file's columns of a table, in the file's order (without proposal_id, row_version)."""
    return [c.name for c in sql_table(ROW_CLASSES[table]).columns]


def key_columns(table: Table) -> list[str]:
    return [c.name for c in sql_table(ROW_CLASSES[table]).primary_key.columns]


def all_tables() -> Iterator[sa.Table]:
    yield from library.sorted_tables
