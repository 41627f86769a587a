"""Numbers worded for people, one way everywhere: FTE, money, counts, percentages and dates.

The forms follow the committee reports the samples come from (docs/DOMAIN.md, "How numbers are
worded"): "66.2 FTE", "x 4 FTE", "£874,000", "13.8%", "24 July 2019". Every screen, page and
command words numbers through here, so the window, the PDF and the command line agree.
Data files (CSV columns, the organogram schema) write numbers as data, not through here.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

_POUND = Decimal("1")
_HUNDREDTH = Decimal("0.01")


def fte_text(fte: float | Decimal) -> str:
    """To at most two decimal places, trailing zeros dropped, thousands grouped: 1, 0.5, 66.2,
    1,234.5."""
    rounded = Decimal(str(fte)).quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)
    return _bare(rounded)


def fte_label(fte: float | Decimal) -> str:
    """An amount of FTE with its unit: "0.5 FTE"."""
    return f"{fte_text(fte)} FTE"


def fte_change_text(change: float | Decimal) -> str:
    """A change in FTE, signed: +2, -0.5, 0."""
    return _signed(fte_text(change))


def posts_fte_label(quantity: int, fte: float | Decimal) -> str:
    """One post's establishment: "0.5 FTE" for one post, "7 x 1 FTE" for a box of seven."""
    return fte_label(fte) if quantity == 1 else f"{count_text(quantity)} x {fte_label(fte)}"


def money_text(amount: Decimal | int | float) -> str:
    """Whole pounds, halves up, thousands separated: £874,000; -£54,000 when negative."""
    pounds = Decimal(str(amount)).quantize(_POUND, rounding=ROUND_HALF_UP)
    sign = "-" if pounds < 0 else ""
    return f"{sign}£{abs(pounds):,.0f}"


def money_change_text(amount: Decimal | int | float) -> str:
    """A change of money: +£12,000, -£54,000, £0."""
    text = money_text(amount)
    return text if text == "£0" or text.startswith("-") else f"+{text}"


def pence_money_text(amount: Decimal | int | float) -> str:
    """Pounds and pence, for a payment to one person: £22,345.67; -£5.10 when negative."""
    pence = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if pence < 0 else ""
    return f"{sign}£{abs(pence):,.2f}"


def exact_money_text(amount: Decimal | int | float) -> str:
    """Pounds as given, not rounded, for saying what was refused: £0.005, £12,000,000."""
    return f"£{_bare(Decimal(str(amount)))}"


def money_range(low: Decimal | int | float | None, high: Decimal | int | float | None) -> str:
    """A pay range: £20,000-£25,000; with one end not known, "from £20,000" or "up to £25,000"
    (a bare "-£25,000" would read as an amount owed); "" when neither is."""
    if low is None or high is None:
        if low is not None:
            return f"from {money_text(low)}"
        return "" if high is None else f"up to {money_text(high)}"
    return f"{money_text(low)}-{money_text(high)}"


def thousands_text(amount: Decimal) -> str:
    """Money in £k for tables headed "£000": 713 for £713,000, "-" for nothing."""
    if not amount:
        return "-"
    return f"{(amount / 1000).quantize(_POUND, rounding=ROUND_HALF_UP):,.0f}"


def count_text(count: int) -> str:
    """A quantity of things, thousands separated: 3,000."""
    return f"{count:,}"


def megabytes_text(size_bytes: int | float) -> str:
    """A size of file as people read one: 12 MB, 1,024 MB."""
    return f"{count_text(round(size_bytes / 1024**2))} MB"


def amount_text(amount: Decimal) -> str:
    """An amount without its pound sign, for a table's cell: 874,000; 1,234.50 where pence matter."""
    if amount == amount.to_integral_value():
        return count_text(int(amount))
    return f"{amount.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP):,f}"


def one_place_text(value: float) -> str:
    """An average, to one decimal place as reports give them: 3.5, 2.0."""
    return f"{Decimal(str(value)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):f}"


def count_change_text(change: int) -> str:
    """A change in a quantity, signed: +3, -5, 0."""
    return _signed(count_text(change))


def rate_text(rate: Decimal) -> str:
    """A fraction as a percentage without trailing zeros: 0.138 -> 13.8%, 0.1438 -> 14.38%."""
    return f"{_bare((rate * 100).normalize())}%"


def percent_text(percent: float | Decimal) -> str:
    """A number already in percent, to at most one decimal place: 50%, 12.5%."""
    rounded = Decimal(str(percent)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{_bare(rounded)}%"


def date_text(day: dt.date) -> str:
    """As the reports date things: 24 July 2019."""
    return f"{day.day} {day:%B %Y}"


def _bare(number: Decimal) -> str:
    # Fixed-point (never 1E+1), thousands grouped as every number here is, then the zeros after
    # the point that say nothing; never "-0".
    number = abs(number) if number == 0 else number
    text = f"{number:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _signed(text: str) -> str:
    return text if text == "0" or text.startswith("-") else f"+{text}"
