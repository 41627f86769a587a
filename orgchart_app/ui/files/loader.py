"""Open proposal files on a worker thread, with a progress dialog when it takes a while."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from orgchart_app.storage import OpenedFile, open_proposal
from orgchart_app.ui.jobs import LatestJob

# Below this the progress dialog never appears, so opening a small file does not flicker.
PROGRESS_DELAY_MS = 400


class ProposalLoader(QObject):
    """Reads one file at a time off the GUI thread; `loaded` or `failed` arrives on the GUI thread."""

    loaded = Signal(object, object)  # OpenedFile, Path
    failed = Signal(str, object)  # one sentence, Path

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._jobs = LatestJob("open", explain=str, parent=self)
        self._progress: QProgressDialog | None = None

    def open(self, path: Path) -> None:
        self._show_progress(path)
        # From the result on, only the GUI thread touches the proposal. The problems that do
        # not stop a file opening are looked for once it is shown (files.problems).
        self._jobs.start(
            lambda: open_proposal(path, checked=False),
            lambda opened: self._on_opened(opened, path),
            lambda error: self._on_failed(error, path),
            explain=lambda error: f'"{path.name}" could not be opened ({error}).',
        )

    def wait(self) -> None:
        """Block until the worker is idle (for shutting down)."""
        self._jobs.wait()

    def _show_progress(self, path: Path) -> None:
        self._close_progress()
        progress = QProgressDialog(f'Opening "{path.name}"...', "Cancel", 0, 0, self._parent)
        progress.setWindowTitle("Opening proposal")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.canceled.connect(self._on_progress_canceled)
        self._progress = progress

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self._on_progress_canceled)
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _on_progress_canceled(self) -> None:
        self._jobs.cancel()  # the running job's result will be ignored when it arrives
        self._close_progress()

    def _on_opened(self, opened: OpenedFile, path: Path) -> None:
        self._close_progress()
        self.loaded.emit(opened, path)

    def _on_failed(self, error: str, path: Path) -> None:
        self._close_progress()
        self.failed.emit(error, path)
