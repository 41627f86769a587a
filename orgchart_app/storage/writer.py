"""Save a proposal: write a complete new file beside the target, then replace it atomically.

The sequence (each step must finish before the next, so a crash at any point leaves either the
old file or the new one, complete, at the target's name):
1. follow a symlink to the file it leads to (the link stays a link, to the updated file);
2. create the temporary file (`.NAME.PID-HOST-XXXXXXXX.saving`, naming.py) with the target's
   mode, owner, group and extended attributes (attributes.py), write the new database into it
   and fsync it;
3. take the save lock (savelock.py) and run the caller's check (conflicts.py: nobody saved since);
4. keep the previous version as `.~NAME.previous` (a hard link, or a copy where links are not
   supported), so even a file system whose rename is not atomic (some network shares) cannot lose it;
5. swap the temporary file in (a rename; ReplaceFileW on Windows) and fsync the folder;
6. remove `.~NAME.previous` and what crashed saves left beside the file; let go of the lock.
On any failure the temporary file is removed and the target is as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlmodel import SQLModel

from orgchart_app import __version__
from orgchart_app.collector import collector_paused
from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.attributes import create_like, fsync, fsync_directory, swap
from orgchart_app.storage.faults import describe_failure
from orgchart_app.storage.identity import user_name
from orgchart_app.storage.limits import meta_limit, refuse_long_text
from orgchart_app.storage.mapping import RECORD_CLASSES
from orgchart_app.storage.naming import (
    backup_path,
    remove_stale,
    staging_name,
    temporary_name,
)
from orgchart_app.storage.savelock import save_lock
from orgchart_app.storage.schema import (
    APPLICATION_ID,
    ROW_CLASSES,
    SCHEMA_VERSION,
    MetaRow,
    sql_table,
)
from orgchart_app.storage.writer_rows import table_rows
from orgchart_app.storage.writer_schema import create_statements, nullable_columns

__all__ = ["NewVersion", "backup_path", "new_version", "save_proposal", "write_file"]


def save_proposal(proposal: Proposal, path: str | Path) -> ProposalInfo:
    """Write `proposal` to `path`; returns the saved info (its revision counted up).

    Raises FileRefused saying what failed (the disk is full, the folder is read-only, ...);
    the file at `path` is then exactly as it was.
    """
    info = dataclasses.replace(proposal.info, revision=proposal.info.revision + 1)
    write_file(proposal, info, Path(path))
    return info


def write_file(
    proposal: Proposal, info: ProposalInfo, path: Path, check: Callable[[], None] | None = None
) -> None:
    """Atomically replace `path` with `proposal` saved as `info` (see the module docstring);
    `check` runs under the save lock just before the swap and may refuse it by raising."""
    with new_version(proposal, info, path) as version, version.locked():
        if check is not None:
            check()
        version.swap_in()


@contextlib.contextmanager
def new_version(proposal: Proposal, info: ProposalInfo, path: Path) -> Iterator[NewVersion]:
    """The new version written beside `path`'s real file, to swap in within the block (under
    its save lock); removed if it was not. OSError and SQLite errors become one FileRefused."""
    target = Path(os.path.realpath(path))
    temporary = temporary_name(target)
    try:
        create_like(temporary, target)
        write_database(proposal, info, temporary)
        fsync(temporary)
        yield NewVersion(temporary, target)
    except (OSError, sqlite3.Error) as error:
        raise FileRefused(
            f'Could not save "{Path(path).name}": {describe_failure(error)}. Nothing '
            "on disk was changed and your work is still open."
        ) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


@dataclasses.dataclass(frozen=True, slots=True)
class NewVersion:
    """A complete new version beside `target`, not yet in its place."""

    temporary: Path
    target: Path

    def locked(self) -> contextlib.AbstractContextManager[None]:
        return save_lock(self.target)

    def swap_in(self) -> None:
        """Replace the target (hold the save lock); its previous version is kept meanwhile."""
        backup = Backup.make(self.target)
        try:
            swap(self.temporary, self.target)
            fsync_directory(self.target.parent)
        finally:
            if backup is not None:
                backup.remove()
        remove_stale(self.target.parent, self.target.name)


@dataclasses.dataclass(frozen=True, slots=True)
class Backup:
    """The previous version, kept beside the target until the new one is in place."""

    path: Path
    inode: int

    @classmethod
    def make(cls, target: Path) -> Backup | None:
        if not target.exists():
            return None
        backup = backup_path(target)
        # Link (or copy) under a unique name first, then rename: two saves at once never collide.
        staging = staging_name(backup)
        try:
            try:
                os.link(target, staging)
            except OSError:  # FAT, some network shares: no hard links
                shutil.copy2(target, staging)
                fsync(staging)
            os.replace(staging, backup)
            # rename() does nothing when both names are already links to the same file (a kept
            # backup of this very version, from a racing save or a crash): drop the spare name.
            with contextlib.suppress(FileNotFoundError):
                staging.unlink()
        except OSError:
            with contextlib.suppress(OSError):
                staging.unlink()
            raise
        return cls(backup, backup.stat().st_ino)

    def remove(self) -> None:
        # Another save may have put its own backup here meanwhile: remove only ours.
        with contextlib.suppress(OSError):
            if self.path.stat().st_ino == self.inode:
                self.path.unlink()


def write_database(proposal: Proposal, info: ProposalInfo, target: Path) -> None:
    """Write every record into the (new, empty) SQLite file `target`, with sqlite3 itself: the
    tables exactly as SQLAlchemy creates them (writer_schema.py), the rows by executemany."""
    db = sqlite3.connect(target, isolation_level=None)
    try:
        # The journal in memory: the temporary file is thrown away on any failure anyway.
        db.execute("PRAGMA journal_mode = MEMORY")
        with collector_paused():
            db.execute("BEGIN")
            for statement in create_statements():
                db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.executemany(
                f'INSERT INTO "{sql_table(MetaRow).name}" (key, value) VALUES (?, ?)',
                _meta_rows(info),
            )
            for table, row_class in ROW_CLASSES.items():
                records = list(proposal.records(table).values())
                if records:
                    made = proposal.made_columns.get(table)
                    columns = made.columns if made and made.stands_for(records) else None
                    _insert(db, row_class, RECORD_CLASSES[table], records, columns)
            db.execute("COMMIT")
    finally:
        db.close()
    # An import's columns serve its first save; held longer, they would only take memory.
    proposal.made_columns.clear()


def _insert(
    db: sqlite3.Connection,
    row_class: type[SQLModel],
    record_class: type,
    records: list[Any],
    made: dict[str, list[Any]] | None,
) -> None:
    """One executemany for a table's records (or the columns they were made from), their
    columns named (so the table's order is free); a column NULL in every row and NULL by
    default is left out (writer_rows.py)."""
    sql = sql_table(row_class)
    rows = table_rows(records, record_class, nullable_columns(sql), made)
    columns = ", ".join(f'"{name}"' for name in rows.columns)
    marks = ", ".join("?" * len(rows.columns))
    db.executemany(f'INSERT INTO "{sql.name}" ({columns}) VALUES ({marks})', rows.rows)


def _meta_rows(info: ProposalInfo) -> list[tuple[str, str]]:
    values = {
        "title": info.title,
        "notes": info.notes,
        "revision": str(info.revision),
        "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "saved_by": user_name(),
        "saved_by_version": __version__,
    }
    for key in ("title", "notes"):
        if len(values[key]) > meta_limit(key):
            raise refuse_long_text("the proposal", key, len(values[key]), meta_limit(key))
    return list(values.items())
