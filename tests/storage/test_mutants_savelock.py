"""The save lock and the tidying after crashes, checked directly on files in tmp_path.

test_leftovers.py and test_lock_races.py reach these through killed saves and racing processes;
these plant one marker or one kept version at a time, so each rule is pinned on its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage import FileBusy
from orgchart_app.storage.leftovers import remove_spent_backup, tidy
from orgchart_app.storage.naming import backup_path
from orgchart_app.storage.savelock import save_lock, save_lock_if_free, save_lock_path
from tests.storage.helpers import crafted


def _ended_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _plant(target: Path, *, machine: str, pid: int, since: dt.datetime) -> Path:
    marker = save_lock_path(target)
    marker.write_text(
        json.dumps(
            {"user": "Alex Smith", "machine": machine, "pid": pid, "since": since.isoformat()}
        ),
        encoding="utf-8",
    )
    return marker


def _busy(target: Path) -> str:
    with pytest.raises(FileBusy) as busy, save_lock(target, wait=0.05):
        pass
    return str(busy.value)


def test_the_save_lock_is_a_marker_beside_the_file_while_held(tmp_path: Path) -> None:
    target = tmp_path / "plan.sqlite"
    marker = tmp_path / ".~plan.sqlite.orgchart-save-lock"
    assert save_lock_path(target) == marker
    with save_lock(target):
        record = json.loads(marker.read_text(encoding="utf-8"))
        assert record["pid"] == os.getpid()
        assert record["machine"] == socket.gethostname()
    assert not marker.exists()


def test_a_save_lock_held_elsewhere_names_who_holds_it(tmp_path: Path) -> None:
    target = tmp_path / "plan.sqlite"
    _plant(target, machine="LAPTOP-12", pid=4242, since=dt.datetime.now(dt.UTC))
    started = time.monotonic()
    assert _busy(target) == (
        '"plan.sqlite" is being saved by Alex Smith on LAPTOP-12 right now: nothing was '
        "written. Try again in a moment."
    )
    assert 0.05 <= time.monotonic() - started < 5
    assert save_lock_path(target).exists()


def test_a_save_lock_held_by_this_process_waits_its_time(tmp_path: Path) -> None:
    target = tmp_path / "plan.sqlite"
    with save_lock(target):
        assert "is being saved by " in _busy(target)
        with save_lock_if_free(target) as free:
            assert not free
    with save_lock_if_free(target) as free:
        assert free
        assert save_lock_path(target).exists()
    assert not save_lock_path(target).exists()


def test_a_save_lock_whose_process_ended_is_taken(tmp_path: Path) -> None:
    target = tmp_path / "plan.sqlite"
    _plant(target, machine=socket.gethostname(), pid=_ended_pid(), since=dt.datetime.now(dt.UTC))
    with save_lock(target, wait=0):
        assert json.loads(save_lock_path(target).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_a_save_lock_held_longer_than_any_save_takes_is_taken(tmp_path: Path) -> None:
    target = tmp_path / "plan.sqlite"
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=11)
    _plant(target, machine="LAPTOP-12", pid=4242, since=long_ago)
    with save_lock(target, wait=0):
        assert json.loads(save_lock_path(target).read_text(encoding="utf-8"))["pid"] == os.getpid()
    _plant(target, machine="LAPTOP-12", pid=4242, since=long_ago + dt.timedelta(minutes=2))
    assert "Alex Smith on LAPTOP-12" in _busy(target)


def test_a_garbled_save_lock_is_taken_but_a_young_empty_one_is_waited_for(tmp_path: Path) -> None:
    target = tmp_path / "plan.sqlite"
    save_lock_path(target).write_text("garbled", encoding="utf-8")
    with save_lock(target, wait=0):
        pass
    save_lock_path(target).write_text("", encoding="utf-8")
    assert _busy(target) == (
        '"plan.sqlite" is being saved by someone else right now: nothing was written. '
        "Try again in a moment."
    )
    old = time.time() - 3
    os.utime(save_lock_path(target), (old, old))
    with save_lock(target, wait=0):
        assert save_lock_path(target).read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_written_has_no_save_lock_to_take(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "plan.sqlite"
    with save_lock_if_free(target) as free:
        assert not free
    with pytest.raises(OSError), save_lock(target, wait=0):
        pass


def test_a_failing_block_still_lets_the_save_lock_go(tmp_path: Path) -> None:
    target = tmp_path / "plan.sqlite"
    with pytest.raises(FileRefused), save_lock(target):
        raise FileRefused("no")
    assert not save_lock_path(target).exists()


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    return crafted(tmp_path / "plan.sqlite")


def _keep_copy(target: Path, age_seconds: float) -> Path:
    backup = backup_path(target)
    backup.write_bytes(target.read_bytes())
    moment = target.stat().st_mtime - age_seconds
    os.utime(backup, (moment, moment))
    return backup


def test_a_kept_version_older_than_a_readable_file_goes(saved: Path) -> None:
    backup = _keep_copy(saved, 60)
    remove_spent_backup(saved)
    assert not backup.exists()


def test_a_kept_version_as_new_as_the_file_goes(saved: Path) -> None:
    backup = _keep_copy(saved, 0)
    os.utime(backup, ns=(saved.stat().st_atime_ns, saved.stat().st_mtime_ns))
    remove_spent_backup(saved)
    assert not backup.exists()


def test_a_kept_version_newer_than_the_file_stays(saved: Path) -> None:
    backup = _keep_copy(saved, -60)
    remove_spent_backup(saved)
    assert backup.exists()


def test_a_kept_version_of_an_unreadable_file_stays(saved: Path) -> None:
    backup = _keep_copy(saved, 60)
    saved.write_bytes(b"half a file")
    os.utime(saved, (time.time(), time.time()))
    remove_spent_backup(saved)
    assert backup.exists()


def test_a_kept_version_that_is_the_file_itself_goes(saved: Path) -> None:
    backup = backup_path(saved)
    os.link(saved, backup)
    saved.write_bytes(b"anything")  # same inode either way
    remove_spent_backup(saved)
    assert not backup.exists()


def test_a_kept_version_of_a_missing_file_stays(saved: Path) -> None:
    backup = _keep_copy(saved, 60)
    saved.unlink()
    remove_spent_backup(saved)
    assert backup.exists()


def test_tidying_leaves_the_kept_version_of_a_save_under_way(saved: Path) -> None:
    backup = _keep_copy(saved, 60)
    leftover = saved.with_name(f".plan.sqlite.{_ended_pid()}-00000000-0123abcd.saving")
    leftover.write_bytes(b"x")
    os.utime(leftover, (0, 0))
    with save_lock(saved):
        tidy(saved)
        assert backup.exists()
    assert not leftover.exists()
    tidy(saved)
    assert not backup.exists()


def test_tidying_a_file_leaves_the_leftovers_of_other_files_alone(saved: Path) -> None:
    pid = _ended_pid()
    mine = saved.with_name(f".plan.sqlite.{pid}-00000000-0123abcd.saving")
    theirs = saved.with_name(f".other.sqlite.{pid}-00000000-0123abcd.saving")
    for leftover in (mine, theirs):
        leftover.write_bytes(b"x")
        os.utime(leftover, (0, 0))
    tidy(saved)
    assert not mine.exists()
    assert theirs.exists()


def test_a_save_lock_that_cannot_be_read_is_waited_for(tmp_path: Path) -> None:
    target = tmp_path / "plan.sqlite"
    save_lock_path(target).symlink_to(tmp_path / "nowhere")  # there, yet unreadable
    assert _busy(target) == (
        '"plan.sqlite" is being saved by someone else right now: nothing was written. '
        "Try again in a moment."
    )


def test_a_kept_version_that_cannot_be_removed_is_left_and_tidying_does_not_fail(
    saved: Path,
) -> None:
    # A folder under the kept version's name: older than the file, so due to go, but unlink
    # refuses a folder; tidying never raises (it runs before every open).
    backup = backup_path(saved)
    backup.mkdir()
    moment = saved.stat().st_mtime - 60
    os.utime(backup, (moment, moment))
    tidy(saved)
    assert backup.is_dir()
