"""A separate process that saves proposals, for tests that kill, limit or race it.

    save_child.py exit-at POINT TARGET TITLE POSTS   save, dying (os._exit) at POINT of the sequence
    save_child.py loop TARGET POSTS                 print "ready", then save A, B, A, ... until killed
    save_child.py repeat TARGET TITLE POSTS COUNT   save COUNT times (racing another process)
    save_child.py rlimit TARGET BYTES POSTS         save with RLIMIT_FSIZE set; print the refusal
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from orgchart_app.domain import FileRefused  # noqa: E402
from orgchart_app.storage import save_proposal, writer  # noqa: E402
from tests.storage.helpers import large_proposal  # noqa: E402

DIED = 3


def die_at(point: str) -> None:
    """Make the save sequence stop dead (no cleanup, no finally) at `point`."""
    real_replace, real_to_row = os.replace, writer.to_row
    calls = {"rows": 0}

    def to_row(record: object) -> object:
        calls["rows"] += 1
        if point == "writing" and calls["rows"] == 500:
            os._exit(DIED)
        return real_to_row(record)

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

    writer.to_row = to_row  # type: ignore[assignment]
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
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
