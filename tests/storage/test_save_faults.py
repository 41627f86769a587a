"""Save under faults, the hard way: killed mid-save, a full disk, a read-only folder, two writers."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from orgchart_app.domain import FileRefused
from orgchart_app.storage import backup_path, open_proposal, save_proposal
from tests.storage.helpers import (
    child,
    digest,
    ended,
    large_proposal,
    mounted,
    read_only,
    same_content,
)

POSTS = 3000  # a save of this size takes a few tenths of a second: long enough to interrupt


def leftovers(folder: Path, keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


@pytest.fixture
def original(tmp_path: Path) -> Path:
    target = tmp_path / "shared.sqlite"
    save_proposal(large_proposal("Original", 50), target)
    return target


@pytest.mark.parametrize("point", ["writing", "before-backup", "before-replace"])
def test_a_save_killed_before_the_replace_leaves_the_original_byte_for_byte(
    original: Path, point: str
) -> None:
    before = digest(original)
    assert ended(child("exit-at", point, original, "New", POSTS)) == 3
    assert digest(original) == before
    assert same_content(open_proposal(original).proposal, large_proposal("Original", 50))


def test_a_save_killed_just_before_the_replace_has_kept_the_previous_version(
    original: Path,
) -> None:
    before = digest(original)
    assert ended(child("exit-at", "before-replace", original, "New", POSTS)) == 3
    # The backup is the previous version, complete, in case the rename had not been atomic.
    assert digest(backup_path(original)) == before


@pytest.mark.parametrize("point", ["after-replace", "before-backup-removed"])
def test_a_save_killed_after_the_replace_leaves_the_new_version_complete(
    original: Path, point: str
) -> None:
    assert ended(child("exit-at", point, original, "New", POSTS)) == 3
    assert same_content(open_proposal(original).proposal, large_proposal("New", POSTS))


def test_saves_killed_at_random_moments_always_leave_one_complete_version(tmp_path: Path) -> None:
    """SIGKILL (no cleanup at all) a process saving two proposals in turn, at varied moments."""
    target = tmp_path / "shared.sqlite"
    versions = {"A": large_proposal("A", POSTS), "B": large_proposal("B", POSTS)}
    save_proposal(versions["A"], target)
    delays = random.Random(8).sample([d / 100 for d in range(5, 120)], 6)
    for delay in delays:
        process = child("loop", target, POSTS)
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        ended(process)
        opened = open_proposal(target).proposal
        assert any(same_content(opened, version) for version in versions.values()), delay


def test_a_backup_already_linked_to_the_file_leaves_no_spare_name(tmp_path: Path) -> None:
    """A racing save (or a crash) can leave the kept backup as another name of this very file;
    rename() then does nothing, and the save must still leave only the proposal behind."""
    target = tmp_path / "shared.sqlite"
    save_proposal(large_proposal("Start", 10), target)
    os.link(target, backup_path(target))
    save_proposal(large_proposal("Next", 10), target)
    assert leftovers(tmp_path, target.name) == []
    assert same_content(open_proposal(target).proposal, large_proposal("Next", 10))


def test_two_processes_saving_the_same_file_leave_one_whole_proposal(tmp_path: Path) -> None:
    target = tmp_path / "shared.sqlite"
    save_proposal(large_proposal("Start", 10), target)
    racers = [child("repeat", target, title, POSTS // 3, 8) for title in ("Alex", "Sam")]
    for racer in racers:
        assert ended(racer) == 0
    opened = open_proposal(target).proposal
    assert any(same_content(opened, large_proposal(t, POSTS // 3)) for t in ("Alex", "Sam"))
    assert leftovers(tmp_path, target.name) == []  # no temporary files, no backups left behind


# --- a full disk ---------------------------------------------------------------------------


def test_a_save_on_a_full_disk_is_refused_and_leaves_the_original(tmp_path: Path) -> None:
    """A real 192 KiB tmpfs filled by the save (ENOSPC). Where this machine does not allow
    mounting (not root), the same save runs in a child process whose RLIMIT_FSIZE stops the
    file growing (EFBIG), which is how a full disk looks to the writer."""
    small = tmp_path / "small"
    with mounted(small, "-t", "tmpfs", "-o", "size=192k", "tmpfs") as is_tmpfs:
        target = small / "shared.sqlite"
        save_proposal(large_proposal("Original", 10), target)
        before = digest(target)
        if is_tmpfs:
            with pytest.raises(FileRefused) as refused:
                save_proposal(large_proposal("Too big", POSTS), target)
            message = str(refused.value)
            assert "the disk is full" in message
        else:
            message = _save_with_file_size_limit(target, 200_000)
        assert message.startswith('Could not save "shared.sqlite"')
        assert "Nothing on disk was changed" in message
        assert digest(target) == before
        assert leftovers(small, target.name) == []
        assert open_proposal(target).proposal.info.title == "Original"


def _save_with_file_size_limit(target: Path, limit: int) -> str:
    process = child("rlimit", target, limit, POSTS)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1, err
    return out.strip()


def test_a_save_past_the_file_size_limit_is_refused_and_leaves_the_original(tmp_path: Path) -> None:
    """RLIMIT_FSIZE in a child process: writes past it fail with EFBIG, like a full disk."""
    target = tmp_path / "shared.sqlite"
    save_proposal(large_proposal("Original", 10), target)
    before = digest(target)
    message = _save_with_file_size_limit(target, 200_000)
    # SQLite reports EFBIG as a write error (SQLITE_IOERR_WRITE), not as SQLITE_FULL.
    assert message.startswith('Could not save "shared.sqlite": the drive could not be written')
    assert digest(target) == before
    assert leftovers(tmp_path, target.name) == []


# --- a read-only folder ---------------------------------------------------------------------


def test_a_save_into_a_read_only_folder_is_refused_and_leaves_the_original(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    target = folder / "shared.sqlite"
    save_proposal(large_proposal("Original", 10), target)
    before = digest(target)
    with read_only(folder) as how:
        with pytest.raises(FileRefused) as refused:
            save_proposal(large_proposal("New", 10), target)
        expected = "the folder is read-only" if how == "mount" else "you are not allowed to write"
        assert expected in str(refused.value), how
        assert open_proposal(target).proposal.info.title == "Original"  # still opens there
    assert digest(target) == before
    assert leftovers(folder, target.name) == []


def test_a_save_into_a_folder_that_has_gone_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="the folder no longer exists"):
        save_proposal(large_proposal("New", 1), tmp_path / "unplugged" / "shared.sqlite")


def test_a_successful_save_leaves_no_backup_or_temporary_file(original: Path) -> None:
    save_proposal(large_proposal("New", 10), original)
    assert leftovers(original.parent, original.name) == []
    assert open_proposal(original).proposal.info.title == "New"


def test_a_file_lost_mid_save_points_at_its_previous_version(original: Path) -> None:
    """Where a network share's rename is not atomic, a crash can leave only the backup."""
    assert ended(child("exit-at", "before-replace", original, "New", POSTS)) == 3
    original.unlink()
    with pytest.raises(
        FileRefused, match=r'its previous version was kept as "\.~shared\.sqlite\.previous"'
    ):
        open_proposal(original)
    backup_path(original).rename(original)
    assert open_proposal(original).proposal.info.title == "Original"
