"""Redundancy, notice and protection at the edges each rule draws: the day a rule starts to apply
and the day before, each refusal word for word (tests/people/ has the worked examples)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from orgchart_app.analysis.protection import (
    OneOffCost,
    ProtectionPolicy,
    notice_pay,
    notice_weeks,
    protection_by_year,
)
from orgchart_app.analysis.redundancy import (
    AGE_NOTE,
    WEEK_PAY_NOTE,
    LocalPolicy,
    Service,
    checked,
    local_redundancy,
    statutory_redundancy,
    statutory_weeks,
)
from orgchart_app.analysis.rules import RuleRefused, WeeklyCap, rules

LEAVING = dt.date(2025, 6, 30)  # the £719 limit
TODAY = dt.date(2025, 7, 1)
SALARY = Decimal(31_200)  # £600 a week


def service(
    start: dt.date | None,
    born: dt.date | None = dt.date(1980, 1, 1),
    age: int | None = None,
    salary: Decimal = SALARY,
) -> Service:
    return Service("EMP-7", start, LEAVING, salary, born, age)


def refusal(person: Service, today: dt.date = TODAY) -> str:
    with pytest.raises(RuleRefused) as refused:
        checked(person, today)
    return str(refused.value)


def test_each_missing_or_impossible_fact_is_refused_in_one_sentence() -> None:
    assert refusal(service(None)) == ('EMP-7: "service_start" is needed for a redundancy estimate.')
    assert refusal(service(dt.date(2010, 1, 1), salary=Decimal(-1))) == (
        'EMP-7: "salary" cannot be negative.'
    )


def test_the_edges_of_each_check_are_allowed() -> None:
    # Starting on the leaving date; born today is not in the future (only too young to work).
    assert checked(service(LEAVING), TODAY).service_start == LEAVING
    assert refusal(service(LEAVING, born=TODAY)) == (
        'EMP-7: "service_start" 2025-06-30 is before the age of 16.'
    )
    assert checked(service(LEAVING, born=None, age=16), TODAY).age == 16
    assert checked(service(dt.date(2010, 1, 1), salary=Decimal(0)), TODAY).annual_salary == 0
    assert refusal(service(LEAVING, born=None, age=15)) == (
        'EMP-7: "service_start" 2025-06-30 is before the age of 16.'
    )


def test_an_entered_age_counts_back_a_year_on_each_anniversary_of_leaving() -> None:
    person = service(dt.date(2000, 1, 1), born=None, age=45)
    assert person.age_on(LEAVING) == 45
    assert person.age_on(dt.date(2024, 6, 30)) == 44
    assert person.age_on(dt.date(2005, 6, 30)) == 25


def test_two_complete_years_qualify_and_a_day_less_does_not() -> None:
    # Born 1980: each year at 1.5 weeks.
    assert statutory_weeks(service(dt.date(2023, 6, 30))) == (2, Decimal(3))
    assert statutory_weeks(service(dt.date(2023, 7, 1))) == (1, Decimal(0))
    # Twenty-one years: the oldest is not counted.
    older = service(dt.date(2004, 6, 30), born=dt.date(1960, 1, 1))
    assert statutory_weeks(older, rules()) == (20, Decimal(30))


def test_a_week_under_the_limit_is_paid_in_full_with_the_notes() -> None:
    pay = statutory_redundancy(service(dt.date(2021, 6, 30)), TODAY)
    # Four years at 1.5 weeks of £600.
    assert (pay.years, pay.weeks, pay.week_pay, pay.amount) == (
        4,
        Decimal(6),
        Decimal(600),
        Decimal("3600.00"),
    )
    assert pay.cap is not None and pay.cap.amount == 719
    assert pay.notes == (WEEK_PAY_NOTE,)
    entered = statutory_redundancy(service(dt.date(2021, 6, 30), born=None, age=45), TODAY)
    assert entered.notes == (WEEK_PAY_NOTE, AGE_NOTE)


def test_the_local_policy_at_its_edges() -> None:
    person = service(dt.date(2005, 6, 30), born=dt.date(1960, 1, 1), salary=Decimal(52_000))
    same = local_redundancy(person, LocalPolicy(), TODAY)
    # Twenty years at 1.5 weeks, the £1,000 week capped at £719; a multiplier of 1 is allowed.
    assert (same.weeks, same.week_pay, same.amount, same.notes) == (
        Decimal(30),
        Decimal(719),
        Decimal("21570.00"),
        (WEEK_PAY_NOTE,),
    )
    assert same.cap is not None and same.cap.amount == 719 and same.years == 20
    under_cap = local_redundancy(
        service(dt.date(2005, 6, 30), born=dt.date(1960, 1, 1)), LocalPolicy(), TODAY
    )
    assert (under_cap.week_pay, under_cap.amount) == (Decimal(600), Decimal("18000.00"))
    # 30 weeks x 104/30 is exactly the most allowed: no note that it was limited.
    exact = LocalPolicy(actual_pay=True, multiplier=Decimal(104) / 30)
    most = local_redundancy(person, exact, TODAY)
    assert most.cap is None and most.week_pay == 1000
    assert most.notes == (WEEK_PAY_NOTE,) and most.amount == Decimal("104000.00")
    with pytest.raises(RuleRefused) as refused:
        local_redundancy(person, LocalPolicy(multiplier=Decimal("0.99")), TODAY)
    assert str(refused.value) == (
        "The policy's multiplier 0.99 is below 1: the statutory payment is the least that can be "
        "paid."
    )


def test_the_local_policy_checks_the_person_first() -> None:
    with pytest.raises(RuleRefused, match="service_start"):
        local_redundancy(service(None), LocalPolicy(), TODAY)
    with pytest.raises(RuleRefused, match="service_start"):
        statutory_redundancy(service(None), TODAY)


def test_limited_weeks_name_the_104_weeks_of_the_regulations() -> None:
    person = service(dt.date(2005, 6, 30), born=dt.date(1960, 1, 1))
    limited = local_redundancy(person, LocalPolicy(multiplier=Decimal(4)), TODAY)
    assert limited.weeks == 104 and limited.amount == Decimal("62400.00")
    assert limited.notes == (
        WEEK_PAY_NOTE,
        "Limited to the 104 weeks' pay the 2006 Regulations allow.",
    )


def test_notice_of_none_and_the_statutory_notice_when_the_contract_says_nothing() -> None:
    assert notice_weeks(dt.date(2018, 6, 1), LEAVING) == 7
    # Under a month's service, and no contract's notice given: none.
    assert notice_weeks(dt.date(2025, 6, 10), LEAVING) == 0
    assert notice_weeks(dt.date(2018, 6, 1), LEAVING, 0) == 7
    with pytest.raises(RuleRefused) as refused:
        notice_weeks(dt.date(2018, 6, 1), LEAVING, -2)
    assert str(refused.value) == "A contractual notice of -2 weeks is not possible."
    assert notice_pay(5, Decimal("31200.26")) == Decimal("3000.03")


def test_protection_at_the_ends_of_its_percentages_and_salaries() -> None:
    policy = ProtectionPolicy((Decimal(0), Decimal(100)))
    assert protection_by_year("EMP-7", Decimal(30_000), Decimal(0), policy) == (
        Decimal("0.00"),
        Decimal("30000.00"),
    )
    assert ProtectionPolicy().percentages == (Decimal(100),)
    # Salaries of nothing or under a pound are not negative.
    assert protection_by_year("EMP-7", Decimal(0), Decimal(0), policy) == (0, 0)
    assert protection_by_year("EMP-7", Decimal("0.5"), Decimal(0), policy) == (
        Decimal("0.00"),
        Decimal("0.50"),
    )
    for bad in (Decimal("-0.01"), Decimal("100.01")):
        with pytest.raises(RuleRefused) as refused:
            protection_by_year("EMP-7", Decimal(2), Decimal(1), ProtectionPolicy((bad,)))
        assert str(refused.value) == "A pay protection percentage must be between 0 and 100."
    for old, new in ((Decimal(-1), Decimal(1)), (Decimal(1), Decimal(-1))):
        with pytest.raises(RuleRefused) as refused:
            protection_by_year("EMP-7", old, new, policy)
        assert str(refused.value) == 'EMP-7: "salary" cannot be negative.'


def test_a_one_off_cost_with_nothing_entered_is_nothing() -> None:
    cost = OneOffCost("EMP-7")
    assert (cost.redundancy, cost.notice, cost.protection, cost.pension_strain) == (0, 0, (), 0)
    assert cost.total == 0
    assert OneOffCost("EMP-7", protection=(Decimal(1), Decimal(2))).total == 3


def test_a_limit_ends_the_day_before_the_next_april() -> None:
    book = rules()
    assert book.cap_on(dt.date(2026, 4, 5)).amount == 719
    with pytest.raises(RuleRefused) as refused:
        book.cap_on(dt.date(2026, 4, 6))
    assert str(refused.value) == (
        "No statutory limit on a week's pay is known for 6 April 2026: the latest shipped (£719) "
        "applies only up to 5 April 2026."
    )
    with pytest.raises(RuleRefused) as refused:
        book.cap_on(dt.date(2024, 4, 5))
    assert str(refused.value) == (
        "No statutory limit on a week's pay is known for 5 April 2024: the figures shipped start "
        "on 6 April 2024."
    )
    assert [book.band_weeks(age) for age in (0, 21, 22, 40, 41)] == [
        Decimal("0.5"),
        Decimal("0.5"),
        Decimal(1),
        Decimal(1),
        Decimal("1.5"),
    ]


def test_a_limit_holds_until_the_next_one_shipped_however_long() -> None:
    # A year without a new Order (none in 2026): the 2025 limit would hold until the 2027 one.
    book = rules()
    later = WeeklyCap(dt.date(2027, 4, 6), Decimal(750), "a later Order")
    gap = dataclasses.replace(book, caps=(*book.caps, later))
    assert gap.cap_on(dt.date(2026, 5, 1)).amount == 719
    assert gap.cap_on(dt.date(2028, 4, 5)) is later
    with pytest.raises(RuleRefused, match="the latest shipped"):
        gap.cap_on(dt.date(2028, 4, 6))
