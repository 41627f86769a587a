"""attributes.py directly: who owns a new version, and what may fail quietly (issue 24)."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from orgchart_app.storage.attributes import create_like, fsync_directory

# A colleague who may save a team's file but not own it: not root, in the file's group only.
COLLEAGUE_UID = 65534
TEAM_GID = 4321


def _as_colleague(temporary: Path, target: Path) -> int:
    """create_like in a child process that has become the colleague; its exit status (0: done;
    1: create_like raised). Forked, not started afresh: root's Python is not theirs to run."""
    child = os.fork()
    if child == 0:
        status = 1
        try:
            os.setgroups([TEAM_GID])
            os.setgid(COLLEAGUE_UID)
            os.setuid(COLLEAGUE_UID)
            create_like(temporary, target)
            status = 0
        finally:
            os._exit(status)
    return os.waitstatus_to_exitcode(os.waitpid(child, 0)[1])


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder anyone may write (tmp_path's parents are root's own, closed to others)."""
    folder = Path(tempfile.mkdtemp(prefix="orgchart-shared-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder)


def test_a_colleague_in_the_files_group_saves_a_version_with_its_group_mode_and_attributes(
    shared_folder: Path,
) -> None:
    target = shared_folder / "plan.sqlite"
    target.write_bytes(b"the team's file")
    target.chmod(0o664)
    os.setxattr(target, "user.team", b"commissioning")
    if os.geteuid() == 0:
        # Owned by root, in the team's group: the colleague cannot give the new version to root
        # (the first fchown fails), and keeps the group (the second, which only sets the group).
        os.chown(target, 0, TEAM_GID)
        # A label only the privileged may set: the colleague's copy goes without it, quietly.
        os.setxattr(target, "security.orgchart", b"label")
        # IT's own save (root, here in this process) keeps the owner and the label as well.
        create_like(shared_folder / "by-it", target)
        by_it = (shared_folder / "by-it").stat()
        assert (by_it.st_uid, by_it.st_gid, stat.S_IMODE(by_it.st_mode)) == (0, TEAM_GID, 0o664)
        assert sorted(os.listxattr(shared_folder / "by-it")) == ["security.orgchart", "user.team"]
        assert _as_colleague(shared_folder / "new", target) == 0
        expected = (COLLEAGUE_UID, TEAM_GID)
    else:  # not root: we are that colleague, and cannot stage another owner
        create_like(shared_folder / "new", target)
        expected = (os.geteuid(), target.stat().st_gid)
    made = (shared_folder / "new").stat()
    assert (made.st_uid, made.st_gid) == expected
    assert stat.S_IMODE(made.st_mode) == 0o664
    assert os.listxattr(shared_folder / "new") == ["user.team"]
    assert os.getxattr(shared_folder / "new", "user.team") == b"commissioning"


def test_a_folder_that_cannot_be_synced_is_passed_over(tmp_path: Path) -> None:
    # Some file systems cannot fsync a folder (or open it at all); the save does not fail for it.
    fsync_directory(tmp_path / "gone")
    fsync_directory(tmp_path)
    assert list(tmp_path.iterdir()) == []
