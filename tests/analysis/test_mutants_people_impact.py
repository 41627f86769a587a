"""Who a change affects (analysis/people_impact.py): the people on posts whose job changes, and
those given an outcome anyway; the day the change takes effect; which fixed terms end by then."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from orgchart_app.analysis.diff import ChangeKind
from orgchart_app.analysis.people_impact import (
    affected_people,
    fixed_term_ends,
    implementation_date,
    without_outcome,
)
from orgchart_app.domain import ContractKind, Proposal
from orgchart_app.domain.ids import ConsultationId, OutcomeId, PostholderId
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.outcomes import Consultation, Outcome, OutcomeKind
from orgchart_app.samples import build_bury
from tests.staffless import without_staff

DAY = dt.date(2026, 3, 31)


@pytest.fixture
def bury() -> Proposal:
    return without_staff(build_bury())


def on(proposal: Proposal, ref: str, number: str) -> Postholder:
    post = proposal.post_by_ref(proposal.scenario_named("As is").id, ref)
    assert post is not None
    holder = Postholder(PostholderId(len(proposal.postholders) + 500), post.id, "", number)
    proposal.postholders[holder.id] = holder
    return holder


def test_those_whose_job_changes_and_those_given_an_outcome_are_affected(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    deleted = on(bury, "BC-1030", "D1")  # Project Lead: deleted
    redeployed = on(bury, "BC-1061", "R1")  # Financial Assessment Officer: deployment changes
    managed = on(bury, "BC-1050", "M1")  # Head of Adult Safeguarding: only its manager changes
    leaving = on(bury, "BC-1050", "M2")  # ... but given a voluntary redundancy
    outcome = Outcome(OutcomeId(1), leaving.id, to_be, OutcomeKind.VOLUNTARY_REDUNDANCY)
    bury.outcomes = {outcome.id: outcome}
    found = affected_people(bury, as_is, to_be)
    assert [a.person.employee_number for a in found] == ["D1", "M2", "R1"]
    first, second, third = found
    assert (first.post.post_ref, first.to_post, first.changes, first.outcome) == (
        "BC-1030",
        None,
        (ChangeKind.DELETED,),
        None,
    )
    assert (second.changes, second.outcome) == ((), outcome)
    assert second.to_post == bury.post_by_ref(to_be, "BC-1050")
    assert third.to_post == bury.post_by_ref(to_be, "BC-1061")
    # Its team also moves unit, which changes nobody's job.
    assert third.changes == (ChangeKind.DEPLOYMENT_CHANGED,)
    assert [a.person for a in without_outcome(bury, as_is, to_be)] == [deleted, redeployed]
    assert managed not in [a.person for a in found]


def test_the_implementation_date_is_the_consultations_else_the_scenarios(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be")
    assert implementation_date(bury, to_be.id) is None
    bury.scenarios[to_be.id] = dataclasses.replace(to_be, effective_date=DAY)
    assert implementation_date(bury, to_be.id) == DAY
    consultation = Consultation(
        ConsultationId(1), to_be.id, implementation_date=dt.date(2026, 6, 1)
    )
    bury.consultations = {consultation.id: consultation}
    assert implementation_date(bury, to_be.id) == dt.date(2026, 6, 1)


def test_a_fixed_term_ends_by_the_day_or_by_any_day_when_the_day_is_not_known() -> None:
    person = Postholder(PostholderId(1), 1, "", "F1")  # type: ignore[arg-type]
    fixed = dataclasses.replace(person, contract=ContractKind.FIXED_TERM, contract_end=DAY)
    assert fixed_term_ends(fixed, DAY) and fixed_term_ends(fixed, None)
    assert fixed_term_ends(fixed, DAY + dt.timedelta(days=1))
    assert not fixed_term_ends(fixed, DAY - dt.timedelta(days=1))
    assert not fixed_term_ends(dataclasses.replace(fixed, contract_end=None), DAY)
    assert not fixed_term_ends(dataclasses.replace(fixed, contract=ContractKind.PERMANENT), DAY)
