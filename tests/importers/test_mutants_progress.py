"""importers/progress.py directly: when the callback is told, what it is told, and cancelling."""

from __future__ import annotations

import pytest

from orgchart_app.importers.progress import STEP, ImportCancelled, Progress


def test_the_callback_is_told_every_step_and_at_the_end() -> None:
    calls: list[tuple[int, int]] = []
    progress = Progress(lambda done, total: calls.append((done, total)) is None, 700)
    assert (STEP, progress.total) == (500, 1400)
    progress.advance(STEP - 1)
    assert calls == []
    progress.advance()
    assert calls == [(500, 1400)]
    progress.advance(499)
    assert calls == [(500, 1400)]
    progress.advance(2)
    assert calls == [(500, 1400), (1001, 1400)]
    progress.advance(1000)  # more than the total is told as the total
    progress.finish()
    assert calls[-2:] == [(1400, 1400), (1400, 1400)]


def test_passes_multiply_the_rows_and_an_empty_import_still_counts_one() -> None:
    assert Progress(None, 10, passes=3).total == 30
    assert Progress(None, 0).total == 1
    Progress(None, 10).finish()  # no callback: nothing to tell


def test_a_false_from_the_callback_cancels_with_one_sentence() -> None:
    told: list[int] = []

    def callback(done: int, total: int) -> bool:
        told.append(done)
        return done < STEP * 2

    progress = Progress(callback, STEP * 2)
    progress.advance(STEP)
    with pytest.raises(ImportCancelled) as cancelled:
        progress.advance(STEP)
    assert str(cancelled.value) == "The import was cancelled; nothing was made."
    assert told == [STEP, STEP * 2]
