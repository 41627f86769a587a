"""Another process's step taken at an exact moment of ours: the races no timing can stage.

Python's audit hooks (PEP 578) run just before each audited call (`open`, `os.link`,
`os.remove`, `fcntl.flock`, ...). One hook, added the first time a test needs it, runs the step
a test arms once, just before the first call that matches: the colleague who lets go of the
marker between our failed attempt and our reading it, say. The code under test runs as it is.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Step:
    event: str
    path: Path
    action: Callable[[], None]
    fired: bool = False
    done_at: float = 0.0  # time.monotonic() when the action was done


_armed: list[Step] = []
_hooked = False


def _on_audit(event: str, arguments: tuple[object, ...]) -> None:
    for step in _armed:
        if step.event == event and _names(arguments, step.path):
            _armed.remove(step)
            step.fired = True
            step.action()
            step.done_at = time.monotonic()
            return


def _names(arguments: tuple[object, ...], path: Path) -> bool:
    first = arguments[0] if arguments else None
    if isinstance(first, int) and not isinstance(first, bool):  # a descriptor (fcntl.flock)
        try:
            return os.path.samestat(os.fstat(first), os.stat(path))
        except OSError:
            return False
    return isinstance(first, (str, bytes, os.PathLike)) and Path(os.fsdecode(first)) == path


def _hook_once() -> None:
    # An audit hook cannot be removed: one for the process, idle unless a test arms it.
    global _hooked
    if not _hooked:
        sys.addaudithook(_on_audit)
        _hooked = True


@contextmanager
def just_before(event: str, path: Path, action: Callable[[], None]) -> Iterator[Step]:
    """Run `action` once, just before the first audited `event` on `path` (or on a descriptor
    of the file at `path`) inside the block; the step says whether it fired."""
    _hook_once()
    step = Step(event, path, action)
    _armed.append(step)
    try:
        yield step
    finally:
        if step in _armed:
            _armed.remove(step)
