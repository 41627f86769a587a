"""Race and kill trials on a shared proposal, counted: the suite runs a few rounds of each,
scripts/shared_drive_trials.py runs hundreds and prints the counts (docs/FILE_FORMAT.md).

Racers are separate processes (tests/storage/save_child.py) that start each round together:
each prints "ready", waits for the round's start file, acts, prints what happened, then waits
for the round's end file, so every racer of a round overlaps every other.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from orgchart_app.storage import (
    acquire_lock,
    list_recovery,
    lock_path,
    open_proposal,
    save_proposal,
)
from tests.storage.helpers import child, ended, large_proposal


@dataclass(frozen=True, slots=True)
class Counts:
    trials: int
    bad: int  # double holders, saves lost silently, files left behind
    detail: str = ""


def _lockstep(
    racers: list[subprocess.Popen[str]],
    rounds: int,
    sync: Path,
    before_round: Callable[[int], None],
) -> list[list[str]]:
    """Run `rounds` rounds; returns what each racer printed in each round."""
    outcomes = []
    for turn in range(rounds):
        for racer in racers:
            assert racer.stdout is not None and racer.stdout.readline().strip() == f"ready {turn}"
        before_round(turn)  # every racer has let go of last round's lock by now
        (sync / f"go-{turn}").touch()
        outcomes.append([racer.stdout.readline().strip() for racer in racers])  # type: ignore[union-attr]
        (sync / f"done-{turn}").touch()
    for racer in racers:
        ended(racer, timeout=60)
    return outcomes


def simultaneous_opens(folder: Path, rounds: int, racers: int = 4) -> Counts:
    """Racers open one file at once; before each round the marker is absent, left by a dead
    process, or empty (a writer of old that died between creating and filling it)."""
    target, sync = _prepare(folder)
    dead = _dead_pid()

    def plant(turn: int) -> None:
        marker = lock_path(target)
        marker.unlink(missing_ok=True)
        if turn % 3 == 1:
            record = {
                "user": "Gone",
                "machine": os.uname().nodename,
                "pid": dead,
                "since": "2026-01-01T09:00:00+00:00",
                "app": "orgchart-designer",
            }
            marker.write_text(json.dumps(record), encoding="utf-8")
        elif turn % 3 == 2:
            marker.write_bytes(b"")
            os.utime(marker, (time.time() - 60, time.time() - 60))

    started = [child("race-open", target, rounds, sync) for _ in range(racers)]
    outcomes = _lockstep(started, rounds, sync, plant)
    doubled = sum(1 for outcome in outcomes if outcome.count("got") > 1)
    nobody = sum(1 for outcome in outcomes if outcome.count("got") == 0)
    return Counts(rounds * racers, doubled, f"{nobody} rounds in which nobody got the lock")


def overlapping_saves(folder: Path, rounds: int, racers: int = 2, posts: int = 600) -> Counts:
    """Racers open the same version, then all save at once: only one may win; the others must
    be refused (FileChanged), never silently overwritten."""
    target, sync = _prepare(folder)
    started = [child("race-save", target, rounds, sync, posts) for _ in range(racers)]
    outcomes = _lockstep(started, rounds, sync, lambda turn: None)
    lost = sum(max(0, outcome.count("saved") - 1) for outcome in outcomes)
    nobody = sum(1 for outcome in outcomes if outcome.count("saved") == 0)
    return Counts(rounds * racers, lost, f"{nobody} rounds in which no save went through")


def kills_during_save(folder: Path, kills: int, posts: int = 800, seed: int = 22) -> Counts:
    """SIGKILL a process saving in turn at random moments; after each kill the file is opened
    as the designer opens it (lock, read, unlock) and anything else left in the folder counts."""
    target, _ = _prepare(folder)
    left = 0
    for _ in _killed_savers("save", target, folder / "recovery", kills, posts, seed):
        acquire_lock(target).release()
        open_proposal(target)
        left += len([p for p in target.parent.iterdir() if p != target])
    return Counts(kills, left)


def kills_during_autosave(folder: Path, kills: int, posts: int = 800, seed: int = 23) -> Counts:
    """SIGKILL designers while they write their recovery copy; at the next start only whole
    recoveries may remain (one per killed designer that had finished a copy), nothing else."""
    recovery = folder / "recovery"
    target, _ = _prepare(folder)
    for _ in _killed_savers("autosave", target, recovery, kills, posts, seed):
        pass
    entries = list_recovery(recovery)
    kept = {path for entry in entries for path in (entry.data_path, entry.meta_path)}
    stray = [p for p in recovery.iterdir() if p not in kept] if recovery.exists() else []
    return Counts(kills, len(stray), f"{len(entries)} recoveries offered")


def _killed_savers(
    kind: str, target: Path, recovery: Path, kills: int, posts: int, seed: int
) -> Iterator[int]:
    """Start `kills` saving processes one after another (forked, so each starts at once), kill
    each at a random moment of its saves, and yield after each has ended."""
    chance = random.Random(seed)
    spawner = child("forks", kind, target, recovery, posts, stdin=subprocess.PIPE)
    assert spawner.stdin is not None and spawner.stdout is not None
    try:
        for turn in range(kills):
            spawner.stdin.write("go\n")
            spawner.stdin.flush()
            pid = int(spawner.stdout.readline())
            time.sleep(chance.uniform(0.0, 0.5))
            os.kill(pid, signal.SIGKILL)
            assert spawner.stdout.readline().strip() == "ended"
            yield turn
    finally:
        spawner.stdin.close()  # the spawner's loop ends with its input
        spawner.stdout.read()
        assert spawner.wait(timeout=60) == 0, spawner.stderr.read() if spawner.stderr else ""


def _prepare(folder: Path) -> tuple[Path, Path]:
    (folder / "share").mkdir(parents=True)
    (folder / "sync").mkdir()
    target = folder / "share" / "shared.sqlite"
    save_proposal(large_proposal("Start", 10), target)
    return target, folder / "sync"


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid
