"""The importer's one progress callback: (rows done, rows in all) -> keep going?"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import accumulate

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

    def advance_each(self, counts: Iterable[int]) -> None:
        """advance(count) for each of `counts` (none below 0) in turn, the callback told at the
        very same points: one search in C for each time it is told, not a call for each of
        50,000 rows."""
        done = list(accumulate(counts, initial=self._done))
        position = bisect_left(done, self._next, 1)
        while position < len(done):
            self._done = done[position]
            self._next = self._done + STEP
            self._tell()
            position = bisect_left(done, self._next, position + 1)
        self._done = done[-1]

    def finish(self) -> None:
        self._done = self.total
        self._tell()

    def _tell(self) -> None:
        callback = self._callback
        if callback is not None and callback(min(self._done, self.total), self.total) is False:
            raise ImportCancelled()


NO_PROGRESS = Progress(None, 0)
