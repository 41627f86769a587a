"""Rows <-> domain records: columns carry the domain field names; enums, money and dates convert."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import operator
import typing
from collections.abc import Callable, Hashable
from decimal import Decimal
from functools import cache
from typing import Any

from orgchart_app.domain import drafts, model, outcomes, provenance
from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.ranges import RANGES, SMALLEST
from orgchart_app.domain.tables import Table
from orgchart_app.storage import values
from orgchart_app.storage.values import BadValue

# Domain table -> record class.
RECORD_CLASSES: dict[Table, type] = {
    Table.ORGANISATIONS: model.Organisation,
    Table.SCENARIOS: model.Scenario,
    Table.UNITS: model.Unit,
    Table.POSTS: model.Post,
    Table.POSTHOLDERS: model.Postholder,
    Table.DOTTED_LINES: model.DottedLine,
    Table.PAY_SCALES: model.PayScale,
    Table.PAY_POINTS: model.PayPoint,
    Table.GRADES: model.Grade,
    Table.ON_COST_RULES: model.OnCostRule,
    Table.BUDGET_LINES: model.BudgetLine,
    Table.RECOMMENDATION_ITEMS: drafts.RecommendationItem,
    Table.POOLS: outcomes.Pool,
    Table.OUTCOMES: outcomes.Outcome,
    Table.CONSULTATIONS: outcomes.Consultation,
    Table.DOCUMENTS: provenance.Document,
    Table.PROVENANCE: provenance.Provenance,
}


# Record class -> the table it is stored in, as messages name it.
_TABLE_NAMES: dict[type, str] = {
    model.Organisation: "organisation",
    model.Scenario: "scenario",
    model.Unit: "unit",
    model.Post: "post",
    model.Postholder: "postholder",
    model.DottedLine: "dotted_line",
    model.PayScale: "pay_scale",
    model.PayPoint: "pay_point",
    model.Grade: "grade",
    model.OnCostRule: "on_cost_rule",
    model.BudgetLine: "budget_line",
    drafts.RecommendationItem: "recommendation_item",
    outcomes.Pool: "pool",
    outcomes.Outcome: "outcome",
    outcomes.Consultation: "consultation",
    provenance.Document: "document",
    provenance.Provenance: "provenance",
}


def record_key(table: Table, record: Any) -> Hashable:
    if table is Table.PAY_POINTS:
        return (record.pay_scale_id, record.pay_year, record.point)
    key: Hashable = record.id
    return key


def to_row(record: Any) -> dict[str, Any]:
    """A record as a dict of column values, ready for an INSERT; FileRefused for a number the
    file format does not allow (so the designer never writes a file it would refuse to open)."""
    return dict(zip(column_names(type(record)), to_values(record), strict=True))


def column_names(record_class: type) -> tuple[str, ...]:
    """The columns of a record's row, in the order to_values gives their values."""
    return _field_names(record_class)


def to_values(record: Any) -> tuple[Any, ...]:
    """A record's column values in column_names order (an INSERT's parameters); FileRefused as
    for to_row. The save of a 50,000-post import makes 150,000 of these: no dict per row."""
    record_class: type = type(record)
    _, values_of, converted = _row_maker(record_class)
    cells: tuple[Any, ...] = values_of(record)
    if converted:
        changed = list(cells)
        for index in converted:
            if (value := changed[index]) is not None:
                changed[index] = _to_column(value)
        cells = tuple(changed)
    for index, low, high, smallest in range_checks(record_class):
        number = cells[index]
        if not fits_range(number, low, high, smallest):
            _refuse(record, _field_names(record_class)[index], number)
    return cells


def fits_range(number: Any, low: float, high: float, smallest: float) -> bool:
    """Whether a column value plainly passes its range check: nearly every value is a plain
    number within its range; the full check (and its message) is for the rest. NaN and
    infinities fail the comparison."""
    return number is None or (
        type(number) in (int, float) and low <= number <= high and not 0 < abs(number) < smallest
    )


@dataclasses.dataclass(frozen=True, slots=True)
class Conversions:
    """One getter for all of a record's column values, and which of them may need converting."""

    values_of: Callable[[Any], tuple[Any, ...]]
    converted: tuple[int, ...]


def conversions(record_class: type) -> Conversions:
    _, values_of, converted = _row_maker(record_class)
    return Conversions(values_of, converted)


def to_column(value: Any) -> Any:
    """A field's value as SQLite stores it (an enum's value, an amount as a float, ...)."""
    return _to_column(value)


def record_label(record: Any) -> str:
    """A record as a save's refusal names it: "post 12" (its table, and its id where it has one)."""
    return f"{_TABLE_NAMES[type(record)]} {getattr(record, 'id', '')}".rstrip()


