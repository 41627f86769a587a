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

from sqlalchemy import create_engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from orgchart_app.analysis.validation import broken_references, validate_proposal
from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.conflicts import FileStamp, revision_number
from orgchart_app.storage.connection import connect_memory, connect_source, set_time_budget
from orgchart_app.storage.header import Header, check_no_pending_changes, read_header
from orgchart_app.storage.integrity import check_database
from orgchart_app.storage.limits import DEFAULT_LIMITS, Limits, check_file_size, check_sizes
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
        raise FileRefused(f'"{name}" is damaged: some of its text is not readable (not UTF-8). '
                          "Use a backup or ask the sender again.") from None
    except OSError as error:
        reason = (error.strerror or str(error)).rstrip(".").lower()
        raise FileRefused(f'"{name}" cannot be read: {reason}.') from None
    except (MemoryError, RecursionError):
        raise FileRefused(f'"{name}" is too large or too deeply nested to open.') from None
    except Exception as error:  # noqa: BLE001 - the last guard at the untrusted-input boundary
        raise FileRefused(f'"{name}" could not be read (unexpected {type(error).__name__}: {error}). '
                          "Use a backup or ask the sender again.") from None


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
        check_database(db, name)
        check_sizes(db, name, limits)
        if header.user_version < SCHEMA_VERSION:
            migrate(db, header.user_version)
        proposal = _read_proposal(db, name)
    finally:
        db.close()
    problem = next(iter(broken_references(proposal)), None)
    if problem:
        raise FileRefused(f'"{name}" is damaged: {problem}. Use a backup or ask the sender again.')
    stamp = FileStamp(path, status.st_size, status.st_mtime_ns, proposal.info.revision)
    return OpenedFile(proposal, header.user_version, stamp, tuple(validate_proposal(proposal)))


def _check_header(header: Header, name: str) -> None:
    if header.application_id != APPLICATION_ID:
        raise FileRefused(f'"{name}" is a SQLite database, but not an org chart proposal '
                          "(another program made it): open it with that program.")
    if header.user_version > SCHEMA_VERSION:
        raise FileRefused(f'"{name}" was written by a newer version of the designer (file format '
                          f"{header.user_version}; this version reads up to {SCHEMA_VERSION}): "
                          "update the designer to open it.")
    if header.user_version < 1:
        raise FileRefused(f'"{name}" is damaged: it has no file format version.')


def _database_failure(name: str, error: BaseException) -> str:
    detail = (str(getattr(error, "orig", None) or error).splitlines() or [""])[0]
    if detail == "interrupted":  # the time budget ran out
        return f'"{name}" took too long to check and was not opened: it is damaged or was crafted.'
    if detail.startswith("Could not decode"):
        return (f'"{name}" is damaged: some of its text is not readable (not UTF-8). '
                "Use a backup or ask the sender again.")
    detail = detail if len(detail) <= 100 else detail[:100] + "..."
    return f'"{name}" is damaged and cannot be read ({detail}). Use a backup or ask the sender again.'


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
                except (ValueError, TypeError, KeyError, ArithmeticError) as error:
                    raise FileRefused(f'"{name}" is damaged: a row of table '
                                      f'"{row_class.__tablename__}" has a bad value ({error}).') from None
                records[record_key(table, record)] = record
    engine.dispose()
    return proposal


def _info_from(meta: dict[str, Any]) -> ProposalInfo:
    def text(key: str, default: str) -> str:
        value = meta.get(key, default)
        return value if isinstance(value, str) else default

    return ProposalInfo(title=text("title", "Untitled proposal"), notes=text("notes", ""),
                        revision=revision_number(text("revision", "0")))
