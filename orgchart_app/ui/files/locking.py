"""The lock marker of the open file: taken on open, moved on Save As, given back on close."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.storage import FileLock, LockOwner, acquire_lock, read_lock


class LockKeeper:
    def __init__(self) -> None:
        self._lock: FileLock | None = None

    def holds(self, path: Path) -> bool:
        return self._lock is not None and self._lock.path.resolve() == path.resolve()

    def take(self, path: Path) -> FileLock:
        """A lock on `path` (ours already, or new); raises LockHeld when someone else has it."""
        if self._lock is not None and self.holds(path):
            return self._lock
        return acquire_lock(path)

    def keep(self, lock: FileLock | None) -> None:
        """From now on `lock` is the open file's (None: no lock, e.g. read-only); the old one goes."""
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock

    def release(self) -> None:
        self.keep(None)

    def someone_else_has(self, path: Path) -> LockOwner | None:
        """Who else has `path` open (not this window), before saving over it."""
        if self.holds(path):
            return None
        owner = read_lock(path)
        me = LockOwner.me()
        if owner is not None and (owner.machine, owner.pid) == (me.machine, me.pid):
            return None
        return owner
