"""The problems an opened file has that do not stop it opening, looked for after the chart shows.

Looking for them drafts the worded recommendations (costing both scenarios, their diff, the
people costs): work, and modules, the first picture of a chart does not need. So the reader
leaves them out, and this looks for them on a worker thread once the chart in front has
painted, then lists them in one message, as `orgchart validate` words them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QGraphicsView, QMainWindow, QWidget

from orgchart_app.domain import Proposal
from orgchart_app.ui.dialogs.prompts import ErrorMessage
from orgchart_app.ui.jobs import LatestJob

MAX_PROBLEMS_SHOWN = 8
# A chart that has not painted by then (a minimised window) is checked all the same.
PAINT_WAIT_MS = 1_000


def problems_message(name: str, problems: list[str]) -> str:
    listed = "\n".join(f"- {problem}" for problem in problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    if more > 0:
        listed += f"\n... and {more} more (orgchart validate lists them all)."
    return f'"{name}" opened, but has problems to fix:\n{listed}'


def _validated(proposal: Proposal) -> list[str]:
    from orgchart_app.analysis.validation import validate_proposal  # the drafting loads here

    return validate_proposal(proposal)


class ProblemsCheck(QObject):
    """Checks the proposal just opened once the window's chart has painted; one check at a
    time, and a newer file's check replaces an older one's."""

    def __init__(self, window: QMainWindow, shown_path: Callable[[], Path | None]) -> None:
        super().__init__(window)
        self._window = window
        # The file shown now: once another (or none) is, an older file's check says nothing.
        self._shown_path = shown_path
        self._job = LatestJob(
            "problems", explain=lambda error: f"the checks could not run ({error})", parent=self
        )
        self._waiting: list[QWidget] = []
        self._pending: tuple[Proposal, Path] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAINT_WAIT_MS)
        self._timer.timeout.connect(self._run)

    @property
    def busy(self) -> bool:
        """A check is waiting for the chart to paint, or running."""
        return self._pending is not None or self._job.busy

    def check(self, proposal: Proposal, path: Path) -> None:
        """Look for the problems of `proposal`, read from `path`, after the next paint of the
        chart; list them if that file is still the one shown by then."""
        self._stop_waiting()
        self._job.cancel()
        # A copy, as opened: edits change the proposal shown in place, from now on and on the
        # GUI thread, while the checks run later on another (copying it is a few dicts).
        self._pending = (proposal.copy(), path)
        central = self._window.centralWidget()
        views = central.findChildren(QGraphicsView) if central is not None else []
        self._waiting = [view.viewport() for view in views if view.isVisible()]
        for widget in self._waiting:
            widget.installEventFilter(self)
        if self._waiting:
            self._timer.start()
        else:
            QTimer.singleShot(0, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and watched in self._waiting:
            # After this paint, not during it: the check starts once the picture is on screen.
            QTimer.singleShot(0, self, self._run)
            self._stop_waiting()
        return False

    def _stop_waiting(self) -> None:
        for widget in self._waiting:
            widget.removeEventFilter(self)
        self._waiting = []
        self._timer.stop()

    def _run(self) -> None:
        self._stop_waiting()
        if self._pending is None:
            return
        proposal, path = self._pending
        self._pending = None
        self._job.start(
            lambda: _validated(proposal),
            lambda problems: self._report(path, problems),
            lambda sentence: self._report(path, [sentence]),
        )

    def _report(self, path: Path, problems: list[str]) -> None:
        if problems and self._shown_path() == path:
            message = problems_message(path.name, problems)
            ErrorMessage.ask(self._window, "Opened with problems", message)
