"""The values people type: FTE as fraction or percentage, pay with £ and commas, statuses."""

from __future__ import annotations

import pytest

from orgchart_app.domain import PostStatus
from orgchart_app.importers.values import (
    Number,
    clean,
    parse_fte,
    parse_money,
    parse_quantity,
    parse_status,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1", 1.0),
        ("0.6", 0.6),
        ("0.60", 0.6),
        ("60%", 0.6),
        (" 60 % ", 0.6),
        ("0,5", 0.5),
        (".5", 0.5),
        ("2.5", 2.5),
        ("", None),
        ("N/D", None),
        ("n/a", None),
    ],
)
def test_fte(text: str, value: float | None) -> None:
    parsed = parse_fte(text)
    assert parsed.value == (pytest.approx(value) if value is not None else None)
    assert parsed.unreadable == ""


@pytest.mark.parametrize("text", ["full time", "0", "-1", "1.2.3", "=1/2", "60%%"])
def test_unreadable_fte(text: str) -> None:
    parsed = parse_fte(text)
    assert (parsed.value, parsed.unreadable) == (None, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("£35,745", 35745.0),
        ("35745.50", 35745.5),
        ("£ 35 745", 35745.0),
        ("£35k", 35000.0),
        ("N/D", None),
        ("N/A", None),
        ("", None),
    ],
)
def test_money(text: str, value: float | None) -> None:
    parsed = parse_money(text)
    assert (parsed.value, parsed.unreadable) == (value, "")


@pytest.mark.parametrize(
    "text", ["about 50k", "-£5", "£", "35,745 or so", "0.001", "£10,000,001", "£12,345,678.90"]
)
def test_unreadable_money(text: str) -> None:
    assert parse_money(text).value is None and parse_money(text).unreadable == text


@pytest.mark.parametrize(
    ("text", "value"),
    [("£1,23", 123.0), ("20000.", 20000.0), ("0", 0.0), ("£9,999,999.99", 9999999.99)],
)
def test_plainly_written_pay_at_the_edges(text: str, value: float) -> None:
    assert parse_money(text) == parse_money(f" {text} ") and parse_money(text).value == value


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Yes", PostStatus.VACANT),
        ("vacant", PostStatus.VACANT),
        ("Y", PostStatus.VACANT),
        ("No", PostStatus.FILLED),
        ("", PostStatus.FILLED),
        ("Filled", PostStatus.FILLED),
        ("Vacant - held", PostStatus.HELD_VACANT),
        ("Held vacant", PostStatus.HELD_VACANT),
        ("frozen", PostStatus.HELD_VACANT),
        ("maybe", None),
    ],
)
def test_status(text: str, status: PostStatus | None) -> None:
    assert parse_status(text) is status


def test_clean_undoes_only_our_own_formula_prefix() -> None:
    assert clean("  '=1+2 ") == "=1+2"
    assert clean("'quoted'") == "'quoted'"
    assert clean("Head\nof  Service") == "Head of Service"


def test_numbers_past_what_a_proposal_file_holds_are_unreadable() -> None:
    # Written as they are, the proposal saved from them could never be opened again.
    assert parse_money("£99,999,999") == Number(None, "£99,999,999")
    assert parse_money("£10,000,000").value == 10_000_000
    assert parse_quantity("99999999999999999999") == Number(None, "99999999999999999999")
    assert parse_fte("2000000") == Number(None, "2000000")
    assert parse_money("0.001") == Number(None, "0.001")
    assert parse_fte("0.00001") == Number(None, "0.00001")
