"""Reading the values people type into establishment spreadsheets: FTE, pay, yes/no, status."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ranges import MONEY, QUANTITY, SMALLEST
from orgchart_app.quick import quick_constructor

# Written where a value is withheld or does not apply; not a problem, just no value.
NOT_GIVEN = frozenset({"", "n/d", "n/a", "na", "nd", "-", "none", "not disclosed", "tbc"})
# A cell a spreadsheet would run (OWASP CSV injection): = + - @ tab CR. The same list as
# exporters/cells.py, which writes the apostrophe that clean() takes off again (the two
# packages are siblings and may not import each other).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
# "0,6", "12,75", "1.234,5": a comma that can only be a decimal point.
_DECIMAL_COMMA = re.compile(r"^\d*,(\d{1,2}|\d{4,})$|^\d{1,3}(\.\d{3})+,\d+$")
# "0.6", "12.75", "1,234.5": a point that can only be a decimal point.
_DECIMAL_POINT = re.compile(r"^\d*\.(\d{1,2}|\d{4,})$|^\d{1,3}(,\d{3})+\.\d+$")
# What every cell _DECIMAL_COMMA matches without a point holds: a comma followed by other
# than three digits (found in a column's joined cells; cleaning a cell only takes characters off).
_DECIMAL_COMMA_SIGN = re.compile(r",(\d{1,2}|\d{4,})(?!\d)")
# "1,234" or "1.234": a thousands separator, or a decimal one, depending on the file.
_ONE_GROUP = re.compile(r"^\d{1,3}[,.]\d{3}$")
_GROUPED = re.compile(r"^\d{1,3}([,.])\d{3}(\1\d{3})*$")


@dataclass(frozen=True, slots=True)
class Number:
    """A parsed number, or the text that could not be read as one (kept for the notes)."""

    value: float | None
    unreadable: str = ""
    # Set when the text could be read two ways ("1,234"): how it was read, for the report.
    doubt: str = ""


def uses_decimal_commas(cells: Iterable[str]) -> bool:
    """Whether a file writes decimals with a comma ("0,6"), judged by the numbers that can only
    be read one way; a file with no such numbers is taken to use decimal points."""
    commas, points = decimal_votes(cells)
    return commas > points


def columns_use_decimal_commas(columns: Iterable[Sequence[str]]) -> bool:
    """uses_decimal_commas() of every cell of `columns`, each column that cannot vote passed
    over whole: a column of pay ("£20,001", 40,000 different amounts) has no point, and each of
    its commas is followed by three digits, so no cell of it can only be read one way."""
    commas = points = 0
    for column in filter(may_vote, columns):
        more_commas, more_points = decimal_votes(column)
        commas, points = commas + more_commas, points + more_points
    return commas > points


def may_vote(cells: Sequence[str]) -> bool:
    """False when no cell can vote (in a few passes in C over the cells joined); True when
    some may."""
    joined = "\n".join(cells)
    return "." in joined or _DECIMAL_COMMA_SIGN.search(joined) is not None


def decimal_votes(cells: Iterable[str]) -> tuple[int, int]:
    """How many cells can only be read with a decimal comma, and how many with a point."""
    commas = points = 0
    # Each different cell is looked at once, weighed by how often it is written.
    for cell, times in Counter(cells).items():
        text = cell.strip().lstrip("£").rstrip("%").strip()
        commas += times * bool(_DECIMAL_COMMA.match(text))
        points += times * bool(_DECIMAL_POINT.match(text))
    return commas, points


def decimal_text(digits: str, decimal_comma: bool) -> tuple[str, str]:
    """`digits` with the decimal point as "." and no grouping, and a doubt when it had two readings."""
    digits = digits.replace(" ", "")
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    doubt = ""
    if _ONE_GROUP.match(digits) and thousands in digits:
        doubt = "thousands"  # "1,234" in a decimal-point file: 1234
    elif _ONE_GROUP.match(digits) and decimal in digits:
        doubt = "decimal"  # "1,234" in a decimal-comma file: 1.234
    if _GROUPED.match(digits) and digits[len(digits) - 4] == thousands:
        return digits.replace(thousands, ""), doubt
    if digits.count(decimal) <= 1 and re.match(
        rf"^\d{{1,3}}(\{thousands}\d{{3}})+\{decimal}\d+$", digits
    ):
        digits = digits.replace(thousands, "")
    # A comma left is a decimal one: in a decimal-comma file, or plainly ("0,6") in any file.
    return digits.replace(",", "."), doubt


def clean(text: str) -> str:
    """Trim; fold a cell's line breaks and tabs (with the whitespace around them) into single
    spaces; undo our own export's formula neutralisation. Runs of plain spaces inside a
    one-line cell are kept as written: folding them would cost every cell of a big list."""
    if not text:
        return text
    # isprintable() is one pass in C and true for nearly every cell; a line break or tab (which
    # it rejects, with other controls) is then looked for as such.
    if text.isprintable() or not ("\n" in text or "\r" in text or "\t" in text):
        text = text.strip()
    else:
        text = " ".join(text.split())
    if text[:1] == "'" and text[1:2] in FORMULA_STARTS:
        return text[1:]
    return text


def all_as_written(cells: Sequence[str]) -> bool:
    """Whether clean() leaves every cell as it is and none can be a formula: each printable, with
    no space to trim and no apostrophe or equals sign first. Checked on the whole column at once
    (a few passes in C), so that a column of 50,000 cells need not be cleaned cell by cell."""
    if not "".join(cells).isprintable():
        return False
    lines = "\n".join(cells)
    return not (
        lines.startswith((" ", "'", "="))
        or lines.endswith(" ")
        or " \n" in lines
        or "\n " in lines
        or "\n'" in lines
        or "\n=" in lines
    )


def marker(text: str) -> str:
    """A marker cell folded for comparison: real files write 'Eliminated', Eliminated' or "N/D"."""
    return " ".join(text.strip().strip("'\"‘’“”").split()).casefold()


