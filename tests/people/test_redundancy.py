"""Redundancy pay against worked examples: each age band, the boundaries between them, the
20-year limit and the weekly cap of each year; a council's discretion up to 104 weeks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orgchart_app.analysis.redundancy import (
    AGE_NOTE,
    LocalPolicy,
    Service,
    local_redundancy,
    statutory_redundancy,
)
from orgchart_app.analysis.rules import RuleRefused, rules

LEAVING = dt.date(2025, 6, 30)  # limit £719
TODAY = dt.date(2025, 7, 1)
WEEK_500 = Decimal(26_000)  # £500 a week: under every cap
WEEK_1000 = Decimal(52_000)


def person(
    born: dt.date | None,
    start: dt.date,
    salary: Decimal = WEEK_500,
    leaving: dt.date = LEAVING,
    age: int | None = None,
) -> Service:
    return Service("EMP-1", start, leaving, salary, born, age)


@pytest.mark.parametrize(
    ("born", "start", "years", "weeks", "amount"),
    [
        # Aged 21, three years from 17: every year under 22 earns half a week.
        (dt.date(2004, 1, 15), dt.date(2021, 9, 1), 3, Decimal("1.5"), Decimal("750.00")),
        # Aged 35, ten years from 24: a week a year.
        (dt.date(1990, 3, 10), dt.date(2015, 1, 5), 10, Decimal(10), Decimal("5000.00")),
        # Aged 49, twelve years from 37: the eight most recent years began at 41 or over (1.5 each);
        # the ninth began at 40 and the person turned 41 within it, so it earns one week.
        (dt.date(1975, 8, 20), dt.date(2013, 5, 1), 12, Decimal(16), Decimal("8000.00")),
        # Turned 22 on the first day of the third year back: that whole year counts at one week.
        (dt.date(2000, 6, 30), dt.date(2018, 7, 1), 6, Decimal("4.5"), Decimal("2250.00")),
        # Forty years' service: only the most recent twenty count, all at 1.5 weeks.
        (dt.date(1960, 1, 1), dt.date(1985, 1, 1), 20, Decimal(30), Decimal("15000.00")),
        # One complete year: no statutory payment (two years needed).
        (dt.date(1990, 3, 10), dt.date(2024, 1, 1), 1, Decimal(0), Decimal("0.00")),
    ],
)
def test_statutory_pay_at_each_age_band(
    born: dt.date, start: dt.date, years: int, weeks: Decimal, amount: Decimal
) -> None:
    pay = statutory_redundancy(person(born, start), TODAY)
    assert (pay.years, pay.weeks, pay.week_pay, pay.amount) == (years, weeks, Decimal(500), amount)


@pytest.mark.parametrize(
    ("leaving", "cap", "amount"),
    [
        (dt.date(2024, 6, 30), Decimal(700), Decimal("21000.00")),
        (dt.date(2025, 4, 5), Decimal(700), Decimal("21000.00")),
        (dt.date(2025, 4, 6), Decimal(719), Decimal("21570.00")),
        (dt.date(2026, 4, 5), Decimal(719), Decimal("21570.00")),
    ],
)
def test_a_week_over_the_limit_is_paid_at_the_limit_in_force(
    leaving: dt.date, cap: Decimal, amount: Decimal
) -> None:
    pay = statutory_redundancy(
        person(dt.date(1950, 1, 1), dt.date(1980, 1, 1), WEEK_1000, leaving), TODAY
    )
    assert (pay.weeks, pay.week_pay, pay.amount) == (Decimal(30), cap, amount)
    assert pay.cap is not None and str(pay.cap.start.year) in pay.cap.source


@pytest.mark.parametrize("leaving", [dt.date(2024, 4, 5), dt.date(2026, 4, 6)])
def test_no_limit_is_guessed_outside_the_years_shipped(leaving: dt.date) -> None:
    with pytest.raises(RuleRefused, match="No statutory limit on a week's pay is known for"):
        statutory_redundancy(
            person(dt.date(1960, 1, 1), dt.date(1990, 1, 1), leaving=leaving), TODAY
        )


def test_every_figure_ships_with_its_source() -> None:
    book = rules()
    assert [(c.start, c.amount) for c in book.caps] == [
        (dt.date(2024, 4, 6), Decimal(700)),
        (dt.date(2025, 4, 6), Decimal(719)),
    ]
    assert all("Employment Rights (Increase of Limits) Order" in c.source for c in book.caps)
    assert "s.162" in book.statutory_source and "2006" in book.local_source


def test_local_policy_multiplies_the_actual_week_up_to_104_weeks() -> None:
    service = person(dt.date(1960, 1, 1), dt.date(1985, 1, 1), WEEK_1000)
    doubled = local_redundancy(service, LocalPolicy(actual_pay=True, multiplier=Decimal(2)), TODAY)
    assert (doubled.weeks, doubled.week_pay, doubled.amount) == (
        Decimal(60),
        Decimal(1000),
        Decimal("60000.00"),
    )
    capped_week = local_redundancy(service, LocalPolicy(multiplier=Decimal(2)), TODAY)
    assert capped_week.amount == Decimal("43140.00")  # 60 weeks at the £719 limit
    most = local_redundancy(service, LocalPolicy(actual_pay=True, multiplier=Decimal(4)), TODAY)
    assert (most.weeks, most.amount) == (Decimal(104), Decimal("104000.00"))
    assert any("104 weeks" in note for note in most.notes)
    with pytest.raises(RuleRefused, match="multiplier 0.5 is below 1"):
        local_redundancy(service, LocalPolicy(multiplier=Decimal("0.5")), TODAY)


def test_an_age_without_a_date_of_birth_is_used_and_said_to_be_an_assumption() -> None:
    pay = statutory_redundancy(person(None, dt.date(2013, 5, 1), age=49), TODAY)
    assert pay.weeks == Decimal(16) and AGE_NOTE in pay.notes
    exact = statutory_redundancy(person(dt.date(1975, 8, 20), dt.date(2013, 5, 1)), TODAY)
    assert AGE_NOTE not in exact.notes


@pytest.mark.parametrize(
    ("service", "message"),
    [
        (
            person(dt.date(2026, 1, 1), dt.date(2020, 1, 1)),
            'EMP-1: "date_of_birth" 2026-01-01 is in the future.',
        ),
        (
            person(dt.date(2000, 1, 1), dt.date(2015, 6, 1)),
            'EMP-1: "service_start" 2015-06-01 is before the age of 16.',
        ),
        (
            person(dt.date(1980, 1, 1), dt.date(2025, 8, 1)),
            'EMP-1: "service_start" 2025-08-01 is after the leaving date 2025-06-30.',
        ),
        (
            person(None, dt.date(2000, 1, 1)),
            'EMP-1: "date_of_birth" or "age" is needed for a redundancy estimate.',
        ),
    ],
)
def test_impossible_facts_are_refused_naming_the_person_and_field(
    service: Service, message: str
) -> None:
    with pytest.raises(RuleRefused) as refused:
        statutory_redundancy(service, TODAY)
    assert str(refused.value) == message
