"""Open proposal files on a worker thread, with a progress dialog when it takes a while."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from orgchart_app.domain import OrgChartError
from orgchart_app.storage import open_proposal

# Below this the progress dialog never appears, so opening a small file does not flicker.
PROGRESS_DELAY_MS = 400


class _JobSignals(QObject):
    # Created on the GUI thread, so what the worker emits arrives there (a queued connection).
    finished = Signal(int, object, object, str)  # job number, Path, OpenedFile | None, error


class _OpenJob(QRunnable):
    def __init__(self, number: int, path: Path, signals: _JobSignals) -> None:
        super().__init__()
        self._number = number
        self._path = path
        self._signals = signals

    def run(self) -> None:
        try:
            opened = open_proposal(self._path)
        except OrgChartError as error:
            self._signals.finished.emit(self._number, self._path, None, str(error))
        except Exception as error:  # noqa: BLE001 - the user gets a sentence, never a traceback
            self._signals.finished.emit(
                self._number,
                self._path,
                None,
                f'"{self._path.name}" could not be opened ({error}).',
            )
        else:
            # From here on only the GUI thread touches the proposal.
            self._signals.finished.emit(self._number, self._path, opened, "")


class ProposalLoader(QObject):
    """Reads one file at a time off the GUI thread; `loaded` or `failed` arrives on the GUI thread."""

    loaded = Signal(object, object)  # OpenedFile, Path
    failed = Signal(str, object)  # one sentence, Path

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._on_job_finished)
        self._job = 0
        self._progress: QProgressDialog | None = None

    def open(self, path: Path) -> None:
        self._job += 1
        self._show_progress(path)
        self._pool.start(_OpenJob(self._job, path, self._signals))

    def wait(self) -> None:
        """Block until the worker is idle (for shutting down)."""
        self._pool.waitForDone()

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
        self._job += 1  # the running job's result will be ignored when it arrives
        self._close_progress()

    def _on_job_finished(self, number: int, path: Path, opened: object, error: str) -> None:
        if number != self._job:
            return
        self._close_progress()
        if opened is None:
            self.failed.emit(error, path)
        else:
            self.loaded.emit(opened, path)
