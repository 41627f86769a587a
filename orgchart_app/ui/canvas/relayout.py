"""Runs a layout off the GUI thread when the proposal is big, and hands the result back on it."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from orgchart_app.domain import Proposal

# Below this many posts a layout takes a few tens of milliseconds: do it at once, no thread.
THREADED_FROM_POSTS = 3000


class LayoutRunner(QObject):
    """Computes `compute(proposal)`; emits `finished(result)` or `failed(message)` on the GUI thread.

    The worker gets a copy of the proposal (records are immutable, so a copy of the dicts is a
    snapshot), so edits made while it runs cannot tear it. A newer run supersedes an older one.
    """

    finished = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)
    _done = Signal(int, object, str)  # generation, result, error: crosses from the worker thread

    def __init__(
        self, parent: QObject | None = None, threaded_from: int = THREADED_FROM_POSTS
    ) -> None:
        super().__init__(parent)
        self.threaded_from = threaded_from
        self._generation = 0
        self._running = 0
        self._executor: ThreadPoolExecutor | None = None
        self._done.connect(self._on_done)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(self, proposal: Proposal, compute: Callable[[Proposal], object]) -> None:
        self._generation += 1
        if len(proposal.posts) < self.threaded_from:
            self._finish(*self._compute(compute, proposal))
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="layout")
        generation, snapshot = self._generation, proposal.copy()
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self._executor.submit(
            lambda: self._done.emit(generation, *self._compute(compute, snapshot))
        )

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    @staticmethod
    def _compute(compute: Callable[[Proposal], object], proposal: Proposal) -> tuple[object, str]:
        try:
            return compute(proposal), ""
        except Exception as error:  # noqa: BLE001 - a layout bug must not take the window down
            return None, f"The chart could not be laid out: {error}"

    def _on_done(self, generation: int, result: object, error: str) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
        if generation == self._generation:
            self._finish(result, error)

    def _finish(self, result: object, error: str) -> None:
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
