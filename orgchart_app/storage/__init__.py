"""The .sqlite proposal file: open (checked, migrated, read-only), save (atomic), locks, conflicts, recovery."""

from orgchart_app.storage.conflicts import (
    FileChanged,
    FileStamp,
    changed_since,
    save_unless_changed,
)
from orgchart_app.storage.limits import DEFAULT_LIMITS, Limits
from orgchart_app.storage.locks import (
    FileLock,
    LockHeld,
    LockOwner,
    acquire_lock,
    lock_path,
    read_lock,
)
from orgchart_app.storage.reader import OpenedFile, open_proposal
from orgchart_app.storage.recovery import RecoveryFile, RecoverySlot, list_recovery, recovery_folder
from orgchart_app.storage.savelock import FileBusy
from orgchart_app.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from orgchart_app.storage.writer import backup_path, save_proposal

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
]
