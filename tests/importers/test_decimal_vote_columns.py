"""columns_use_decimal_commas(): the decimal-comma vote taken a column at a time, passing over
a column none of whose cells can vote, decides as the vote over every cell does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart_app.importers.values import (
    columns_use_decimal_commas,
    decimal_votes,
    may_vote,
    uses_decimal_commas,
)

# Digits (one of them not ASCII), the separators, and what cleaning takes off a cell.
_cell = st.text(alphabet="0123456789٣,.£% \nx", max_size=8)
_column = st.lists(_cell, max_size=12)


@settings(max_examples=500, deadline=None)
@given(st.lists(_column, max_size=4))
def test_the_vote_by_columns_is_the_vote_over_every_cell(columns: list[list[str]]) -> None:
    every_cell = [cell for column in columns for cell in column]
    assert columns_use_decimal_commas(columns) == uses_decimal_commas(every_cell)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 10**7), min_size=1, max_size=12), st.booleans())
def test_whole_pounds_written_with_commas_cast_no_vote(amounts: list[int], pound: bool) -> None:
    cells = [("£" if pound else "") + f"{amount:,}" for amount in amounts]
    assert decimal_votes(cells) == (0, 0)
    assert not may_vote(cells)
    # The pay column is passed over: one comma vote elsewhere decides.
    assert columns_use_decimal_commas([cells, ["0,5"]])
    assert not columns_use_decimal_commas([cells, ["0.5"]])


def test_a_column_with_a_comma_that_cannot_be_thousands_still_votes() -> None:
    assert columns_use_decimal_commas([["£20,001", "2,0011"]])  # four digits after the comma
    assert columns_use_decimal_commas([["£20,001", "£1,50 "]])
    assert columns_use_decimal_commas([["£20,001", " 12,5%"]])
    assert columns_use_decimal_commas([["1.234,5"], ["x"]])  # a point, so the column votes
    assert not columns_use_decimal_commas([["£20,001", "1,234.5"]])
    assert not columns_use_decimal_commas([])


@settings(max_examples=500, deadline=None)
@given(_column)
def test_a_column_said_not_to_vote_casts_no_vote(column: list[str]) -> None:
    if not may_vote(column):
        assert decimal_votes(column) == (0, 0)


def test_which_columns_may_vote() -> None:
    assert not may_vote(["£20,001", "1,234,567", "", "12", "x,123 "])
    assert may_vote(["£20,001", "0.5"])
    assert may_vote(["1,5"])
    assert may_vote(["1,5%"])
    assert may_vote(["1,2345"])
    assert not may_vote([])
