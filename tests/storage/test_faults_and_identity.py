"""Failures in plain words, and who, where and when: the words a refused save or a lock shows."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from orgchart_app.storage.faults import describe_failure
from orgchart_app.storage.identity import (
    parse_moment,
    process_alive,
    process_started,
    when_text,
)


def os_error(code: int, text: str = "text", winerror: int | None = None) -> OSError:
    error = OSError(code, text)
    if winerror is not None:
        error.winerror = winerror  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EDQUOT, "your disk quota is used up"),
        (
            errno.EFBIG,
            "the file grew past the size the disk allows (the disk is full or a size limit "
            "was reached)",
        ),
        (errno.EROFS, "the folder is read-only"),
        (
            errno.EACCES,
            "you are not allowed to write in that folder (or another program has the file open)",
        ),
        (errno.ENOENT, "the folder no longer exists (a network drive may have been disconnected)"),
        (errno.EBUSY, "another program has the file open"),
        (errno.EIO, "the drive could not be written (a disk error, or a network drive dropped)"),
        (errno.ESTALE, "the drive could not be written (a disk error, or a network drive dropped)"),
    ],
)
def test_operating_system_failures_in_words(code: int, words: str) -> None:
    assert describe_failure(os_error(code)) == words


@pytest.mark.parametrize(
    ("winerror", "words"),
    [
        (32, "another program has the file open"),
        (112, "the disk is full"),
        (53, "the folder no longer exists (a network drive may have been disconnected)"),
    ],
)
def test_windows_codes_come_before_the_errno(winerror: int, words: str) -> None:
    assert describe_failure(os_error(errno.EINVAL, winerror=winerror)) == words


def test_an_unknown_failure_says_what_the_system_said() -> None:
    assert describe_failure(os_error(errno.EINVAL, "Invalid argument.")) == "invalid argument"
    assert describe_failure(OSError()) == "OSError"
    assert describe_failure(ValueError("odd value")) == "odd value"
    assert describe_failure(ValueError()) == "ValueError"


def sqlite_error(code: int | None, text: str = "database said no") -> sqlite3.Error:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (13, "the disk is full"),
        (13 | (1 << 8), "the disk is full"),  # an extended code: the low byte decides
        (8, "the folder is read-only"),
        (5, "another program has the file open"),
        (
            10 | (12 << 8),
            "the drive could not be written (a disk error, or a network drive dropped)",
        ),
        (14, "the file could not be created there"),
    ],
)
def test_sqlite_failures_in_words(code: int, words: str) -> None:
    assert describe_failure(sqlite_error(code)) == words


def test_an_unknown_sqlite_failure_says_what_sqlite_said() -> None:
    assert describe_failure(sqlite_error(1)) == "database said no"
    assert describe_failure(sqlite_error(None)) == "database said no"
    assert describe_failure(sqlite_error(None, "")) == "OperationalError"


def test_moments_today_show_the_time_and_other_days_the_date() -> None:
    moment = dt.datetime(2026, 11, 21, 10, 42, tzinfo=dt.UTC)
    local = moment.astimezone()
    assert when_text(moment, today=local.date()) == local.strftime("%H:%M")
    other_day = local.date() + dt.timedelta(days=1)
    assert when_text(moment, today=other_day) == f"{local:%H:%M} on {local.day} {local:%b %Y}"
    assert when_text(dt.datetime.now(dt.UTC)).count(":") == 1
    assert " on " not in when_text(dt.datetime.now(dt.UTC))


def test_moments_written_without_a_zone_are_read_as_utc() -> None:
    assert parse_moment("2026-11-21T10:42:00") == dt.datetime(2026, 11, 21, 10, 42, tzinfo=dt.UTC)
    plus_one = parse_moment("2026-11-21T10:42:00+01:00")
    assert plus_one == dt.datetime(2026, 11, 21, 9, 42, tzinfo=dt.UTC)
    assert plus_one is not None and plus_one.utcoffset() == dt.timedelta(hours=1)
    assert parse_moment("yesterday") is None
    assert parse_moment(None) is None
    assert parse_moment(1700000000) is None


def test_a_process_is_alive_until_it_has_ended() -> None:
    assert process_alive(os.getpid())
    assert not process_alive(0) and not process_alive(-1)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not process_alive(child.pid)


def test_a_process_start_is_read_as_psutil_reads_it_and_unknown_once_it_has_ended(
    tmp_path: Path,
) -> None:
    # A program named with spaces and brackets: /proc shows the name in brackets before the
    # fields, so they are counted after the last bracket.
    odd_name = tmp_path / "py (x) y"
    odd_name.symlink_to(os.path.realpath(sys.executable))
    child = subprocess.Popen(
        [odd_name, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        assert psutil.Process(child.pid).name() == "py (x) y"
        for pid in (os.getpid(), child.pid):
            assert process_started(pid) == pytest.approx(
                psutil.Process(pid).create_time(), abs=1e-6
            )
    finally:
        child.communicate(b"")
    assert process_started(child.pid) is None
    assert process_started(0) is None and process_started(2**31) is None
