"""Money rounded as pay and budgets round it; domain/wording.py words it for people."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")
POUND = Decimal("1")


def pennies(amount: Decimal) -> Decimal:
    """Rounded to the penny, halves up: a payment to one person."""
    return amount.quantize(PENNY, rounding=ROUND_HALF_UP)


def whole_pounds(amount: Decimal) -> Decimal:
    """Rounded to the pound, halves up, as budget tables are."""
    return amount.quantize(POUND, rounding=ROUND_HALF_UP)
