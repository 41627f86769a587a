"""Short-lived files carry their writer in their name, and go once that writer is gone.

test_leftovers.py reaches these through killed saves; these name files in tmp_path directly,
so each kind of name and each way a writer can be gone is checked on its own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psutil

from orgchart_app.samples.bury import build_bury
from orgchart_app.storage import open_proposal, save_proposal
from orgchart_app.storage.identity import host_tag
from orgchart_app.storage.naming import (
    OTHER_MACHINE_GRACE,
    backup_path,
    remove_stale,
    staging_name,
    temporary_name,
    token,
    writer_gone,
)

OTHER_HOST = "0" * 8 if host_tag() != "0" * 8 else "1" * 8


def _ended_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_token_names_this_process_and_machine_and_is_new_each_time() -> None:
    made = token()
    assert re.fullmatch(rf"{os.getpid()}-{host_tag()}-[0-9a-f]{{8}}", made)
    assert token() != made


def test_the_names_beside_a_proposal() -> None:
    target = Path("/data/budget.sqlite")
    assert backup_path(target) == Path("/data/.~budget.sqlite.previous")
    saving = temporary_name(target)
    assert saving.parent == target.parent
    assert re.fullmatch(
        rf"\.budget\.sqlite\.{os.getpid()}-{host_tag()}-[0-9a-f]{{8}}\.saving", saving.name
    )
    staged = staging_name(Path("/data/.~budget.sqlite.orgchart-lock"))
    assert staged.parent == target.parent
    assert re.fullmatch(
        rf"\.~budget\.sqlite\.orgchart-lock\.{os.getpid()}-{host_tag()}-[0-9a-f]{{8}}", staged.name
    )


def _files(folder: Path, pid: int, host: str) -> list[Path]:
    part = f"{pid}-{host}-0123abcd"
    names = [
        f".budget.sqlite.{part}.saving",
        f".~budget.sqlite.previous.{part}",
        f".~budget.sqlite.orgchart-lock.{part}",
        f".~budget.sqlite.orgchart-save-lock.{part}",
    ]
    for name in names:
        (folder / name).write_text("x", encoding="utf-8")
    return [folder / name for name in names]


def test_files_of_a_writer_that_ended_are_removed(tmp_path: Path) -> None:
    gone = _files(tmp_path, _ended_pid(), host_tag())
    assert remove_stale(tmp_path) == 4
    assert not any(path.exists() for path in gone)


def test_files_of_a_running_writer_are_kept(tmp_path: Path) -> None:
    kept = _files(tmp_path, os.getpid(), host_tag())
    assert remove_stale(tmp_path) == 0
    assert all(path.exists() for path in kept)


def test_only_the_named_proposals_files_are_removed(tmp_path: Path) -> None:
    pid = _ended_pid()
    mine = _files(tmp_path, pid, host_tag())
    other = tmp_path / f".other.sqlite.{pid}-{host_tag()}-0123abcd.saving"
    other.write_text("x", encoding="utf-8")
    assert remove_stale(tmp_path, of="other.sqlite") == 1
    assert not other.exists()
    assert all(path.exists() for path in mine)
    assert remove_stale(tmp_path, of="budget.sqlite") == 4


def test_files_that_are_not_ours_are_never_removed(tmp_path: Path) -> None:
    pid = _ended_pid()
    names = [
        "budget.sqlite",
        f".budget.sqlite.{pid}-{host_tag()}-0123abcd.saved",
        f"budget.sqlite.{pid}-{host_tag()}-0123abcd.saving",
        f".budget.sqlite.{pid}-{host_tag()}-0123abc.saving",
        f".budget.sqlite.{pid}-{host_tag().upper()}-0123ABCD.saving",
        f".~budget.sqlite.backup.{pid}-{host_tag()}-0123abcd",
        f".~budget.sqlite.previous.{pid}-{host_tag()}-0123abcd.x",
        f"x.~budget.sqlite.previous.{pid}-{host_tag()}-0123abcd",
        f".budget.sqlite.12345678901-{host_tag()}-0123abcd.saving",
    ]
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert remove_stale(tmp_path) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_a_folder_that_is_not_there_removes_nothing(tmp_path: Path) -> None:
    assert remove_stale(tmp_path / "missing") == 0


def test_another_machines_files_go_only_once_older_than_any_save(tmp_path: Path) -> None:
    young = _files(tmp_path, 4242, OTHER_HOST)
    assert remove_stale(tmp_path) == 0
    long_ago = time.time() - OTHER_MACHINE_GRACE.total_seconds() - 60
    for path in young:
        os.utime(path, (long_ago, long_ago))
    assert remove_stale(tmp_path) == 4


def test_a_writer_is_gone_when_its_id_now_names_a_later_process() -> None:
    started = psutil.Process().create_time()
    assert not writer_gone(os.getpid(), host_tag(), started + 0.5)
    assert not writer_gone(os.getpid(), host_tag(), started - 1)
    assert not writer_gone(os.getpid(), host_tag(), started)
    assert writer_gone(os.getpid(), host_tag(), started - 1.5)
    assert writer_gone(_ended_pid(), host_tag(), time.time())


def test_another_machines_writer_is_judged_by_age_alone() -> None:
    grace = OTHER_MACHINE_GRACE.total_seconds()
    assert not writer_gone(os.getpid(), OTHER_HOST, time.time() - grace + 60)
    assert writer_gone(os.getpid(), OTHER_HOST, time.time() - grace - 60)


def test_a_stale_name_that_cannot_be_removed_is_left_and_the_rest_go(tmp_path: Path) -> None:
    pid = _ended_pid()
    # A folder under a temporary file's name (made by hand, or by another program): unlink
    # refuses it, and tidying carries on with the files it can remove.
    stuck = tmp_path / f".budget.sqlite.{pid}-{host_tag()}-00000000.saving"
    stuck.mkdir()
    gone = _files(tmp_path, pid, host_tag())
    assert remove_stale(tmp_path) == 4
    assert stuck.is_dir()
    assert not any(path.exists() for path in gone)


def test_a_save_tidies_its_own_proposal_s_leftovers_and_no_other_s(tmp_path: Path) -> None:
    # Each file's leftovers are its own open's and save's to tidy: saving budget.sqlite removes
    # its crashed save's files, and leaves those of other.sqlite beside it.
    target = tmp_path / "budget.sqlite"
    save_proposal(build_bury(), target)
    pid = _ended_pid()
    mine = _files(tmp_path, pid, host_tag())
    other = tmp_path / f".other.sqlite.{pid}-{host_tag()}-0123abcd.saving"
    other.write_text("x", encoding="utf-8")
    save_proposal(open_proposal(target).proposal, target)
    assert not any(path.exists() for path in mine)
    assert other.exists()
