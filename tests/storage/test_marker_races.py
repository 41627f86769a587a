"""The races between two processes over a marker, each staged at its exact moment (issue 24).

A colleague's step (letting go of their marker, tidying a stale one) is taken just before one
of our calls by tests/storage/interleave.py; no timing, no fake of our code.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from orgchart_app.storage import LockOwner, acquire_lock, lock_path, markers
from orgchart_app.storage.identity import MAX_PID, machine_name
from orgchart_app.storage.locks import _PAUSE_SECONDS as PAUSE_SECONDS
from tests.storage.helpers import crafted
from tests.storage.interleave import just_before


def test_a_marker_let_go_between_our_attempt_and_our_reading_it_is_taken(tmp_path: Path) -> None:
    proposal = crafted(tmp_path / "shared.sqlite")
    marker = lock_path(proposal)
    marker.write_text('{"user": "Alex Smith"}', encoding="utf-8")
    # Our hard link fails (the marker is there); the colleague lets go before we read it.
    with just_before("open", marker, marker.unlink) as let_go:
        lock = acquire_lock(proposal)
    assert let_go.fired
    with lock:
        assert lock.written
        assert markers.read(marker) is not None


def _removed_while_another_tidies(tmp_path: Path, moment: str) -> bool:
    """`markers.remove` of a crashed save's marker, which another process removes just before
    our call `moment` (audited) on it."""
    marker = tmp_path / ".shared.sqlite.lock"
    marker.write_text("a crashed save's marker", encoding="utf-8")
    found = markers.read(marker)
    assert found is not None
    with just_before(moment, marker, marker.unlink) as tidied:
        removed = markers.remove(marker, found)
    assert tidied.fired
    assert not marker.exists()
    return removed


def test_a_marker_removed_before_we_lock_it_is_not_ours_to_have_removed(tmp_path: Path) -> None:
    # Between our opening it and our lock: we did not remove it, and say so.
    assert _removed_while_another_tidies(tmp_path, "fcntl.flock") is False


def test_a_marker_removed_just_before_our_unlink_is_gone_all_the_same(tmp_path: Path) -> None:
    # Between our check and our unlink: it is gone as we meant, and no error comes of it.
    assert _removed_while_another_tidies(tmp_path, "os.remove") is True


def _plant_gone_owner(proposal: Path) -> Path:
    gone = LockOwner("Alex Smith", machine_name(), MAX_PID, dt.datetime.now(dt.UTC))
    marker = lock_path(proposal)
    marker.write_text(gone.to_json(), encoding="utf-8")
    return marker


def test_a_stale_marker_someone_else_removes_first_is_taken_after_a_pause(tmp_path: Path) -> None:
    proposal = crafted(tmp_path / "shared.sqlite")
    marker = _plant_gone_owner(proposal)
    # A colleague opening the same file tidies the crashed marker just before we lock it: we
    # pause (not a storm of attempts at a busy share) and then make ours. (Python 3.11 has no
    # audit event for a sleep: the pause shows as time, a lower bound that load cannot break.)
    with just_before("fcntl.flock", marker, marker.unlink) as first:
        lock = acquire_lock(proposal)
    taken_after = time.monotonic() - first.done_at
    assert first.fired
    assert taken_after >= PAUSE_SECONDS
    with lock:
        assert lock.written
