"""Bounds on what a proposal file may hold, checked with SQL before any row is read."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage.schema import OUR_TABLES

# Columns that hold a short label (a title, a name, a code); others may hold longer notes.
_LABEL_COLUMNS = frozenset({"title", "name", "short_name", "post_ref", "unit_ref", "grade", "code",
                            "cost_code", "kind", "status", "key"})


@dataclass(frozen=True, slots=True)
class Limits:
    """What a sane proposal stays under; anything past these is a crafted or broken file."""

    max_file_bytes: int = 500 * 1024 * 1024
    # Per table: the largest councils have a few tens of thousands of posts.
    max_rows: int = 1_000_000
    max_label_chars: int = 1_000
    max_text_chars: int = 100_000


DEFAULT_LIMITS = Limits()


def check_file_size(size: int, name: str, limits: Limits) -> None:
    if size > limits.max_file_bytes:
        raise FileRefused(f'"{name}" is too large to be a proposal ({size / 1024**2:,.0f} MB; '
                          f"the limit is {limits.max_file_bytes / 1024**2:,.0f} MB): it will not be opened.")


def check_sizes(db: sqlite3.Connection, name: str, limits: Limits) -> None:
    """Refuse absurd row counts and overlong text; call after the schema check, before reading."""
    for table in sorted(_present_tables(db)):
        (count,) = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        if count > limits.max_rows:
            raise FileRefused(f'"{name}" holds {count:,} rows in table "{table}" (the limit is '
                              f"{limits.max_rows:,}): it is not a proposal the designer can open.")
        _check_text(db, name, table, limits)


def _present_tables(db: sqlite3.Connection) -> set[str]:
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return names & OUR_TABLES


def _check_text(db: sqlite3.Connection, name: str, table: str, limits: Limits) -> None:
    columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
    if not columns:
        return
    # One pass over the table: the longest value of each column (length() counts characters).
    longest = db.execute("SELECT " + ", ".join(f"max(length({_quoted(c)}))" for c in columns)
                         + f' FROM "{table}"').fetchone()
    for column, length in zip(columns, longest, strict=True):
        limit = limits.max_label_chars if column in _LABEL_COLUMNS else limits.max_text_chars
        if length is not None and length > limit:
            raise FileRefused(f'"{name}" has a {table} {column} {length:,} characters long '
                              f"(the limit is {limit:,}): the file is damaged or was not made "
                              "by the designer.")


def _quoted(identifier: str) -> str:
    # Column names come from the untrusted file: quote them so they stay names, never SQL.
    return '"' + identifier.replace('"', '""') + '"'
