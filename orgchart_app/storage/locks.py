"""Lock markers beside shared proposal files: who has a file open, so a second opener is told.

Opening `budget.sqlite` writes `.~budget.sqlite.orgchart-lock` beside it (beside the real file
when opened through a symlink): a small JSON record {"user", "machine", "pid", "started",
"since", "app"}, made whole in one step and OS-locked while held (markers.py), so two openers can
never both hold it. The marker is advisory (it never stops a read, and it is never written into
the proposal); it is removed on close. A marker is left over from a crash, and taken without
asking, when its process has ended on this machine (or its id now belongs to a younger process).
One older than `stale_after` whose owner may still be there (another machine, or a designer left
open overnight) is never taken in silence: LockHeld.old says the user may be asked to take it over.
A marker that cannot be read or is impossible (a process id no system has, a date in the
future) is replaced, and FileLock.notice says so.

    try:
        lock = acquire_lock(path)           # on open
    except LockHeld as held:
        ...                                 # str(held): "Alex Smith on LAPTOP-12 has had ..."
        lock = acquire_lock(path, take_over=held.owner)   # only if held.old and the user agreed
    ...
    lock.release()                          # on close (also a context manager)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
import time
from pathlib import Path

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage import markers
from orgchart_app.storage.identity import now
from orgchart_app.storage.leftovers import tidy
from orgchart_app.storage.owner import Liveness, LockOwner

__all__ = [
    "DEFAULT_STALE_AFTER",
    "FileLock",
    "LockHeld",
    "LockOwner",
    "acquire_lock",
    "lock_path",
    "read_lock",
]

# Older than this, a marker's owner may have gone (a crash on another machine) or may not
# (a designer left open overnight): the user is asked before it is taken over.
DEFAULT_STALE_AFTER = dt.timedelta(hours=12)
_ATTEMPTS = 200
_PAUSE_SECONDS = 0.01
# An empty marker this young may be one being written where the folder has no hard links.
_BEING_WRITTEN_SECONDS = 2.0


class LockHeld(FileRefused):
    """Someone else has the file open; `owner` says who. The UI offers read-only or a copy,
    and, when `old`, to take it over."""

    def __init__(self, path: Path, owner: LockOwner, old: bool = False) -> None:
        super().__init__(f"{owner.describe()}.")
        self.path = path
        self.owner = owner
        self.old = old


@dataclasses.dataclass(eq=False, slots=True)
class FileLock:
    """Our marker beside `path`. `written` is False where the folder does not allow it
    (a read-only share): the file still opens, but others will not be told. `notice` is one
    sentence for the user when a damaged marker was replaced."""

    path: Path
    marker: Path
    owner: LockOwner
    written: bool
    notice: str | None = None
    descriptor: int | None = dataclasses.field(default=None, repr=False)

    def release(self) -> None:
        """Remove our marker (only ours: a take-over by someone else is left alone)."""
        if self.descriptor is not None:
            markers.release(self.marker, self.descriptor, self.owner.to_json())
            self.descriptor = None

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def lock_path(path: str | Path) -> Path:
    """The marker of `path`: beside the real file, so a symlink finds the same one."""
    real = Path(os.path.realpath(path))
    return real.with_name(f".~{real.name}.orgchart-lock")


def read_lock(
    path: str | Path, *, stale_after: dt.timedelta = DEFAULT_STALE_AFTER
) -> LockOwner | None:
    """Who holds `path` open (perhaps long ago), or None when nobody does (no marker, one left by
    a crash, or a garbled one)."""
    found = markers.read(lock_path(path))
    owner = None if found is None else LockOwner.from_json(found.text)
    if owner is None or owner.liveness(stale_after) is Liveness.GONE:
        return None
    return owner


def acquire_lock(
    path: str | Path,
    *,
    stale_after: dt.timedelta = DEFAULT_STALE_AFTER,
    take_over: LockOwner | None = None,
) -> FileLock:
    """Mark `path` as open by us; raises LockHeld when someone else (who may be there) has it.

    `take_over`: the owner of an old marker (LockHeld.old) the user chose to take over.
    Also removes what crashed saves left beside the file.
    """
    path = Path(path)
    marker = lock_path(path)
    tidy(Path(os.path.realpath(path)))
    me = LockOwner.me()
    notice = None
    for _ in range(_ATTEMPTS):
        try:
            descriptor = markers.create(marker, me.to_json())
        except OSError:  # a read-only folder: open anyway, unmarked
            return FileLock(path, marker, me, written=False)
        if descriptor is not None:
            _hide_on_windows(marker)
            return FileLock(path, marker, me, True, notice, descriptor)
        found = markers.read(marker)
        if found is None:
            continue
        owner = LockOwner.from_json(found.text)
        if owner is None:
            if not found.text and time.time() - found.modified < _BEING_WRITTEN_SECONDS:
                time.sleep(_PAUSE_SECONDS)
                continue
            notice = f'The lock marker beside "{path.name}" could not be read and was replaced.'
        elif (liveness := owner.liveness(stale_after)) is not Liveness.GONE:
            if liveness is Liveness.OLD and owner == take_over:
                descriptor = _take_over(marker, me, found)
                if descriptor is not None:
                    return FileLock(path, marker, me, True, None, descriptor)
            raise LockHeld(path, owner, old=liveness is Liveness.OLD)
        if not markers.remove(marker, found):
            time.sleep(_PAUSE_SECONDS)
    raise LockHeld(path, LockOwner("someone", "another computer", 1, now()))


def _take_over(marker: Path, me: LockOwner, found: markers.Found) -> int | None:
    # None when the marker changed meanwhile (its owner came back, or another took it over), or
    # cannot be replaced (Windows: its owner still has it open): it is then still held.
    try:
        return markers.replace(marker, me.to_json(), found)
    except OSError:
        return None


def _hide_on_windows(marker: Path) -> None:
    # Dot files are hidden elsewhere; Windows needs the attribute. sys.platform, not os.name:
    # the type checker knows ctypes.windll exists only under this test.
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415 - Windows only

        ctypes.windll.kernel32.SetFileAttributesW(str(marker), 0x02)
