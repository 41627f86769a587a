"""Runs a layout off the GUI thread when the proposal is big, and hands the result back on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from orgchart_app.domain import Proposal
from orgchart_app.ui.jobs import LatestJob

# Below this many posts a layout takes about as long as one repaint of the view (5 to 7 ms):
# do it at once, no thread. Above, the window would freeze for the layout (20 to 25 ms at
# 1,000 posts), whereas a worker gives the GUI thread the interpreter every switch interval.
THREADED_FROM_POSTS = 300


def _unlaid(error: Exception) -> str:
    return f"The chart could not be laid out: {error}"


class LayoutRunner(QObject):
    """Computes `compute(proposal)`; emits `finished(result)` or `failed(message)` on the GUI thread.

    The worker gets a copy of the proposal (records are immutable, so a copy of the dicts is a
    snapshot), so edits made while it runs cannot tear it. A newer run supersedes an older one.
    """

    finished = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, threaded_from: int = THREADED_FROM_POSTS
    ) -> None:
        super().__init__(parent)
        self.threaded_from = threaded_from
        self._jobs = LatestJob("layout", explain=_unlaid, parent=self)
        self._jobs.busy_changed.connect(self.busy_changed)

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def run(
        self,
        proposal: Proposal,
        compute: Callable[[Proposal], object],
        first: Callable[[Proposal], object | None] | None = None,
    ) -> None:
        """`first`: a quick way to the result, tried on the GUI thread before `compute` (None
        from it: it does not apply)."""
        quick = self._at_once(proposal, first) if first is not None else None
        if quick is not None:
            self._jobs.cancel()  # a layout still running on the worker is older than this one
            self.finished.emit(quick)
            return
        if len(proposal.posts) >= self.threaded_from:
            snapshot = proposal.copy()
            self._jobs.start(lambda: compute(snapshot), self.finished.emit, self.failed.emit)
            return
        self._jobs.cancel()  # a layout still running on the worker is older than this one
        try:
            result = compute(proposal)
        except Exception as error:  # noqa: BLE001 - a layout bug must not take the window down
            self.failed.emit(_unlaid(error))
        else:
            self.finished.emit(result)

    def _at_once(self, proposal: Proposal, first: Callable[[Proposal], object | None]) -> object:
        try:
            return first(proposal)
        except Exception:  # noqa: BLE001 - the full layout then runs, and reports what it finds
            return None

    def shutdown(self) -> None:
        self._jobs.close()
