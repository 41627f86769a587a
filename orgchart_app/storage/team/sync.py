"""Edits on a shared proposal: one transaction each, refused when a record read is stale.

An edit reaches the server as the records it writes, before and after (edits.Patch), with the
revision at which the editor read each of them. Under a lock on the proposal's row (edits to
one proposal queue; edits to others do not wait), every record's revision on the server is
compared with the one read: any difference means someone changed it since, and the edit is
refused, naming who changed what and when, before anything is written. Otherwise the records
are written with the proposal's next revision, the edit and its inverse are appended to the
history, and listeners are told (live.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from orgchart_app.domain.errors import EditConflict, ServerRefused
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.tables import PERSONAL_TABLES, Table
from orgchart_app.edits.patch import Patch, RecordChange
from orgchart_app.storage.team.records import (
    json_of,
    key_from_json,
    key_to_json,
    key_values,
    record_from_json,
    row_of,
)
from orgchart_app.storage.team.tables import RECORD_TABLES, history, people_history, proposal

# Listeners hear "PROPOSAL_ID REVISION" on this channel after each edit commits.
CHANNEL = "orgchart_edits"


@dataclass(frozen=True, slots=True)
class RemoteEdit:
    """One entry of a proposal's history: who made which edit when."""

    revision: int
    changed_by: str
    changed_at: dt.datetime
    name: str
    # The records as the edit left them (None: the push that created the proposal).
    patch: Patch | None


def commit(
    connection: sa.Connection,
    proposal_id: int,
    patch: Patch,
    versions: Mapping[tuple[Table, Hashable], int],
    name: str,
    edit_id: uuid.UUID | None = None,
) -> int:
    """Write `patch` (records as read at `versions`) as one edit; the proposal's new revision.
    EditConflict, with nothing written, when a record changed since it was read. An edit
    `edit_id` names that is in the history already is not written again: its revision."""
    _check_may_edit(connection, proposal_id)
    revision = connection.execute(
        sa.select(proposal.c.revision).where(proposal.c.id == proposal_id).with_for_update()
    ).scalar()
    if revision is None:
        raise ServerRefused(
            "The proposal is no longer in the library, or you may no longer see it."
        )
    done = _applied_before(connection, proposal_id, edit_id)
    if done is not None:
        return done
    for table, key in _keys(patch.changes):
        _check_current(connection, proposal_id, table, key, versions.get((table, key)))
    _check_no_hidden_holders(connection, proposal_id, patch.changes)
    new = int(revision) + 1
    for change in patch.changes:
        _write(connection, proposal_id, change, new)
    people = [c for c in patch.changes if c.table in PERSONAL_TABLES]
    others = [c for c in patch.changes if c.table not in PERSONAL_TABLES]
    connection.execute(
        history.insert().values(
            proposal_id=proposal_id,
            revision=new,
            changed_by=sa.func.session_user(),
            name=name,
            edit=_to_json(others, after=True),
            inverse=_to_json(reversed(others), after=False),
            edit_id=edit_id,
        )
    )
    if people:
        connection.execute(
            people_history.insert().values(
                proposal_id=proposal_id,
                revision=new,
                edit=_to_json(people, after=True),
                inverse=_to_json(reversed(people), after=False),
            )
        )
    connection.execute(proposal.update().where(proposal.c.id == proposal_id).values(revision=new))
    connection.execute(sa.select(sa.func.pg_notify(CHANNEL, f"{proposal_id} {new}")))
    return new


def _applied_before(
    connection: sa.Connection, proposal_id: int, edit_id: uuid.UUID | None
) -> int | None:
    # Sent again because the reply to it was lost (the connection dropped after the commit).
    if edit_id is None:
        return None
    found = connection.execute(
        sa.select(history.c.revision).where(
            history.c.proposal_id == proposal_id, history.c.edit_id == edit_id
        )
    ).scalar()
    return None if found is None else int(found)


def _check_may_edit(connection: sa.Connection, proposal_id: int) -> None:
    # The server refuses a viewer's writes anyway (row-level security); this says why first.
    role = connection.execute(sa.select(sa.func.orgchart_role(proposal_id))).scalar()
    if role == "viewer":
        raise ServerRefused(
            "You may only view this proposal, so your edit was not saved: ask its owner to "
            "make you an editor."
        )


def _check_no_hidden_holders(
    connection: sa.Connection, proposal_id: int, changes: Iterable[RecordChange]
) -> None:
    # Removing a post would leave its postholders, which this user may not see (nor remove),
    # holding on to nothing: the proposal would no longer read.
    for change in changes:
        if change.table is Table.POSTS and change.after is None:
            hidden = connection.execute(
                sa.select(sa.func.orgchart_hidden_holders(proposal_id, change.key))
            ).scalar()
            if hidden:
                raise ServerRefused(
                    "This post has postholders you may not see, so your edit was not saved: ask "
                    "a colleague granted personal data to delete it."
                )


def _keys(changes: Iterable[RecordChange]) -> list[tuple[Table, Hashable]]:
    return list(dict.fromkeys((c.table, c.key) for c in changes if c.table is not Table.INFO))


def _where(table: Table, proposal_id: int, key: Hashable) -> sa.ColumnElement[bool]:
    server_table = RECORD_TABLES[table]
    parts = [server_table.c[column] == value for column, value in key_values(table, key).items()]
    return sa.and_(server_table.c.proposal_id == proposal_id, *parts)


def _check_current(
    connection: sa.Connection, proposal_id: int, table: Table, key: Hashable, read: int | None
) -> None:
    server_table = RECORD_TABLES[table]
    current = connection.execute(
        sa.select(server_table.c.row_version).where(_where(table, proposal_id, key))
    ).scalar()
    if current == read:
        return
    entry = _last_change(connection, proposal_id, table, key, current, read)
    raise EditConflict(_conflict_sentence(table, key, read, current, entry))


