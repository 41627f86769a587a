"""Lock markers: a second opener is told who has the file; stale markers are ignored."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from orgchart_app.storage import (
    LockHeld,
    LockOwner,
    acquire_lock,
    lock_path,
    open_proposal,
    read_lock,
)
from tests.storage.helpers import REPO, crafted, digest, read_only

HOLD_LOCK = (
    "import sys, time\nfrom orgchart_app.storage import acquire_lock\n"
    "lock = acquire_lock(sys.argv[1])\nprint('holding', flush=True)\ntime.sleep(120)"
)


@pytest.fixture
def proposal_file(tmp_path: Path) -> Path:
    return crafted(tmp_path / "shared.sqlite")


def write_marker(path: Path, user: str, machine: str, since: dt.datetime, pid: int = 4242) -> None:
    lock_path(path).write_text(
        json.dumps({"user": user, "machine": machine, "pid": pid, "since": since.isoformat()}),
        encoding="utf-8",
    )


def test_opening_writes_a_marker_beside_the_file_and_closing_removes_it(
    proposal_file: Path,
) -> None:
    before = digest(proposal_file)
    with acquire_lock(proposal_file) as lock:
        assert lock.written and lock.marker == proposal_file.with_name(
            ".~shared.sqlite.orgchart-lock"
        )
        record = json.loads(lock.marker.read_text(encoding="utf-8"))
        assert record["machine"] == socket.gethostname() and record["pid"] == os.getpid()
        assert dt.datetime.fromisoformat(record["since"]) <= dt.datetime.now(dt.UTC)
        assert record["user"]
    assert not lock.marker.exists()
    assert digest(proposal_file) == before  # the lock never goes into the proposal itself


def test_a_second_opener_learns_who_has_the_file(proposal_file: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(proposal_file)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        text=True,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(LockHeld) as held:
            acquire_lock(proposal_file)
        assert held.value.owner.pid == holder.pid
        assert str(held.value).startswith(
            f"{held.value.owner.user} on {socket.gethostname()} has had this file open since "
        )
        assert open_proposal(proposal_file).proposal  # it can still be opened read-only
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate()
    # The holder crashed: its marker stays behind but is stale, so the file can be taken.
    assert lock_path(proposal_file).exists() and read_lock(proposal_file) is None
    with acquire_lock(proposal_file) as lock:
        assert lock.owner.pid == os.getpid()


def test_a_marker_from_another_machine_is_honoured_and_when_old_only_taken_on_request(
    proposal_file: Path,
) -> None:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)
    write_marker(proposal_file, "Alex Smith", "LAPTOP-12", since)
    with pytest.raises(LockHeld) as held:
        acquire_lock(proposal_file)
    local = since.astimezone()
    # Twenty minutes ago is today, or (run just after midnight) yesterday, said as such.
    today = local.date() == dt.date.today()
    expected_time = f"{local:%H:%M}" if today else f"yesterday {local:%H:%M}"
    assert str(held.value).startswith(
        f"Alex Smith on LAPTOP-12 has had this file open since {expected_time}"
    )
    with pytest.raises(LockHeld) as old:
        acquire_lock(proposal_file, stale_after=dt.timedelta(minutes=10))
    assert old.value.old and old.value.owner == held.value.owner
    with acquire_lock(
        proposal_file, stale_after=dt.timedelta(minutes=10), take_over=old.value.owner
    ) as lock:
        assert json.loads(lock.marker.read_text(encoding="utf-8"))["user"] == lock.owner.user


def test_an_older_lock_names_the_day(proposal_file: Path) -> None:
    write_marker(
        proposal_file, "Alex Smith", "LAPTOP-12", dt.datetime(2026, 11, 21, 10, 42).astimezone()
    )
    owner = read_lock(proposal_file, stale_after=dt.timedelta(days=10**5))
    assert owner is not None
    assert (
        owner.describe()
        == "Alex Smith on LAPTOP-12 has had this file open since 10:42 on 21 Nov 2026"
    )


def test_a_garbled_marker_is_ignored(proposal_file: Path) -> None:
    lock_path(proposal_file).write_bytes(b"\xff\x00 not json")
    with acquire_lock(proposal_file) as lock:
        assert LockOwner.from_json(lock.marker.read_text(encoding="utf-8")) == lock.owner


def test_release_leaves_someone_elses_marker_alone(proposal_file: Path) -> None:
    lock = acquire_lock(proposal_file)
    write_marker(proposal_file, "Sam Jones", "DESKTOP-3", dt.datetime.now(dt.UTC))
    lock.release()
    assert read_lock(proposal_file) is not None and read_lock(proposal_file).user == "Sam Jones"  # type: ignore[union-attr]


def test_a_read_only_folder_opens_unmarked(proposal_file: Path) -> None:
    with read_only(proposal_file.parent):
        lock = acquire_lock(proposal_file)
        assert not lock.written and not lock.marker.exists()
        assert open_proposal(proposal_file).proposal
        lock.release()
