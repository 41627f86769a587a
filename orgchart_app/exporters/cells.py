"""Cell values safe to open in a spreadsheet, and the table both list formats are written from."""

from __future__ import annotations

from dataclasses import dataclass, field

# What a spreadsheet runs as a formula when a cell starts with it (OWASP "CSV injection").
# The importers undo exactly this prefix when they read our own exports back.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Text a spreadsheet would run gets a leading apostrophe; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass
class ListTable:
    """A header, rows of cells, and an optional totals row (written by the XLSX only)."""

    title: str
    header: list[str]
    rows: list[list[object]] = field(default_factory=list)
    totals: list[object] | None = None
    # Columns written with two decimal places (FTE).
    decimal_columns: frozenset[int] = frozenset()