def _last_change(
    connection: sa.Connection,
    proposal_id: int,
    table: Table,
    key: Hashable,
    current: int | None,
    read: int | None,
) -> Any:
    query = sa.select(history.c.changed_by, history.c.changed_at, history.c.name).where(
        history.c.proposal_id == proposal_id
    )
    if current is not None:
        return connection.execute(query.where(history.c.revision == current)).first()
    # Removed since it was read: the latest edit that wrote it. A postholder's part of an edit
    # is kept apart from the rest (people_history), under the same revision.
    touched = {"table": table.value, "key": key_to_json(table, key)}
    written = people_history if table in PERSONAL_TABLES else history
    # Containment finds the candidates by the index, but ignores the order inside a list:
    # pay point [1, year, 2] "contains" [2, year, 1]. The key is then compared whole.
    candidates = connection.execute(
        sa.select(written.c.revision, written.c.edit)
        .where(
            written.c.proposal_id == proposal_id,
            written.c.revision > (read or 0),
            written.c.edit.contains([touched]),
        )
        .order_by(written.c.revision.desc())
    )
    revision = next((r for r, edit in candidates if any(map(_writes(touched), edit))), None)
    if revision is None:
        return None
    return connection.execute(query.where(history.c.revision == revision)).first()


def _writes(touched: dict[str, Any]) -> Callable[[dict[str, Any]], bool]:
    """Whether one change of an edit is to the record `touched` names (its table and key)."""
    return lambda change: all(change.get(name) == value for name, value in touched.items())


_NOUNS = {
    Table.POSTS: "post",
    Table.UNITS: "unit",
    Table.SCENARIOS: "scenario",
    Table.ORGANISATIONS: "organisation",
    Table.DOTTED_LINES: "dotted line",
    Table.POSTHOLDERS: "postholder",
    Table.OUTCOMES: "outcome",
}


def _conflict_sentence(
    table: Table, key: Hashable, read: int | None, current: int | None, entry: Any
) -> str:
    noun = _NOUNS.get(table, table.value.replace("_", " ").removesuffix("s"))
    what = f"{noun} {key}" if not isinstance(key, tuple) else f"{noun} {list(key)}"
    verb = "added" if read is None else "removed" if current is None else "changed"
    if entry is None:
        who = "someone"
        when, edit = "", ""
    else:
        who = entry.changed_by
        when = f" at {entry.changed_at.astimezone(dt.UTC):%H:%M:%S on %d %b %Y} UTC"
        edit = f" ({shown(entry.name)})"
    return (
        f"{what[0].upper()}{what[1:]} was {verb} by {who}{when}{edit} after you read it, so "
        "your edit was not saved: look at the current state and make it again if it still applies."
    )


def _write(
    connection: sa.Connection, proposal_id: int, change: RecordChange, revision: int
) -> None:
    if change.table is Table.INFO:
        info = change.after
        connection.execute(
            proposal.update()
            .where(proposal.c.id == proposal_id)
            .values(title=getattr(info, "title", ""), notes=getattr(info, "notes", ""))
        )
        return
    server_table = RECORD_TABLES[change.table]
    if change.after is None:
        connection.execute(
            server_table.delete().where(_where(change.table, proposal_id, change.key))
        )
        return
    values = {
        **row_of(change.table, change.after),
        "proposal_id": proposal_id,
        "row_version": revision,
    }
    keys = ["proposal_id", *key_values(change.table, change.key)]
    statement = insert(server_table).values(values)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=keys, set_={k: v for k, v in values.items() if k not in keys}
        )
    )


def _to_json(changes: Iterable[RecordChange], after: bool) -> list[dict[str, Any]]:
    return [
        {
            "table": c.table.value,
            "key": key_to_json(c.table, c.key),
            "record": json_of(c.table, c.after if after else c.before),
        }
        for c in changes
    ]


def _from_json(entries: list[dict[str, Any]]) -> Patch:
    changes = []
    for entry in entries:
        table = Table(entry["table"])
        record = entry["record"]
        after = None if record is None else record_from_json(table, record)
        changes.append(RecordChange(table, key_from_json(table, entry["key"]), None, after, -1))
    return Patch(tuple(changes))


def history_since(
    connection: sa.Connection, proposal_id: int, revision: int, *, inverse: bool = False
) -> list[RemoteEdit]:
    """The edits after `revision`, oldest first (each as it wrote, or as its inverse); with
    their postholders' part only for a member granted personal data (the server decides)."""
    people = people_history.alias("people")
    column, people_column = (
        (history.c.inverse, people.c.inverse) if inverse else (history.c.edit, people.c.edit)
    )
    rows = connection.execute(
        sa.select(
            history.c.revision,
            history.c.changed_by,
            history.c.changed_at,
            history.c.name,
            column,
            people_column,
        )
        .outerjoin(
            people,
            sa.and_(
                people.c.proposal_id == history.c.proposal_id,
                people.c.revision == history.c.revision,
            ),
        )
        .where(history.c.proposal_id == proposal_id, history.c.revision > revision)
        .order_by(history.c.revision)
    )
    return [
        RemoteEdit(
            r[0], r[1], r[2], r[3], None if r[4] is None else _from_json(_joined(r, inverse))
        )
        for r in rows
    ]


def _joined(row: Any, inverse: bool) -> list[dict[str, Any]]:
    # Postholders after their posts are made, and removed before them.
    records, people = list(row[4]), list(row[5] or [])
    return people + records if inverse else records + people
