"""The save lock: the check that nobody else saved since and the swap happen while one process
alone holds `.~NAME.orgchart-save-lock`, so of two overlapping saves the second waits, then sees
the first one's version (and is refused with the conflict question) instead of overwriting it.

The new version is written before the lock is taken: the lock is held for the check and the
rename only, so a second save waits for milliseconds, not for the whole write.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage import markers
from orgchart_app.storage.owner import Liveness, LockOwner

# A check and a rename never take this long: a save lock this old was left behind by a crash.
SAVE_LOCK_OLD = dt.timedelta(minutes=10)
DEFAULT_WAIT_SECONDS = 30.0
_PAUSE_SECONDS = 0.02
# An empty marker this young may be one being written where the folder has no hard links.
_BEING_WRITTEN_SECONDS = 2.0


class FileBusy(FileRefused):
    """Someone else is saving the file right now, and kept it longer than we could wait."""


def save_lock_path(target: Path) -> Path:
    return target.with_name(f".~{target.name}.orgchart-save-lock")


@contextlib.contextmanager
def save_lock(target: Path, wait: float | None = None) -> Iterator[None]:
    """Hold `target`'s save lock for the block; raises FileBusy when another save keeps it past
    `wait` seconds (DEFAULT_WAIT_SECONDS), OSError when the folder cannot be written."""
    marker = save_lock_path(target)
    me = LockOwner.me().to_json()
    descriptor, holder = _take(marker, me, DEFAULT_WAIT_SECONDS if wait is None else wait)
    if descriptor is None:
        who = f"{holder.user} on {holder.machine}" if holder else "someone else"
        raise FileBusy(
            f'"{target.name}" is being saved by {who} right now: nothing was written. '
            "Try again in a moment."
        )
    try:
        yield
    finally:
        markers.release(marker, descriptor, me)


@contextlib.contextmanager
def save_lock_if_free(target: Path) -> Iterator[bool]:
    """Hold the save lock if nobody else does right now (True), else go on without it (False)."""
    marker, me = save_lock_path(target), LockOwner.me().to_json()
    try:
        descriptor, _ = _take(marker, me, 0)
    except OSError:  # a read-only folder: nobody saves there anyway
        descriptor = None
    try:
        yield descriptor is not None
    finally:
        if descriptor is not None:
            markers.release(marker, descriptor, me)


def _take(marker: Path, me: str, wait: float) -> tuple[int | None, LockOwner | None]:
    deadline = time.monotonic() + wait
    while True:
        descriptor = markers.create(marker, me)
        if descriptor is not None:
            return descriptor, None
        found = markers.read(marker)
        holder = None if found is None else LockOwner.from_json(found.text)
        if found is not None and _left_behind(found, holder) and markers.remove(marker, found):
            continue
        if time.monotonic() >= deadline:
            return None, holder
        time.sleep(_PAUSE_SECONDS)


def _left_behind(found: markers.Found, holder: LockOwner | None) -> bool:
    if holder is None:  # garbled; unless it is an empty one still being written
        return bool(found.text) or time.time() - found.modified > _BEING_WRITTEN_SECONDS
    return holder.liveness(SAVE_LOCK_OLD) is not Liveness.ALIVE
