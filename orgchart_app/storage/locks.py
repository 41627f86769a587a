"""Lock markers beside shared proposal files: who has a file open, so a second opener is told.

Opening `budget.sqlite` writes `.~budget.sqlite.orgchart-lock` beside it: a small JSON record
{"user", "machine", "pid", "since", "app"}. The marker is advisory (it never stops a read, and it is
never written into the proposal); it is removed on close and ignored when stale: its process has
gone on this machine, or it is older than `stale_after` (a crash on another machine).

    try:
        lock = acquire_lock(path)           # on open
    except LockHeld as held:
        ...                                 # str(held): "Alex Smith on LAPTOP-12 has had ..."
    ...
    lock.release()                          # on close (also a context manager)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage.identity import (
    machine_name,
    now,
    parse_moment,
    process_alive,
    user_name,
    when_text,
)

# A lock older than this is taken to be left behind by a crash on another machine.
DEFAULT_STALE_AFTER = dt.timedelta(hours=12)
_MAX_LOCK_BYTES = 4096


@dataclass(frozen=True, slots=True)
class LockOwner:
    user: str
    machine: str
    pid: int
    since: dt.datetime

    @classmethod
    def me(cls) -> LockOwner:
        # Whole seconds, as the marker records them, so our own marker reads back equal.
        return cls(user_name(), machine_name(), os.getpid(), now().replace(microsecond=0))

    def describe(self) -> str:
        """"Alex Smith on LAPTOP-12 has had this file open since 10:42"."""
        return f"{self.user} on {self.machine} has had this file open since {when_text(self.since)}"

    def is_stale(self, stale_after: dt.timedelta) -> bool:
        if self.machine == machine_name() and not process_alive(self.pid):
            return True
        return now() - self.since > stale_after

    def to_json(self) -> str:
        return json.dumps({"user": self.user, "machine": self.machine, "pid": self.pid,
                           "since": self.since.isoformat(timespec="seconds"),
                           "app": "orgchart-designer"})

    @classmethod
    def from_json(cls, text: str) -> LockOwner | None:
        """The owner recorded in a marker, or None when it is not one of ours (or is garbled)."""
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        since = parse_moment(data.get("since"))
        user, machine, pid = data.get("user"), data.get("machine"), data.get("pid")
        if since is None or not isinstance(user, str) or not isinstance(machine, str) \
                or not isinstance(pid, int):
            return None
        return cls(user, machine, pid, since)


class LockHeld(FileRefused):
    """Someone else has the file open; `owner` says who. The UI offers read-only or a copy."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        super().__init__(f"{owner.describe()}.")
        self.path = path
        self.owner = owner


@dataclass(frozen=True, slots=True)
class FileLock:
    """Our marker beside `path`. `written` is False where the folder does not allow it
    (a read-only share): the file still opens, but others will not be told."""

    path: Path
    marker: Path
    owner: LockOwner
    written: bool

    def release(self) -> None:
        """Remove our marker (only ours: a stale-lock takeover by someone else is left alone)."""
        if self.written and read_lock(self.path, stale_after=dt.timedelta.max) == self.owner:
            with contextlib.suppress(OSError):
                self.marker.unlink()

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def lock_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(f".~{path.name}.orgchart-lock")


def read_lock(path: str | Path, *, stale_after: dt.timedelta = DEFAULT_STALE_AFTER) -> LockOwner | None:
    """Who holds `path` open, or None when nobody does (no marker, a stale one or a garbled one)."""
    try:
        with lock_path(path).open("r", encoding="utf-8") as file:
            owner = LockOwner.from_json(file.read(_MAX_LOCK_BYTES))
    except (OSError, UnicodeDecodeError):
        return None
    if owner is None or owner.is_stale(stale_after):
        return None
    return owner


def acquire_lock(path: str | Path, *, stale_after: dt.timedelta = DEFAULT_STALE_AFTER) -> FileLock:
    """Mark `path` as open by us; raises LockHeld when someone else (live) has it open."""
    path = Path(path)
    marker = lock_path(path)
    me = LockOwner.me()
    for _ in range(2):  # a stale marker is removed once, then creation is retried
        try:
            _create_exclusively(marker, me.to_json())
            return FileLock(path, marker, me, written=True)
        except FileExistsError:
            owner = read_lock(path, stale_after=stale_after)
            if owner is not None:
                raise LockHeld(path, owner) from None
            with contextlib.suppress(OSError):
                marker.unlink()
        except OSError:  # a read-only folder: open anyway, unmarked
            return FileLock(path, marker, me, written=False)
    return FileLock(path, marker, me, written=False)


def _create_exclusively(marker: Path, text: str) -> None:
    # O_EXCL makes creation atomic: of two openers at the same moment, exactly one wins.
    descriptor = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(descriptor, text.encode("utf-8"))
    finally:
        os.close(descriptor)
    _hide_on_windows(marker)


def _hide_on_windows(marker: Path) -> None:
    # Dot files are hidden elsewhere; Windows needs the attribute. sys.platform, not os.name:
    # the type checker knows ctypes.windll exists only under this test.
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415 - Windows only

        ctypes.windll.kernel32.SetFileAttributesW(str(marker), 0x02)
