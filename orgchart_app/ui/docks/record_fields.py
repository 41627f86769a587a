"""A record's fields as the designer's forms show and read them: text in, a value or a sentence
saying what was expected out. No Qt here, so the reading rules are plain to test and to reuse
(the People dock, the post and unit fields, the consultation, pool and outcome details)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

# What a field's text reads as: the value, or the sentence telling the user what was expected.
Reader = Callable[[str, str], Any]


class Unreadable(ValueError):
    """The text is not a value of the field's kind; str() is the sentence to show."""


def date_text(day: dt.date | None) -> str:
    # Day first: the way the UK users of the designer write dates.
    return "" if day is None else day.strftime("%d/%m/%Y")


def value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        return ", ".join(value_text(v) for v in value)
    return str(value)


def read_plain(text: str, what: str) -> str:
    return text.strip()


def read_date(text: str, what: str) -> dt.date | None:
    # The importers' reading of a typed date or amount; imported when a field is edited, not
    # at start (the importers package loads the spreadsheet readers' code).
    from orgchart_app.importers.values import parse_date

    read = parse_date(text)
    if read.unreadable:
        raise Unreadable(f'The {what} must be a date such as 31/03/2021 (got "{text.strip()}").')
    return read.value


def read_number(text: str, what: str) -> float:
    try:
        return float(text.strip().rstrip("%").strip().replace(",", "."))
    except ValueError:
        raise Unreadable(f'The {what} must be a number such as 1 or 0.5 (got "{text}").') from None


def read_optional_number(text: str, what: str) -> float | None:
    return read_number(text, what) if text.strip() else None


def read_whole(text: str, what: str) -> int | None:
    if not text.strip():
        return None
    if not text.strip().isdigit():
        raise Unreadable(f'The {what} must be a whole number such as 23 (got "{text}").')
    return int(text)


def read_count(text: str, what: str) -> int:
    """A whole number where blank means none (0)."""
    return read_whole(text, what) or 0


def read_money(text: str, what: str) -> Decimal | None:
    from orgchart_app.importers.values import parse_money, to_decimal

    read = parse_money(text)
    if read.unreadable:
        raise Unreadable(f'The {what} must be an amount such as £31,346 (got "{text.strip()}").')
    return None if read.value is None else to_decimal(read.value)


def read_decimal(text: str, what: str) -> Decimal:
    try:
        return Decimal(text.strip().rstrip("%").strip().replace(",", "."))
    except InvalidOperation:
        raise Unreadable(f'The {what} must be a number such as 1.5 (got "{text}").') from None


def read_decimals(text: str, what: str) -> tuple[Decimal, ...]:
    """Numbers one after another ("100, 50"): a comma or a semicolon between them."""
    parts = [p for p in text.replace(";", ",").split(",") if p.strip()]
    if not parts:
        raise Unreadable(f"The {what} needs at least one number, such as 100.")
    return tuple(read_decimal(p, what) for p in parts)


def read_colour(text: str, what: str) -> str:
    """A colour as the charts take it: "#1f77b4" (or blank for the default)."""
    cleaned = text.strip()
    if cleaned and not _COLOUR.match(cleaned):
        raise Unreadable(f'The {what} must be a colour such as #1f77b4 (got "{cleaned}").')
    return cleaned


def read_flag(text: str, what: str) -> bool:
    # A check box's state comes in as "1" or "".
    return bool(text)


@dataclass(frozen=True, slots=True)
class RecordField:
    """One field of a frozen record: its label, the attribute, how its text reads."""

    label: str
    attribute: str
    # Lower case, as a message names the field mid-sentence.
    what: str
    read: Reader = read_plain
    # The hint an empty line shows; a check box shows it as its tooltip.
    placeholder: str = ""
    # How the stored value is shown where it is not its own text (a post id as its reference).
    show: Callable[[Any], str] = value_text
    # Several lines (notes, a description): Return starts a new line rather than pressing OK.
    prose: bool = False

    @property
    def flag(self) -> bool:
        """Shown as a check box rather than a line of text."""
        return self.read is read_flag

    def text(self, record: Any) -> str:
        return self.show(getattr(record, self.attribute))

    def changed(self, record: Any, text: str) -> Any:
        """The record with `text` read into this field; None when that changes nothing.
        Raises Unreadable with the sentence to show."""
        value = self.read(text, self.what)
        if value == getattr(record, self.attribute):
            return None
        return dataclasses.replace(record, **{self.attribute: value})
