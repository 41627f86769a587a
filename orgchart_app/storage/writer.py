"""Save a proposal: write a complete new file beside the target, then replace it atomically."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, event

from orgchart_app import __version__
from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.mapping import to_row
from orgchart_app.storage.schema import (
    APPLICATION_ID,
    ROW_CLASSES,
    SCHEMA_VERSION,
    MetaRow,
    metadata,
)


def save_proposal(proposal: Proposal, path: str | Path) -> ProposalInfo:
    """Write `proposal` to `path`; returns the saved info (its revision counted up).

    The new file is written and flushed to disk under a temporary name in the same folder and
    only then renamed over the target, so a failed save never truncates the user's file.
    """
    path = Path(path)
    info = dataclasses.replace(proposal.info, revision=proposal.info.revision + 1)
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".saving", dir=path.parent)
        os.close(handle)
        temporary = Path(name)
        write_database(proposal, info, temporary)
        _fsync(temporary)
        os.replace(temporary, path)
        temporary = None
        _fsync_directory(path.parent)
    except OSError as error:
        reason = error.strerror or str(error)
        raise FileRefused(f'Could not save "{path.name}": {reason}. Nothing on disk was changed '
                          "and your work is still open.") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    return info


def write_database(proposal: Proposal, info: ProposalInfo, target: Path) -> None:
    """Write every record into the (new, empty) SQLite file `target`."""
    engine = create_engine(f"sqlite:///{target}")
    # SQLite keeps the journal in memory: the temporary file is thrown away on any failure anyway.
    event.listen(engine, "connect", lambda db, _: db.execute("PRAGMA journal_mode = MEMORY"))
    try:
        metadata.create_all(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            connection.execute(MetaRow.__table__.insert(), _meta_rows(info))  # type: ignore[attr-defined]
            for table, row_class in ROW_CLASSES.items():
                rows = [to_row(record) for record in getattr(proposal, table).values()]
                if rows:
                    connection.execute(row_class.__table__.insert(), rows)  # type: ignore[attr-defined]
    except Exception as error:  # SQLAlchemy wraps disk errors; report them as OSError
        if isinstance(error, OSError):
            raise
        raise OSError(str(getattr(error, "orig", error))) from error
    finally:
        engine.dispose()


def _meta_rows(info: ProposalInfo) -> list[dict[str, str]]:
    values = {
        "title": info.title,
        "notes": info.notes,
        "revision": str(info.revision),
        "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "saved_by_version": __version__,
    }
    return [{"key": key, "value": value} for key, value in values.items()]


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not possible on every platform or file system.
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
