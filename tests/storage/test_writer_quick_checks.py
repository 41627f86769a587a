"""The save's quick passes (storage/writer_rows.py): flags written as the whole numbers SQLite
keeps, and the range check in C that lets through only what fits_range() lets through."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart_app.domain import FileRefused, Table
from orgchart_app.domain.ranges import RANGES, SMALLEST
from orgchart_app.samples import build_bury
from orgchart_app.storage import save_proposal
from orgchart_app.storage.mapping import RECORD_CLASSES, fits_range
from orgchart_app.storage.writer_rows import plainly_in_range, table_rows

POST = RECORD_CLASSES[Table.POSTS]
FLAGS = ("funded", "is_assistant", "temporary_line")


def test_a_posts_flags_are_written_as_1_and_0() -> None:
    proposal = build_bury()
    posts = list(proposal.posts.values())
    posts[0] = dataclasses.replace(posts[0], funded=False, is_assistant=True)
    rows = table_rows(posts, POST)
    flags = [rows.columns.index(name) for name in FLAGS]
    written = [tuple(row[i] for i in flags) for row in rows.rows]
    assert {type(value) for row in written for value in row} == {int}
    assert written[0] == (0, 1, int(posts[0].temporary_line))
    assert written[1:] == [tuple(int(getattr(p, f)) for f in FLAGS) for p in posts[1:]]


def test_a_flag_column_holding_something_else_is_left_for_sqlite_to_bind() -> None:
    proposal = build_bury()
    posts = list(proposal.posts.values())[:2]
    posts[1] = dataclasses.replace(posts[1], funded=None)  # type: ignore[arg-type]
    rows = table_rows(posts, POST)
    funded = rows.columns.index("funded")
    assert [row[funded] for row in rows.rows] == [posts[0].funded, None]
    assert type(posts[0].funded) is bool


_numbers = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(-1e-3, 1e-3),
    st.sampled_from([0, 0.0, -0.0, 1e308, -1e308, 100.0, 100.00000001]),
)


@settings(max_examples=500, deadline=None)
@given(st.sets(_numbers, max_size=8), st.sampled_from(sorted(RANGES)))
def test_the_quick_range_check_passes_only_what_the_full_one_passes(
    numbers: set[object], field: str
) -> None:
    low, high = RANGES[field]
    smallest = SMALLEST.get(field, 0.0)
    if plainly_in_range(numbers, low, high, smallest):
        assert all(fits_range(number, low, high, smallest) for number in numbers)


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.one_of(st.none(), st.integers(-5, 10**7), st.floats(-10.0, 1e7)), max_size=8),
    st.sampled_from(sorted(RANGES)),
)
def test_the_quick_range_check_passes_every_ordinary_column_that_fits(
    numbers: set[object], field: str
) -> None:
    low, high = RANGES[field]
    smallest = SMALLEST.get(field, 0.0)
    fits = all(fits_range(number, low, high, smallest) for number in numbers)
    assert plainly_in_range(numbers, low, high, smallest) == fits


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ({None}, True),
        (set(), True),
        ({0, 0.5, 100.0}, True),
        ({0.5, 100.5}, False),
        ({-0.5, 1.0}, False),
        ({0.00005, 1.0}, False),  # under fte's smallest but not 0
        ({0.0001, 1.0}, True),
        ({1.0, math.nan}, False),
        ({1.0, math.inf}, False),
        ({2.0, True}, False),  # a flag is not a number
        ({1.0, "1"}, False),
    ],
)
def test_the_quick_range_check_on_fte(numbers: set[object], expected: bool) -> None:
    assert plainly_in_range(numbers, *RANGES["fte"], SMALLEST["fte"]) is expected


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (10_000_000.01, "10000000.01 is outside 0 to 10,000,000"),
        (0.001, "is neither 0 nor at least 0.01"),
        (-1.0, "-1 is outside 0 to 10,000,000"),
    ],
)
def test_a_salary_out_of_range_among_many_stops_the_save(
    tmp_path: Path, value: float, said: str
) -> None:
    proposal = build_bury()
    posts = list(proposal.posts.values())
    for number, post in enumerate(posts):
        proposal.posts[post.id] = dataclasses.replace(post, salary=30_000.0 + number)
    last = posts[-1]
    proposal.posts[last.id] = dataclasses.replace(last, salary=value)
    with pytest.raises(FileRefused) as refused:
        save_proposal(proposal, tmp_path / "out.sqlite")
    assert f'post {last.id}, field "salary": ' in str(refused.value)
    assert said in str(refused.value)
    assert list(tmp_path.iterdir()) == []
