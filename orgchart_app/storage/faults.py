"""Says in plain words why writing a file failed: a full disk, a read-only folder, a lost drive."""

from __future__ import annotations

import errno
import sqlite3

_FULL = "the disk is full"
_READ_ONLY = "the folder is read-only"
_NOT_ALLOWED = "you are not allowed to write in that folder (or another program has the file open)"
_IN_USE = "another program has the file open"
_GONE = "the folder no longer exists (a network drive may have been disconnected)"
_UNREACHABLE = "the drive could not be written (a disk error, or a network drive dropped)"

_BY_ERRNO = {
    errno.ENOSPC: _FULL,
    errno.EDQUOT: "your disk quota is used up",
    errno.EFBIG: "the file grew past the size the disk allows (the disk is full or a size limit was reached)",
    errno.EROFS: _READ_ONLY,
    errno.EACCES: _NOT_ALLOWED,
    errno.EPERM: _NOT_ALLOWED,
    errno.ENOENT: _GONE,
    errno.ENOTDIR: _GONE,
    errno.EBUSY: _IN_USE,
    errno.ETXTBSY: _IN_USE,
    errno.EIO: _UNREACHABLE,
    errno.ESTALE: _UNREACHABLE,
    errno.ENETDOWN: _UNREACHABLE,
    errno.ENETUNREACH: _UNREACHABLE,
    errno.EHOSTDOWN: _UNREACHABLE,
    errno.EHOSTUNREACH: _UNREACHABLE,
    errno.ECONNRESET: _UNREACHABLE,
    errno.ENOTCONN: _UNREACHABLE,
    errno.ETIMEDOUT: _UNREACHABLE,
}

# Windows reports sharing violations (another program has the file open) by its own codes.
_BY_WINERROR = {
    5: _NOT_ALLOWED,
    32: _IN_USE,
    33: _IN_USE,
    53: _GONE,
    64: _UNREACHABLE,
    67: _GONE,
    112: _FULL,
    1231: _UNREACHABLE,
}

# SQLite's primary result codes (the low byte of an extended code).
_BY_SQLITE_CODE = {
    3: _NOT_ALLOWED,  # SQLITE_PERM
    5: _IN_USE,  # SQLITE_BUSY
    6: _IN_USE,  # SQLITE_LOCKED
    8: _READ_ONLY,  # SQLITE_READONLY
    10: _UNREACHABLE,  # SQLITE_IOERR
    13: _FULL,  # SQLITE_FULL
    14: "the file could not be created there",  # SQLITE_CANTOPEN
}


def describe_failure(error: BaseException) -> str:
    """What went wrong, as the end of "Could not save "x.sqlite": ..."."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _BY_SQLITE_CODE:
            return _BY_SQLITE_CODE[code & 0xFF]
        return str(error) or type(error).__name__
    if isinstance(error, OSError):
        winerror = getattr(error, "winerror", None)
        if winerror in _BY_WINERROR:
            return _BY_WINERROR[winerror]
        if error.errno in _BY_ERRNO:
            return _BY_ERRNO[error.errno]
        return (error.strerror or str(error)).rstrip(".").lower() or type(error).__name__
    return str(error) or type(error).__name__
