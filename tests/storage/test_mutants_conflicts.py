"""Conflicts and locks, the cases test_conflicts.py and test_locks.py leave open: a file that cannot
be checked, a save by nobody named, the revision a checked save writes, who a refusal names."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from orgchart_app.storage import (
    FileStamp,
    LockHeld,
    LockOwner,
    acquire_lock,
    changed_since,
    lock_path,
    open_proposal,
    read_lock,
    save_unless_changed,
)
from orgchart_app.storage.identity import when_text
from tests.storage.helpers import crafted, run_sql

NOON = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def proposal_file(tmp_path: Path) -> Path:
    return crafted(tmp_path / "shared.sqlite")


def _change_meta(path: Path, *statements: str) -> None:
    run_sql(path, *statements)


def test_a_file_that_cannot_be_checked_says_why(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("not a folder", encoding="utf-8")
    stamp = FileStamp(tmp_path / "plain.txt" / "shared.sqlite", 10, 10, 1)
    assert changed_since(stamp) == (
        '"shared.sqlite" cannot be checked (Not a directory): it may have changed.'
    )


def test_a_save_by_nobody_named_is_said_to_be_someones(proposal_file: Path) -> None:
    stamp = open_proposal(proposal_file).stamp
    _change_meta(
        proposal_file,
        "UPDATE proposal_meta SET value = '7' WHERE key = 'revision'",
        f"UPDATE proposal_meta SET value = '{NOON.isoformat()}' WHERE key = 'saved_at'",
        "DELETE FROM proposal_meta WHERE key = 'saved_by'",
    )
    assert changed_since(stamp) == (
        f'"shared.sqlite" has changed on disk since you opened it: someone saved it at '
        f"{when_text(NOON)}."
    )


def test_a_checked_save_counts_the_revision_up_by_one(proposal_file: Path) -> None:
    mine = open_proposal(proposal_file)
    assert mine.proposal.info.revision == 1
    info, stamp = save_unless_changed(mine.proposal, proposal_file, mine.stamp)
    assert info.revision == 2
    assert stamp.revision == 2
    assert open_proposal(proposal_file).proposal.info.revision == 2


def test_a_refusal_names_the_file_and_a_held_lock_is_not_old_unless_said() -> None:
    owner = LockOwner("Alex Smith", "LAPTOP-12", 4242, NOON)
    held = LockHeld(Path("shared.sqlite"), owner)
    assert held.path == Path("shared.sqlite")
    assert held.owner == owner
    assert not held.old
    assert LockHeld(Path("shared.sqlite"), owner, old=True).old
    assert str(held).startswith("Alex Smith on LAPTOP-12 has had this file open since ")
    assert str(held).endswith(".")


def test_a_file_nobody_has_open_has_no_owner(proposal_file: Path) -> None:
    assert not lock_path(proposal_file).exists()
    assert read_lock(proposal_file) is None


def test_a_lock_taken_plainly_has_no_notice_and_may_be_released_twice(
    proposal_file: Path,
) -> None:
    with acquire_lock(proposal_file) as lock:
        assert lock.written
        assert lock.notice is None
        lock.release()
        assert not lock_path(proposal_file).exists()
    # Leaving the block releases again: nothing left to let go, nothing raised.
    assert lock.descriptor is None
    with acquire_lock(proposal_file) as again:
        assert again.written


def test_a_lock_names_its_file_and_owner_written_or_not(
    proposal_file: Path, tmp_path: Path
) -> None:
    with acquire_lock(proposal_file) as lock:
        assert lock.path == proposal_file
        assert lock.owner.pid == os.getpid()
    # A folder where no marker can be made (here: gone): the file is opened unmarked.
    nowhere = tmp_path / "gone" / "shared.sqlite"
    unmarked = acquire_lock(nowhere)
    assert unmarked.written is False
    assert unmarked.path == nowhere
    assert unmarked.owner.pid == os.getpid()
    assert unmarked.descriptor is None
    unmarked.release()


def test_a_garbled_marker_is_replaced_with_a_notice(proposal_file: Path) -> None:
    lock_path(proposal_file).write_text("garbled", encoding="utf-8")
    with acquire_lock(proposal_file) as lock:
        assert lock.written
        assert lock.notice == (
            'The lock marker beside "shared.sqlite" could not be read and was replaced.'
        )


def test_an_empty_marker_is_waited_for_while_it_may_be_being_written(
    proposal_file: Path,
) -> None:
    marker = lock_path(proposal_file)
    marker.write_bytes(b"")
    a_second_ago = time.time() - 1
    os.utime(marker, (a_second_ago, a_second_ago))
    started = time.monotonic()
    with acquire_lock(proposal_file) as lock:
        assert time.monotonic() - started >= 0.5  # until it was two seconds old
        assert lock.written
        assert lock.notice == (
            'The lock marker beside "shared.sqlite" could not be read and was replaced.'
        )


def test_an_empty_marker_that_never_grows_old_is_never_taken(proposal_file: Path) -> None:
    marker = lock_path(proposal_file)
    marker.write_bytes(b"")
    ahead = time.time() + 3600  # another machine's clock
    os.utime(marker, (ahead, ahead))
    with pytest.raises(LockHeld) as held:
        acquire_lock(proposal_file)
    assert str(held.value).startswith("someone on another computer has had this file open since")
    assert marker.read_bytes() == b""


def test_an_old_marker_taken_over_names_the_file(proposal_file: Path) -> None:
    old = LockOwner("Alex Smith", "LAPTOP-12", 4242, dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    lock_path(proposal_file).write_text(old.to_json(), encoding="utf-8")
    with pytest.raises(LockHeld) as held:
        acquire_lock(proposal_file)
    assert held.value.old
    with acquire_lock(proposal_file, take_over=held.value.owner) as lock:
        assert lock.path == proposal_file
        assert lock.written and lock.notice is None
    assert not lock_path(proposal_file).exists()  # released: the taken-over marker went too
