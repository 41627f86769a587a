"""SQLite connections hardened for untrusted files: read-only, no code from the schema, time-bounded."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

# Action codes the source connection may perform: read rows and pragmas, nothing else.
_READ_ACTIONS = frozenset(
    {
        sqlite3.SQLITE_SELECT,
        sqlite3.SQLITE_READ,
        sqlite3.SQLITE_PRAGMA,
        sqlite3.SQLITE_FUNCTION,
        sqlite3.SQLITE_TRANSACTION,
    }
)
# Pragmas a reader needs; others (writable_schema, journal_mode, ...) could change the file.
_READ_PRAGMAS = frozenset(
    {
        "quick_check",
        "integrity_check",
        "user_version",
        "application_id",
        "page_count",
        "page_size",
        "table_info",
        "trusted_schema",
        "cell_size_check",
        "query_only",
        "mmap_size",
    }
)

# Large enough for any value we accept (limits.py refuses long text with a clear sentence first);
# small enough that a crafted record cannot make SQLite allocate gigabytes.
MAX_VALUE_BYTES = 16 * 1024 * 1024
MAX_SQL_BYTES = 1024 * 1024
MAX_EXPRESSION_DEPTH = 100

# Seconds any one check may run before it is abandoned (a crafted file must not hang the window).
TIME_BUDGET_SECONDS = 60.0


def connect_source(path: Path) -> sqlite3.Connection:
    """A read-only connection to the user's file that can only read (no writes, no code)."""
    # immutable=1: SQLite takes no locks and creates no -wal/-shm/-journal files beside the
    # user's file (header.check_no_pending_changes refuses files that have them). Safe because
    # our saves replace the file by rename and never change the open one in place.
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
    )
    harden(connection)
    connection.execute("PRAGMA query_only = ON")
    connection.set_authorizer(_allow_reads_only)
    return connection


def connect_memory() -> sqlite3.Connection:
    """An in-memory database to copy an untrusted file into; hardened the same way."""
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    harden(connection)
    return connection


def harden(connection: sqlite3.Connection) -> None:
    """Defensive settings: schema code is untrusted, pages are checked, no extensions, limits."""
    _set_defensive(connection)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    # Plain reads, no memory map: a network drive that vanishes then gives an error, not SIGBUS.
    connection.execute("PRAGMA mmap_size = 0")
    if hasattr(connection, "enable_load_extension"):
        connection.enable_load_extension(False)
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    connection.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_BYTES)
    connection.setlimit(sqlite3.SQLITE_LIMIT_EXPR_DEPTH, MAX_EXPRESSION_DEPTH)
    connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)


def _set_defensive(connection: sqlite3.Connection) -> None:
    # Connection.setconfig arrived in Python 3.12; on 3.11 the PRAGMAs in harden() stand in.
    setconfig = getattr(connection, "setconfig", None)
    if setconfig is None:
        return
    for name, value in (
        ("SQLITE_DBCONFIG_DEFENSIVE", True),
        ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", False),
        ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False),
        ("SQLITE_DBCONFIG_ENABLE_VIEW", False),
    ):
        option = getattr(sqlite3, name, None)
        if option is not None:
            setconfig(option, value)


def _allow_reads_only(action: int, argument: str | None, *_: object) -> int:
    if action not in _READ_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and (argument or "").lower() not in _READ_PRAGMAS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def set_time_budget(connection: sqlite3.Connection, seconds: float = TIME_BUDGET_SECONDS) -> None:
    """Abort any query on `connection` that runs past `seconds` from now (OperationalError)."""
    deadline = time.monotonic() + seconds
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
