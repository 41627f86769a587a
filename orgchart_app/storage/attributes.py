"""What a save keeps of the file it replaces: mode, owner and group, extended attributes (POSIX
ACLs among them); and the swap itself, which on Windows keeps the file's identity and ACLs.

The new version is a new file, so everything that belonged to the old one must be put on it
before it takes the old one's place: a team's 0664 proposal must not become 0600 after a save.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from pathlib import Path

# The mode of a file the program makes itself; the user's umask takes bits away as usual.
_NEW_FILE_MODE = 0o666
_NOT_PERMITTED = (
    errno.EPERM,
    errno.EACCES,
    errno.ENOTSUP,
    errno.EOPNOTSUPP,
    errno.EINVAL,
    errno.ENODATA,
    errno.ENOENT,
)


def create_like(temporary: Path, target: Path) -> None:
    """Create the empty file `temporary` with `target`'s mode, owner, group and extended
    attributes (the usual mode for a new file when there is no `target`), before any data is
    written into it: at no moment does it let anyone read what the file itself would not."""
    try:
        original = target.stat()
    except FileNotFoundError:
        original = None
    mode = _NEW_FILE_MODE if original is None else stat.S_IMODE(original.st_mode)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode & 0o777)
    try:
        if original is not None and os.name != "nt":
            _give_owner(descriptor, original)
            os.fchmod(descriptor, mode)  # after chown, which may clear set-id bits
            _copy_extended_attributes(target, descriptor)
    finally:
        os.close(descriptor)


def _give_owner(descriptor: int, original: os.stat_result) -> None:
    # Only root may give a file away; anyone may keep a group they are in. Neither is an error.
    for owner in ((original.st_uid, original.st_gid), (-1, original.st_gid)):
        try:
            os.fchown(descriptor, *owner)
            return
        except OSError as error:
            if error.errno not in _NOT_PERMITTED:
                raise


def _copy_extended_attributes(target: Path, descriptor: int) -> None:
    """Linux keeps ACLs (system.posix_acl_access) and labels as extended attributes."""
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(target)
    except OSError:
        return
    for name in names:
        with contextlib.suppress(OSError):  # security.* needs privileges we may not have
            os.setxattr(descriptor, name, os.getxattr(target, name))


def swap(temporary: Path, target: Path) -> None:
    """Put `temporary` in `target`'s place in one step."""
    if sys.platform == "win32" and target.exists():
        _replace_file_windows(temporary, target)
    else:
        os.replace(temporary, target)


def _replace_file_windows(temporary: Path, target: Path) -> None:
    """ReplaceFileW keeps the target's identity: its ACLs, owner, attributes, creation time and
    alternate streams, which a rename would take from the new file instead."""
    # Under this test the type checker knows ctypes.windll (Windows only) exists.
    if sys.platform == "win32":
        import ctypes

        ignore_merge_errors = 0x2
        replace_file = ctypes.windll.kernel32.ReplaceFileW
        if not replace_file(str(target), str(temporary), None, ignore_merge_errors, None, None):
            error = ctypes.GetLastError()
            raise OSError(None, ctypes.FormatError(error), str(target), error)


def fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not possible on every platform or file system.
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
