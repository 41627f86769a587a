"""Bounds on what a proposal file may hold, checked with SQL before any row is read."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from functools import cache

from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.wording import count_text, megabytes_text
from orgchart_app.storage.connection import MAX_VALUE_BYTES
from orgchart_app.storage.fileformat import OUR_TABLES

# Columns that may hold longer prose; every other text is a label (a title, a name, a code),
# drawn on the chart and in the PDF, where an overlong one costs minutes of text layout.
_PROSE_COLUMNS = frozenset({"notes", "description", "source"})
# proposal_meta values that are prose; its others (title, saved_by, ...) are labels.
_PROSE_META = frozenset({"notes"})


@dataclass(frozen=True, slots=True)
class Limits:
    """What a sane proposal stays under; anything past these is a crafted or broken file."""

    max_file_bytes: int = 500 * 1024 * 1024
    # Per table: the largest councils have a few tens of thousands of posts.
    max_rows: int = 1_000_000
    max_label_chars: int = 1_000
    max_text_chars: int = 100_000
    # Up to this size the whole file gets PRAGMA integrity_check, which compares every index
    # with its table (quick_check does not): 0.23 s for a 28 MB file of 100,000 posts here
    # (quick_check 0.17 s), so about 2 s at this bound. Larger files get quick_check, and what is
    # read never comes from an index (reader.py reads NOT INDEXED). Either way the connection's
    # time budget (connection.TIME_BUDGET_SECONDS) bounds a crafted file with many indexes.
    max_full_check_bytes: int = 256 * 1024 * 1024


DEFAULT_LIMITS = Limits()


def check_file_size(size: int, name: str, limits: Limits) -> None:
    if size > limits.max_file_bytes:
        raise FileRefused(
            f'"{name}" is too large to be a proposal ({megabytes_text(size)}; '
            f"the limit is {megabytes_text(limits.max_file_bytes)}): it will not be opened."
        )


def check_sizes(db: sqlite3.Connection, name: str, limits: Limits) -> None:
    """Refuse absurd row counts and overlong text; call after the schema check, before reading."""
    for table in sorted(_present_tables(db)):
        (count,) = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        if count > limits.max_rows:
            raise FileRefused(
                f'"{name}" holds {count_text(count)} rows in table "{table}" (the limit is '
                f"{count_text(limits.max_rows)}): it is not a proposal the designer can open."
            )
        _check_text(db, name, table, limits)
    if "proposal_meta" in _present_tables(db):
        _check_meta(db, name, limits)


def _present_tables(db: sqlite3.Connection) -> set[str]:
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return names & OUR_TABLES


def _check_text(db: sqlite3.Connection, name: str, table: str, limits: Limits) -> None:
    columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
    if not columns:
        return
    if table == "proposal_meta":
        columns = ["key"]  # values are checked by key, in _check_meta
    try:
        longest = _longest(db, table, columns)
    except sqlite3.DataError:  # a value past what SQLite may load here (connection.MAX_VALUE_BYTES)
        _name_too_large(db, name, table, columns)
        raise
    for column, length in zip(columns, longest, strict=True):
        _check_length(name, f"{table} {column}", length, text_limit(column, limits))


def _longest(db: sqlite3.Connection, table: str, columns: list[str]) -> tuple[int | None, ...]:
    # One pass over the table: the longest value of each column (length() counts characters).
    return tuple(
        db.execute(
            "SELECT "
            + ", ".join(f"max(length({quoted(c)}))" for c in columns)
            + f" FROM {quoted(table)}"
        ).fetchone()
    )


def _name_too_large(db: sqlite3.Connection, name: str, table: str, columns: list[str]) -> None:
    for column in columns:
        try:
            _longest(db, table, [column])
        except sqlite3.DataError:
            raise FileRefused(
                f'"{name}" has a {table} {column} value too large for a proposal '
                f"(over {MAX_VALUE_BYTES // 1024**2} MB): it was not made by the "
                "designer and will not be opened."
            ) from None


def _check_meta(db: sqlite3.Connection, name: str, limits: Limits) -> None:
    try:
        rows = db.execute("SELECT key, length(value) FROM proposal_meta").fetchall()
    except sqlite3.DataError:
        _name_too_large(db, name, "proposal_meta", ["value"])
        raise
    for key, length in rows:
        _check_length(name, f"proposal_meta {str(key)[:40]}", length, meta_limit(key, limits))


def text_limit(column: str, limits: Limits = DEFAULT_LIMITS) -> int:
    """The longest text the reader lets `column` hold (check_sizes), so a save can refuse first."""
    return limits.max_text_chars if column in _PROSE_COLUMNS else limits.max_label_chars


@cache
def text_limits(record_class: type) -> tuple[tuple[str, int], ...]:
    """(field, longest allowed) of each text field of a record class, in field order: what a
    save checks (writer_rows.py) and an import cuts to (importers/long_text.py)."""
    return tuple(
        (field.name, text_limit(field.name))
        for field in dataclasses.fields(record_class)
        if str(field.type) in ("str", "str | None")
    )


def meta_limit(key: str, limits: Limits = DEFAULT_LIMITS) -> int:
    return limits.max_text_chars if key in _PROSE_META else limits.max_label_chars


def refuse_long_text(what: str, field: str, length: int, limit: int) -> FileRefused:
    """The save's refusal of a text the reader would refuse: an import can carry a 1,500-character
    title, and a file saved with it would never open again."""
    return FileRefused(
        f'Could not save: {what}, field "{field}": {count_text(length)} characters long, more '
        f"than a proposal file holds ({count_text(limit)}); shorten it and save again."
    )


def _check_length(name: str, what: str, length: int | None, limit: int) -> None:
    if length is not None and length > limit:
        raise FileRefused(
            f'"{name}" has a {what} {count_text(length)} characters long (the limit is '
            f"{count_text(limit)}): the file is damaged or was not made by the designer."
        )


def quoted(identifier: str) -> str:
    # Column names come from the untrusted file: quote them so they stay names, never SQL.
    return '"' + identifier.replace('"', '""') + '"'
