"""Work spread over turns of the event loop, a few milliseconds at a time, in the order it came.

Bringing 10,000 items up to a new layout (a team move shifts every box after the team) took a
quarter of a second in one go, during which the window could not answer. Cut into slices of a few
milliseconds, with a zero timer between them, the events waiting (a key, a tick, a new layout
from the worker) are handled between slices. Work added while earlier work is unfinished runs
after it, so the end state is the same as doing each piece at once, in order.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

from PySide6.QtCore import QObject, QTimer

# A slice's length: below one full repaint of the view (5 to 12 ms), the longest the window
# should be unable to answer.
SLICE_SECONDS = 0.004


class Slices(QObject):
    """A queue of step iterators, run in order; `finished()` once the queue is empty.

    `around()` is entered around each slice (the caller's bookkeeping for a burst of changes).
    """

    def __init__(
        self,
        finished: Callable[[], None],
        around: Callable[[], AbstractContextManager[object]],
        parent: QObject | None = None,
        budget: float = SLICE_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.budget = budget
        self._finished = finished
        self._around = around
        self._queue: deque[Iterator[None]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_turn)

    @property
    def pending(self) -> bool:
        """Some work is still waiting for a later turn of the event loop."""
        return self._timer.isActive()

    def add(self, steps: Iterator[None]) -> None:
        self._queue.append(steps)

    def run(self, budget: float | None) -> None:
        """Run the queued steps for up to `budget` seconds (None: all of them now); whatever is
        left runs in later turns of the event loop, one slice each."""
        deadline = None if budget is None else time.perf_counter() + budget
        with self._around():
            while self._queue and not self._ran_out(self._queue[0], deadline):
                self._queue.popleft()
        if self._queue:
            self._timer.start()
        else:
            self._timer.stop()
            self._finished()

    def finish(self) -> None:
        """Everything queued done now (before the user acts on what it changes)."""
        if self._queue:
            self.run(None)

    @staticmethod
    def _ran_out(steps: Iterator[None], deadline: float | None) -> bool:
        """Run `steps` to their end (False) or until the deadline passes (True)."""
        for _ in steps:
            if deadline is not None and time.perf_counter() > deadline:
                return True
        return False

    def _next_turn(self) -> None:
        self.run(self.budget)