def looks_like_formula(text: str) -> bool:
    return text.startswith("=") and len(text) > 1


@functools.lru_cache(maxsize=4096)  # a file repeats a few values thousands of times
def parse_fte(text: str, decimal_comma: bool = False) -> Number:
    """'1', '0.6', '0.60', '60%', '60 %', '0,6', '1,234.5' -> a number; blank -> none; anything
    else unreadable. '1,234' is 1234, or 1.234 in a file of decimal commas, and says so."""
    raw = text.strip()
    if marker(raw) in NOT_GIVEN:
        return Number(None)
    percent = raw.endswith("%")
    digits, doubt = decimal_text(raw[:-1].strip() if percent else raw, decimal_comma)
    if not _NUMBER.match(digits):
        return Number(None, raw)
    value = float(digits) / (100 if percent else 1)
    if (
        not SMALLEST["fte"] <= value <= QUANTITY[1]
    ):  # over 1 is spread over whole posts by the caller
        return Number(None, raw)
    if doubt:
        way = "comma" if decimal_comma else "point"
        doubt = f'"{raw}" is read as {value:g}, as the file writes decimals with a {way}'
    return Number(value, doubt=doubt)


def parse_money(text: str, decimal_comma: bool = False) -> Number:
    """'£35,745', '35745.00', '£35k' (or '35.745,50' in a file of decimal commas) -> pounds;
    'N/D', 'N/A', blank -> none; else unreadable. Pay is never doubtful: pence have 2 digits."""
    # People's own pay is nearly all different ("£20,001", "£20,002"): the plainest form is read
    # at once, past the cache, which would only ever miss.
    if not decimal_comma and _PLAIN_POUNDS.match(text):
        value = float(text.lstrip("£").replace(",", ""))
        if value <= _MOST_PAY and not 0 < value < _LEAST_PAY:
            return _make_number(value, "", "")
    return _parse_money(text, decimal_comma)


