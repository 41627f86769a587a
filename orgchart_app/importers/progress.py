"""The importer's one progress callback: (rows done, rows in all) -> keep going?"""

from __future__ import annotations

from collections.abc import Callable

from orgchart_app.importers.limits import ImportRefused

# Called with (done, total) every STEP rows and at the end; returning False cancels the import.
ProgressCallback = Callable[[int, int], bool]
# Often enough for a smooth bar, rarely enough to cost nothing on 50,000 rows.
STEP = 500


class ImportCancelled(ImportRefused):
    """The user cancelled: nothing was made."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was made.")


class Progress:
    """Counts rows through the import's passes (each row is read, then placed)."""

    def __init__(self, callback: ProgressCallback | None, rows: int, passes: int = 2) -> None:
        self._callback = callback
        self.total = max(1, rows * passes)
        self._done = 0
        self._next = STEP

    def advance(self, rows: int = 1) -> None:
        self._done += rows
        if self._done >= self._next:
            self._next = self._done + STEP
            self._tell()

    def finish(self) -> None:
        self._done = self.total
        self._tell()

    def _tell(self) -> None:
        callback = self._callback
        if callback is not None and callback(min(self._done, self.total), self.total) is False:
            raise ImportCancelled()


NO_PROGRESS = Progress(None, 0)
