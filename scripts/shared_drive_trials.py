"""The shared-drive trials of issue 22, at full size, with their counts (docs/FILE_FORMAT.md):

    .venv/bin/python scripts/shared_drive_trials.py [--opens 200] [--saves 100] [--kills 300]

- simultaneous opens: racers take the lock of one file at the same moment (the marker absent,
  left by a dead process, or empty); counted: rounds in which two or more held it;
- overlapping saves: racers open the same version, then save at the same moment; counted:
  saves that went through although another had replaced the version they opened;
- kills during save: a process saving in turn is SIGKILLed at a random moment, then the file is
  opened as the designer opens it; counted: files left beside it. The same for autosaves, counted
  in the recovery folder after the next start.
The suite runs the same trials with fewer rounds (tests/storage/test_lock_races.py, test_leftovers.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.storage.trials import (  # noqa: E402 - the checkout's code, wherever this runs from
    kills_during_autosave,
    kills_during_save,
    overlapping_saves,
    simultaneous_opens,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opens", type=int, default=200, help="rounds of simultaneous opens")
    parser.add_argument("--racers", type=int, default=8, help="processes racing in each round")
    parser.add_argument("--saves", type=int, default=100, help="overlapping saves (2 per round)")
    parser.add_argument("--kills", type=int, default=300, help="saves killed")
    args = parser.parse_args(argv)
    trials = [
        (
            "simultaneous opens",
            "double holders",
            lambda folder: simultaneous_opens(folder, args.opens, args.racers),
        ),
        (
            "overlapping saves",
            "lost silently",
            lambda folder: overlapping_saves(folder, max(1, args.saves // 2), racers=2),
        ),
        (
            "kills during save",
            "files left after the next open",
            lambda folder: kills_during_save(folder, args.kills),
        ),
        (
            "kills during autosave",
            "stray files in the recovery folder",
            lambda folder: kills_during_autosave(folder, max(1, args.kills // 3)),
        ),
    ]
    failed = False
    for name, bad, run in trials:
        with tempfile.TemporaryDirectory(prefix="orgchart-trial-") as folder:
            started = time.monotonic()
            counts = run(Path(folder))
            failed |= counts.bad != 0
            print(
                f"{name}: {counts.trials} trials, {counts.bad} {bad}"
                f"{'; ' + counts.detail if counts.detail else ''} ({time.monotonic() - started:.0f} s)",
                flush=True,
            )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
