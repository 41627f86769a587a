"""Numbers as committee reports print them."""

from __future__ import annotations


def fte_text(fte: float) -> str:
    """Whole numbers bare ("7"), others to 2 decimal places ("0.50")."""
    fte = round(fte, 4)
    return f"{fte:.0f}" if float(fte).is_integer() else f"{fte:.2f}"
