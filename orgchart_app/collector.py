"""collector_paused(): hold off Python's cyclic garbage collector while a big structure is built."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Opening a file, laying a chart out and filling the canvas each make tens of thousands of
    objects that all live on after the step: the collector's passes over them while they are
    being made free nothing, and its full passes (which grow with the heap) cost a quarter of the
    time. It runs as usual once the step is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def spare_the_collector_at_exit() -> None:
    """For a process about to end: everything alive now (every module, class, widget and value)
    lives until the end, and the interpreter's last collections would walk all of it, tens of
    thousands of objects several times over (0.05 to 0.1 s of a picture's half-second process),
    to free what the process's end frees anyway. Frozen, the collector leaves them alone; what
    is freed by reference counting still is, and nothing made afterwards is spared."""
    gc.freeze()
