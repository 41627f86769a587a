"""A save keeps what the file was: mode, group, owner, extended attributes and ACLs, symlinks."""

from __future__ import annotations

import os
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from orgchart_app.storage import open_proposal, save_proposal
from tests.storage.helpers import REPO, child, ended, large_proposal

ACL_ACCESS = "system.posix_acl_access"


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    target = tmp_path / "team" / "shared.sqlite"
    target.parent.mkdir()
    save_proposal(large_proposal("Original", 5), target)
    return target


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_team_readable_file_stays_team_readable(shared: Path) -> None:
    shared.chmod(0o664)
    save_proposal(large_proposal("New", 5), shared)
    assert mode(shared) == 0o664
    shared.chmod(0o640)
    save_proposal(large_proposal("Newer", 5), shared)
    assert mode(shared) == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_owner_and_group_are_kept(shared: Path) -> None:
    os.chown(shared, 1234, 2345)
    shared.chmod(0o660)
    save_proposal(large_proposal("New", 5), shared)
    status = shared.stat()
    assert (status.st_uid, status.st_gid, mode(shared)) == (1234, 2345, 0o660)


def test_extended_attributes_and_the_access_list_are_kept(shared: Path) -> None:
    os.setxattr(shared, "user.department", b"Adult Social Care")
    # An access list giving user 1234 read and write, as setfacl -m u:1234:rw writes it.
    entries = [
        (0x01, 6, 0xFFFFFFFF),
        (0x02, 6, 1234),
        (0x04, 4, 0xFFFFFFFF),
        (0x10, 6, 0xFFFFFFFF),
        (0x20, 4, 0xFFFFFFFF),
    ]
    acl = struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *entry) for entry in entries)
    try:
        os.setxattr(shared, ACL_ACCESS, acl)
    except OSError:
        acl = b""  # this file system keeps no access lists: the user attribute still counts
    before = mode(shared)
    save_proposal(large_proposal("New", 5), shared)
    assert os.getxattr(shared, "user.department") == b"Adult Social Care"
    if acl:
        assert os.getxattr(shared, ACL_ACCESS) == acl
    assert mode(shared) == before


def test_saving_through_a_symlink_updates_the_real_file(shared: Path, tmp_path: Path) -> None:
    link = tmp_path / "shortcut.sqlite"
    link.symlink_to(shared)
    save_proposal(large_proposal("Through the link", 5), link)
    assert link.is_symlink() and link.resolve() == shared
    assert open_proposal(shared).proposal.info.title == "Through the link"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shortcut.sqlite", "team"]
    assert sorted(p.name for p in shared.parent.iterdir()) == ["shared.sqlite"]


def test_the_temporary_file_has_the_final_permissions_from_the_start(shared: Path) -> None:
    """A save killed while writing leaves its temporary file exactly as it was at that moment."""
    shared.chmod(0o664)
    assert ended(child("exit-at", "writing", shared, "New", 1000)) == 3
    (temporary,) = shared.parent.glob(".shared.sqlite.*.saving")
    assert mode(temporary) == 0o664


def test_a_new_file_gets_the_usual_mode_for_new_files(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        save_proposal(large_proposal("New", 5), tmp_path / "new.sqlite")
    finally:
        os.umask(old)
    assert mode(tmp_path / "new.sqlite") == 0o644


def test_import_makes_a_file_colleagues_can_read(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text(
        "Post number,Job title,Reports to\nP1,Director,\nP2,Manager,P1\n", encoding="utf-8"
    )
    output = tmp_path / "out.sqlite"
    program = "import os, sys\nos.umask(0o002)\nfrom orgchart_app.cli import main\nsys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", program, "import", str(source), "-o", str(output)]
    result = subprocess.run(
        command,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert mode(output) == 0o664
