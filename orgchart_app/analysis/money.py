"""Money and rates as the committee reports print them: £874,000, -£54,000, 13.8%."""

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


def money_text(amount: Decimal) -> str:
    """£874,000; -£54,000 for a negative amount."""
    pounds = whole_pounds(amount)
    sign = "-" if pounds < 0 else ""
    return f"{sign}£{abs(pounds):,.0f}"


def signed_money_text(amount: Decimal) -> str:
    """A change: +£12,000, -£54,000, £0."""
    text = money_text(amount)
    return f"+{text}" if whole_pounds(amount) > 0 else text


def rate_text(rate: Decimal) -> str:
    """A fraction as a percentage without trailing zeros: 0.138 -> 13.8%, 0.1438 -> 14.38%."""
    percent = (rate * 100).normalize()
    return f"{percent:f}%"
