"""Notice (statutory and contractual), pay protection and a person's one-off costs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orgchart_app.analysis.protection import (
    OneOffCost,
    ProtectionPolicy,
    notice_pay,
    notice_weeks,
    protection_by_year,
    statutory_notice_weeks,
)
from orgchart_app.analysis.rules import RuleRefused

LEAVING = dt.date(2025, 6, 30)


@pytest.mark.parametrize(
    ("start", "weeks"),
    [
        (dt.date(2025, 6, 10), 0),  # under a month
        (dt.date(2025, 5, 30), 1),  # a month exactly
        (dt.date(2024, 1, 1), 1),  # one complete year
        (dt.date(2023, 6, 30), 2),  # two years: a week a year from here
        (dt.date(2018, 6, 1), 7),
        (dt.date(2013, 6, 30), 12),  # twelve years
        (dt.date(2000, 1, 1), 12),  # at most twelve weeks
    ],
)
def test_statutory_notice(start: dt.date, weeks: int) -> None:
    assert statutory_notice_weeks(start, LEAVING) == weeks


def test_a_longer_contractual_notice_wins_and_is_paid_by_the_week() -> None:
    assert notice_weeks(dt.date(2018, 6, 1), LEAVING, contractual_weeks=13) == 13
    assert notice_weeks(dt.date(2018, 6, 1), LEAVING, contractual_weeks=4) == 7
    assert notice_pay(12, Decimal(26_000)) == Decimal("6000.00")
    with pytest.raises(RuleRefused):
        notice_weeks(dt.date(2018, 6, 1), LEAVING, contractual_weeks=-1)


def test_protection_pays_each_years_share_of_the_salary_lost() -> None:
    policy = ProtectionPolicy((Decimal(100), Decimal(50)))
    assert protection_by_year("EMP-1", Decimal(41_418), Decimal(37_336), policy) == (
        Decimal("4082.00"),
        Decimal("2041.00"),
    )
    assert protection_by_year("EMP-1", Decimal(37_336), Decimal(41_418), policy) == (
        Decimal("0.00"),
        Decimal("0.00"),
    )
    with pytest.raises(RuleRefused, match="between 0 and 100"):
        protection_by_year("EMP-1", Decimal(2), Decimal(1), ProtectionPolicy((Decimal(120),)))
    # Both ends are percentages a policy may pay; just beyond either is not.
    assert ProtectionPolicy((Decimal(100), Decimal(0))).possible
    assert not ProtectionPolicy((Decimal(100), Decimal("-0.01"))).possible
    assert not ProtectionPolicy((Decimal("100.01"),)).possible


def test_one_off_cost_adds_pension_strain_as_entered() -> None:
    cost = OneOffCost(
        "EMP-1",
        redundancy=Decimal(8000),
        notice=Decimal(3000),
        protection=(Decimal(4082), Decimal(2041)),
        pension_strain=Decimal("12345.67"),
    )
    assert cost.total == Decimal("29468.67")
