"""Each stored value is read strictly, and refused in words that say what was found and what belongs.

The reader's tests (test_strict_open.py) reach these through crafted files; these call the
conversions directly, so each boundary and each phrase is pinned without writing a file.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orgchart_app.storage.values import (
    BadValue,
    boolean,
    describe,
    in_range,
    iso_date,
    money,
    real,
    text,
    whole,
)


def _refusal(convert: object, value: object) -> str:
    with pytest.raises(BadValue) as refused:
        convert(value)  # type: ignore[operator]
    return str(refused.value)


def test_values_are_named_as_a_reader_would_name_them() -> None:
    assert describe(None) == "nothing (NULL)"
    assert describe(b"\x00") == "1 byte of binary data"
    assert describe(b"\x00" * 1234) == "1,234 bytes of binary data"
    assert describe("x" * 40) == f"the text '{'x' * 40}'"
    assert describe("y" * 41) == f"the text '{'y' * 40}...'"
    assert describe(2.5) == "the number 2.5"
    assert describe(7) == "the number 7"


def test_a_boolean_is_the_whole_number_0_or_1_only() -> None:
    assert boolean(1) is True
    assert boolean(0) is False
    assert _refusal(boolean, 2) == "the number 2 where 0 or 1 belongs"
    assert _refusal(boolean, -1) == "the number -1 where 0 or 1 belongs"
    assert _refusal(boolean, 1.0) == "the number 1.0 where 0 or 1 belongs"
    assert _refusal(boolean, "1") == "the text '1' where 0 or 1 belongs"
    # Python's True is an int, but not one SQLite hands back: only exact ints pass.
    assert _refusal(boolean, True) == "the number True where 0 or 1 belongs"


def test_a_whole_number_is_an_int_and_nothing_like_one() -> None:
    assert whole(0) == 0
    assert whole(-12) == -12
    assert _refusal(whole, 3.0) == "the number 3.0 where a whole number belongs"
    assert _refusal(whole, "3") == "the text '3' where a whole number belongs"
    assert _refusal(whole, False) == "the number False where a whole number belongs"


def test_a_number_is_finite_and_a_whole_one_reads_as_a_float() -> None:
    assert real(2.5) == 2.5
    assert real(-0.25) == -0.25
    read = real(3)
    assert read == 3.0
    assert type(read) is float
    assert _refusal(real, float("inf")) == "inf is not a finite number"
    assert _refusal(real, float("-inf")) == "-inf is not a finite number"
    assert _refusal(real, float("nan")) == "nan is not a finite number"
    assert _refusal(real, "2.5") == "the text '2.5' where a number belongs"
    assert _refusal(real, None) == "nothing (NULL) where a number belongs"
    assert _refusal(real, True) == "the number True where a number belongs"


def test_money_keeps_the_decimal_that_was_written() -> None:
    assert money(0.1438) == Decimal("0.1438")
    assert str(money(0.1438)) == "0.1438"
    assert str(money(25000)) == "25000.0"
    assert _refusal(money, "25000") == "the text '25000' where a number belongs"


def test_text_is_a_str_only() -> None:
    assert text("") == ""
    assert text("Care") == "Care"
    assert _refusal(text, 5) == "the number 5 where text belongs"
    assert _refusal(text, b"ab") == "2 bytes of binary data where text belongs"


def test_a_date_is_iso_text_of_a_real_day() -> None:
    assert iso_date("2021-04-01") == dt.date(2021, 4, 1)
    assert iso_date("2024-02-29") == dt.date(2024, 2, 29)
    assert (
        _refusal(iso_date, 20210401)
        == "the number 20210401 where text belongs (an ISO date, 2021-04-01)"
    )
    assert (
        _refusal(iso_date, "2021-02-30") == "the text '2021-02-30' is not an ISO date (2021-04-01)"
    )
    # Python reads these as dates; the file format does not.
    for loose in ("20210401", "2021-04-01T00:00", " 2021-04-01", "2021-4-1"):
        assert _refusal(iso_date, loose) == f"the text {loose!r} is not an ISO date (2021-04-01)"


def test_a_field_without_a_range_is_only_converted() -> None:
    assert in_range("title", text) is text
    assert in_range("id", whole)(-5) == -5


def test_a_range_includes_both_its_ends() -> None:
    fte = in_range("fte", real)
    assert fte(0) == 0.0
    assert fte(100) == 100.0
    assert fte(0.0001) == 0.0001
    assert _refusal(fte, 100.5) == "100.5 is outside 0 to 100"
    assert _refusal(fte, -0.5) == "-0.5 is outside 0 to 100"
    multiplier = in_range("multiplier", real)
    assert multiplier(1) == 1.0
    assert multiplier(104) == 104.0
    assert _refusal(multiplier, 0.5) == "0.5 is outside 1 to 104"
    assert _refusal(multiplier, 105) == "105 is outside 1 to 104"


def test_a_range_is_worded_with_separated_thousands() -> None:
    assert _refusal(in_range("quantity", real), 2_000_000) == "2000000 is outside 0 to 1,000,000"
    budget = in_range("basic_pay", real)
    assert budget(-1_000_000_000) == -1_000_000_000.0
    assert (
        _refusal(budget, -1_000_000_001.0)
        == "-1000000001 is outside -1,000,000,000 to 1,000,000,000"
    )


def test_a_stored_float_is_worded_as_the_number_it_is() -> None:
    # A REAL column gives whole numbers as floats: -5.0 reads as -5, a fraction as itself.
    salary = in_range("salary", real)
    assert _refusal(salary, -5.0) == "-5 is outside 0 to 10,000,000"
    assert _refusal(salary, -5.5) == "-5.5 is outside 0 to 10,000,000"
    assert _refusal(salary, 1e15) == "1000000000000000.0 is outside 0 to 10,000,000"
    assert _refusal(salary, 999_999_999_999_999.0) == ("999999999999999 is outside 0 to 10,000,000")


def test_a_null_passes_a_range_where_the_conversion_allows_it() -> None:
    def maybe(value: object) -> float | None:
        return None if value is None else real(value)

    assert in_range("salary", maybe)(None) is None


def test_below_the_smallest_amount_only_zero_is_allowed() -> None:
    salary = in_range("salary", real)
    assert salary(0) == 0.0
    assert salary(0.01) == 0.01
    assert _refusal(salary, 0.009) == "0.009 is neither 0 nor at least 0.01"
    fte = in_range("fte", real)
    assert _refusal(fte, 0.00009) == "9e-05 is neither 0 nor at least 0.0001"
    # A field without a smallest amount takes any small number in its range.
    assert in_range("quantity", real)(1e-300) == 1e-300
    assert in_range("basic_pay", real)(-1e-300) == -1e-300
