"""Tells whether a proposal file changed on disk since it was opened, so nobody's save is lost.

A FileStamp is taken when a file is opened (OpenedFile.stamp, or FileStamp.of(path)); before
saving over the file, changed_since(stamp) says in one sentence whether someone else saved it
since, and save_unless_changed() refuses with FileChanged unless told to overwrite.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.identity import parse_moment, when_text
from orgchart_app.storage.meta import read_meta, revision_number


class FileChanged(FileRefused):
    """The file was changed on disk since it was opened; the message says by whom and when."""


@dataclasses.dataclass(frozen=True, slots=True)
class FileStamp:
    """What a file looked like when it was read: its revision counter, size and modification time."""

    path: Path
    size: int
    mtime_ns: int
    # proposal_meta's revision (counted up by every save); 0 when it cannot be read.
    revision: int

    @classmethod
    def of(cls, path: str | Path) -> FileStamp:
        """The stamp of the file as it is now; raises FileNotFoundError when there is none."""
        path = Path(path)
        status = path.stat()
        revision = revision_number(read_meta(path).get("revision"))
        return cls(path, status.st_size, status.st_mtime_ns, revision)

    def same_file_as(self, other: FileStamp) -> bool:
        return (self.size, self.mtime_ns, self.revision) == (
            other.size,
            other.mtime_ns,
            other.revision,
        )


def changed_since(stamp: FileStamp) -> str | None:
    """None when the file is as it was when stamped, else one sentence saying what happened."""
    name = stamp.path.name
    try:
        now = FileStamp.of(stamp.path)
    except FileNotFoundError:
        return f'"{name}" has been moved or deleted since you opened it.'
    except OSError as error:
        return f'"{name}" cannot be checked ({error.strerror or error}): it may have changed.'
    if now.same_file_as(stamp):
        return None
    meta = read_meta(stamp.path)
    who = meta.get("saved_by") or "someone"
    saved_at = parse_moment(meta.get("saved_at"))
    if now.revision != stamp.revision and saved_at is not None:
        return (
            f'"{name}" has changed on disk since you opened it: {who} saved it at '
            f"{when_text(saved_at)}."
        )
    return f'"{name}" has changed on disk since you opened it (another program or person saved it).'


def save_unless_changed(
    proposal: Proposal, path: str | Path, stamp: FileStamp | None, *, force: bool = False
) -> tuple[ProposalInfo, FileStamp]:
    """Save over `path` unless it changed since `stamp` (raises FileChanged) or `force` is set.

    `stamp` is None for a file the user did not open (Save As to a new name). Returns the saved
    info (the proposal's new revision) and the stamp to check the next save against.
    """
    # Here, not at the top: the writer loads SQLModel, which opening a file does not need.
    from orgchart_app.storage.writer import new_version

    path = Path(path)
    info = dataclasses.replace(proposal.info, revision=proposal.info.revision + 1)
    with new_version(proposal, info, path) as version, version.locked():
        # Under the save lock, so no other save can come between the check, the swap and the
        # new stamp: an overlapping save waits, then finds this one's version and is refused.
        if stamp is not None and not force:
            change = changed_since(stamp)
            if change is not None:
                raise FileChanged(change)
        version.swap_in()
        return info, FileStamp.of(path)
