"""Records to and from the server's rows and the history's JSON, with the file's own checks."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable
from functools import cache
from typing import Any

from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.tables import Table
from orgchart_app.storage.mapping import RECORD_CLASSES, FieldError, to_row
from orgchart_app.storage.mapping import row_reader as file_row_reader
from orgchart_app.storage.team.tables import key_columns, record_columns

JsonKey = list[Any]


def row_of(table: Table, record: Any) -> dict[str, Any]:
    """A record as column values (the file's own conversion and range checks)."""
    del table
    return to_row(record)


@cache
def _reader(table: Table) -> Callable[[tuple[Any, ...]], Any]:
    return file_row_reader(RECORD_CLASSES[table], tuple(record_columns(table)))


def record_of(table: Table, values: tuple[Any, ...] | list[Any]) -> Any:
    """A record from its column values in record_columns(table) order. PostgreSQL gives
    booleans as True/False where SQLite gives 0/1, which the file's strict reading expects."""
    return _reader(table)(tuple(int(v) if type(v) is bool else v for v in values))


def record_from_json(table: Table, row: dict[str, Any]) -> Any:
    if table is Table.INFO:
        return ProposalInfo(**row)
    return record_of(table, [row.get(column) for column in record_columns(table)])


def json_of(table: Table, record: Any) -> dict[str, Any] | None:
    if record is None:
        return None
    if table is Table.INFO:
        return dataclasses.asdict(record)
    return row_of(table, record)


def key_to_json(table: Table, key: Hashable) -> JsonKey:
    if table is Table.INFO:
        return []
    return list(key) if isinstance(key, tuple) else [key]


def key_from_json(table: Table, key: JsonKey) -> Hashable:
    if table is Table.INFO:
        return Table.INFO
    return tuple(key) if len(key_columns(table)) > 1 else key[0]


def key_values(table: Table, key: Hashable) -> dict[str, Any]:
    """The primary key columns of a record's row, by name."""
    return dict(zip(key_columns(table), key_to_json(table, key), strict=True))


__all__ = [
    "FieldError",
    "json_of",
    "key_from_json",
    "key_to_json",
    "key_values",
    "record_from_json",
    "record_of",
    "row_of",
]
