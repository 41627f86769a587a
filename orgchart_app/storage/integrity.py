"""Checks that a file is only data of ours, and that its records point at records that exist."""

from __future__ import annotations

import sqlite3
from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage.schema import OUR_TABLES


def check_database(db: sqlite3.Connection, name: str) -> None:
    """Refuse damaged pages, and code or tables that a proposal file never holds."""
    result = db.execute("PRAGMA quick_check").fetchone()
    if not result or result[0] != "ok":
        raise FileRefused(f'"{name}" is damaged (SQLite integrity check: {result[0] if result else "no answer"}). '
                          "Use a backup or ask the sender again.")
    for kind, object_name in db.execute("SELECT type, name FROM sqlite_master"):
        if kind in ("trigger", "view"):
            raise FileRefused(f'"{name}" contains a {kind} ("{object_name}"), which proposal files '
                              "never have: it was not made by the designer and will not be opened.")
        if kind == "table" and object_name not in OUR_TABLES and not object_name.startswith("sqlite_"):
            raise FileRefused(f'"{name}" contains a table that proposal files never have '
                              f'("{object_name}"): it will not be opened.')

