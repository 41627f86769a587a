"""One stored value, strictly: the storage classes and ranges docs/FILE_FORMAT.md allows.

SQLite keeps whatever a crafted file puts in a cell ('FALSE' in a boolean column, 9e999 in an
FTE), so nothing is read by truthiness or coerced: a value of the wrong kind is refused with
a phrase that says what was found and what belongs there.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from orgchart_app.domain.ranges import RANGES, SMALLEST
from orgchart_app.domain.wording import count_text

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class BadValue(ValueError):
    """A stored value the file format does not allow; the message is a phrase ("the text 'x'
    where 0 or 1 belongs"), completed by the reader with the table, row and field."""


def describe(value: Any) -> str:
    """A stored value as a reader of the message would name it."""
    if value is None:
        return "nothing (NULL)"
    if isinstance(value, bytes):
        unit = "byte" if len(value) == 1 else "bytes"
        return f"{count_text(len(value))} {unit} of binary data"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:40] + "..."
        return f"the text {shown!r}"
    return f"the number {value!r}"


def boolean(value: Any) -> bool:
    if type(value) is int and value in (0, 1):
        return bool(value)
    raise BadValue(f"{describe(value)} where 0 or 1 belongs")


def whole(value: Any) -> int:
    if type(value) is int:
        return value
    raise BadValue(f"{describe(value)} where a whole number belongs")


def real(value: Any) -> float:
    if type(value) is float and math.isfinite(value):
        return value
    if type(value) is int:
        return float(value)
    if type(value) is float:
        raise BadValue(f"{value!r} is not a finite number")
    raise BadValue(f"{describe(value)} where a number belongs")


def money(value: Any) -> Decimal:
    # repr gives back the decimal that was written: a rate of 0.1438 stays 0.1438, not 0.14.
    return Decimal(repr(real(value)))


def text(value: Any) -> str:
    if type(value) is str:
        return value
    raise BadValue(f"{describe(value)} where text belongs")


def iso_date(value: Any) -> dt.date:
    if type(value) is not str:
        raise BadValue(f"{describe(value)} where text belongs (an ISO date, 2021-04-01)")
    try:
        if _ISO_DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise BadValue(f"{describe(value)} is not an ISO date (2021-04-01)")


def in_range(field: str, convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`convert`, then the field's range from RANGES, if it has one (NULL, where allowed, passes)."""
    bounds = RANGES.get(field)
    if bounds is None:
        return convert
    low, high = bounds
    smallest = SMALLEST.get(field, 0.0)

    def check(value: Any) -> Any:
        number = convert(value)
        if number is not None and not low <= number <= high:
            raise BadValue(
                f"{_plain(value)} is outside {count_text(round(low))} to {count_text(round(high))}"
            )
        if number and abs(number) < smallest:
            raise BadValue(f"{_plain(value)} is neither 0 nor at least {smallest:g}")
        return number

    return check


def _plain(number: float) -> str:
    # -5.0 reads as -5 in a message: a REAL column stores whole numbers as floats.
    if isinstance(number, float) and number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)
