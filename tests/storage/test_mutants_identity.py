"""Who and where we are, and who holds a marker: names, process checks, moments and their words.

test_locks.py and test_lock_races.py reach these through markers beside files; these call them
directly, so each boundary (a process id, a start time, a clock) is pinned on its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pwd
import socket
import subprocess
import sys

import psutil
import pytest

from orgchart_app.storage.identity import (
    MAX_PID,
    host_tag,
    machine_name,
    parse_moment,
    process_alive,
    process_started,
    same_process,
    since_text,
    user_name,
    when_text,
)
from orgchart_app.storage.owner import Liveness, LockOwner
from tests.storage.helpers import REPO

HERE = socket.gethostname()
NOON = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)


def _ended_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_login_the_system_does_not_know_is_its_own_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "no-such-login-here")
    assert user_name() == "no-such-login-here"


def test_the_full_name_is_the_first_field_of_the_password_entry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GECOS holds "Full Name,room,phone,...": an account with more than its name shows it.
    entries = [e for e in pwd.getpwall() if "," in e.pw_gecos and e.pw_gecos.split(",")[0]]
    blank = [e for e in pwd.getpwall() if not e.pw_gecos.strip()]
    assert entries and blank, "this machine's accounts no longer show both cases"
    monkeypatch.setenv("LOGNAME", entries[0].pw_name)
    name = user_name()
    assert "," not in name
    assert name == name.strip()
    assert entries[0].pw_gecos.startswith(name)
    monkeypatch.setenv("LOGNAME", blank[0].pw_name)
    assert user_name() == blank[0].pw_name


def test_without_a_login_the_user_is_someone(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(os, "getuid", lambda: 2**31 - 7)  # no account has this uid
    assert user_name() == "someone"


def name_this_machine(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The name the system gives this machine: uname's node name, which gethostname() reads."""
    real = os.uname()
    named = os.uname_result((real.sysname, name, real.release, real.version, real.machine))
    monkeypatch.setattr(os, "uname", lambda: named)


def test_the_machine_name_is_the_host_name() -> None:
    assert machine_name() == HERE


def test_a_machine_without_a_name_is_called_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    name_this_machine(monkeypatch, "")
    assert machine_name() == "an unknown computer"


def test_without_uname_the_machine_name_is_the_sockets_host_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(os, "uname")  # as on Windows
    monkeypatch.setattr(socket, "gethostname", lambda: "LAPTOP-12")
    assert machine_name() == "LAPTOP-12"
    monkeypatch.setattr(socket, "gethostname", lambda: "")
    assert machine_name() == "an unknown computer"


def test_the_host_tag_is_eight_hex_digits_of_the_names_sha1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name_this_machine(monkeypatch, "LAPTOP-12")
    # sha1(b"LAPTOP-12"), worked out apart from the code.
    assert host_tag() == "5b89977f"


def test_a_process_start_is_known_only_for_a_running_process() -> None:
    started = process_started(os.getpid())
    assert started is not None
    assert abs(started - psutil.Process().create_time()) < 0.01
    assert process_started(_ended_pid()) is None
    assert process_started(0) is None
    assert process_started(-1) is None
    assert process_started(MAX_PID + 1) is None
    assert process_started(1) is not None  # the first process, whoever owns it


def test_a_process_is_the_same_only_if_it_started_when_recorded() -> None:
    me = os.getpid()
    started = psutil.Process().create_time()
    assert same_process(me, None)
    assert same_process(me, started)
    assert same_process(me, started + 0.9)
    assert same_process(me, started - 1.0)
    assert not same_process(me, started + 1.5)
    assert not same_process(me, started - 30)
    assert not same_process(_ended_pid(), None)
    assert not same_process(0, None)


def test_process_ids_outside_what_a_system_gives_are_never_alive() -> None:
    assert process_alive(1)  # alive even where we may not signal it
    assert not process_alive(MAX_PID + 1)
    assert not process_alive(2**40)
    assert not process_alive(0)


def test_yesterday_and_other_days_are_worded_apart() -> None:
    local = NOON.astimezone()
    assert since_text(NOON, today=local.date()) == local.strftime("%H:%M")
    assert since_text(NOON, today=local.date() + dt.timedelta(days=1)) == (
        f"yesterday {local:%H:%M}"
    )
    two_days = local.date() + dt.timedelta(days=2)
    assert since_text(NOON, today=two_days) == f"{local:%H:%M} on {local.day} {local:%b %Y}"
    assert since_text(dt.datetime.now(dt.UTC)).count(":") == 1
    assert "yesterday" not in since_text(dt.datetime.now(dt.UTC))


def test_a_moment_names_its_day_without_a_leading_zero() -> None:
    early = dt.datetime(2026, 3, 5, 12, 0, tzinfo=dt.UTC).astimezone()
    assert when_text(early, today=dt.date(2027, 1, 1)) == f"{early:%H:%M} on 5 Mar 2026"


