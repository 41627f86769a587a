"""The proposal file's format in plain terms (version, tables, columns, keys), for sqlite3.

The designer's start reads a current file with these and sqlite3 alone: SQLModel and
SQLAlchemy (half a second of imports) are loaded only to migrate an older file, to save, or
for team mode. storage/schema.py declares the same tables as SQLModel rows for those;
tests/storage/test_bare_reader.py checks the two descriptions agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgchart_app.domain.tables import Table
from orgchart_app.storage.mapping import RECORD_CLASSES, column_names

# "OrgC" in ASCII: marks a SQLite file as ours (PRAGMA application_id).
APPLICATION_ID = 0x4F726743
SCHEMA_VERSION = 9


@dataclass(frozen=True, slots=True)
class StoredTable:
    """One record table as the file stores it: its name, its columns in the record's field
    order, and its primary key."""

    table: Table
    name: str
    columns: tuple[str, ...]
    keys: tuple[str, ...] = ("id",)


def _stored(table: Table, name: str, keys: tuple[str, ...] = ("id",)) -> StoredTable:
    # A column per field of the record, named as the field (mapping.py reads and writes them so).
    return StoredTable(table, name, column_names(RECORD_CLASSES[table]), keys)


# In an order that satisfies the foreign keys, as schema.ROW_CLASSES.
STORED_TABLES: tuple[StoredTable, ...] = (
    _stored(Table.PAY_SCALES, "pay_scale"),
    _stored(Table.PAY_POINTS, "pay_point", ("pay_scale_id", "pay_year", "point")),
    _stored(Table.GRADES, "grade"),
    _stored(Table.ORGANISATIONS, "organisation"),
    _stored(Table.ON_COST_RULES, "on_cost_rule"),
    _stored(Table.SCENARIOS, "scenario"),
    _stored(Table.UNITS, "unit"),
    _stored(Table.POSTS, "post"),
    _stored(Table.POSTHOLDERS, "postholder"),
    _stored(Table.DOTTED_LINES, "dotted_line"),
    _stored(Table.BUDGET_LINES, "budget_line"),
    _stored(Table.RECOMMENDATION_ITEMS, "recommendation_item"),
    _stored(Table.POOLS, "pool"),
    _stored(Table.OUTCOMES, "outcome"),
    _stored(Table.CONSULTATIONS, "consultation"),
    _stored(Table.DOCUMENTS, "document"),
    _stored(Table.PROVENANCE, "provenance"),
)

OUR_TABLES = frozenset({"proposal_meta", *(stored.name for stored in STORED_TABLES)})
