"""The consultation timeline: the 30 and 45 day minimums at 20 and 100 proposed redundancies,
dates entered or computed, notice and trial periods, and the checks on them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from orgchart_app.analysis.timeline import minimum_consultation_days, timeline
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import ConsultationId, PoolId, ScenarioId
from orgchart_app.domain.outcomes import Consultation, OutcomeKind, Pool
from orgchart_app.edits import PutConsultation, PutPool, apply_edit
from tests.people.test_one_off_costs import give, person_on

START = dt.date(2026, 1, 5)


@pytest.mark.parametrize(
    ("redundancies", "days"), [(0, 0), (19, 0), (20, 30), (99, 30), (100, 45), (250, 45)]
)
def test_the_statutory_minimum_consultation(redundancies: int, days: int) -> None:
    assert minimum_consultation_days(redundancies) == days


def consult(bury: Proposal, **fields: Any) -> ScenarioId:
    to_be = bury.scenario_named("To be").id
    setting = dataclasses.replace(Consultation(ConsultationId(0), to_be), **fields)
    apply_edit(bury, PutConsultation(setting))
    return to_be


def at_risk(bury: Proposal, number: str, started: dt.date = dt.date(2015, 7, 1)) -> None:
    person = person_on(
        bury, "BC-1030", number, salary=Decimal(26_000), service_start=started, age=40
    )
    give(bury, person, OutcomeKind.AT_RISK)


def test_the_end_is_computed_from_the_start_and_the_count(bury: Proposal) -> None:
    at_risk(bury, "F301")
    # 19 other redundancies proposed at the establishment within the 90 days: 20 in all.
    to_be = consult(bury, start=START, other_redundancies=19)
    plan = timeline(bury, to_be)
    assert (plan.proposed_redundancies, plan.minimum_days) == (20, 30)
    assert plan.end == dt.date(2026, 2, 4) and plan.end_computed
    assert plan.hr1_due == START
    assert any("HR1" in step.name and step.date == START for step in plan.steps)


def test_notice_after_implementation_and_dismissal_inside_consultation_are_listed(
    bury: Proposal,
) -> None:
    at_risk(bury, "F301")  # ten complete years by the notice date: ten weeks' notice
    to_be = consult(
        bury,
        start=START,
        end=dt.date(2026, 2, 27),
        notice_date=dt.date(2026, 2, 20),
        implementation_date=dt.date(2026, 4, 1),
    )
    plan = timeline(bury, to_be)
    [notice] = plan.notices
    assert (notice.label, notice.weeks, notice.ends) == ("BC-1030 #1", 10, dt.date(2026, 5, 1))
    assert plan.checks == (
        "Notices of dismissal on 2026-02-20 fall inside the consultation, which ends on "
        "2026-02-27.",
        "BC-1030 #1: notice ends on 2026-05-01, after the implementation date 2026-04-01.",
    )


def test_a_pool_interview_before_the_consultation_ends_is_listed(bury: Proposal) -> None:
    to_be = consult(bury, start=START, end=dt.date(2026, 2, 27))
    sicm = bury.post_by_ref(to_be, "NEW-75")
    assert sicm is not None
    apply_edit(
        bury,
        PutPool(Pool(PoolId(0), to_be, "Pool A", (sicm.id,), "interview", dt.date(2026, 2, 16))),
    )
    plan = timeline(bury, to_be)
    assert plan.checks == (
        "Pool A: interviews on 2026-02-16, before the consultation ends on 2026-02-27.",
    )


def test_a_redeployment_has_a_four_week_trial(bury: Proposal) -> None:
    person = person_on(bury, "BC-1030", "F302")
    to_be = consult(bury, implementation_date=dt.date(2026, 4, 1))
    post = bury.post_by_ref(to_be, "NEW-83")
    assert post is not None
    give(bury, person, OutcomeKind.REDEPLOYED, to_post_id=post.id)
    [trial] = timeline(bury, to_be).trials
    assert (trial.label, trial.start, trial.end) == (
        "BC-1030 #1",
        dt.date(2026, 4, 1),
        dt.date(2026, 4, 29),
    )


def test_an_end_shorter_than_the_minimum_is_listed(bury: Proposal) -> None:
    at_risk(bury, "F301")
    to_be = consult(bury, start=START, end=dt.date(2026, 1, 20), other_redundancies=99)
    plan = timeline(bury, to_be)
    assert plan.minimum_days == 45
    assert plan.checks == (
        "The consultation ends on 2026-01-20, before the statutory minimum of 45 days "
        "(100 redundancies proposed) from 2026-01-05 runs out on 2026-02-19.",
    )
