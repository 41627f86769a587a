"""Rows of a checked in-memory copy -> the Proposal, with sqlite3 alone; refusals in a sentence."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from orgchart_app.collector import collector_paused
from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.fileformat import STORED_TABLES, StoredTable
from orgchart_app.storage.limits import quoted
from orgchart_app.storage.mapping import RECORD_CLASSES, FieldError, record_key, row_reader
from orgchart_app.storage.meta import revision_number
from orgchart_app.storage.values import describe


def read_current(db: sqlite3.Connection, name: str) -> Proposal:
    """The proposal in `db`, a file of the current schema (every table there: reader.py checks)."""
    return read_rows(db, name, STORED_TABLES)


def read_rows(db: sqlite3.Connection, name: str, tables: Iterable[StoredTable]) -> Proposal:
    """The proposal in `db`, reading `tables` as described; FileRefused naming a bad row."""
    with collector_paused():
        proposal = Proposal()
        proposal.info = _info_from(_meta(db, name))
        for stored in tables:
            _read_table(db, name, stored, proposal)
        return proposal


def _read_table(db: sqlite3.Connection, name: str, stored: StoredTable, proposal: Proposal) -> None:
    table = stored.table
    records = proposal.records(table)
    columns = _columns(db, name, stored)
    key_at = [columns.index(key) for key in stored.keys]
    read = row_reader(RECORD_CLASSES[table], columns)
    # Plain SQLite values, no SQLAlchemy type processing (which reads a boolean by its
    # truthiness), and NOT INDEXED: an index whose entries differ from its table (quick_check
    # does not compare them) never decides what is read.
    rows = db.execute(
        f"SELECT {', '.join(map(quoted, columns))} FROM {quoted(stored.name)} "
        f"NOT INDEXED ORDER BY {', '.join(map(quoted, stored.keys))}"
    )
    for number, row in enumerate(rows, start=1):
        try:
            record = read(row)
        except FieldError as bad:
            label = _row_label(stored.name, [row[i] for i in key_at], number)
            raise refused(name, f'{label}, field "{bad.field}": {bad}') from None
        key = record_key(table, record)
        if key in records:
            label = _row_label(stored.name, [row[i] for i in key_at], number)
            raise refused(name, f"{label} appears twice")
        records[key] = record


def _columns(db: sqlite3.Connection, name: str, stored: StoredTable) -> tuple[str, ...]:
    present = {row[1] for row in db.execute(f"PRAGMA table_info({quoted(stored.name)})")}
    missing = next((column for column in stored.columns if column not in present), None)
    if missing is not None:
        raise refused(name, f'table "{stored.name}" has no column "{missing}"')
    return stored.columns


def _row_label(table: str, key: list[Any], number: int) -> str:
    if len(key) == 1 and type(key[0]) is int:
        return f"{table} {key[0]}"
    if len(key) > 1 and all(type(part) in (int, str) for part in key):
        return f"{table} ({', '.join(map(repr, key))})"
    return f"{table} row {number}"  # the key itself is the bad value


def _meta(db: sqlite3.Connection, name: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for key, value in db.execute("SELECT key, value FROM proposal_meta NOT INDEXED"):
        label = f"proposal_meta {key!r}" if type(key) is str else "a proposal_meta key"
        if type(key) is not str or type(value) is not str:
            bad = key if type(key) is not str else value
            raise refused(name, f"{label}: {describe(bad)} where text belongs")
        if key in meta:
            raise refused(name, f"{label} appears twice")
        meta[key] = value
    return meta


def _info_from(meta: dict[str, str]) -> ProposalInfo:
    return ProposalInfo(
        title=meta.get("title", "Untitled proposal"),
        notes=meta.get("notes", ""),
        revision=revision_number(meta.get("revision", "0")),
    )


def refused(name: str, problem: str) -> FileRefused:
    return FileRefused(f'"{name}" is damaged: {problem}. Use a backup or ask the sender again.')


def database_failure(name: str, error: BaseException) -> str:
    """The sentence for an error SQLite (or SQLAlchemy, wrapping one) raised while reading."""
    detail = (str(getattr(error, "orig", None) or error).splitlines() or [""])[0]
    if detail == "interrupted":  # the time budget ran out
        return f'"{name}" took too long to check and was not opened: it is damaged or was crafted.'
    if detail.startswith("Could not decode"):
        return (
            f'"{name}" is damaged: some of its text is not readable (not UTF-8). '
            "Use a backup or ask the sender again."
        )
    detail = detail if len(detail) <= 100 else detail[:100] + "..."
    return (
        f'"{name}" is damaged and cannot be read ({detail}). Use a backup or ask the sender again.'
    )
