"""A proposal file's proposal_meta (revision, who saved it and when), read without trusting it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from orgchart_app.storage.connection import connect_source, set_time_budget


def read_meta(path: Path) -> dict[str, str]:
    """The file's proposal_meta as text, or {} when it cannot be read (never raises)."""
    try:
        source = connect_source(path)
    except sqlite3.Error:
        return {}
    set_time_budget(source, 5.0)
    try:
        rows = source.execute(
            "SELECT key, value FROM proposal_meta WHERE key IN "
            "('revision', 'saved_at', 'saved_by', 'title')"
        ).fetchall()
        return {str(key): str(value) for key, value in rows}
    except sqlite3.Error:
        return {}
    finally:
        source.close()


def revision_number(text: str | None) -> int:
    """The revision counter as written in proposal_meta; 0 when missing or not a number."""
    try:
        return int(text) if text is not None else 0
    except ValueError:
        return 0
