"""The import's progress on the command line: a bar on stderr, only when slow.

By default the bar shows only on a terminal, once the import has run for a second: a bar that
flashes by is noise, and one in a log is clutter. ORGCHART_PROGRESS_AFTER=SECONDS sets that
threshold and draws the bar whatever stderr is (a script's log that wants it, or a test).
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from tqdm import tqdm

from orgchart_app.cli.common import CommandFailed
from orgchart_app.importers import ProgressCallback

SHOW_AFTER_SECONDS = 1.0
THRESHOLD_VARIABLE = "ORGCHART_PROGRESS_AFTER"


@contextmanager
def progress_bar(stream: TextIO | None = None) -> Iterator[ProgressCallback]:
    """A progress callback drawing on `stream` (stderr) when it is a terminal, or whenever
    ORGCHART_PROGRESS_AFTER is set; gone at the end."""
    stream = sys.stderr if stream is None else stream
    threshold = _threshold()
    bar = tqdm(
        total=1,
        file=stream,
        disable=threshold is None and not stream.isatty(),
        delay=SHOW_AFTER_SECONDS if threshold is None else threshold,
        # Asked for: every step (500 rows) is drawn, not one a tenth of a second at most.
        mininterval=0.1 if threshold is None else 0.0,
        leave=False,
        unit=" rows",
        desc="Importing",
    )

    def report(done: int, total: int) -> bool:
        bar.total = total
        # update() (not refresh()) keeps tqdm's delay: nothing drawn before the threshold.
        bar.update(done - bar.n)
        return True

    try:
        yield report
    finally:
        bar.close()


def _threshold() -> float | None:
    """ORGCHART_PROGRESS_AFTER in seconds; None when it is not set."""
    text = os.environ.get(THRESHOLD_VARIABLE)
    if text is None:
        return None
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not math.isfinite(seconds) or seconds < 0:
        raise CommandFailed(
            f'{THRESHOLD_VARIABLE} is "{text[:40]}"; set it to a number of seconds (0 or '
            "more) after which the import shows its progress, or unset it."
        )
    return seconds
