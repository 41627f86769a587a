"""Rows <-> domain records: columns carry the domain field names; enums, money and dates convert."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import typing
from collections.abc import Callable, Hashable
from decimal import Decimal
from functools import cache
from typing import Any

from orgchart_app.domain import model

# Domain table name -> record class.
RECORD_CLASSES: dict[str, type] = {
    "organisations": model.Organisation,
    "scenarios": model.Scenario,
    "units": model.Unit,
    "posts": model.Post,
    "postholders": model.Postholder,
    "dotted_lines": model.DottedLine,
    "pay_scales": model.PayScale,
    "pay_points": model.PayPoint,
    "grades": model.Grade,
    "on_cost_rules": model.OnCostRule,
    "budget_lines": model.BudgetLine,
}


def record_key(table: str, record: Any) -> Hashable:
    if table == "pay_points":
        return (record.pay_scale_id, record.pay_year, record.point)
    return record.id


def to_row(record: Any) -> dict[str, Any]:
    """A record as a dict of column values, ready for an INSERT."""
    return {name: _to_column(getattr(record, name)) for name in _field_names(type(record))}


def _to_column(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_row(record_class: type, row: dict[str, Any]) -> Any:
    """Build a record from column values; raises ValueError on a value of the wrong kind."""
    converters = _converters(record_class)
    return record_class(**{name: converters[name](row[name]) for name in converters})


@cache
def _field_names(record_class: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record_class))


@cache
def _converters(record_class: type) -> dict[str, Callable[[Any], Any]]:
    hints = typing.get_type_hints(record_class)
    return {name: _converter_for(hints[name]) for name in _field_names(record_class)}


def _converter_for(hint: Any) -> Callable[[Any], Any]:
    if hasattr(hint, "__supertype__"):  # typed ids (NewType)
        return _converter_for(hint.__supertype__)
    args = typing.get_args(hint)
    if type(None) in args:
        inner = _converter_for(next(a for a in args if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint
    if hint is Decimal:
        return _strict(_decimal, (int, float))
    if hint is dt.date:
        return lambda value: dt.date.fromisoformat(str(value))
    if hint is bool:
        return _strict(bool, (bool, int))
    if hint is float:
        return _strict(float, (int, float))
    if hint is int:
        return _strict(int, (int,))
    if hint is str:
        return _strict(str, (str,))
    return lambda value: value


def _decimal(value: float) -> Decimal:
    # repr gives back the decimal that was written: a rate of 0.1438 stays 0.1438, not 0.14.
    return Decimal(repr(float(value)))


def _strict(convert: Callable[[Any], Any], accepted: tuple[type, ...]) -> Callable[[Any], Any]:
    # A crafted file may hold text where a number belongs; refuse it rather than guess.
    def check(value: Any) -> Any:
        if not isinstance(value, accepted):
            raise ValueError(f"expected {convert.__name__}, found {type(value).__name__}")
        return convert(value)
    return check
