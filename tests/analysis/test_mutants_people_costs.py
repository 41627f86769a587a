"""One-off costs by person on a proposal worked by hand: G1 pays £26,000 (£500 a week) at the
bottom and £36,400 (£700) at the top in 2025/26; the to-be costs at the bottom of grade. Each
test pins one rule of people_costs.py: who is owed what, when a figure is not known, the
financial years, the notes and the committee sentence (tests/people/ has the worked cases on
the Bury sample)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from orgchart_app.analysis.people_costs import (
    NOTICE_NOTE,
    PROTECTION_NOTE,
    STRAIN_NOTE,
    OneOffCosts,
    financial_year,
    one_off_costs,
    one_off_sentence,
    person_label,
)
from orgchart_app.analysis.redundancy import AGE_NOTE, WEEK_PAY_NOTE
from orgchart_app.analysis.rules import RuleRefused
from orgchart_app.domain import CostingPoint, UnitKind
from orgchart_app.domain.enums import ScenarioKind
from orgchart_app.domain.ids import ConsultationId, OutcomeId, PostholderId, PostId
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.outcomes import Consultation, Outcome, OutcomeKind
from orgchart_app.domain.tables import Table
from tests.analysis.g1 import g1_council

YEAR = "2025/26"
LEAVING = dt.date(2025, 6, 30)
TODAY = dt.date(2025, 7, 1)
NO_DATE = (
    "no leaving date (enter one, a notice date or an implementation date); their redundancy "
    "pay and notice are not included."
)


class People:
    """As is: OLD (G1) and BARE (no pay); to be: LOW £26,000, SAME £36,400, G1 (the bottom),
    BARE (no pay)."""

    def __init__(self) -> None:
        b, council = g1_council("People", {YEAR: {10: 26000, 12: 36400}})
        self.as_is = b.scenario("As is", pay_year=YEAR)
        self.to_be = b.scenario(
            "To be", ScenarioKind.TO_BE, pay_year=YEAR, costing_point=CostingPoint.BOTTOM
        )
        self.posts: dict[str, PostId] = {}
        for s, refs in ((self.as_is, ("OLD", "BARE")), (self.to_be, ("LOW", "SAME", "G1", "NEW"))):
            unit = b.unit(s, "Team", UnitKind.TEAM, council)
            for ref in refs:
                fields: dict[str, Any] = {
                    "LOW": {"salary": Decimal(26000)},
                    "SAME": {"salary": Decimal(36400)},
                    "OLD": {"grade": "G1"},
                    "G1": {"grade": "G1"},
                }.get(ref, {})
                title = ref.title() if ref != "NEW" else "Bare"
                self.posts[ref] = b.post(s, title, unit, council, post_ref=ref, **fields)
        self.proposal = b.proposal

    def person(self, ref: str = "OLD", **fields: Any) -> Postholder:
        person_id = PostholderId(self.proposal.next_id(Table.POSTHOLDERS))
        fields.setdefault("employee_number", f"E{person_id}")
        fields.setdefault("name", "")
        person = Postholder(person_id, self.posts[ref], **fields)
        self.proposal.postholders[person_id] = person
        return person

    def give(self, person: Postholder, kind: OutcomeKind, **fields: Any) -> None:
        outcome_id = OutcomeId(self.proposal.next_id(Table.OUTCOMES))
        self.proposal.outcomes[outcome_id] = Outcome(
            outcome_id, person.id, self.to_be, kind, **fields
        )

    def policy(self, **fields: Any) -> None:
        self.proposal.consultations = {
            ConsultationId(1): Consultation(ConsultationId(1), self.to_be, **fields)
        }

    def leaver(self, kind: OutcomeKind = OutcomeKind.AT_RISK, **fields: Any) -> Postholder:
        """Ten complete years from 30, £700 a week: ten weeks (1.5 for none: all under 41)."""
        fields.setdefault("date_of_birth", dt.date(1985, 6, 30))
        fields.setdefault("service_start", dt.date(2015, 6, 30))
        leaving = fields.pop("leaving", LEAVING)
        person = self.person(**fields)
        self.give(person, kind, leaving_date=leaving)
        return person

    def costs(self, names: bool = False) -> OneOffCosts:
        return one_off_costs(self.proposal, self.to_be, names, TODAY)


def test_a_financial_year_runs_from_april_to_march() -> None:
    assert financial_year(dt.date(2026, 3, 31)) == "2025/26"
    assert financial_year(dt.date(2026, 4, 1)) == "2026/27"
    assert financial_year(dt.date(2026, 1, 15)) == "2025/26"
    assert financial_year(dt.date(1999, 5, 1)) == "1999/00"


def test_a_person_at_risk_is_owed_redundancy_and_notice_with_the_notes_in_order() -> None:
    people = People()
    person = people.leaver(pension_strain=Decimal(100))
    costs = people.costs()
    [row] = costs.people
    # Ten weeks of £700: redundancy and notice alike.
    assert (row.cost.redundancy, row.cost.notice, row.cost.pension_strain) == (
        Decimal("7000.00"),
        Decimal("7000.00"),
        Decimal(100),
    )
    assert (row.label, row.cost.who, row.post_ref, row.person, row.leaving) == (
        "OLD #1",
        "OLD #1",
        "OLD",
        person,
        LEAVING,
    )
    assert row.outcome.kind is OutcomeKind.AT_RISK and row.known is True
    assert costs.assumptions == (STRAIN_NOTE, WEEK_PAY_NOTE, NOTICE_NOTE)
    assert costs.problems == () and costs.not_known == 0


def test_the_years_add_up_each_persons_cost() -> None:
    people = People()
    people.leaver()
    people.leaver(leaving=dt.date(2026, 3, 31))
    people.leaver(OutcomeKind.VOLUNTARY_REDUNDANCY, leaving=dt.date(2026, 4, 1))
    costs = people.costs()
    # Ten weeks' redundancy and notice on the first two; on 1 April 2026 ten complete years
    # still, so the same.
    assert costs.by_year == (("2025/26", Decimal("28000.00")), ("2026/27", Decimal("14000.00")))
    assert costs.total == Decimal("42000.00")
    assert one_off_sentence(costs) == (
        "One-off costs of the outcomes for staff are estimated at £42,000 (redundancy pay "
        "£21,000, notice £21,000, pay protection £0, pension strain £0): 2025/26 £28,000; "
        "2026/27 £14,000. These are estimates (see the assumptions of orgchart cost --one-off)."
    )


def test_a_retirement_costs_only_its_strain_and_needs_no_salary_or_date() -> None:
    people = People()
    people.leaver(OutcomeKind.RETIREMENT, pension_strain=Decimal(500))
    people.leaver(OutcomeKind.RETIREMENT, leaving=None, pension_strain=Decimal(50))
    retiring = people.person("BARE", pension_strain=Decimal(5))
    people.give(retiring, OutcomeKind.RETIREMENT, leaving_date=LEAVING)
    costs = people.costs()
    assert [(r.cost.redundancy, r.cost.notice, r.cost.total, r.known) for r in costs.people] == [
        (0, 0, 500, True),
        (0, 0, 50, True),
        (0, 0, 5, True),
    ]
    assert costs.by_year == (("2025/26", Decimal(505)), ("date not known", Decimal(50)))
    assert costs.not_known == 0
    assert costs.problems == (
        f"OLD #2: {NO_DATE}",
        'BARE #1: "Bare" has no salary: it has no grade and no stated salary.',
    )


def test_redundancy_without_a_salary_or_a_date_is_not_known() -> None:
    people = People()
    no_pay = people.person("BARE", service_start=dt.date(2015, 6, 30), age=40)
    people.give(no_pay, OutcomeKind.AT_RISK, leaving_date=LEAVING)
    people.leaver(leaving=None)
    costs = people.costs()
    assert [(r.label, r.known) for r in costs.people] == [("BARE #1", False), ("OLD #1", False)]
    assert costs.not_known == 2
    assert costs.problems == (
        'BARE #1: "Bare" has no salary: it has no grade and no stated salary.',
        f"OLD #1: {NO_DATE}",
    )


def test_a_refused_estimate_is_not_known_and_said() -> None:
    people = People()
    people.leaver(service_start=None, pension_strain=Decimal(10))
    costs = people.costs()
    [row] = costs.people
    assert row.known is False and row.cost.total == 10
    assert costs.problems == (
        'OLD #1: "service_start" is needed for a redundancy estimate; their redundancy pay and '
        "notice are not included.",
    )
    assert one_off_sentence(costs) == (
        "One-off costs of the outcomes for staff are estimated at £10 (redundancy pay £0, "
        "notice £0, pay protection £0, pension strain £10): 2025/26 £10. 1 figures could not "
        "be worked out and are not included. These are estimates (see the assumptions of "
        "orgchart cost --one-off)."
    )


def test_nothing_estimated_yet_says_how_many_need_facts() -> None:
    people = People()
    people.leaver(service_start=None)
    people.leaver(leaving=None)
    assert one_off_sentence(people.costs()) == (
        "The one-off costs of the outcomes for staff are not estimated yet: 2 need a leaving date "
        "or the facts redundancy pay is worked out from (see orgchart cost --one-off)."
    )
    assert one_off_sentence(People().costs()) == ""


def test_an_age_without_a_date_of_birth_is_used_and_noted() -> None:
    people = People()
    people.leaver(date_of_birth=None, age=40)
    costs = people.costs()
    assert costs.people[0].cost.redundancy == Decimal("7000.00")
    assert costs.assumptions == (WEEK_PAY_NOTE, AGE_NOTE, NOTICE_NOTE)


def test_the_local_policy_on_actual_pay_or_a_multiplier_above_one() -> None:
    people = People()
    people.leaver(salary=Decimal(52000))  # £1,000 a week, over the £719 limit
    people.policy(actual_pay=True)
    assert people.costs().people[0].cost.redundancy == Decimal("10000.00")
    people.policy(multiplier=Decimal("1.5"))
    assert people.costs().people[0].cost.redundancy == Decimal("10785.00")  # 15 x 719
    people.policy()
    assert people.costs().people[0].cost.redundancy == Decimal("7190.00")


def test_a_limited_local_payment_is_noted_once() -> None:
    people = People()
    people.leaver(date_of_birth=dt.date(1960, 6, 30), service_start=dt.date(1990, 6, 30))
    people.policy(multiplier=Decimal(4))
    costs = people.costs()
    # Twenty years at 1.5 weeks, x 4 = 120, limited to 104 weeks of £700.
    assert costs.people[0].cost.redundancy == Decimal("72800.00")
    assert costs.assumptions == (
        WEEK_PAY_NOTE,
        "Limited to the 104 weeks' pay the 2006 Regulations allow.",
        NOTICE_NOTE,
    )


def test_a_contracts_longer_notice_sets_the_pay_and_the_leaving_date() -> None:
    people = People()
    people.leaver(leaving=None)
    notice_from = dt.date(2025, 4, 7)
    people.policy(notice_date=notice_from, contractual_notice_weeks=13)
    [row] = people.costs().people
    assert row.leaving == notice_from + dt.timedelta(weeks=13)
    assert row.cost.notice == Decimal("9100.00")  # 13 x 700


def test_a_slot_into_lower_pay_is_protected_by_year() -> None:
    people = People()
    person = people.person(salary=Decimal(30000))
    people.give(person, OutcomeKind.SLOTTED, to_post_id=people.posts["LOW"])
    people.policy(protection=(Decimal(100), Decimal(50)))
    costs = people.costs()
    [row] = costs.people
    assert (row.label, row.cost.who, row.post_ref, row.person, row.leaving) == (
        "OLD #1",
        "OLD #1",
        "OLD",
        person,
        None,
    )
    assert row.outcome.kind is OutcomeKind.SLOTTED
    assert row.cost.protection == (Decimal("4000.00"), Decimal("2000.00"))
    # No implementation date: the years are counted, not dated.
    assert row.by_year == (("protected year 1", 4000), ("protected year 2", 2000))
    assert costs.assumptions == (PROTECTION_NOTE,)


def test_the_post_slotted_into_is_costed_at_the_to_bes_point_and_year() -> None:
    people = People()
    person = people.person()  # OLD at the top of G1: 36,400
    people.give(person, OutcomeKind.REDEPLOYED, to_post_id=people.posts["G1"])
    people.policy(implementation_date=dt.date(2026, 1, 1))
    [row] = people.costs().people
    assert row.cost.protection == (Decimal("10400.00"),)  # 36,400 - 26,000 at the bottom
    assert row.by_year == (("2025/26", Decimal("10400.00")),)


def test_no_protection_for_equal_pay_no_post_or_a_salary_not_known() -> None:
    people = People()
    people.give(people.person(), OutcomeKind.SLOTTED, to_post_id=people.posts["SAME"])
    people.give(people.person(), OutcomeKind.SLOTTED)
    people.give(people.person("BARE"), OutcomeKind.SLOTTED, to_post_id=people.posts["LOW"])
    people.give(people.person(), OutcomeKind.SLOTTED, to_post_id=people.posts["NEW"])
    costs = people.costs()
    assert costs.people == ()
    assert costs.problems == (
        'BARE #1: "Bare" has no salary: it has no grade and no stated salary.',
        'OLD #3: "Bare" has no salary: it has no grade and no stated salary.',
    )


def test_names_label_a_person_by_name_and_number_or_what_there_is() -> None:
    people = People()
    both = people.person(name="Ann Example", employee_number="E1")
    number = people.person(employee_number="E2")
    assert person_label(people.proposal, both, True) == "Ann Example (E1)"
    assert person_label(people.proposal, number, True) == "E2"
    assert person_label(people.proposal, number, False) == "OLD #2"


def test_a_negative_salary_slotted_into_is_refused_naming_the_person() -> None:
    # No file, import or edit can hold a salary below £0 (storage and the post edits refuse
    # one, an import reads it as unreadable); a proposal built in memory can, and the refusal
    # then says whose protection could not be worked out.
    people = People()
    low = people.proposal.posts[people.posts["LOW"]]
    people.proposal.posts[low.id] = dataclasses.replace(low, salary=Decimal(-100))
    people.give(people.person(salary=Decimal(30000)), OutcomeKind.SLOTTED, to_post_id=low.id)
    with pytest.raises(RuleRefused) as refused:
        people.costs()
    assert str(refused.value) == 'OLD #1: "salary" cannot be negative.'
