"""Marker files two processes can never both hold: the lock beside an open file and the save lock.

A marker is written whole under a staging name, then hard-linked to its final name: link()
fails when the name exists, so of two processes exactly one makes it, and no one ever sees it
empty or half written. Its maker also holds an OS lock on it (flock on POSIX, a byte-range lock
on Windows) for as long as it holds the marker. A marker may only be removed by someone holding
that OS lock, after checking the name still leads to the marker they read: so a marker left by
a crash is removed once, and never someone else's fresh one in its place.

Where the file system has no hard links (FAT, some shares) the marker is created with O_EXCL and
written in one call; where it has no OS locks, markers still work, unguarded against that race.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from orgchart_app.storage.naming import staging_name

MAX_MARKER_BYTES = 4096
_WINDOWS = os.name == "nt"
# Windows locks are mandatory: lock a byte far past the text, so that readers can still read it.
_WINDOWS_LOCK_OFFSET = 2**31 - 2


@dataclass(frozen=True, slots=True)
class Found:
    """A marker as read: its text and which file it was (its inode)."""

    text: str
    inode: int
    modified: float


def create(marker: Path, text: str) -> int | None:
    """Make `marker` with `text`, OS-locked; returns the descriptor holding the lock (close it to
    let go), or None when the marker exists. Raises OSError when the folder cannot be written."""
    failure: OSError | None = None
    with _staged(marker, text) as (staging, descriptor):
        try:
            os.link(staging, marker)
            return descriptor
        except FileExistsError:
            pass
        except OSError as error:  # no hard links here: the one-step fallback below
            failure = error
        os.close(descriptor)
    return None if failure is None else _create_without_links(marker, text, failure)


def _create_without_links(marker: Path, text: str, error: OSError) -> int | None:
    if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
        raise error
    try:
        descriptor = os.open(marker, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return None
    try:
        _try_lock(descriptor)
        os.write(descriptor, text.encode("utf-8"))
    except OSError:
        os.close(descriptor)
        raise
    return descriptor


@contextlib.contextmanager
def _staged(marker: Path, text: str) -> Iterator[tuple[Path, int]]:
    """A file holding `text`, OS-locked, under a staging name beside `marker`: the block gives
    it the marker's name or closes it. Its descriptor is closed if the block fails; the staging
    name is always removed (the file lives on under the marker's name, if it took it)."""
    staging = staging_name(marker)
    descriptor = os.open(staging, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(descriptor, text.encode("utf-8"))
        _try_lock(descriptor)
        yield staging, descriptor
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(descriptor)
        raise
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()


def read(marker: Path) -> Found | None:
    """The marker's text (undecodable bytes replaced), or None when there is none."""
    try:
        with marker.open("rb") as file:
            data = file.read(MAX_MARKER_BYTES)
            status = os.fstat(file.fileno())
        return Found(data.decode("utf-8", errors="replace"), status.st_ino, status.st_mtime)
    except OSError:
        return None


def remove(marker: Path, found: Found) -> bool:
    """Remove `marker` if it is still the one read as `found` and nobody holds its OS lock."""
    try:
        descriptor = os.open(marker, os.O_RDWR)
    except OSError:
        return False
    try:
        still = (
            _try_lock(descriptor)
            and os.fstat(descriptor).st_ino == found.inode
            and os.stat(marker).st_ino == found.inode
        )
    except OSError:
        still = False
    _unlink_and_close(marker, descriptor, still)
    return still


def replace(marker: Path, text: str, found: Found) -> int | None:
    """Put a new marker with `text` in place of the one read as `found` (a take-over the user
    chose); None if the marker changed meanwhile."""
    with _staged(marker, text) as (staging, descriptor):
        current = read(marker)
        if current is not None and current.inode == found.inode:
            os.replace(staging, marker)
            return descriptor
        os.close(descriptor)
    return None


def release(marker: Path, descriptor: int, text: str) -> None:
    """Remove our marker (only if the name still leads to it, still saying `text`) and let go
    of its OS lock."""
    try:
        current = read(marker)
        ours = (
            current is not None
            and current.inode == os.fstat(descriptor).st_ino
            and current.text == text
        )
    except OSError:
        ours = False
    _unlink_and_close(marker, descriptor, ours)


def _unlink_and_close(marker: Path, descriptor: int, unlink: bool) -> None:
    # POSIX: unlink while still holding the lock. Windows cannot remove an open file: close
    # first (a marker's JSON still says its owner is alive, so nobody takes it meanwhile).
    if _WINDOWS:
        os.close(descriptor)
    if unlink:
        with contextlib.suppress(OSError):
            marker.unlink()
    if not _WINDOWS:
        os.close(descriptor)


def _try_lock(descriptor: int) -> bool:
    """Take the OS lock; False when someone else holds it. True where there are no OS locks."""
    try:
        # sys.platform (as _WINDOWS, os.name == "nt"): the type checker knows msvcrt's calls under it.
        if sys.platform == "win32":
            import msvcrt

            os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            os.lseek(descriptor, 0, os.SEEK_SET)
        else:
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        return False
    except OSError as error:
        # ENOLCK, EOPNOTSUPP...: this file system keeps no locks, so nobody holds one.
        return error.errno not in (errno.EAGAIN, errno.EACCES, errno.EDEADLK)
    return True
