"""Open a proposal file: check it, copy it into memory, migrate, and read it; never write to it.

Every file is untrusted input. The order matters: the header (application id, version, size) is
read before SQLite parses anything; the copy is made through a read-only connection that may
only read; pages, schema objects and sizes are checked on the copy before any row is read.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from orgchart_app.analysis.soundness import unsound
from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.conflicts import FileStamp
from orgchart_app.storage.connection import connect_memory, connect_source, set_time_budget
from orgchart_app.storage.fileformat import APPLICATION_ID, OUR_TABLES, SCHEMA_VERSION
from orgchart_app.storage.header import Header, check_no_pending_changes, read_header
from orgchart_app.storage.integrity import check_database
from orgchart_app.storage.limits import DEFAULT_LIMITS, Limits, check_file_size, check_sizes
from orgchart_app.storage.migrations import V1_TABLES
from orgchart_app.storage.reader_rows import database_failure, read_current, refused


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


def open_proposal(
    path: str | Path, *, limits: Limits = DEFAULT_LIMITS, checked: bool = True
) -> OpenedFile:
    """Read the proposal in `path`, or raise FileRefused with one sentence naming the problem.

    Never raises anything else for a bad file: whatever the bytes, the caller gets a proposal
    or a sentence. With `checked` off the problems that do not stop a file opening are not
    looked for (`problems` is empty): the designer looks for them once the chart has painted.
    """
    path = Path(path)
    name = path.name
    try:
        return _open(path, limits, checked)
    except FileRefused:
        raise
    except sqlite3.DatabaseError as error:
        raise FileRefused(database_failure(name, error)) from None
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


def _open(path: Path, limits: Limits, checked: bool) -> OpenedFile:
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
        proposal = _read_proposal(db, name, header.user_version)
    finally:
        db.close()
    problem = next(unsound(proposal), None)
    if problem:
        raise refused(name, problem)
    stamp = FileStamp(path, status.st_size, status.st_mtime_ns, proposal.info.revision)
    if not checked:
        return OpenedFile(proposal, header.user_version, stamp)
    # Here, not at the top: the checks draft the worded recommendations (costing, the diff,
    # people costs), which a window opening a file loads only after its first paint.
    from orgchart_app.analysis.validation import validate_proposal

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
        raise refused(
            name,
            f'it has no table "{missing[0]}", which every proposal file of format {version} has',
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


def _read_proposal(db: sqlite3.Connection, name: str, version: int) -> Proposal:
    if version == SCHEMA_VERSION:
        return read_current(db, name)  # sqlite3 alone: the start does not wait for SQLAlchemy
    from orgchart_app.storage.reader_migrated import read_migrated

    return read_migrated(db, name, version)
