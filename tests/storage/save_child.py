"""A separate process that saves proposals, for tests that kill, limit or race it.

save_child.py exit-at POINT TARGET TITLE POSTS   save, dying (os._exit) at POINT of the sequence
save_child.py loop TARGET POSTS                 print "ready", then save A, B, A, ... until killed
save_child.py repeat TARGET TITLE POSTS COUNT   save COUNT times (racing another process)
save_child.py rlimit TARGET BYTES POSTS         save with RLIMIT_FSIZE set; print the refusal
save_child.py race-open TARGET ROUNDS SYNC      each round: take the lock with the others at once
save_child.py race-save TARGET ROUNDS SYNC POSTS  each round: open, then save with the others at once
save_child.py autosave-loop TARGET FOLDER POSTS  print "ready", then write recovery copies until killed
save_child.py forks KIND TARGET FOLDER POSTS     for each line read: fork a process that saves
                                                (KIND "save") or autosaves ("autosave") in
                                                turn until killed; print its pid, then "ended"
save_child.py slow-save TARGET TITLE            open, retitle, save; print "swapping" and pause
                                                1.5 s just before the new version goes in
"""

from __future__ import annotations

import dataclasses
import os
import resource
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from orgchart_app.domain import FileRefused
from orgchart_app.storage import (
    FileChanged,
    FileLock,
    LockHeld,
    RecoverySlot,
    acquire_lock,
    open_proposal,
    save_proposal,
    save_unless_changed,
    writer,
)
from orgchart_app.storage.writer_rows import TableRows
from tests.storage.helpers import large_proposal

DIED = 3


def die_at(point: str) -> None:
    """Make the save sequence stop dead (no cleanup, no finally) at `point`."""
    real_replace, real_table_rows = os.replace, writer.table_rows
    calls = {"rows": 0}

    def counted(rows: Iterator[tuple[object, ...]]) -> Iterator[tuple[object, ...]]:
        for row in rows:  # handed to sqlite3's executemany one by one: dies mid-table
            calls["rows"] += 1
            if point == "writing" and calls["rows"] == 500:
                os._exit(DIED)
            yield row

    def table_rows(*args: Any) -> TableRows:
        rows = real_table_rows(*args)
        return TableRows(rows.columns, counted(rows.rows))

    def replace(source: str | Path, target: str | Path) -> None:
        is_the_save = str(source).endswith(".saving")
        if point == "before-replace" and is_the_save:
            os._exit(DIED)
        real_replace(source, target)
        if point == "after-replace" and is_the_save:
            os._exit(DIED)

    def make_backup(cls: type, target: Path) -> None:
        os._exit(DIED)

    def remove_backup(self: object) -> None:
        os._exit(DIED)

    writer.table_rows = table_rows
    writer.os.replace = replace  # type: ignore[assignment]
    if point == "before-backup":
        writer.Backup.make = classmethod(make_backup)  # type: ignore[assignment, method-assign]
    if point == "before-backup-removed":
        writer.Backup.remove = remove_backup  # type: ignore[method-assign]


def main(mode: str, *args: str) -> int:
    if mode == "exit-at":
        point, target, title, posts = args
        proposal = large_proposal(title, int(posts))
        die_at(point)
        save_proposal(proposal, Path(target))
        return 0
    if mode == "loop":
        target, posts = args
        pair = [large_proposal("A", int(posts)), large_proposal("B", int(posts))]
        print("ready", flush=True)
        for turn in range(10**6):
            save_proposal(pair[turn % 2], Path(target))
        return 0
    if mode == "repeat":
        target, title, posts, count = args
        proposal = large_proposal(title, int(posts))
        for _ in range(int(count)):
            save_proposal(proposal, Path(target))
        return 0
    if mode == "rlimit":
        target, limit, posts = args
        proposal = large_proposal("Too big", int(posts))
        # Past the limit the kernel sends SIGXFSZ (which would kill us) and write() fails with EFBIG.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
        try:
            save_proposal(proposal, Path(target))
        except FileRefused as refused:
            print(refused)
            return 1
        return 0
    if mode in RACES:
        return RACES[mode](*args)
    raise SystemExit(f"unknown mode {mode}")


def _wait_for(path: Path) -> None:
    while not path.exists():
        time.sleep(0.001)


def race_open(target: str, rounds: str, sync: str) -> int:
    lock: FileLock | None = None
    for turn in range(int(rounds)):
        if lock is not None:  # released before saying ready, so the next round starts clean
            lock.release()
        print(f"ready {turn}", flush=True)
        _wait_for(Path(sync, f"go-{turn}"))
        try:
            lock = acquire_lock(target)
            print("got", flush=True)
        except LockHeld:
            lock = None
            print("held", flush=True)
        _wait_for(Path(sync, f"done-{turn}"))
    return 0


def race_save(target: str, rounds: str, sync: str, posts: str) -> int:
    mine = large_proposal(f"Saved by {os.getpid()}", int(posts))
    for turn in range(int(rounds)):
        opened = open_proposal(Path(target))  # everybody starts from the same version
        mine.info = dataclasses.replace(opened.proposal.info, title=f"{os.getpid()} {turn}")
        print(f"ready {turn}", flush=True)
        _wait_for(Path(sync, f"go-{turn}"))
        try:
            save_unless_changed(mine, Path(target), opened.stamp)
            print("saved", flush=True)
        except FileChanged:
            print("refused", flush=True)
        except FileRefused as refused:
            print(f"failed: {refused}", flush=True)
        _wait_for(Path(sync, f"done-{turn}"))
    return 0


def slow_save(target: str, title: str) -> int:
    opened = open_proposal(Path(target))
    opened.proposal.info = dataclasses.replace(opened.proposal.info, title=title)
    real_replace = os.replace

    def replace(source: str | Path, destination: str | Path) -> None:
        if str(source).endswith(".saving"):
            print("swapping", flush=True)
            time.sleep(1.5)
        real_replace(source, destination)

    writer.os.replace = replace  # type: ignore[assignment]
    save_unless_changed(opened.proposal, Path(target), opened.stamp)
    print("saved", flush=True)
    return 0


def forks(kind: str, target: str, folder: str, posts: str) -> int:
    """Saves to kill, started in milliseconds: forked from this process, imports done."""
    pair = [large_proposal("A", int(posts)), large_proposal("B", int(posts))]
    for _ in sys.stdin:
        pid = os.fork()
        if pid == 0:
            slot = RecoverySlot.for_document(Path(target), Path(folder))
            for turn in range(10**6):
                if kind == "save":
                    save_proposal(pair[turn % 2], Path(target))
                else:
                    slot.write(pair[turn % 2])
            os._exit(0)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("ended", flush=True)
    return 0


def autosave_loop(target: str, folder: str, posts: str) -> int:
    slot = RecoverySlot.for_document(Path(target), Path(folder))
    pair = [large_proposal("A", int(posts)), large_proposal("B", int(posts))]
    print("ready", flush=True)
    for turn in range(10**6):
        slot.write(pair[turn % 2])
    return 0


RACES = {
    "race-open": race_open,
    "race-save": race_save,
    "autosave-loop": autosave_loop,
    "slow-save": slow_save,
    "forks": forks,
}


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
