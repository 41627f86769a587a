"""The statements that create a new file's tables, exactly as `metadata.create_all` does.

SQLAlchemy works them out once per process, into a database in memory; every save then runs
the same statements with sqlite3 itself, so a new file's sqlite_master holds the very text (in
the very order) it held when each save made an engine and ran `create_all` into the file.
"""

from __future__ import annotations

from functools import cache

import sqlalchemy
from sqlalchemy import create_engine

from orgchart_app.storage.schema import metadata


@cache
def create_statements() -> tuple[str, ...]:
    """CREATE TABLE and CREATE INDEX statements, in the order create_all runs them."""
    engine = create_engine("sqlite://")
    try:
        with engine.connect() as connection:
            metadata.create_all(connection)
            found = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
            ).all()
    finally:
        engine.dispose()
    return tuple(str(sql) for (sql,) in found)


def nullable_columns(table: sqlalchemy.Table) -> frozenset[str]:
    """The columns a row may leave out to mean NULL: nullable, with no default in the file."""
    return frozenset(
        column.name
        for column in table.columns
        if column.nullable and column.server_default is None and not column.primary_key
    )
