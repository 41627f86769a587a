"""Numbers as the window shows them, matching the committee reports."""

from __future__ import annotations


def fte_text(fte: float) -> str:
    """Whole numbers bare, others to at most 2 decimal places: 57, 0.5, 3.75."""
    return f"{fte:.2f}".rstrip("0").rstrip(".")
