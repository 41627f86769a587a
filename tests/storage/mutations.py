"""Damaged and crafted proposal files for fuzzing, and the judge of what open made of them.

Shared by tests/storage/test_fuzz.py (a few hundred cases per run) and scripts/fuzz_files.py
(10,000). Every case is drawn from a seeded random.Random, so a failure can be replayed.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from orgchart_app.analysis.soundness import unsound
from orgchart_app.domain import FileRefused
from orgchart_app.domain.tables import Table
from orgchart_app.storage import SCHEMA_VERSION, open_proposal
from orgchart_app.storage.mapping import RECORD_CLASSES, record_key, to_row
from orgchart_app.storage.schema import ROW_CLASSES

REPO = Path(__file__).resolve().parents[2]
SAMPLES = (
    REPO / "sample_data" / "bury_community_commissioning.sqlite",
    REPO / "sample_data" / "manchester_adults.sqlite",
)
PAGE = 4096
TABLES = {cls.__tablename__: table for table, cls in ROW_CLASSES.items()}  # type: ignore[attr-defined]

# Values a crafted file may put in any cell: wrong types, extremes, look-alikes, references.
NASTY = (
    "NULL",
    "0",
    "1",
    "-1",
    "2",
    "9223372036854775807",
    "-9223372036854775808",
    "1.5",
    "-0.0",
    "1e308",
    "9e999",
    "-9e999",
    "'FALSE'",
    "'TRUE'",
    "''",
    "' '",
    "'1'",
    "printf('%.*c', 5000, 'x')",
    "'2021-02-30'",
    "'2021-04-01'",
    "'1e3'",
    "x'00ff'",
    "zeroblob(64)",
    "'As is'",
    "'To be'",
    "'top'",
    "'filled'",
    "'‮evil'",
    "char(0)",
)


class Unsound(AssertionError):
    """open accepted a file it should have refused: the message says what differs."""


# --- byte-level damage -----------------------------------------------------------------------


def damaged_bytes(rng: random.Random) -> bytes:
    """A sample with some bytes changed, a page zeroed, copied, dropped or swapped, or cut short."""
    data = bytearray(rng.choice(SAMPLES).read_bytes())
    pages = len(data) // PAGE
    kind = rng.choice(("bytes", "bytes", "zero", "random", "copy", "drop", "swap", "truncate"))
    a, b = rng.randrange(pages), rng.randrange(pages)
    page_a, page_b = slice(a * PAGE, (a + 1) * PAGE), slice(b * PAGE, (b + 1) * PAGE)
    if kind == "bytes":
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == "zero":
        data[page_a] = bytes(PAGE)
    elif kind == "random":
        data[page_a] = rng.randbytes(PAGE)
    elif kind == "copy":
        data[page_a] = data[page_b]
    elif kind == "swap":
        data[page_a], data[page_b] = data[page_b], data[page_a]
    elif kind == "drop":
        del data[page_a]
    else:
        del data[rng.randrange(len(data)) :]
    return bytes(data)


# --- SQL-level crafting ----------------------------------------------------------------------


def crafted_statements(rng: random.Random, db: sqlite3.Connection) -> list[str]:
    """One to three changes a hostile or careless program could make with plain SQL."""
    statements: list[str] = []
    for _ in range(rng.randint(1, 3)):
        table = rng.choice(sorted(TABLES))
        rowids = [row[0] for row in db.execute(f"SELECT rowid FROM {table}")]
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        if not rowids or not columns:
            continue
        rowid, column = rng.choice(rowids), rng.choice(columns)
        statements += rng.choice(_CRAFTS)(rng, table, rowid, column, rowids)
    return statements


def _set_cell(
    rng: random.Random, table: str, rowid: int, column: str, rowids: list[int]
) -> list[str]:
    value = (
        rng.choice(NASTY)
        if rng.random() < 0.8
        else str(rng.choice(rowids) + rng.choice((0, 1, 1000)))
    )
    return [f'UPDATE {table} SET "{column}" = {value} WHERE rowid = {rowid}']


def _delete_row(
    rng: random.Random, table: str, rowid: int, column: str, rowids: list[int]
) -> list[str]:
    return [f"DELETE FROM {table} WHERE rowid = {rowid}"]


def _duplicate_row(
    rng: random.Random, table: str, rowid: int, column: str, rowids: list[int]
) -> list[str]:
    # Our tables declare keys; a crafted file may declare the same names without them.
    return [
        f"CREATE TABLE copy AS SELECT * FROM {table}",
        f"DROP TABLE {table}",
        f"ALTER TABLE copy RENAME TO {table}",
        f"INSERT INTO {table} SELECT * FROM {table} WHERE rowid = {rowid}",
        *_set_cell(rng, table, rowid, column, rowids),
    ]


def _loop_units(
    rng: random.Random, table: str, rowid: int, column: str, rowids: list[int]
) -> list[str]:
    return [
        "UPDATE unit SET parent_id = (SELECT id FROM unit u2 WHERE u2.parent_id = unit.id "
        f"LIMIT 1) WHERE id = (SELECT parent_id FROM unit WHERE parent_id IS NOT NULL "
        f"LIMIT 1 OFFSET {rng.randrange(8)})"
    ]


def _misdeclared_index(
    rng: random.Random, table: str, rowid: int, column: str, rowids: list[int]
) -> list[str]:
    # An index whose entries are for one expression while its schema names another.
    return [
        f"CREATE INDEX fuzz_ix ON {table} (\"{column}\" || 'x')",
        "PRAGMA writable_schema = ON",
        f"UPDATE sqlite_master SET sql = 'CREATE INDEX fuzz_ix ON {table} (\"{column}\")' "
        "WHERE name = 'fuzz_ix'",
        "PRAGMA writable_schema = OFF",
    ]


def _schema_change(
    rng: random.Random, table: str, rowid: int, column: str, rowids: list[int]
) -> list[str]:
    return [
        rng.choice(
            (
                f'ALTER TABLE {table} DROP COLUMN "{column}"',
                f"DROP TABLE {table}",
                f'ALTER TABLE {table} RENAME COLUMN "{column}" TO fuzzed',
                f"PRAGMA user_version = {rng.choice((0, 1, 2, SCHEMA_VERSION + 1))}",
                "DELETE FROM proposal_meta WHERE key = 'title'",
                "UPDATE proposal_meta SET value = x'ff' WHERE key = 'revision'",
            )
        )
    ]


_CRAFTS = (
    _set_cell,
    _set_cell,
    _set_cell,
    _set_cell,
    _delete_row,
    _duplicate_row,
    _loop_units,
    _misdeclared_index,
    _schema_change,
)


def crafted_file(rng: random.Random, path: Path) -> list[str]:
    """A sample copied to `path` and changed with plain SQL; the statements that applied."""
    shutil.copyfile(rng.choice(SAMPLES), path)
    db = sqlite3.connect(path)
    applied = []
    try:
        for statement in crafted_statements(rng, db):
            try:
                db.execute(statement)
                applied.append(statement)
            except sqlite3.Error:
                pass  # a change SQLite itself will not make (a column a key depends on, ...)
        db.commit()
    finally:
        db.close()
    return applied


# --- the judge ---------------------------------------------------------------------------------


def judge(path: Path) -> str:
    """ "opened" or "refused"; raises Unsound when an opened file is not exactly what it holds,
    and AssertionError when a refusal is not one sentence naming the file."""
    try:
        opened = open_proposal(path)
    except FileRefused as refused:
        message = str(refused)
        assert message.startswith(f'"{path.name}"') and "\n" not in message, message
        assert "unexpected" not in message, message  # an exception we did not foresee
        return "refused"
    if not opened.proposal.scenarios:
        raise Unsound("opened a proposal with no scenario")
    problem = next(unsound(opened.proposal), None)
    if problem is not None:
        raise Unsound(problem)
    if opened.schema_version == SCHEMA_VERSION:  # migrated files hold other columns
        _same_as_file(path, opened.proposal)
    return "opened"


def _same_as_file(path: Path, proposal: Any) -> None:
    """What was read is what the file holds, value for value (as the writer would store it),
    and the file is sound by SQLite's own full check: nothing read by truthiness or from a
    damaged index."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        findings = db.execute("PRAGMA integrity_check").fetchall()
        if findings != [("ok",)]:
            raise Unsound(f"integrity_check: {findings[0][0]}")
        present = {
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for sql_table, table in TABLES.items():
            if sql_table not in present:
                raise Unsound(f'the file has no table "{sql_table}", yet it opened')
            records = proposal.records(table)
            rows = db.execute(f"SELECT * FROM {sql_table} NOT INDEXED")
            names = [d[0] for d in rows.description]
            stored = [dict(zip(names, row, strict=True)) for row in rows]
            if len(stored) != len(records):
                raise Unsound(f"{sql_table}: {len(stored)} rows in the file, {len(records)} read")
            for row in stored:
                _same_row(sql_table, table, row, records)
    finally:
        db.close()


def _same_row(sql_table: str, table: Table, row: dict[str, Any], records: dict[Any, Any]) -> None:
    key = (
        (row["pay_scale_id"], row["pay_year"], row["point"])
        if table is Table.PAY_POINTS
        else row["id"]
    )
    record = records.get(key)
    if record is None or record_key(table, record) != key:
        raise Unsound(f"{sql_table} {key!r} is in the file but was not read")
    written = to_row(record)
    for column, value in written.items():
        if column in row and (row[column] != value or type(row[column]) is bytes):
            raise Unsound(
                f"{sql_table} {key!r} {column}: the file holds {row[column]!r}, {value!r} was read"
            )


assert set(RECORD_CLASSES) == set(TABLES.values())
