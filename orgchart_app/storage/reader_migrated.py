"""Reading a file written with an older schema: migrated in memory, then read as SQLAlchemy
describes the tables. Imported only for such files: SQLModel and SQLAlchemy take half a second
to load, which a current file's opening (reader_rows.read_current) does without."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.fileformat import StoredTable
from orgchart_app.storage.migrations import migrate
from orgchart_app.storage.reader_rows import database_failure, read_rows
from orgchart_app.storage.schema import ROW_CLASSES, metadata, sql_table


def read_migrated(db: sqlite3.Connection, name: str, version: int) -> Proposal:
    """The proposal in `db`, a file of schema `version`, brought up to the current one first."""
    migrate(db, version)
    return read_described(db, name)


def read_described(db: sqlite3.Connection, name: str) -> Proposal:
    """Create the tables an older schema did not have yet, then read every table with the
    columns and keys schema.py declares."""
    engine = create_engine("sqlite://", creator=lambda: db, poolclass=StaticPool)
    try:
        metadata.create_all(engine)
        return read_rows(db, name, _described_tables())
    except SQLAlchemyError as error:
        raise FileRefused(database_failure(name, error)) from None
    finally:
        engine.dispose()  # closes `db` too: read first


def _described_tables() -> list[StoredTable]:
    described = []
    for table, row_class in ROW_CLASSES.items():
        sql = sql_table(row_class)
        columns = tuple(column.name for column in sql.columns)
        keys = tuple(column.name for column in sql.primary_key.columns)
        described.append(StoredTable(table, sql.name, columns, keys))
    return described
