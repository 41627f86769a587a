"""Locks that hold under races, symlinks, old and crafted markers, reused process ids; saves
that never overwrite a save they did not see."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
from pathlib import Path

import psutil
import pytest

from orgchart_app.storage import LockHeld, acquire_lock, lock_path, read_lock
from tests.storage.helpers import crafted
from tests.storage.trials import overlapping_saves, simultaneous_opens

HERE = socket.gethostname()


@pytest.fixture
def proposal_file(tmp_path: Path) -> Path:
    return crafted(tmp_path / "shared.sqlite")


def plant(path: Path, **fields: object) -> None:
    record = {
        "user": "Alex Smith",
        "machine": "LAPTOP-12",
        "pid": 4242,
        "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "app": "orgchart-designer",
    }
    lock_path(path).write_text(json.dumps({**record, **fields}), encoding="utf-8")


def test_opening_through_a_symlink_finds_the_same_lock(proposal_file: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "shortcut.sqlite"
    link.parent.mkdir()
    link.symlink_to(proposal_file)
    with acquire_lock(proposal_file), pytest.raises(LockHeld):
        acquire_lock(link)
    with acquire_lock(link) as through_link:
        assert through_link.marker == lock_path(proposal_file)
        with pytest.raises(LockHeld):
            acquire_lock(proposal_file)


def test_a_reused_process_id_does_not_keep_a_dead_users_marker_alive(proposal_file: Path) -> None:
    # The marker's process has gone; its id now belongs to another, younger process (our parent
    # stands in for it: alive, same id, but started at another moment than the marker records).
    reused = os.getppid()
    started = psutil.Process(reused).create_time() - 3600
    plant(proposal_file, machine=HERE, pid=reused, started=started)
    assert read_lock(proposal_file) is None
    with acquire_lock(proposal_file) as lock:
        assert lock.owner.pid == os.getpid()


def test_the_marker_of_a_live_process_records_when_it_started(proposal_file: Path) -> None:
    with acquire_lock(proposal_file) as lock:
        record = json.loads(lock.marker.read_text(encoding="utf-8"))
        assert abs(record["started"] - psutil.Process().create_time()) < 1
        assert read_lock(proposal_file) == lock.owner


def test_an_old_marker_whose_owner_may_be_alive_is_not_taken_over_in_silence(
    proposal_file: Path,
) -> None:
    since = (dt.datetime.now() - dt.timedelta(days=2)).replace(
        hour=18, minute=2, second=0, microsecond=0
    )
    plant(proposal_file, since=since.astimezone().isoformat())
    with pytest.raises(LockHeld) as held:
        acquire_lock(proposal_file)
    assert held.value.old
    assert str(held.value).startswith(
        "Alex Smith on LAPTOP-12 has had this file open since 18:02 on "
    )
    assert json.loads(lock_path(proposal_file).read_text(encoding="utf-8"))["user"] == "Alex Smith"
    # The user chose to take it over: only then is the marker replaced.
    with acquire_lock(proposal_file, take_over=held.value.owner) as lock:
        assert read_lock(proposal_file) == lock.owner


def test_a_young_marker_cannot_be_taken_over(proposal_file: Path) -> None:
    plant(proposal_file)
    with pytest.raises(LockHeld) as held:
        acquire_lock(proposal_file)
    assert not held.value.old
    with pytest.raises(LockHeld):
        acquire_lock(proposal_file, take_over=held.value.owner)


def test_yesterday_is_said_as_yesterday(proposal_file: Path) -> None:
    since = (dt.datetime.now() - dt.timedelta(days=1)).replace(
        hour=18, minute=2, second=0, microsecond=0
    )
    plant(proposal_file, since=since.astimezone().isoformat())
    owner = read_lock(proposal_file)
    assert owner is not None
    assert (
        owner.describe() == "Alex Smith on LAPTOP-12 has had this file open since yesterday 18:02"
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"since": "9999-12-31T23:59:59+00:00"},
        {"pid": 10**30, "machine": HERE},
        {"pid": -5, "machine": HERE},
        {"pid": 10**30},
    ],
)
def test_a_crafted_marker_never_stops_the_file_opening(
    proposal_file: Path, fields: dict[str, object]
) -> None:
    plant(proposal_file, **fields)
    assert read_lock(proposal_file) is None
    with acquire_lock(proposal_file) as lock:
        assert lock.written and read_lock(proposal_file) == lock.owner
        assert lock.notice == (
            'The lock marker beside "shared.sqlite" could not be read and was replaced.'
        )


def test_simultaneous_opens_never_give_two_holders(tmp_path: Path) -> None:
    counts = simultaneous_opens(tmp_path, rounds=45, racers=8)
    assert counts.bad == 0, counts
    assert counts.detail.startswith("0 rounds"), counts


def test_overlapping_saves_are_never_lost_silently(tmp_path: Path) -> None:
    counts = overlapping_saves(tmp_path, rounds=5, racers=3, posts=300)
    assert counts.bad == 0, counts
    assert counts.detail.startswith("0 rounds"), counts


def test_a_marker_without_its_creator_process_is_reported_by_its_pid(proposal_file: Path) -> None:
    process = subprocess.Popen(["true"])
    process.wait()
    plant(proposal_file, machine=HERE, pid=process.pid)
    assert read_lock(proposal_file) is None
