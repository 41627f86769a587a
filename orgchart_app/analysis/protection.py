"""Notice and pay protection: the other one-off costs of a restructure for one person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.analysis.money import pennies as _pennies
from orgchart_app.analysis.rules import RuleRefused, rules
from orgchart_app.domain.dates import complete_months, complete_years


@dataclass(frozen=True, slots=True)
class ProtectionPolicy:
    """A council's pay protection: the share of the salary lost that is paid in each protected
    year, e.g. (100, 50) for "full protection for a year, half the difference in the second"."""

    percentages: tuple[Decimal, ...] = (Decimal(100),)

    @property
    def possible(self) -> bool:
        """Every share a percentage a policy can pay: from 0 to 100."""
        return all(0 <= share <= 100 for share in self.percentages)


def statutory_notice_weeks(service_start: dt.date, leaving: dt.date) -> int:
    """Employment Rights Act 1996 s.86(1): none before a month's service, one week up to two
    years, then one week per complete year, at most twelve."""
    if complete_months(service_start, leaving) < 1:
        return 0
    years = complete_years(service_start, leaving)
    return 1 if years < 2 else min(years, rules().notice_max_weeks)


def notice_weeks(service_start: dt.date, leaving: dt.date, contractual_weeks: int = 0) -> int:
    """The notice owed: the contract's where it is longer than the statute's (s.86(3))."""
    if contractual_weeks < 0:
        raise RuleRefused(f"A contractual notice of {contractual_weeks} weeks is not possible.")
    return max(statutory_notice_weeks(service_start, leaving), contractual_weeks)


def notice_pay(weeks: int, annual_salary: Decimal) -> Decimal:
    """Pay in lieu of `weeks` of notice, a week being the annual salary over 52."""
    return _pennies(annual_salary * weeks / 52)


def protection_by_year(
    who: str, old_salary: Decimal, new_salary: Decimal, policy: ProtectionPolicy
) -> tuple[Decimal, ...]:
    """The cost of protecting a person slotted into a lower-paid post, year by year: each
    year's percentage of the salary difference. Nothing when the new post pays as much."""
    if not policy.possible:
        raise RuleRefused("A pay protection percentage must be between 0 and 100.")
    if old_salary < 0 or new_salary < 0:
        raise RuleRefused(f'{who}: "salary" cannot be negative.')
    difference = max(old_salary - new_salary, Decimal(0))
    return tuple(_pennies(difference * share / 100) for share in policy.percentages)


@dataclass(frozen=True, slots=True)
class OneOffCost:
    """One person's one-off costs. Pension strain is the pension fund's actuarial figure,
    entered as given: nothing here estimates it."""

    who: str
    redundancy: Decimal = Decimal(0)
    notice: Decimal = Decimal(0)
    protection: tuple[Decimal, ...] = ()
    pension_strain: Decimal = Decimal(0)

    @property
    def total(self) -> Decimal:
        return (
            self.redundancy + self.notice + sum(self.protection, Decimal(0)) + self.pension_strain
        )
