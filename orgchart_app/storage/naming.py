"""Names of the short-lived files we make beside a proposal, and whether their writer is gone.

Every such file carries its writer in its name: `PID-HOST-RANDOM`, HOST being identity.host_tag()
(`.budget.sqlite.4242-0a7c9cdf-5e1f00aa.saving`). A file whose writer has ended (or whose process
id now belongs to a process started after the file was last written) is left over from a crash,
and the next open or save removes it. Another machine's process cannot be asked, so its files are
removed once they are older than any save could take.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from pathlib import Path

from orgchart_app.storage.identity import host_tag, process_alive, process_started

# No save takes this long; a file of another machine's writer this old was left by a crash.
OTHER_MACHINE_GRACE = dt.timedelta(hours=12)
_TOKEN = r"(?P<pid>\d{1,10})-(?P<host>[0-9a-f]{8})-[0-9a-f]{8}"
# The temporary file of a save, and the staging names of the backup and the lock markers.
_PATTERNS = (
    re.compile(rf"^\.(?P<name>.+)\.{_TOKEN}\.saving$"),
    re.compile(rf"^\.~(?P<name>.+)\.(previous|orgchart-lock|orgchart-save-lock)\.{_TOKEN}$"),
)


def token() -> str:
    """This process's part of a new file's name: PID-HOST-RANDOM."""
    # os.urandom is what secrets.token_hex reads, without importing secrets (and hmac) at start.
    return f"{os.getpid()}-{host_tag()}-{os.urandom(4).hex()}"


def temporary_name(target: Path) -> Path:
    """Where a save writes the new version of `target` before swapping it in."""
    return target.with_name(f".{target.name}.{token()}.saving")


def backup_path(path: Path) -> Path:
    """Where the previous version is kept while a save replaces `path`."""
    return path.with_name(f".~{path.name}.previous")


def staging_name(final: Path) -> Path:
    """Where a marker or backup is made whole before it is linked or renamed to `final`."""
    return final.with_name(f"{final.name}.{token()}")


def remove_stale(folder: Path, of: str | None = None) -> int:
    """Remove our short-lived files in `folder` (of the proposal named `of`, or of any) whose
    writer is gone; returns how many went. Never raises: tidying must not stop an open."""
    removed = 0
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if _is_stale(path, of):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
    return removed


def _is_stale(path: Path, of: str | None) -> bool:
    for pattern in _PATTERNS:
        match = pattern.match(path.name)
        if match and (of is None or match["name"] == of):
            try:
                written = path.lstat().st_mtime
            except OSError:
                return False
            return writer_gone(int(match["pid"]), match["host"], written)
    return False


def writer_gone(pid: int, host: str, written: float) -> bool:
    """Whether the process that last wrote a file at `written` (epoch seconds) has ended."""
    if host != host_tag():
        age = dt.datetime.now(dt.UTC).timestamp() - written
        return age > OTHER_MACHINE_GRACE.total_seconds()
    if not process_alive(pid):
        return True
    started = process_started(pid)
    # The id was reused: this process started after the file was written, so it did not write it.
    return started is not None and started > written + 1
