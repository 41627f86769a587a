"""One-off costs of a change's outcomes, by person, by financial year and in total.

Leaving by redundancy (at risk, voluntary redundancy, a fixed term ending) costs redundancy pay
(statutory, or the local policy's multiplier and actual pay) and, for those at risk or taking
voluntary redundancy, notice paid in lieu; a slot or redeployment into a lower-paid post costs
pay protection; any leaving costs the pension strain entered for the person. A figure that
cannot be worked out is named in `problems`, never left out silently.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.analysis.pay import NoSalary, salary_for
from orgchart_app.analysis.people_impact import implementation_date
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
    local_redundancy,
    statutory_redundancy,
)
from orgchart_app.analysis.rules import RuleRefused
from orgchart_app.domain.dates import years_before
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Post, Postholder
from orgchart_app.domain.outcomes import Consultation, Outcome, OutcomeKind
from orgchart_app.domain.people_checks import who
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import money_text

REDUNDANCY = frozenset(
    {OutcomeKind.AT_RISK, OutcomeKind.VOLUNTARY_REDUNDANCY, OutcomeKind.END_OF_FIXED_TERM}
)
PAID_NOTICE = frozenset({OutcomeKind.AT_RISK, OutcomeKind.VOLUNTARY_REDUNDANCY})
NOTICE_NOTE = "Notice is costed as paid in lieu: a week's pay for each week owed."
STRAIN_NOTE = "Pension strain is the pension fund's figure as entered for each person."
PROTECTION_NOTE = (
    "Pay protection is the policy's share of the salary lost in each protected year, from "
    "the implementation date."
)


@dataclass(frozen=True, slots=True)
class PersonCost:
    # How outputs name the person: the post and their place on it ("BC-1013 #2"), or with
    # names asked for, their employee number or name.
    label: str
    post_ref: str
    person: Postholder
    outcome: Outcome
    leaving: dt.date | None
    cost: OneOffCost
    by_year: tuple[tuple[str, Decimal], ...]
    # False when a figure this person's outcome calls for could not be worked out (no salary,
    # no leaving date, a redundancy rule refused): their amounts are then not known, not nil.
    known: bool = True


@dataclass(frozen=True, slots=True)
class OneOffCosts:
    people: tuple[PersonCost, ...]
    by_year: tuple[tuple[str, Decimal], ...]
    total: Decimal
    problems: tuple[str, ...]
    assumptions: tuple[str, ...]

    @property
    def not_known(self) -> int:
        """How many people's costs the total leaves out because they could not be worked out."""
        return sum(not person.known for person in self.people)