# Pounds written plainly: "£20,001", "35745", "£35,745.50" (what _parse_money reads the same).
_PLAIN_POUNDS = re.compile(r"£?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\Z")
_MOST_PAY, _LEAST_PAY = MONEY[1], SMALLEST["salary"]
# A Number for each of a big file's salaries: made without the frozen __init__'s calls.
_make_number = quick_constructor(Number)


@functools.lru_cache(maxsize=4096)  # a file repeats a few values thousands of times
def _parse_money(text: str, decimal_comma: bool) -> Number:
    raw = text.strip()
    if raw.casefold() in NOT_GIVEN:
        return Number(None)
    digits = raw.replace("£", "").replace(" ", "")
    thousands = digits[-1:].casefold() == "k"
    digits = digits[:-1] if thousands else digits
    if decimal_comma:
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    if not _NUMBER.match(digits) or digits.startswith("-"):
        return Number(None, raw)
    value = float(digits) * (1000 if thousands else 1)
    # Past what a proposal file may hold (a typo, or a total typed where one salary belongs).
    return (
        Number(value)
        if value <= MONEY[1] and not 0 < value < SMALLEST["salary"]
        else Number(None, raw)
    )


@dataclass(frozen=True, slots=True)
class When:
    value: dt.date | None
    unreadable: str = ""


_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")


@functools.lru_cache(maxsize=4096)  # a file repeats a few values thousands of times
def parse_date(text: str) -> When:
    """'2021-03-31' (and a spreadsheet's '2021-03-31 00:00:00'), '31/03/2021', '31/3/21'."""
    raw = text.strip()
    if raw.casefold() in NOT_GIVEN | {"permanent"}:
        return When(None)
    try:
        return When(dt.date.fromisoformat(raw[:10]))
    except ValueError:
        pass
    match = _DAY_FIRST.match(raw)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return When(dt.date(year + 2000 if year < 100 else year, month, day))
        except ValueError:
            pass
    return When(None, raw)


@functools.lru_cache(maxsize=4096)  # a grade's pay, repeated for each of its posts
def to_decimal(value: float) -> Decimal:
    return Decimal(int(value)) if value.is_integer() else Decimal(f"{value:.2f}")


@functools.lru_cache(maxsize=4096)  # a file repeats a few values thousands of times
def parse_quantity(text: str) -> Number:
    raw = text.strip()
    if raw.casefold() in NOT_GIVEN:
        return Number(None)
    if not raw.isdigit() or not 1 <= int(raw) <= QUANTITY[1]:
        return Number(None, raw)
    return Number(float(int(raw)))


_VACANT_WORDS = frozenset({"vacant", "yes", "y", "true", "1", "v", "vacancy"})
_HELD_WORDS = frozenset(
    {
        "held",
        "held vacant",
        "vacant - held",
        "vacant held",
        "frozen",
        "vacant (held)",
        "held_vacant",
    }
)
_FILLED_WORDS = frozenset({"filled", "no", "n", "false", "0", "occupied", ""})


@functools.lru_cache(maxsize=4096)  # a file repeats a few values thousands of times
def parse_status(text: str) -> PostStatus | None:
    """A 'Vacant' or 'Status' cell as a post status; None when the word is not one we know."""
    word = " ".join(text.strip().casefold().split())
    if word in _HELD_WORDS:
        return PostStatus.HELD_VACANT
    if word in _VACANT_WORDS:
        return PostStatus.VACANT
    if word in _FILLED_WORDS:
        return PostStatus.FILLED
    return None


def is_vacant_name(name: str) -> bool:
    # Most names cannot be a marker: a first character no marker starts with settles it without
    # folding the text (the import asks for every row's name, twice).
    if not name or (name[0] not in _MARKER_STARTS and not name[0].isspace()):
        return False
    return marker(name) in _VACANT_NAMES


_VACANT_NAMES = frozenset({"vacant", "vacancy", "vacant post"})
# What a vacancy marker may start with, besides the spaces marker() strips: its letter or a quote.
_MARKER_STARTS = frozenset("vV'\"‘’“”")
