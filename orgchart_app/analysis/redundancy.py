"""Redundancy pay: the statutory amount (Employment Rights Act 1996 s.162) and a council's
discretionary one under the Local Government (Early Termination of Employment) Regulations 2006.

The figures are estimates for a committee's financial implications; every assumption made
(a week's pay from the annual salary, an age entered without a date of birth) is returned
beside the figure, so no output presents it as a fact."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.analysis.money import pennies as _pennies
from orgchart_app.analysis.rules import RuleRefused, Rules, WeeklyCap, rules
from orgchart_app.domain.dates import complete_years, years_before

WEEKS_IN_YEAR = Decimal(52)
WEEK_PAY_NOTE = "A week's pay is taken as the annual salary divided by 52."
AGE_NOTE = (
    "The age was entered without a date of birth: each year's age band assumes the "
    "birthday falls on the leaving date."
)


@dataclass(frozen=True, slots=True)
class Service:
    """What a redundancy estimate needs to know of one person. `who` names them in messages
    (an employee number, or "postholder 3" when names are not to be shown)."""

    who: str
    service_start: dt.date | None
    leaving: dt.date
    annual_salary: Decimal
    date_of_birth: dt.date | None = None
    # The age on the leaving date, where no date of birth is entered.
    age: int | None = None

    def age_on(self, day: dt.date) -> int:
        if self.date_of_birth is not None:
            return complete_years(self.date_of_birth, day)
        assert self.age is not None  # checked() made sure one of the two is there
        return self.age - complete_years(day, self.leaving)

    @property
    def week_pay(self) -> Decimal:
        return self.annual_salary / WEEKS_IN_YEAR


@dataclass(frozen=True, slots=True)
class LocalPolicy:
    """A council's discretion: pay on the actual week's pay (reg. 5) rather than the statutory
    limit, and multiply the statutory weeks (reg. 6; at most 104 weeks in all)."""

    actual_pay: bool = False
    multiplier: Decimal = Decimal(1)


@dataclass(frozen=True, slots=True)
class RedundancyPay:
    years: int
    weeks: Decimal
    week_pay: Decimal
    cap: WeeklyCap | None
    amount: Decimal
    notes: tuple[str, ...] = ()


def checked(service: Service, today: dt.date) -> Service:
    """`service`, or RuleRefused naming the person and the field that cannot be right."""
    birth, start = service.date_of_birth, service.service_start
    if start is None:
        raise RuleRefused(f'{service.who}: "service_start" is needed for a redundancy estimate.')
    if birth is None and service.age is None:
        raise RuleRefused(
            f'{service.who}: "date_of_birth" or "age" is needed for a redundancy estimate.'
        )
    if birth is not None and birth > today:
        raise RuleRefused(f'{service.who}: "date_of_birth" {birth.isoformat()} is in the future.')
    if start > service.leaving:
        raise RuleRefused(
            f'{service.who}: "service_start" {start.isoformat()} is after the '
            f"leaving date {service.leaving.isoformat()}."
        )
    if service.age_on(start) < 16:
        raise RuleRefused(
            f'{service.who}: "service_start" {start.isoformat()} is before the age of 16.'
        )
    if service.annual_salary < 0:
        raise RuleRefused(f'{service.who}: "salary" cannot be negative.')
    return service


def statutory_weeks(service: Service, book: Rules | None = None) -> tuple[int, Decimal]:
    """The complete years counted (the most recent, at most 20) and the weeks' pay they earn:
    each year at the band of the age the person had reached at its start (s.162(2): a year
    "in the whole of which" the employee was not below 41, or 22)."""
    book = book or rules()
    assert service.service_start is not None
    served = complete_years(service.service_start, service.leaving)
    if served < book.qualifying_years:
        return served, Decimal(0)
    counted = min(served, book.max_years)
    weeks = sum(
        (
            book.band_weeks(service.age_on(years_before(service.leaving, year)))
            for year in range(1, counted + 1)
        ),
        Decimal(0),
    )
    return counted, weeks


def statutory_redundancy(service: Service, today: dt.date) -> RedundancyPay:
    """The statutory redundancy payment: weeks x a week's pay, the week capped at the limit in
    force on the leaving date."""
    book = rules()
    checked(service, today)
    years, weeks = statutory_weeks(service, book)
    cap = book.cap_on(service.leaving)
    week = min(service.week_pay, cap.amount)
    return RedundancyPay(years, weeks, week, cap, _pennies(weeks * week), _notes(service))


def local_redundancy(service: Service, policy: LocalPolicy, today: dt.date) -> RedundancyPay:
    """The council's payment under its own policy: the statutory weeks times the multiplier
    (never beyond the 104 weeks reg. 6 allows), on the actual or the capped week's pay."""
    book = rules()
    checked(service, today)
    if policy.multiplier < 1:
        raise RuleRefused(
            f"The policy's multiplier {policy.multiplier} is below 1: the "
            "statutory payment is the least that can be paid."
        )
    years, weeks = statutory_weeks(service, book)
    cap = None if policy.actual_pay else book.cap_on(service.leaving)
    week = service.week_pay if cap is None else min(service.week_pay, cap.amount)
    total_weeks = weeks * policy.multiplier
    notes = _notes(service)
    if total_weeks > book.local_max_weeks:
        total_weeks = Decimal(book.local_max_weeks)
        notes += (f"Limited to the {book.local_max_weeks} weeks' pay the 2006 Regulations allow.",)
    return RedundancyPay(years, total_weeks, week, cap, _pennies(total_weeks * week), notes)


def _notes(service: Service) -> tuple[str, ...]:
    return (WEEK_PAY_NOTE,) + ((AGE_NOTE,) if service.date_of_birth is None else ())
