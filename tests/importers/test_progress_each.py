"""Progress.advance_each tells the callback exactly what a call of advance() per count would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart_app.importers.progress import STEP, ImportCancelled, Progress


def _told(rows: int, before: list[int], counts: list[int], each: bool) -> list[tuple[int, int]]:
    calls: list[tuple[int, int]] = []
    progress = Progress(lambda done, total: calls.append((done, total)) is None, rows)
    for count in before:
        progress.advance(count)
    if each:
        progress.advance_each(counts)
    else:
        for count in counts:
            progress.advance(count)
    progress.finish()
    return calls


@settings(max_examples=200, deadline=None)
@given(
    rows=st.integers(0, 5_000),
    before=st.lists(st.integers(0, 900), max_size=4),
    counts=st.lists(st.integers(0, 700), max_size=60),
)
def test_advance_each_tells_what_advance_per_count_tells(
    rows: int, before: list[int], counts: list[int]
) -> None:
    assert _told(rows, before, counts, each=True) == _told(rows, before, counts, each=False)


def test_rows_of_several_lines_are_told_where_they_cross_each_step() -> None:
    calls = _told(1_000, [], [1] * 498 + [3, 3] + [1] * 500, each=True)
    # 498 + 3 = 501 crosses 500; the next is told on reaching 501 + 500 = 1001.
    assert calls == [(501, 2000), (1001, 2000), (2000, 2000)]


def test_nothing_to_count_tells_nothing() -> None:
    assert _told(10, [], [], each=True) == [(20, 20)]


def test_a_false_from_the_callback_cancels_where_it_was_told() -> None:
    told: list[int] = []

    def callback(done: int, total: int) -> bool:
        told.append(done)
        return done < STEP * 2

    progress = Progress(callback, STEP * 4)
    with pytest.raises(ImportCancelled):
        progress.advance_each([1] * (STEP * 3))
    assert told == [STEP, STEP * 2]
    progress.advance(STEP - 1)  # the count stopped where it was told: not yet the next step
    assert told == [STEP, STEP * 2]
