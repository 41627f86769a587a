"""The .sqlite proposal file: open (checked, migrated, read-only), save (atomic), locks, conflicts, recovery."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from orgchart_app.storage.conflicts import (
    FileChanged,
    FileStamp,
    changed_since,
    save_unless_changed,
)
from orgchart_app.storage.fileformat import APPLICATION_ID, SCHEMA_VERSION
from orgchart_app.storage.limits import DEFAULT_LIMITS, Limits
from orgchart_app.storage.locks import (
    FileLock,
    LockHeld,
    LockOwner,
    acquire_lock,
    lock_path,
    read_lock,
)
from orgchart_app.storage.naming import backup_path
from orgchart_app.storage.reader import OpenedFile, open_proposal
from orgchart_app.storage.recovery import RecoveryFile, RecoverySlot, list_recovery, recovery_folder
from orgchart_app.storage.savelock import FileBusy

if TYPE_CHECKING:
    from orgchart_app.storage.writer import save_proposal

__all__ = [
    "APPLICATION_ID",
    "DEFAULT_LIMITS",
    "SCHEMA_VERSION",
    "FileBusy",
    "FileChanged",
    "FileLock",
    "FileStamp",
    "Limits",
    "LockHeld",
    "LockOwner",
    "OpenedFile",
    "RecoveryFile",
    "RecoverySlot",
    "acquire_lock",
    "backup_path",
    "changed_since",
    "list_recovery",
    "lock_path",
    "open_proposal",
    "read_lock",
    "recovery_folder",
    "save_proposal",
    "save_unless_changed",
    "load_writer",
]


def __getattr__(name: str) -> Any:
    # The writer loads SQLModel and SQLAlchemy (half a second): imported at the first save, not
    # when the designer starts and opens a file.
    if name == "save_proposal":
        from orgchart_app.storage.writer import save_proposal

        return save_proposal
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_writer() -> None:
    """Import the writer (with SQLModel and SQLAlchemy) now: the designer does it on a worker
    thread after its first paint, so that neither the start nor the first save waits for it."""
    importlib.import_module("orgchart_app.storage.writer")
