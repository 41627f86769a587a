"""Numbers as committee reports print them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def fte_text(fte: float) -> str:
    """Whole numbers bare ("7"), others to 2 decimal places ("0.50")."""
    fte = round(fte, 4)
    return f"{fte:.0f}" if float(fte).is_integer() else f"{fte:.2f}"


def money(amount: Decimal | float | int) -> str:
    """£874,000; negative amounts as -£12,345."""
    value = Decimal(str(amount)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    return f"{sign}£{abs(value):,}"
