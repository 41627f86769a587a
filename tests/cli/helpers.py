"""Runs the `orgchart` command as a user does: a separate process, reading its output."""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from orgchart_app.cli import main

REPO = Path(__file__).resolve().parents[2]


def orgchart(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "orgchart_app.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or REPO,
        timeout=120,
    )


class Hung(BaseException):
    """A command ran past its time (not an OSError, so no `except OSError` can swallow it)."""


def run_in_process(
    capsys: pytest.CaptureFixture[str], *args: str, seconds: float = 20.0
) -> tuple[int, str, str]:
    """`orgchart ARGS` in this process (quicker than a child): the exit status, stdout and
    stderr. A traceback escapes as the exception itself; a hang fails after `seconds`."""

    def hung(signum: int, frame: object) -> None:
        raise Hung(f"orgchart {' '.join(a[:40] for a in args)} took over {seconds} s")

    capsys.readouterr()
    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's refusals
        code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    out, err = capsys.readouterr()
    return code, out, err


@dataclass(frozen=True, slots=True)
class FolderState:
    """Every entry of a folder: its kind, and for files their bytes' digest."""

    entries: frozenset[tuple[str, str]]

    @classmethod
    def of(cls, folder: Path) -> FolderState:
        entries = set()
        for path in sorted(folder.rglob("*")):
            mode = path.lstat().st_mode
            if stat.S_ISREG(mode):
                kind = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                kind = stat.filemode(mode)[0] + (os.readlink(path) if path.is_symlink() else "")
            entries.add((str(path.relative_to(folder)), kind))
        return cls(frozenset(entries))
