"""Tidy beside a proposal after crashes: what a killed save left goes at the next open or save.

Removed: temporary files and staging names of writers that are gone (naming.py), and the kept
previous version once the file it was kept for is readable and newer. Kept: anything a
live writer is using, and a previous version when the file itself is missing or older (the
reader then points the user at it).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from orgchart_app.storage.meta import read_meta
from orgchart_app.storage.naming import backup_path, remove_stale
from orgchart_app.storage.savelock import save_lock_if_free


def tidy(target: Path) -> None:
    """Remove what crashed saves left beside `target` (which is resolved: no symlink). Never raises."""
    remove_stale(target.parent, target.name)
    with save_lock_if_free(target) as nobody_saving:
        if nobody_saving:
            remove_spent_backup(target)


def remove_spent_backup(target: Path) -> None:
    """Remove `target`'s kept previous version if the file no longer needs it. Call it holding
    the save lock, so that it is not the backup of a save under way."""
    backup = backup_path(target)
    try:
        kept, current = backup.stat(), target.stat()
    except OSError:
        return
    if current.st_ino == kept.st_ino or _at_least_as_new(target, current, kept):
        with contextlib.suppress(OSError):
            backup.unlink()


def _at_least_as_new(target: Path, current: os.stat_result, kept: os.stat_result) -> bool:
    # The backup keeps the previous file's time (a link is that file; a copy keeps its time), so
    # a readable target written later is the new version, complete: the backup has done its job.
    if "revision" not in read_meta(target):
        return False  # the file cannot be read: the backup may be all there is
    return current.st_mtime_ns >= kept.st_mtime_ns
