"""Open a proposal file: check it, copy it into memory, migrate, and read it; never write to it.

Every file is untrusted input. The order matters: the header (application id, version, size) is
read before SQLite parses anything; the copy is made through a read-only connection that may
only read; pages, schema objects and sizes are checked on the copy before any row is read.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from orgchart_app.analysis.soundness import unsound
from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.collector import collector_paused
from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.conflicts import FileStamp
from orgchart_app.storage.connection import connect_memory, connect_source, set_time_budget
from orgchart_app.storage.header import Header, check_no_pending_changes, read_header
from orgchart_app.storage.integrity import check_database
from orgchart_app.storage.limits import DEFAULT_LIMITS, Limits, check_file_size, check_sizes, quoted
from orgchart_app.storage.mapping import RECORD_CLASSES, FieldError, record_key, row_reader
from orgchart_app.storage.meta import revision_number
from orgchart_app.storage.migrations import V1_TABLES, migrate
from orgchart_app.storage.schema import (
    APPLICATION_ID,
    OUR_TABLES,
    ROW_CLASSES,
    SCHEMA_VERSION,
    metadata,
    sql_table,
)
from orgchart_app.storage.values import describe


@dataclass(frozen=True, slots=True)
class OpenedFile:
    proposal: Proposal
    # The schema version the file was written with (older ones were migrated in memory).
    schema_version: int
    # The file as it was read: pass it to conflicts.changed_since() / save_unless_changed().
    stamp: FileStamp
    # Problems that do not stop the file opening (a reporting cycle, an FTE out of range):
    # shown to the user, one sentence each; validation.validate_proposal's wording.
    problems: tuple[str, ...] = ()

    @property
    def migrated(self) -> bool:
        return self.schema_version < SCHEMA_VERSION


def open_proposal(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> OpenedFile:
    """Read the proposal in `path`, or raise FileRefused with one sentence naming the problem.

    Never raises anything else for a bad file: whatever the bytes, the caller gets a proposal
    or a sentence.
    """
    path = Path(path)
    name = path.name
    try:
        return _open(path, limits)
    except FileRefused:
        raise
    except (sqlite3.DatabaseError, SQLAlchemyError) as error:
        raise FileRefused(_database_failure(name, error)) from None
    except UnicodeDecodeError:  # text columns holding bytes that are not UTF-8
        raise FileRefused(
            f'"{name}" is damaged: some of its text is not readable (not UTF-8). '
            "Use a backup or ask the sender again."
        ) from None
    except OSError as error:
        reason = (error.strerror or str(error)).rstrip(".").lower()
        raise FileRefused(f'"{name}" cannot be read: {reason}.') from None
    except (MemoryError, RecursionError):
        raise FileRefused(f'"{name}" is too large or too deeply nested to open.') from None
    except Exception as error:  # noqa: BLE001 - the last guard at the untrusted-input boundary
        raise FileRefused(
            f'"{name}" could not be read (unexpected {type(error).__name__}: {error}). '
            "Use a backup or ask the sender again."
        ) from None


def _open(path: Path, limits: Limits) -> OpenedFile:
    name = path.name
    header = read_header(path)
    _check_header(header, name)
    check_no_pending_changes(path)
    status = path.stat()  # before reading: a change during the read then shows as a conflict
    check_file_size(status.st_size, name, limits)
    db = _copy_into_memory(path)
    try:
        set_time_budget(db)
        check_database(db, name, full=status.st_size <= limits.max_full_check_bytes)
        check_sizes(db, name, limits)
        _check_tables(db, name, header.user_version)
        if header.user_version < SCHEMA_VERSION:
            migrate(db, header.user_version)
        proposal = _read_proposal(db, name)
    finally:
        db.close()
    problem = next(unsound(proposal), None)
    if problem:
        raise _refused(name, problem)
    stamp = FileStamp(path, status.st_size, status.st_mtime_ns, proposal.info.revision)
    return OpenedFile(proposal, header.user_version, stamp, tuple(validate_proposal(proposal)))


def _check_header(header: Header, name: str) -> None:
    if header.application_id != APPLICATION_ID:
        raise FileRefused(
            f'"{name}" is a SQLite database, but not an org chart proposal '
            "(another program made it): open it with that program."
        )
    if header.user_version > SCHEMA_VERSION:
        raise FileRefused(
            f'"{name}" was written by a newer version of the designer (file format '
            f"{header.user_version}; this version reads up to {SCHEMA_VERSION}): "
            "update the designer to open it."
        )
    if header.user_version < 1:
        raise FileRefused(f'"{name}" is damaged: it has no file format version.')


def _check_tables(db: sqlite3.Connection, name: str, version: int) -> None:
    # Version 1 files had no pay or budget tables (the migration adds them); every later one has all.
    required = V1_TABLES if version < SCHEMA_VERSION else OUR_TABLES
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(required - present)
    if missing:
        raise _refused(
            name,
            f'it has no table "{missing[0]}", which every proposal file of format {version} has',
        )


def _database_failure(name: str, error: BaseException) -> str:
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


def _copy_into_memory(path: Path) -> sqlite3.Connection:
    # The user's file is only read, page by page; every later step works on the copy.
    source = connect_source(path)
    memory = connect_memory()
    try:
        source.backup(memory)
    except BaseException:
        memory.close()
        raise
    finally:
        source.close()
    return memory


def _read_proposal(db: sqlite3.Connection, name: str) -> Proposal:
    with collector_paused():
        return _read_records(db, name)


def _read_records(db: sqlite3.Connection, name: str) -> Proposal:
    engine = create_engine("sqlite://", creator=lambda: db, poolclass=StaticPool)
    metadata.create_all(engine)  # tables an older schema did not have yet
    try:
        return _read_rows(db, name)
    finally:
        engine.dispose()


def _read_rows(db: sqlite3.Connection, name: str) -> Proposal:
    proposal = Proposal()
    proposal.info = _info_from(_meta(db, name))
    for table, row_class in ROW_CLASSES.items():
        records = proposal.records(table)
        rows_table = sql_table(row_class)
        columns = _columns(db, name, rows_table.name, [c.name for c in rows_table.columns])
        keys = [c.name for c in rows_table.primary_key.columns]
        key_at = [columns.index(key) for key in keys]
        read = row_reader(RECORD_CLASSES[table], tuple(columns))
        # Plain SQLite values, no SQLAlchemy type processing (which reads a boolean by its
        # truthiness), and NOT INDEXED: an index whose entries differ from its table (quick_check
        # does not compare them) never decides what is read.
        rows = db.execute(
            f"SELECT {', '.join(map(quoted, columns))} FROM {quoted(rows_table.name)} "
            f"NOT INDEXED ORDER BY {', '.join(map(quoted, keys))}"
        )
        for number, row in enumerate(rows, start=1):
            try:
                record = read(row)
            except FieldError as bad:
                label = _row_label(rows_table.name, [row[i] for i in key_at], number)
                raise _refused(name, f'{label}, field "{bad.field}": {bad}') from None
            key = record_key(table, record)
            if key in records:
                label = _row_label(rows_table.name, [row[i] for i in key_at], number)
                raise _refused(name, f"{label} appears twice")
            records[key] = record
    return proposal


def _columns(db: sqlite3.Connection, name: str, table: str, wanted: list[str]) -> list[str]:
    present = {row[1] for row in db.execute(f"PRAGMA table_info({quoted(table)})")}
    missing = next((column for column in wanted if column not in present), None)
    if missing is not None:
        raise _refused(name, f'table "{table}" has no column "{missing}"')
    return wanted


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
            raise _refused(name, f"{label}: {describe(bad)} where text belongs")
        if key in meta:
            raise _refused(name, f"{label} appears twice")
        meta[key] = value
    return meta


def _refused(name: str, problem: str) -> FileRefused:
    return FileRefused(f'"{name}" is damaged: {problem}. Use a backup or ask the sender again.')


def _info_from(meta: dict[str, str]) -> ProposalInfo:
    return ProposalInfo(
        title=meta.get("title", "Untitled proposal"),
        notes=meta.get("notes", ""),
        revision=revision_number(meta.get("revision", "0")),
    )
