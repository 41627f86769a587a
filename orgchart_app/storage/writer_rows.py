"""A table's records as INSERT parameters, converted a column at a time.

A 50,000-post save converts a million values; most columns hold a handful of distinct ones (a
status, a grade's enum, no end date). Converting each distinct value once per column, checking
each distinct number's range once, and leaving out columns that are NULL in every row (SQLite
stores the same NULL either way) keeps the save close to SQLite's own cost. The rows are the
ones `mapping.to_values` gives, value for value; where a range check fails, `to_values` runs
row by row so the refusal names the record just as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from orgchart_app.storage.limits import refuse_long_text, text_limits
from orgchart_app.storage.mapping import (
    column_names,
    conversions,
    fits_range,
    range_checks,
    record_label,
    to_column,
    to_values,
)


@dataclass(frozen=True, slots=True)
class TableRows:
    """The columns to name in the INSERT and, for each record, the values in that order."""

    columns: tuple[str, ...]
    rows: Iterator[tuple[Any, ...]]


def table_rows(
    records: Sequence[Any],
    record_class: type,
    nullable: Iterable[str] = (),
    made: Mapping[str, Sequence[Any]] | None = None,
) -> TableRows:
    """`records` (all of `record_class`) as rows; columns in `nullable` (no default but NULL in
    the table) are left out where every record leaves them None. `made`, each field's values
    record by record (the columns an import made the records from), saves taking the records
    apart again; the rows, their checks and refusals are the same."""
    names = column_names(record_class)
    columns: list[Sequence[Any]]
    if made is not None:
        columns = [made[name] for name in names]
    else:
        raw = list(map(conversions(record_class).values_of, records))
        columns = list(zip(*raw, strict=True)) if raw else [()] * len(names)
    for index in conversions(record_class).converted:
        columns[index] = _converted(columns[index])
    for index in _flag_columns(record_class):
        columns[index] = _as_whole_numbers(columns[index])
    for index, low, high, smallest in range_checks(record_class):
        numbers = set(columns[index])
        if plainly_in_range(numbers, low, high, smallest):
            continue
        if not all(fits_range(number, low, high, smallest) for number in numbers):
            for record in records:
                to_values(record)  # raises FileRefused naming the record and field
    _check_lengths(records, record_class, names, columns)
    left_out = set(nullable)
    kept = [
        index
        for index, name in enumerate(names)
        if name not in left_out or columns[index].count(None) != len(columns[index])
    ]
    return TableRows(
        tuple(names[index] for index in kept), zip(*(columns[index] for index in kept), strict=True)
    )


@cache
def _text_columns(record_class: type) -> tuple[tuple[int, int], ...]:
    """(index, longest allowed) of each field that holds text, in column_names order."""
    limits = dict(text_limits(record_class))
    return tuple(
        (index, limits[name])
        for index, name in enumerate(column_names(record_class))
        if name in limits
    )


def _check_lengths(
    records: Sequence[Any],
    record_class: type,
    names: Sequence[str],
    columns: Sequence[Sequence[Any]],
) -> None:
    """Refuse a text the reader would refuse (storage/limits.py): an import can carry one, and a
    file saved with it would never open again. One pass of len() over each text column."""
    for index, limit in _text_columns(record_class):
        column = columns[index]
        if max(map(len, filter(None, column)), default=0) > limit:
            row = next(i for i, text in enumerate(column) if text and len(text) > limit)
            raise refuse_long_text(
                record_label(records[row]), names[index], len(column[row]), limit
            )


def _converted(column: Sequence[Any]) -> Sequence[Any]:
    """Each value object converted once: keyed by identity, since an enum hashes in Python (slow)
    and equal amounts may still write differently (a tuple of 1 and one of 1.0). The column
    holds every object meanwhile, so no identity is reused. A column of nothing but NULLs (an
    import's dates and personal pay) or of amounts (its salaries, nearly all different) is done
    whole, at C speed, as to_column would do it value by value."""
    kinds = set(map(type, column))
    if kinds <= _AS_STORED:
        return column
    if kinds == _AMOUNTS:
        return list(map(float, column))
    # Each object once, by identity, then every row's value looked up: both passes in C.
    firsts = dict(zip(map(id, column), column, strict=True))
    done = {key: to_column(value) for key, value in firsts.items()}
    return list(map(done.__getitem__, map(id, column)))


@cache
def _flag_columns(record_class: type) -> tuple[int, ...]:
    """The positions of the fields that hold True or False, in column_names order."""
    names = column_names(record_class)
    flags = {field.name for field in dataclasses.fields(record_class) if str(field.type) == "bool"}
    return tuple(index for index, name in enumerate(names) if name in flags)


def _as_whole_numbers(column: Sequence[Any]) -> Sequence[Any]:
    """A column of True and False as 1 and 0, which SQLite stores either way: sqlite3 binds an
    int at once but looks a bool up among its adapters first (a third of a microsecond each,
    40 ms for a 50,000-post save's three flags)."""
    if set(map(type, column)) == _FLAGS:
        return list(map(int, column))
    return column


def plainly_in_range(numbers: set[Any], low: float, high: float, smallest: float) -> bool:
    """Whether every one of `numbers` (None aside) plainly passes its range check, found
    with a few passes in C (a save's 40,000 different salaries); False sends the caller to
    fits_range() for each, which alone may refuse."""
    present = numbers - {None}
    if not present:
        return True
    if not set(map(type, present)) <= _PLAIN_NUMBERS:
        return False
    # min() and max() may pass over a NaN, which compares false with anything; the sum does not.
    total = sum(present)
    if total != total:
        return False
    if not low <= min(present) or not max(present) <= high:
        return False
    return smallest == 0 or min(filter(None, map(abs, present)), default=smallest) >= smallest


# What to_column leaves as it is, and what it makes a float of.
_AS_STORED = frozenset({type(None)})
_AMOUNTS = frozenset({Decimal})
_FLAGS = {bool}
_PLAIN_NUMBERS = {int, float}
