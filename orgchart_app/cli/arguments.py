"""Argument types that check every value as argparse reads it: names that are names, numbers
that are finite and in range, texts of a sane length. A bad value gets one sentence naming it."""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Callable
from typing import Any

from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.wording import count_text
from orgchart_app.exporters.pdf.appendix import MAX_TEXT_PT, MAX_TITLE_BLOCK_CHARS, MIN_TEXT_PT

# The longest label a proposal file may hold (storage Limits.max_label_chars): any scenario,
# unit or organisation in a file can be named, and nothing much longer is read at all.
MAX_NAME_CHARS = 1_000
# Windows' and Linux's longest paths are 32,767 and 4,096 characters.
MAX_PATH_CHARS = 4_096

ArgumentType = Callable[[str], object]


def _refuse(message: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(message)


NEED_A_VALUE = "an empty value means nothing here: give one, or leave the option out"


def _check_text(value: str, limit: int, if_empty: str | None = NEED_A_VALUE) -> str:
    """`value` unless too long or not one line; when blank, refused with `if_empty` if given."""
    if not value.strip() and if_empty is not None:
        raise _refuse(if_empty)
    if len(value) > limit:
        raise _refuse(
            f"a value of {count_text(len(value))} characters is too long (the most is {count_text(limit)})"
        )
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise _refuse(f'"{shown(value)}" holds a line break or another control character')
    return value


def name(value: str) -> str:
    """A scenario, unit, organisation or committee: not empty, one line, of a label's length."""
    return _check_text(value, MAX_NAME_CHARS)


# The longest note or description a proposal file may hold (storage Limits.max_text_chars).
MAX_PROSE_CHARS = 100_000


def label(value: str) -> str:
    """A text the file keeps as a label (a code, a reference, a line's label, a person's name):
    one line of a label's length; "" is a choice (none)."""
    return _check_text(value, MAX_NAME_CHARS, if_empty=None)


def prose(value: str) -> str:
    """A note or a description: one line, as long as the file lets such a text be; "" for none."""
    return _check_text(value, MAX_PROSE_CHARS, if_empty=None)


def title_block_text(value: str) -> str:
    """A text printed in a PDF's title block; empty only where the option allows it."""
    return _check_text(value, MAX_TITLE_BLOCK_CHARS)


def optional_title_block_text(value: str) -> str:
    """As title_block_text, but "" is a choice (e.g. --classification "" for none)."""
    return _check_text(value, MAX_TITLE_BLOCK_CHARS, if_empty=None)


COSTS_IN_RECOMMENDATIONS_HELP = (
    "a cost worked out from assumed grades or pay: left out of the recommendations (off, the "
    "default) or given with the assumptions it rests on (with-assumptions)"
)


def add_costs_argument(parser: Any) -> None:
    parser.add_argument(
        "--costs-in-recommendations",
        choices=("off", "with-assumptions"),
        default="off",
        help=COSTS_IN_RECOMMENDATIONS_HELP,
    )


def path(value: str) -> str:
    """A file or folder name given on the command line."""
    return _check_text(value, MAX_PATH_CHARS, if_empty="an empty name names no file: give one")


def points(value: str) -> float:
    """A text size in points, as --min-text takes it."""
    wanted = f"give a number of points from {MIN_TEXT_PT:g} to {MAX_TEXT_PT:g}"
    number = _number(value, whole=False, wanted=wanted)
    if not MIN_TEXT_PT <= number <= MAX_TEXT_PT:  # also false for nan
        raise _refuse(f"{shown(value)} is not a text size this export can use: {wanted}")
    return float(number)


def whole_number(low: int, high: int) -> ArgumentType:
    """A whole number from `low` to `high`."""

    def check(value: str) -> int:
        wanted = f"give a whole number from {low} to {high}"
        number = _number(value, whole=True, wanted=wanted)
        if not low <= number <= high:
            raise _refuse(f"{shown(value)} is out of range: {wanted}")
        return int(number)

    check.__name__ = "whole number"
    return check


def _number(value: str, whole: bool, wanted: str) -> float | int:
    """The number in `value` (nan and inf fail the callers' range checks); `wanted` says
    what to give instead."""
    text = value.strip()
    if not text:
        raise _refuse(f"an empty value is not a number: {wanted}")
    if len(text) > 30:  # no sane size or count is written with more digits than this
        raise _refuse(f"{shown(text)} is out of range: {wanted}")
    try:
        return int(text) if whole else float(text)
    except ValueError:
        raise _refuse(f'"{shown(text)}" is not a number: {wanted}') from None
