"""The import's progress on the command line: a bar on stderr, only on a terminal, only when slow."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from tqdm import tqdm

from orgchart_app.importers import ProgressCallback

# An import quicker than this shows nothing: a bar that flashes by is noise.
SHOW_AFTER_SECONDS = 1.0


@contextmanager
def progress_bar(stream: TextIO | None = None) -> Iterator[ProgressCallback]:
    """A progress callback drawing on `stream` (stderr) when it is a terminal; gone at the end."""
    stream = sys.stderr if stream is None else stream
    bar = tqdm(
        total=1,
        file=stream,
        disable=not stream.isatty(),
        delay=SHOW_AFTER_SECONDS,
        leave=False,
        unit=" rows",
        desc="Importing",
    )

    def report(done: int, total: int) -> bool:
        bar.total = total
        # update() (not refresh()) keeps tqdm's delay: nothing drawn in the first second.
        bar.update(done - bar.n)
        return True

    try:
        yield report
    finally:
        bar.close()
