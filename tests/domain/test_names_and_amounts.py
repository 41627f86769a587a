"""What a path names and how a message quotes it; amounts worded to the penny, rounded half up."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain.file_kinds import FileKind, shown
from orgchart_app.domain.wording import (
    amount_text,
    exact_money_text,
    money_range,
    pence_money_text,
    percent_text,
    thousands_text,
)


def test_each_kind_of_thing_a_path_can_name(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    os.mkfifo(tmp_path / "p")
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(tmp_path / "s"))
        kinds = [FileKind.of(tmp_path / name) for name in ("f", ".", "p", "s", "gone")]
    assert kinds == [
        FileKind.FILE,
        FileKind.FOLDER,
        FileKind.NAMED_PIPE,
        FileKind.SOCKET,
        FileKind.MISSING,
    ]
    assert FileKind.of("/dev/null") is FileKind.DEVICE
    assert [k.is_special for k in kinds] == [False, False, True, True, False]


def test_a_name_the_system_will_not_look_up_says_why(tmp_path: Path) -> None:
    long_name, nul_name = "a" * 5000, "a\0b"
    assert FileKind.of(long_name) is FileKind.UNREACHABLE
    assert FileKind.of(nul_name) is FileKind.UNREACHABLE
    assert FileKind.why_unreachable(long_name) == "file name too long"
    assert FileKind.why_unreachable(nul_name) == "embedded null byte"
    assert FileKind.why_unreachable(tmp_path) == "the system cannot use that name"


def test_a_quoted_name_stays_on_one_line_and_short() -> None:
    assert shown("a\nb\tc.csv") == "a\\nb\\tc.csv"
    assert shown("C:\\Users\\me") == "C:\\Users\\me"  # a printable backslash stays one
    eighty = "".join(chr(ord("A") + i % 26) for i in range(80))
    assert shown(eighty) == eighty
    long = eighty + "!"
    assert shown(long) == f"{long[:40]}…{long[-20:]} (81 characters)"
    assert shown("x" * 1234).endswith("(1,234 characters)")


# Called inside the test, not while collecting it: mutation runs collect before choosing the mutant.
@pytest.mark.parametrize(
    ("word", "amounts", "worded"),
    [
        # Rounded half up, as a payslip is: half-even would give 0.12, 2 and £0.12.
        (amount_text, (Decimal("0.125"),), "0.13"),
        (thousands_text, (Decimal("2500"),), "3"),
        (pence_money_text, (Decimal("0.125"),), "£0.13"),
        (percent_text, (1234.56,), "1,234.6%"),
        # What was refused, exactly as given: never rounded, thousands separated.
        (exact_money_text, (Decimal("0.005"),), "£0.005"),
        (exact_money_text, (12_000_000,), "£12,000,000"),
        (exact_money_text, (Decimal("1500.50"),), "£1,500.5"),
        # A range with an end not known says which end it has: never "-£25,000", which
        # reads as an amount owed.
        (money_range, (Decimal(20000), None), "from £20,000"),
        (money_range, (None, Decimal(25000)), "up to £25,000"),
        (money_range, (None, None), ""),
    ],
)
def test_amounts_worded_for_people(
    word: Callable[..., str], amounts: tuple[object, ...], worded: str
) -> None:
    assert word(*amounts) == worded
