"""Nothing left behind: temporary files of writers that died go at the next open or save, and
the recovery folder keeps only whole recoveries that are still wanted, for a limited time."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
import subprocess
import time
from pathlib import Path

import psutil
import pytest

from orgchart_app.samples import build_bury
from orgchart_app.storage import (
    FileBusy,
    FileChanged,
    RecoverySlot,
    acquire_lock,
    backup_path,
    list_recovery,
    open_proposal,
    save_proposal,
    save_unless_changed,
    savelock,
)
from orgchart_app.storage.savelock import save_lock
from tests.storage.helpers import child, ended, large_proposal
from tests.storage.trials import kills_during_autosave, kills_during_save

HOST = hashlib.sha1(socket.gethostname().encode()).hexdigest()[:8]


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    target = tmp_path / "shared.sqlite"
    save_proposal(large_proposal("Original", 5), target)
    return target


def others(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.iterdir() if p != target)


def temporary(target: Path, pid: int, host: str = HOST, age: float = 0) -> Path:
    """A temporary file named as the writer names them (docs/FILE_FORMAT.md)."""
    path = target.with_name(f".{target.name}.{pid}-{host}-0123abcd.saving")
    path.write_bytes(b"SQLite format 3\x00 half written")
    os.utime(path, (time.time() - age, time.time() - age))
    return path


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


@pytest.mark.parametrize("point", ["writing", "before-replace"])
def test_the_next_open_removes_what_a_killed_save_left(shared: Path, point: str) -> None:
    assert ended(child("exit-at", point, shared, "New", 1000)) == 3
    assert others(shared) != []
    acquire_lock(shared).release()
    assert others(shared) == []


def test_the_next_save_removes_what_a_killed_save_left(shared: Path) -> None:
    assert ended(child("exit-at", "writing", shared, "New", 1000)) == 3
    save_proposal(large_proposal("Next", 5), shared)
    assert others(shared) == []


def test_a_live_writers_file_is_left_alone(shared: Path) -> None:
    alive = temporary(shared, os.getpid())
    far = temporary(shared, 4242, host="0badc0de", age=3600)  # another machine's, an hour old
    acquire_lock(shared).release()
    assert alive.exists() and far.exists()


def test_files_of_writers_that_are_gone_are_removed(shared: Path) -> None:
    dead = temporary(shared, dead_pid())
    # Our parent process stands for a reused id: alive, but started after the file was written.
    reused = temporary(
        shared, os.getppid(), age=time.time() - psutil.Process(os.getppid()).create_time() + 60
    )
    abandoned = temporary(shared, 4242, host="0badc0de", age=13 * 3600)
    acquire_lock(shared).release()
    assert not dead.exists() and not reused.exists() and not abandoned.exists()


def test_a_kept_previous_version_goes_once_the_file_is_whole(shared: Path) -> None:
    assert ended(child("exit-at", "before-backup-removed", shared, "New", 1000)) == 3
    assert backup_path(shared).exists()
    acquire_lock(shared).release()
    assert others(shared) == []


def test_twenty_kills_during_save_leave_nothing_after_the_next_open(tmp_path: Path) -> None:
    counts = kills_during_save(tmp_path, kills=20)
    assert counts.bad == 0, counts


def test_kills_during_autosave_leave_only_whole_recoveries(tmp_path: Path) -> None:
    counts = kills_during_autosave(tmp_path, kills=8)
    assert counts.bad == 0, counts


# --- the recovery folder ----------------------------------------------------------------------


def backdate(meta: Path, days: float, pid: int | None = None) -> None:
    record = json.loads(meta.read_text(encoding="utf-8"))
    record["saved_at"] = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat()
    if pid is not None:
        record["pid"] = pid
    meta.write_text(json.dumps(record), encoding="utf-8")


def test_old_recoveries_are_pruned(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    old = RecoverySlot.for_document(None, folder)
    old.write(build_bury())
    backdate(old.meta_path, days=40, pid=dead_pid())
    recent = RecoverySlot.for_document(None, folder)
    recent.write(build_bury())
    backdate(recent.meta_path, days=2, pid=dead_pid())
    assert [entry.data_path for entry in list_recovery(folder)] == [recent.data_path]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [recent.data_path.name, recent.meta_path.name]
    )


def test_a_recovery_that_matches_its_saved_file_is_no_longer_kept(tmp_path: Path) -> None:
    source = tmp_path / "bury.sqlite"
    save_proposal(build_bury(), source)
    slot = RecoverySlot.for_document(source, tmp_path / "recovery")
    slot.write(build_bury())
    backdate(slot.meta_path, days=0, pid=dead_pid())
    assert list_recovery(tmp_path / "recovery") == []
    assert list((tmp_path / "recovery").iterdir()) == []


def test_stray_files_in_the_recovery_folder_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    slot = RecoverySlot.for_document(None, folder)
    slot.write(build_bury())
    backdate(slot.meta_path, days=0, pid=dead_pid())
    half = temporary(folder / "x-0123456789ab.sqlite", dead_pid())
    orphan = folder / "y-0123456789ab.sqlite"  # its description never got written
    orphan.write_bytes(b"SQLite format 3\x00")
    os.utime(orphan, (time.time() - 7200, time.time() - 7200))
    lonely = folder / "z-0123456789ab.json"  # its copy was removed
    lonely.write_text(
        json.dumps({"saved_at": "2026-01-01T00:00:00+00:00", "machine": "m", "pid": 1})
    )
    garbled = folder / "w-0123456789ab.json"
    garbled.write_text("{not json")
    os.utime(garbled, (time.time() - 7200, time.time() - 7200))
    (entry,) = list_recovery(folder)
    assert entry.data_path == slot.data_path
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [slot.data_path.name, slot.meta_path.name]
    )
    assert (
        not half.exists() and not orphan.exists() and not lonely.exists() and not garbled.exists()
    )


def test_a_save_refused_for_a_conflict_leaves_nothing(shared: Path) -> None:
    mine = open_proposal(shared)
    save_proposal(large_proposal("Theirs", 5), shared)
    with pytest.raises(FileChanged):
        save_unless_changed(mine.proposal, shared, mine.stamp)
    assert others(shared) == []


def test_a_save_that_cannot_get_the_save_lock_says_so_and_leaves_nothing(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(savelock, "DEFAULT_WAIT_SECONDS", 0.2)
    before = shared.read_bytes()
    with save_lock(shared):  # another save under way, holding on
        with pytest.raises(FileBusy) as busy:
            save_proposal(large_proposal("New", 5), shared)
        assert str(busy.value).startswith('"shared.sqlite" is being saved by ')
        assert str(busy.value).endswith("right now: nothing was written. Try again in a moment.")
    assert shared.read_bytes() == before and others(shared) == []


def test_the_previous_copy_a_killed_autosave_kept_aside_is_removed(tmp_path: Path) -> None:
    """A designer killed between keeping its last recovery copy aside and removing it (the
    swap's few milliseconds) leaves `.~NAME.previous` beside the newer copy: no one wants it."""
    folder = tmp_path / "recovery"
    older = RecoverySlot.for_document(None, tmp_path / "elsewhere")
    older.write(large_proposal("Older", 5))
    slot = RecoverySlot.for_document(None, folder)
    slot.write(large_proposal("Newer", 5))
    kept = backup_path(slot.data_path)
    os.link(older.data_path, kept)  # as the killed write's Backup.make left it
    os.utime(kept, (1_600_000_000, 1_600_000_000))
    list_recovery(folder, include_running=True)
    assert not kept.exists() and slot.data_path.exists()
