"""The lock marker of the open file: taken on open, moved on Save As, given back on close."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.storage import FileLock, LockOwner, acquire_lock, read_lock


class LockKeeper:
    def __init__(self) -> None:
        self._lock: FileLock | None = None

    def holds(self, path: Path) -> bool:
        return self._lock is not None and self._lock.path.resolve() == path.resolve()

    def take(self, path: Path, take_over: LockOwner | None = None) -> FileLock:
        """A lock on `path` (ours already, or new); raises LockHeld when someone else has it.
        `take_over`: the owner of an old marker the user agreed to take over."""
        if self._lock is not None and self.holds(path):
            return self._lock
        return acquire_lock(path, take_over=take_over)

    @property
    def notice(self) -> str | None:
        """What the user should know about the lock just taken (a damaged marker replaced)."""
        return self._lock.notice if self._lock is not None else None

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
