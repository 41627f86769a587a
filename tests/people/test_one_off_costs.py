"""One-off costs of a change by person, by financial year and in total: redundancy (statutory
or the local policy), notice pay, pay protection and the pension strain entered per person."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from orgchart_app.analysis.people_costs import one_off_costs
from orgchart_app.domain import PostholderId, Proposal
from orgchart_app.domain.ids import ConsultationId, OutcomeId
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.outcomes import Consultation, Outcome, OutcomeKind
from orgchart_app.edits import PutConsultation, PutOutcome, PutPerson, apply_edit

LEAVING = dt.date(2025, 6, 30)


def person_on(proposal: Proposal, ref: str, number: str, **fields: Any) -> Postholder:
    post = proposal.post_by_ref(proposal.scenario_named("As is").id, ref)
    assert post is not None
    holder = dataclasses.replace(
        Postholder(PostholderId(0), post.id, "", number),
        **fields,
    )
    applied = apply_edit(proposal, PutPerson(holder))
    assert isinstance(applied.edit, PutPerson)
    return applied.edit.person


def give(proposal: Proposal, person: Postholder, kind: OutcomeKind, **fields: Any) -> None:
    to_be = proposal.scenario_named("To be").id
    outcome = dataclasses.replace(
        Outcome(OutcomeId(0), person.id, to_be, kind),
        **fields,
    )
    apply_edit(proposal, PutOutcome(outcome))


def at_risk_person(bury: Proposal) -> Postholder:
    # £500 a week; 10 complete years' service from 24, all in the 22 to 40 band: 10 weeks.
    person = person_on(
        bury,
        "BC-1030",
        "F201",
        salary=Decimal(26_000),
        date_of_birth=dt.date(1990, 7, 1),
        service_start=dt.date(2014, 7, 1),
        pension_strain=Decimal("12345.67"),
    )
    give(bury, person, OutcomeKind.AT_RISK, leaving_date=LEAVING)
    return person


def test_a_person_at_risk_costs_statutory_redundancy_notice_and_strain(bury: Proposal) -> None:
    at_risk_person(bury)
    costs = one_off_costs(bury, bury.scenario_named("To be").id)
    [row] = costs.people
    assert row.label == "BC-1030 #1"
    assert (row.cost.redundancy, row.cost.notice, row.cost.pension_strain) == (
        Decimal("5000.00"),
        Decimal("5000.00"),
        Decimal("12345.67"),
    )
    assert row.leaving == LEAVING
    assert costs.by_year == (("2025/26", Decimal("22345.67")),)
    assert costs.total == Decimal("22345.67")
    assert costs.problems == ()
    assert any("annual salary divided by 52" in a for a in costs.assumptions)


def test_the_local_policy_multiplies_the_weeks_on_actual_pay(bury: Proposal) -> None:
    at_risk_person(bury)
    to_be = bury.scenario_named("To be").id
    policy = Consultation(ConsultationId(0), to_be, actual_pay=True, multiplier=Decimal(2))
    apply_edit(bury, PutConsultation(policy))
    [row] = one_off_costs(bury, to_be).people
    assert row.cost.redundancy == Decimal("10000.00")


def test_a_slot_into_a_lower_paid_post_costs_protection_by_year(bury: Proposal) -> None:
    person = person_on(bury, "BC-1010", "F202", salary=Decimal(41_418))
    to_be = bury.scenario_named("To be").id
    lower = bury.post_by_ref(to_be, "NEW-79")
    assert lower is not None
    bury.posts[lower.id] = dataclasses.replace(lower, salary=Decimal(37_336))
    policy = Consultation(
        ConsultationId(0),
        to_be,
        implementation_date=dt.date(2025, 7, 1),
        protection=(Decimal(100), Decimal(50)),
    )
    apply_edit(bury, PutConsultation(policy))
    give(bury, person, OutcomeKind.SLOTTED, to_post_id=lower.id, job_match=75.0)
    costs = one_off_costs(bury, to_be)
    [row] = costs.people
    assert row.cost.protection == (Decimal("4082.00"), Decimal("2041.00"))
    assert costs.by_year == (("2025/26", Decimal("4082.00")), ("2026/27", Decimal("2041.00")))


def test_the_leaving_date_is_the_end_of_notice_from_the_notice_date(bury: Proposal) -> None:
    person = at_risk_person(bury)
    to_be = bury.scenario_named("To be").id
    outcome = bury.outcome_of(person.id, to_be)
    assert outcome is not None
    apply_edit(bury, PutOutcome(dataclasses.replace(outcome, leaving_date=None)))
    notice_from = dt.date(2025, 4, 7)
    apply_edit(
        bury, PutConsultation(Consultation(ConsultationId(0), to_be, notice_date=notice_from))
    )
    [row] = one_off_costs(bury, to_be).people
    # Ten complete years by the notice date: ten weeks' notice.
    assert row.leaving == notice_from + dt.timedelta(weeks=10)


def test_a_figure_that_cannot_be_worked_out_is_said_never_silent(bury: Proposal) -> None:
    person = person_on(bury, "BC-1030", "F203", salary=Decimal(26_000))
    give(bury, person, OutcomeKind.VOLUNTARY_REDUNDANCY, leaving_date=LEAVING)
    costs = one_off_costs(bury, bury.scenario_named("To be").id, names=True)
    assert costs.problems == (
        'F203: "service_start" is needed for a redundancy estimate; their redundancy pay and '
        "notice are not included.",
    )


def test_the_committee_pack_states_the_one_off_costs(bury: Proposal) -> None:
    from orgchart_app.analysis.recommendations import build_recommendations

    at_risk_person(bury)
    ids = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    financial = build_recommendations(bury, *ids).financial
    assert financial.endswith(
        "One-off costs of the outcomes for staff are estimated at £22,346 (redundancy pay "
        "£5,000, notice £5,000, pay protection £0, pension strain £12,346): 2025/26 £22,346. "
        "These are estimates (see the assumptions of orgchart cost --one-off)."
    )


def test_a_protection_policy_the_designer_would_refuse_is_a_problem_naming_its_scenario(
    bury: Proposal,
) -> None:
    # A file written elsewhere may hold a consultation the designer's edits refuse (validate
    # lists it); its costs then leave out that person's protection and say why, instead of
    # refusing the whole costing with a sentence that names no consultation.
    person = person_on(bury, "BC-1010", "F202", salary=Decimal(41_418))
    to_be = bury.scenario_named("To be").id
    lower = bury.post_by_ref(to_be, "NEW-79")
    assert lower is not None
    bury.posts[lower.id] = dataclasses.replace(lower, salary=Decimal(37_336))
    policy = Consultation(ConsultationId(1), to_be, protection=(Decimal(150), Decimal(50)))
    bury.consultations[policy.id] = policy
    give(bury, person, OutcomeKind.SLOTTED, to_post_id=lower.id, job_match=75.0)
    costs = one_off_costs(bury, to_be, names=True)
    [row] = costs.people
    assert row.cost.protection == () and row.known is False
    # Still listed as whom it is, with the outcome that calls for protection.
    assert (row.label, row.post_ref, row.cost.who) == ("F202", "BC-1010", "F202")
    assert row.person == bury.postholders[person.id]
    assert row.outcome == bury.outcome_of(person.id, to_be)
    assert costs.problems == (
        'F202: the consultation on "To be" protects pay by a percentage outside 0 to 100; '
        "their pay protection is not included.",
    )
