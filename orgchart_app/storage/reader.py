"""Open a proposal file: check it, copy it into memory, migrate, and read it; never write to it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.pool import StaticPool

from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.header import read_header
from orgchart_app.analysis.validation import broken_references
from orgchart_app.storage.integrity import check_database
from orgchart_app.storage.mapping import RECORD_CLASSES, from_row, record_key
from orgchart_app.storage.migrations import migrate
from orgchart_app.storage.schema import (
    APPLICATION_ID,
    ROW_CLASSES,
    SCHEMA_VERSION,
    MetaRow,
    metadata,
)


@dataclass(frozen=True, slots=True)
class OpenedFile:
    proposal: Proposal
    # The schema version the file was written with (older ones were migrated in memory).
    schema_version: int

    @property
    def migrated(self) -> bool:
        return self.schema_version < SCHEMA_VERSION


def open_proposal(path: str | Path) -> OpenedFile:
    """Read the proposal in `path`, or raise FileRefused with one sentence naming the problem."""
    path = Path(path)
    header = read_header(path)
    name = path.name
    if header.application_id != APPLICATION_ID:
        raise FileRefused(f'"{name}" is a SQLite database, but not an org chart proposal '
                          "(it was made by another program).")
    if header.user_version > SCHEMA_VERSION:
        raise FileRefused(f'"{name}" was written by a newer version of the designer (file format '
                          f"{header.user_version}; this version reads up to {SCHEMA_VERSION}): "
                          "update the designer to open it.")
    if header.user_version < 1:
        raise FileRefused(f'"{name}" is damaged: it has no file format version.')
    try:
        db = _copy_into_memory(path)
    except sqlite3.DatabaseError as error:
        raise FileRefused(f'"{name}" is damaged and cannot be read ({error}).') from None
    try:
        check_database(db, name)
        if header.user_version < SCHEMA_VERSION:
            migrate(db, header.user_version)
        proposal = _read_proposal(db, name)
    except sqlite3.DatabaseError as error:
        raise FileRefused(f'"{name}" is damaged and cannot be read ({error}).') from None
    finally:
        db.close()
    problem = next(iter(broken_references(proposal)), None)
    if problem:
        raise FileRefused(f'"{name}" is damaged: {problem}. Use a backup or ask the sender again.')
    return OpenedFile(proposal, header.user_version)


def _copy_into_memory(path: Path) -> sqlite3.Connection:
    # Read-only on the user's file; every later step (migrations included) works on the copy.
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.execute("PRAGMA trusted_schema = OFF")
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        source.backup(memory)
    finally:
        source.close()
    memory.execute("PRAGMA trusted_schema = OFF")
    return memory


def _read_proposal(db: sqlite3.Connection, name: str) -> Proposal:
    engine = create_engine("sqlite://", creator=lambda: db, poolclass=StaticPool)
    metadata.create_all(engine)  # tables an older schema did not have yet
    proposal = Proposal()
    with engine.connect() as connection:
        meta = {row.key: row.value for row in connection.execute(select(MetaRow.__table__))}
        proposal.info = _info_from(meta)
        for table, row_class in ROW_CLASSES.items():
            record_class = RECORD_CLASSES[table]
            records: dict[Any, Any] = getattr(proposal, table)
            result = connection.execute(select(row_class.__table__).order_by(  # type: ignore[attr-defined]
                *row_class.__table__.primary_key.columns))  # type: ignore[attr-defined]
            for row in result.mappings():
                try:
                    record = from_row(record_class, dict(row))
                except (ValueError, TypeError, KeyError) as error:
                    raise FileRefused(f'"{name}" is damaged: a row of table '
                                      f'"{row_class.__tablename__}" has a bad value ({error}).') from None
                records[record_key(table, record)] = record
    engine.dispose()
    return proposal


def _info_from(meta: dict[str, str]) -> ProposalInfo:
    try:
        revision = int(meta.get("revision", "0"))
    except ValueError:
        revision = 0
    return ProposalInfo(title=meta.get("title", "Untitled proposal"), notes=meta.get("notes", ""),
                        revision=revision)