def financial_year(day: dt.date) -> str:
    """A council's financial year, April to March: 30 June 2025 is in "2025/26"."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def person_label(proposal: Proposal, person: Postholder, names: bool) -> str:
    if names:
        both = person.name and person.employee_number
        return f"{person.name} ({person.employee_number})" if both else who(person)
    post = proposal.posts[person.post_id]
    place = [h.id for h in proposal.postholders_of(post.id)].index(person.id) + 1
    return f"{post.post_ref} #{place}"


def one_off_costs(
    proposal: Proposal, to_id: ScenarioId, names: bool = False, today: dt.date | None = None
) -> OneOffCosts:
    costing = _Costing(proposal, to_id, names, today or dt.date.today())
    rows = [row for outcome in proposal.outcomes_for(to_id) for row in costing.person(outcome)]
    years: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:
        for year, amount in row.by_year:
            if amount:
                years[year] += amount
    total = sum((row.cost.total for row in rows), Decimal(0))
    return OneOffCosts(
        tuple(rows),
        tuple(sorted(years.items())),
        total,
        tuple(costing.problems),
        tuple(dict.fromkeys(costing.notes)),
    )


class _Costing:
    def __init__(self, proposal: Proposal, to_id: ScenarioId, names: bool, today: dt.date) -> None:
        self.proposal, self.to_id, self.names, self.today = proposal, to_id, names, today
        self.consultation: Consultation = proposal.consultation_for(to_id)
        self.implementation = implementation_date(proposal, to_id)
        self.problems: list[str] = []
        self.notes: list[str] = []

    def person(self, outcome: Outcome) -> Iterator[PersonCost]:
        person = self.proposal.postholders[outcome.postholder_id]
        label = person_label(self.proposal, person, self.names)
        if outcome.kind.leaving:
            yield from self._leaving(label, person, outcome)
        elif outcome.kind.needs_post and outcome.to_post_id is not None:
            yield from self._protected(label, person, outcome)

    def salary(self, label: str, person: Postholder, post: Post) -> Decimal | None:
        if person.salary is not None and post.scenario_id != self.to_id:
            return person.salary
        scenario = self.proposal.scenarios[post.scenario_id]
        try:
            return salary_for(self.proposal, post, scenario.costing_point, scenario.pay_year).amount
        except NoSalary as missing:
            self.problems.append(f'{label}: "{post.title}" has no salary: {missing}.')
            return None

    def leaving_date(self, person: Postholder, outcome: Outcome) -> dt.date | None:
        if outcome.leaving_date is not None:
            return outcome.leaving_date
        given = self.consultation.notice_date
        if given is None or person.service_start is None:
            return self.implementation
        weeks = notice_weeks(
            person.service_start, given, self.consultation.contractual_notice_weeks
        )
        return given + dt.timedelta(weeks=weeks)

    def _leaving(self, label: str, person: Postholder, outcome: Outcome) -> Iterator[PersonCost]:
        leaving = self.leaving_date(person, outcome)
        strain = person.pension_strain or Decimal(0)
        if person.pension_strain is not None:
            self.notes.append(STRAIN_NOTE)
        redundancy = notice = Decimal(0)
        salary = self.salary(label, person, self.proposal.posts[person.post_id])
        owed = outcome.kind in REDUNDANCY  # redundancy pay needs the salary and the leaving date
        known = not owed or (salary is not None and leaving is not None)
        if leaving is None:
            self.problems.append(
                f"{label}: no leaving date (enter one, a notice date or an implementation "
                "date); their redundancy pay and notice are not included."
            )
        elif salary is not None and outcome.kind in REDUNDANCY:
            try:
                redundancy = self._redundancy(label, person, leaving, salary)
                if outcome.kind in PAID_NOTICE:
                    notice = self._notice(person, leaving, salary)
            except RuleRefused as refused:
                known = False
                self.problems.append(
                    f"{str(refused).rstrip('.')}; their redundancy pay and notice are not included."
                )
        cost = OneOffCost(label, redundancy, notice, (), strain)
        year = financial_year(leaving) if leaving else "date not known"
        ref = self.proposal.posts[person.post_id].post_ref
        yield PersonCost(label, ref, person, outcome, leaving, cost, ((year, cost.total),), known)

    def _redundancy(
        self, label: str, person: Postholder, leaving: dt.date, salary: Decimal
    ) -> Decimal:
        service = Service(
            label, person.service_start, leaving, salary, person.date_of_birth, person.age
        )
        c = self.consultation
        if c.actual_pay or c.multiplier > 1:
            pay = local_redundancy(service, LocalPolicy(c.actual_pay, c.multiplier), self.today)
        else:
            pay = statutory_redundancy(service, self.today)
        self.notes += [WEEK_PAY_NOTE] + ([AGE_NOTE] if AGE_NOTE in pay.notes else [])
        self.notes += [n for n in pay.notes if n not in (WEEK_PAY_NOTE, AGE_NOTE)]
        return pay.amount

    def _notice(self, person: Postholder, leaving: dt.date, salary: Decimal) -> Decimal:
        assert person.service_start is not None  # the redundancy estimate needed it
        self.notes.append(NOTICE_NOTE)
        weeks = notice_weeks(
            person.service_start, leaving, self.consultation.contractual_notice_weeks
        )
        return notice_pay(weeks, salary)

    def _protected(self, label: str, person: Postholder, outcome: Outcome) -> Iterator[PersonCost]:
        assert outcome.to_post_id is not None
        old = self.salary(label, person, self.proposal.posts[person.post_id])
        new = self.salary(label, person, self.proposal.posts[outcome.to_post_id])
        if old is None or new is None or new >= old:
            return
        ref = self.proposal.posts[person.post_id].post_ref
        policy = ProtectionPolicy(self.consultation.protection)
        if not policy.possible:
            # Only a consultation written by another tool gets here (the edits refuse it): the
            # person's protection is left out, said so, and the rest still costed.
            scenario = self.proposal.scenarios[self.consultation.to_scenario_id].name
            self.problems.append(
                f'{label}: the consultation on "{scenario}" protects pay by a percentage outside '
                "0 to 100; their pay protection is not included."
            )
            yield PersonCost(label, ref, person, outcome, None, OneOffCost(label), (), False)
            return
        shares = protection_by_year(label, old, new, policy)
        self.notes.append(PROTECTION_NOTE)
        start = self.implementation
        years = tuple(
            (
                financial_year(years_before(start, -n)) if start else f"protected year {n + 1}",
                amount,
            )
            for n, amount in enumerate(shares)
        )
        cost = OneOffCost(label, protection=shares)
        yield PersonCost(label, ref, person, outcome, None, cost, years)


def one_off_sentence(costs: OneOffCosts) -> str:
    """The one-off costs as a committee report's financial implications state them."""
    if not costs.people:
        return ""
    parts = (
        ("redundancy pay", sum((c.cost.redundancy for c in costs.people), Decimal(0))),
        ("notice", sum((c.cost.notice for c in costs.people), Decimal(0))),
        (
            "pay protection",
            sum((sum(c.cost.protection, Decimal(0)) for c in costs.people), Decimal(0)),
        ),
        ("pension strain", sum((c.cost.pension_strain for c in costs.people), Decimal(0))),
    )
    if costs.problems and not costs.total:
        return (
            "The one-off costs of the outcomes for staff are not estimated yet: "
            f"{len(costs.problems)} need a leaving date or the facts redundancy pay is "
            "worked out from (see orgchart cost --one-off)."
        )
    split = ", ".join(f"{name} {money_text(amount)}" for name, amount in parts)
    years = "; ".join(f"{year} {money_text(amount)}" for year, amount in costs.by_year)
    missing = (
        f" {len(costs.problems)} figures could not be worked out and are not included."
        if costs.problems
        else ""
    )
    return (
        f"One-off costs of the outcomes for staff are estimated at {money_text(costs.total)} "
        f"({split}): {years}.{missing} These are estimates (see the assumptions of orgchart "
        "cost --one-off)."
    )