def _refuse(record: Any, name: str, value: Any) -> None:
    try:
        values.in_range(name, values.real)(value)
    except BadValue as bad:
        what = record_label(record)
        raise FileRefused(
            f'Could not save: {what}, field "{name}": {bad}, which the file '
            "format does not allow; change it and save again."
        ) from None


@cache
def _row_maker(
    record_class: type,
) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], tuple[int, ...]]:
    """The field names, one getter for all their values, and which values may need converting.
    Worked out once per class: a 50,000-post save converts two million values otherwise."""
    names = _field_names(record_class)
    hints = typing.get_type_hints(record_class)
    converted = tuple(i for i, name in enumerate(names) if _may_convert(hints[name]))
    return names, operator.attrgetter(*names), converted


def _may_convert(hint: Any) -> bool:
    """Whether a field of this type can hold an enum, an amount, a date or a list of numbers."""
    if typing.get_origin(hint) is tuple:
        return True
    arguments = typing.get_args(hint)
    if arguments:
        return any(_may_convert(argument) for argument in arguments)
    return isinstance(hint, type) and issubclass(hint, (enum.Enum, Decimal, dt.date))


@cache
def range_checks(record_class: type) -> tuple[tuple[int, float, float, float], ...]:
    """(position, lowest, highest, smallest but 0) of each field with a range, once per class."""
    return tuple(
        (index, *RANGES[name], SMALLEST.get(name, 0.0))
        for index, name in enumerate(_field_names(record_class))
        if name in RANGES
    )


def _to_column(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value._value_  # the attribute itself: `.value` is a slow property
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        # A short list of numbers (a pool's posts, protection percentages) is one text cell.
        return ",".join(str(_to_column(item)) for item in value)
    return value


def row_reader(record_class: type, columns: tuple[str, ...]) -> Callable[[tuple[Any, ...]], Any]:
    """A function building a record from a row of these columns (a plain tuple of SQLite's own
    values); it raises FieldError naming the field of a value the file format does not allow.
    The converters are looked up once per table, not once per row: a big file has tens of
    thousands of rows."""
    # In the record's field order, so the record is built from positional arguments.
    order = [
        (name, columns.index(name), convert) for name, convert in _converters(record_class).items()
    ]

    def read(row: tuple[Any, ...]) -> Any:
        values = []
        for name, index, convert in order:
            try:
                values.append(convert(row[index]))
            except BadValue as bad:
                raise FieldError(name, str(bad)) from None
        return record_class(*values)

    return read


class FieldError(ValueError):
    """A field's stored value is not allowed: `field` names it, the message says why."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field


@cache
def _field_names(record_class: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record_class))


@cache
def _converters(record_class: type) -> dict[str, Callable[[Any], Any]]:
    hints = typing.get_type_hints(record_class)
    return {
        name: values.in_range(name, _converter_for(hints[name]))
        for name in _field_names(record_class)
    }


# Plain types -> the strict reading of a stored value of that type.
_STRICT: dict[Any, Callable[[Any], Any]] = {
    bool: values.boolean,
    int: values.whole,
    float: values.real,
    Decimal: values.money,
    str: values.text,
    dt.date: values.iso_date,
}


def _converter_for(hint: Any) -> Callable[[Any], Any]:
    if hasattr(hint, "__supertype__"):  # typed ids (NewType)
        return _converter_for(hint.__supertype__)
    args = typing.get_args(hint)
    if type(None) in args:
        inner = _converter_for(next(a for a in args if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_converter(hint)
    if typing.get_origin(hint) is tuple:
        return _list_converter(args[0])
    return _STRICT[hint]


def _list_converter(item_hint: Any) -> Callable[[Any], Any]:
    """A text cell of numbers separated by commas (a pool's posts, "100,50") as a tuple."""
    whole = getattr(item_hint, "__supertype__", item_hint) is int
    read: Callable[[str], Any] = int if whole else Decimal

    def convert(value: Any) -> tuple[Any, ...]:
        parts = [part.strip() for part in values.text(value).split(",") if part.strip()]
        try:
            numbers = tuple(read(part) for part in parts)
            sound = all((whole or n.is_finite()) and n >= 0 for n in numbers)
        except (ValueError, ArithmeticError):
            numbers, sound = (), False
        if not sound:
            kind = "whole numbers" if whole else "numbers"
            raise BadValue(f"{values.describe(value)} where {kind} separated by commas belong")
        return numbers

    return convert


def _enum_converter(enum_class: type[enum.Enum]) -> Callable[[Any], Any]:
    members = {member.value: member for member in enum_class}
    allowed = ", ".join(repr(value) for value in members)

    def convert(value: Any) -> Any:
        member = members.get(value) if type(value) is str else None
        if member is None:
            raise BadValue(f"{values.describe(value)} where one of {allowed} belongs")
        return member

    return convert
