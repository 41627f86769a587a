"""Numbers are worded one way for people everywhere, as the committee reports word them."""

from __future__ import annotations

import ast
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain.wording import (
    amount_text,
    count_change_text,
    count_text,
    date_text,
    fte_change_text,
    fte_label,
    fte_text,
    megabytes_text,
    money_change_text,
    money_range,
    money_text,
    one_place_text,
    pence_money_text,
    percent_text,
    posts_fte_label,
    rate_text,
    thousands_text,
)

PACKAGE = Path(__file__).resolve().parents[2] / "orgchart_app"


@pytest.mark.parametrize(
    ("fte", "text"),
    [
        (1.0, "1"),
        (0.5, "0.5"),  # not "0.50": 002 (Bury) and 001 (Manchester) never pad
        (0.75, "0.75"),
        (66.2, "66.2"),  # 001 s.4.8: "72 posts (FTE 66.2)"
        (57.0, "57"),
        (2.5 / 3, "0.83"),
        (0.125, "0.13"),  # halves up, not to even
        (Decimal("0.80"), "0.8"),
        (10.0, "10"),
    ],
)
def test_fte_is_worded_as_the_reports_word_it(fte: float | Decimal, text: str) -> None:
    assert fte_text(fte) == text


@pytest.mark.parametrize(
    ("amount", "text"), [(Decimal("12000"), "+£12,000"), (Decimal("-54000"), "-£54,000"), (0, "£0")]
)
def test_a_change_of_money_carries_its_sign(amount: Decimal | int, text: str) -> None:
    assert money_change_text(amount) == text


def test_a_thousand_fte_and_more_are_grouped_as_counts_and_money_are() -> None:
    # A council's whole establishment runs to thousands of FTE: "1,234.5 FTE" beside "1,300
    # posts" and "£874,000", one form for every number a person reads (docs/DOMAIN.md, s.4).
    assert fte_text(Decimal("1234.5")) == "1,234.5"
    assert fte_label(7000) == "7,000 FTE"
    assert fte_change_text(-1500.25) == "-1,500.25"
    assert posts_fte_label(1500, 1.0) == "1,500 x 1 FTE"
    assert rate_text(Decimal(15)) == "1,500%"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("22345.675"), "£22,345.68"),  # halves up, to the penny
        (Decimal("-5.1"), "-£5.10"),
        (0, "£0.00"),
    ],
)
def test_a_payment_to_one_person_keeps_its_pence(amount: Decimal | int, text: str) -> None:
    assert pence_money_text(amount) == text


def test_fte_with_its_unit_and_with_a_quantity() -> None:
    assert fte_label(0.5) == "0.5 FTE"
    assert posts_fte_label(1, 1.0) == "1 FTE"
    assert posts_fte_label(7, 1.0) == "7 x 1 FTE"  # 002: "Integrated Commissioning Officer x 7FTE"
    assert posts_fte_label(1200, 0.5) == "1,200 x 0.5 FTE"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("874000"), "£874,000"),
        (Decimal("-54000.4"), "-£54,000"),
        (Decimal("0.5"), "£1"),  # halves up
        (Decimal("-0.4"), "£0"),
        (713000, "£713,000"),
        (41418.0, "£41,418"),
    ],
)
def test_money_is_whole_pounds(amount: Decimal | int | float, text: str) -> None:
    assert money_text(amount) == text


def test_ranges_thousands_counts_percentages_and_dates() -> None:
    assert money_range(Decimal("20000"), Decimal("25000.5")) == "£20,000-£25,001"
    assert thousands_text(Decimal("713000")) == "713"
    assert thousands_text(Decimal("-1500")) == "-2"
    assert thousands_text(Decimal("0")) == "-"
    assert count_text(3000) == "3,000"
    assert [count_change_text(n) for n in (3, -5, 0)] == ["+3", "-5", "0"]
    assert [fte_change_text(n) for n in (2.0, -0.5, 0.0, -0.001)] == ["+2", "-0.5", "0", "0"]
    assert rate_text(Decimal("0.138")) == "13.8%"
    assert rate_text(Decimal("0.1438")) == "14.38%"
    assert rate_text(Decimal("0.1")) == "10%"
    assert percent_text(50.0) == "50%"
    assert percent_text(12.25) == "12.3%"
    assert date_text(dt.date(2019, 7, 4)) == "4 July 2019"


# Data files write numbers as data for other programs, not as words for people.
DATA_FORMATS = {"exporters/organogram.py", "domain/wording.py"}


FTE_NAME = re.compile(r"(?<![a-z])fte(?![a-z])", re.IGNORECASE)  # fte, total_fte; not "after"


def grouped(spec: ast.JoinedStr) -> bool:
    """A spec that separates thousands or makes a percentage words a number for people."""
    text = "".join(str(part.value) for part in spec.values if isinstance(part, ast.Constant))
    return "," in text or text.endswith("%")


def hand_worded(tree: ast.AST) -> list[int]:
    """Lines of f-strings that word a number for people themselves: money, FTE, thousands, percents."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        parts = node.values
        for i, part in enumerate(parts):
            if not isinstance(part, ast.FormattedValue) or part.format_spec is None:
                continue
            before = parts[i - 1] if i > 0 else None
            after = parts[i + 1] if i + 1 < len(parts) else None
            pound = isinstance(before, ast.Constant) and str(before.value).endswith("£")
            unit = isinstance(after, ast.Constant) and str(after.value).lstrip().startswith("FTE")
            named_fte = FTE_NAME.search(ast.unparse(part.value))
            if pound or unit or named_fte or grouped(part.format_spec):
                lines.append(node.lineno)
    return lines


def modules() -> list[Path]:
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if str(path.relative_to(PACKAGE)) not in DATA_FORMATS
    ]


def test_the_check_finds_hand_worded_numbers() -> None:
    source = 'a = f"£{x:,.0f}"\nb = f"{n:g} FTE"\nc = f"got {post.fte:.2f}"\nd = f"{n:,} rows"\n'
    source += 'e = f"{after - before:+d} posts"\nf = f"{p.total_fte:g}"\ng = f"{share:.0%} done"\n'
    assert hand_worded(ast.parse(source)) == [1, 2, 3, 4, 6, 7]


def test_no_other_module_words_fte_or_money_itself() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in modules()
        for line in hand_worded(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "\n".join(found)


def test_no_other_module_defines_its_own_fte_or_money_wording() -> None:
    definitions = re.compile(r"^\s*def (_?fte_(text|words|label)|money_text|rate_text)\(")
    found = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in modules()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if definitions.search(line)
    ]
    assert found == [], "\n".join(found)


def test_sizes_table_amounts_and_averages() -> None:
    assert megabytes_text(256 * 1024**2) == "256 MB"
    assert megabytes_text(3 * 1024**3) == "3,072 MB"
    assert amount_text(Decimal("874000")) == "874,000"
    assert amount_text(Decimal("1234.5")) == "1,234.50"
    assert amount_text(Decimal("-54000.00")) == "-54,000"
    assert one_place_text(3.25) == "3.3"
    assert one_place_text(2) == "2.0"