def test_a_moment_keeps_the_zone_it_was_written_with() -> None:
    moment = parse_moment("2026-11-21T10:42:00")
    assert moment is not None and moment.utcoffset() == dt.timedelta(0)
    assert parse_moment("") is None


def _owner(**changes: object) -> str:
    record: dict[str, object] = {
        "user": "Alex Smith",
        "machine": "LAPTOP-12",
        "pid": 4242,
        "started": 1_700_000_000.5,
        "since": "2026-11-21T10:42:00+00:00",
        "app": "orgchart-designer",
    }
    record.update(changes)
    return json.dumps(record)


def test_an_owner_reads_back_what_it_wrote() -> None:
    owner = LockOwner("Alex Smith", "LAPTOP-12", 4242, NOON, 1_700_000_000.5)
    assert json.loads(owner.to_json()) == {
        "user": "Alex Smith",
        "machine": "LAPTOP-12",
        "pid": 4242,
        "started": 1_700_000_000.5,
        "since": "2026-11-21T12:00:00+00:00",
        "app": "orgchart-designer",
    }
    assert LockOwner.from_json(owner.to_json()) == owner
    read = LockOwner.from_json(_owner(started=1_700_000_000))
    assert read is not None and read.started == 1_700_000_000.0
    assert isinstance(read.started, float)
    unstarted = LockOwner.from_json(_owner(started=None))
    assert unstarted is not None and unstarted.started is None


def test_me_is_this_process_in_whole_seconds() -> None:
    me = LockOwner.me()
    assert (me.machine, me.pid) == (HERE, os.getpid())
    assert me.since.microsecond == 0
    assert abs((dt.datetime.now(dt.UTC) - me.since).total_seconds()) < 2
    assert me.started is not None and abs(me.started - psutil.Process().create_time()) < 0.01
    assert me.user == user_name()


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[1, 2]",
        _owner(since="yesterday"),
        _owner(user=""),
        _owner(user="x" * 257),
        _owner(user="Alex\nSmith"),
        _owner(user=5),
        _owner(machine=""),
        _owner(machine="LAPTOP\t12"),
        _owner(pid="4242"),
        _owner(pid=4242.0),
        _owner(pid=True),
        _owner(pid=0),
        _owner(pid=MAX_PID + 1),
        _owner(started="1700000000"),
        _owner(started=True),
        _owner(started=0),
        _owner(started=-1.5),
        _owner(started=1e11),
    ],
)
def test_a_marker_not_written_by_us_has_no_owner(text: str) -> None:
    assert LockOwner.from_json(text) is None


def test_the_limits_of_a_marker_are_themselves_allowed() -> None:
    edge = LockOwner.from_json(_owner(user="x" * 256, machine="M", pid=MAX_PID, started=1e11 - 1))
    assert edge is not None
    assert (edge.user, edge.machine, edge.pid, edge.started) == ("x" * 256, "M", MAX_PID, 1e11 - 1)
    assert LockOwner.from_json(_owner(pid=1)) is not None


def test_a_marker_dated_more_than_a_day_ahead_is_impossible() -> None:
    ahead = dt.datetime.now(dt.UTC)
    within = (ahead + dt.timedelta(hours=23)).isoformat()
    beyond = (ahead + dt.timedelta(days=1, minutes=5)).isoformat()
    assert LockOwner.from_json(_owner(since=within)) is not None
    assert LockOwner.from_json(_owner(since=beyond)) is None


def test_liveness_on_this_machine_follows_the_process() -> None:
    day = dt.timedelta(days=1)
    recent = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    started = psutil.Process().create_time()
    assert LockOwner("me", HERE, os.getpid(), recent, started).liveness(day) is Liveness.ALIVE
    assert LockOwner("me", HERE, os.getpid(), old, started).liveness(day) is Liveness.OLD
    assert LockOwner("me", HERE, _ended_pid(), recent).liveness(day) is Liveness.GONE
    assert LockOwner("me", HERE, os.getpid(), recent, started - 60).liveness(day) is Liveness.GONE
    # Another machine's process cannot be checked from here: only its age counts.
    assert LockOwner("them", "ELSEWHERE", _ended_pid(), recent).liveness(day) is Liveness.ALIVE
    assert LockOwner("them", "ELSEWHERE", _ended_pid(), old).liveness(day) is Liveness.OLD


def test_a_process_we_may_not_signal_is_still_alive() -> None:
    # As root every signal is allowed: an unprivileged child asks about the first process.
    if os.geteuid() == 0:
        # Imported first: the interpreter's own files may be out of that user's reach.
        script = (
            "import os\nfrom orgchart_app.storage.identity import process_alive\n"
            "os.setgid(65534); os.setuid(65534)\nprint(process_alive(1))"
        )
    else:
        script = "from orgchart_app.storage.identity import process_alive\nprint(process_alive(1))"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "True"
