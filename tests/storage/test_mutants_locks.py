"""locks.py's read_lock, and what a refusal or an unmarked lock carries (issue 24)."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from orgchart_app.storage import LockHeld, LockOwner, acquire_lock, lock_path, read_lock
from orgchart_app.storage.identity import MAX_PID, machine_name
from tests.storage.helpers import crafted


@pytest.fixture
def proposal_file(tmp_path: Path) -> Path:
    return crafted(tmp_path / "shared.sqlite")


def test_our_own_lock_reads_back_as_ours(proposal_file: Path) -> None:
    with acquire_lock(proposal_file) as lock:
        assert read_lock(proposal_file) == lock.owner


def test_a_marker_left_by_a_process_that_has_gone_names_nobody(proposal_file: Path) -> None:
    gone = LockOwner("Alex Smith", machine_name(), MAX_PID, dt.datetime.now(dt.UTC))
    lock_path(proposal_file).write_text(gone.to_json(), encoding="utf-8")
    assert read_lock(proposal_file) is None


def test_someone_elses_lock_names_them_and_the_file_refused(proposal_file: Path) -> None:
    there = LockOwner(
        "Alex Smith", "LAPTOP-12", 4242, dt.datetime.now(dt.UTC).replace(microsecond=0)
    )
    lock_path(proposal_file).write_text(there.to_json(), encoding="utf-8")
    assert read_lock(proposal_file) == there
    with pytest.raises(LockHeld) as held:
        acquire_lock(proposal_file)
    assert (held.value.path, held.value.owner, held.value.old) == (proposal_file, there, False)


def test_an_unmarked_lock_still_knows_where_its_marker_belongs(tmp_path: Path) -> None:
    nowhere = tmp_path / "gone" / "shared.sqlite"
    unmarked = acquire_lock(nowhere)
    assert unmarked.marker == lock_path(nowhere)
    assert not unmarked.written


def test_a_marker_never_readable_refuses_the_file_by_its_path(proposal_file: Path) -> None:
    marker = lock_path(proposal_file)
    marker.write_bytes(b"")
    ahead = time.time() + 3600  # another machine's clock: the empty marker never grows old
    os.utime(marker, (ahead, ahead))
    with pytest.raises(LockHeld) as held:
        acquire_lock(proposal_file)
    assert held.value.path == proposal_file
    assert not held.value.old
