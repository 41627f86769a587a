"""Checks that a file's pages are sound and that it holds only tables of ours: no code, no extras."""

from __future__ import annotations

import sqlite3

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage.fileformat import OUR_TABLES

# Tables SQLite itself may add to any database.
_ASK = "ask the sender to save it again from the designer"
_SQLITE_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


def check_database(db: sqlite3.Connection, name: str, *, full: bool) -> None:
    """Refuse damaged pages, and code or tables that a proposal file never holds.

    `full` runs integrity_check, which also compares every index with its table (a damaged
    index passes quick_check); its time is bounded by the connection's time budget."""
    result = db.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}(1)").fetchone()
    if not result or result[0] != "ok":
        raise FileRefused(
            f'"{name}" is damaged (SQLite integrity check: {_first_finding(result)}). '
            "Use a backup or ask the sender again."
        )
    for kind, object_name, sql in db.execute("SELECT type, name, sql FROM sqlite_master"):
        _check_object(name, kind, object_name, sql or "")


def _first_finding(result: tuple[object, ...] | None) -> str:
    # SQLite's report may span lines ("*** in database main ***\nPage 12: ..."): keep one sentence.
    lines = [
        line
        for line in str(result[0] if result else "").splitlines()
        if line.strip() and not line.startswith("***")
    ]
    finding = lines[0] if lines else "no answer"
    return finding if len(finding) <= 100 else finding[:100] + "..."


def _check_object(name: str, kind: str, object_name: str, sql: str) -> None:
    if kind in ("trigger", "view"):
        raise FileRefused(
            f'"{name}" contains a {kind} ("{object_name}"), which proposal files '
            f"never have, so it will not be opened: {_ASK}."
        )
    if kind == "table" and sql.lstrip().upper().startswith("CREATE VIRTUAL"):
        raise FileRefused(
            f'"{name}" contains a virtual table ("{object_name}"), which proposal '
            f"files never have, so it will not be opened: {_ASK}."
        )
    if kind == "table" and object_name not in OUR_TABLES | _SQLITE_TABLES:
        raise FileRefused(
            f'"{name}" contains a table that proposal files never have '
            f'("{object_name}"), so it will not be opened: {_ASK}.'
        )
    if kind not in ("table", "index"):
        raise FileRefused(
            f'"{name}" contains a {kind} ("{object_name}"), which proposal files '
            f"never have, so it will not be opened: {_ASK}."
        )
