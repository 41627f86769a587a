"""The consultation timeline (analysis/timeline.py) in full: every step with its date and
whether it was worked out, the people a pool has no post left for, and each check at the day it
starts to apply (the day before it, nothing is said)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from orgchart_app.analysis.timeline import Step, proposed_redundancies, timeline
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import ConsultationId, OutcomeId, PoolId, PostholderId, ScenarioId
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.outcomes import Consultation, Outcome, OutcomeKind, Pool
from orgchart_app.samples import build_bury
from tests.staffless import without_staff

START = dt.date(2026, 1, 5)
# 20 proposed redundancies (one person at risk and 19 others): 30 days, to 4 February.
END = dt.date(2026, 2, 4)


@pytest.fixture
def bury() -> Proposal:
    """The Bury sample without its fictional staff: each test's people are the only ones."""
    return without_staff(build_bury())


def to_be(proposal: Proposal) -> ScenarioId:
    return proposal.scenario_named("To be").id


def person(proposal: Proposal, ref: str, number: str, name: str = "", **fields: Any) -> Postholder:
    post = proposal.post_by_ref(proposal.scenario_named("As is").id, ref)
    assert post is not None
    new_id = PostholderId(max(proposal.postholders, default=0) + 1)
    holder = dataclasses.replace(Postholder(new_id, post.id, name, number), **fields)
    proposal.postholders[holder.id] = holder
    return holder


def give(proposal: Proposal, holder: Postholder, kind: OutcomeKind, **fields: Any) -> None:
    new_id = OutcomeId(max(proposal.outcomes, default=0) + 1)
    outcome = dataclasses.replace(Outcome(new_id, holder.id, to_be(proposal), kind), **fields)
    proposal.outcomes[outcome.id] = outcome


def pool(proposal: Proposal, name: str, refs: tuple[str, ...], **fields: Any) -> Pool:
    posts = []
    for ref in refs:
        post = proposal.post_by_ref(to_be(proposal), ref)
        assert post is not None
        posts.append(post.id)
    new_id = PoolId(max(proposal.pools, default=0) + 1)
    made = dataclasses.replace(Pool(new_id, to_be(proposal), name, tuple(posts)), **fields)
    proposal.pools[made.id] = made
    return made


def consult(proposal: Proposal, **fields: Any) -> None:
    setting = dataclasses.replace(Consultation(ConsultationId(1), to_be(proposal)), **fields)
    proposal.consultations = {setting.id: setting}


def staffed(proposal: Proposal, leaving: dt.date) -> None:
    """One person at risk (ten years' service: ten weeks' statutory notice, twelve by contract)
    and one redeployed to NEW-83."""
    ann = person(proposal, "BC-1030", "F301", "Ann Smith", service_start=dt.date(2015, 7, 1))
    give(proposal, ann, OutcomeKind.AT_RISK, leaving_date=leaving)
    bob = person(proposal, "BC-1040", "F302", "Bob Jones", service_start=dt.date(2020, 1, 1))
    target = proposal.post_by_ref(to_be(proposal), "NEW-83")
    assert target is not None
    # Leaving dates count only for those who leave.
    give(proposal, bob, OutcomeKind.REDEPLOYED, to_post_id=target.id, leaving_date=START)


def test_every_step_is_dated_and_those_worked_out_are_marked(bury: Proposal) -> None:
    staffed(bury, leaving=dt.date(2026, 2, 1))
    pool(bury, "Pool Z", ("NEW-75",), interview_date=dt.date(2026, 2, 2))
    pool(bury, "Pool Y", ("NEW-76",))  # no interview date yet: a step, no check
    consult(
        bury,
        start=START,
        hr1_sent=dt.date(2026, 1, 6),
        selection_date=dt.date(2026, 2, 3),
        notice_date=dt.date(2026, 2, 3),
        other_redundancies=19,
        contractual_notice_weeks=12,
    )
    scenario = bury.scenarios[to_be(bury)]
    bury.scenarios[scenario.id] = dataclasses.replace(scenario, effective_date=dt.date(2026, 3, 2))
    plan = timeline(bury, to_be(bury), names=True)
    assert (plan.proposed_redundancies, plan.minimum_days) == (20, 30)
    assert (plan.start, plan.end, plan.end_computed, plan.hr1_due) == (START, END, True, START)
    assert plan.steps == (
        Step("Consultation starts", START),
        Step("HR1 to the Secretary of State by", START, True),
        Step("HR1 sent", dt.date(2026, 1, 6)),
        Step("Consultation ends", END, True),
        Step("Selection and interviews", dt.date(2026, 2, 3)),
        Step("Pool Z: interviews", dt.date(2026, 2, 2)),
        Step("Pool Y: interviews", None),
        Step("Notices of dismissal given", dt.date(2026, 2, 3)),
        Step("Implementation", dt.date(2026, 3, 2), True),
    )
    [notice] = plan.notices
    assert (notice.label, notice.weeks, notice.ends) == (
        "Ann Smith (F301)",
        12,
        dt.date(2026, 4, 28),
    )
    [trial] = plan.trials
    assert (trial.label, trial.start, trial.end) == (
        "Bob Jones (F302)",
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 30),
    )
    assert plan.checks == (
        "HR1 sent on 2026-01-06, after the consultation started on 2026-01-05.",
        "Notices of dismissal on 2026-02-03 fall inside the consultation, which ends on "
        "2026-02-04.",
        "BC-1030 #1: leaves on 2026-02-01, inside the consultation, which ends on 2026-02-04.",
        "Selection on 2026-02-03, before the consultation ends on 2026-02-04.",
        "Pool Z: interviews on 2026-02-02, before the consultation ends on 2026-02-04.",
        "Ann Smith (F301): notice ends on 2026-04-28, after the implementation date 2026-03-02.",
    )


def test_on_the_last_allowed_day_nothing_is_said(bury: Proposal) -> None:
    staffed(bury, leaving=END)
    pool(bury, "Pool Z", ("NEW-75",), interview_date=END)
    consult(
        bury,
        start=START,
        end=END,
        hr1_sent=START,
        selection_date=END,
        notice_date=END,
        # Twelve weeks from 4 February.
        implementation_date=dt.date(2026, 4, 29),
        other_redundancies=19,
        contractual_notice_weeks=12,
    )
    plan = timeline(bury, to_be(bury))
    assert [(n.label, n.ends) for n in plan.notices] == [("BC-1030 #1", dt.date(2026, 4, 29))]
    assert plan.checks == ()
    assert (plan.end, plan.end_computed) == (END, False)
    assert plan.steps[3] == Step("Consultation ends", END, False)
    assert plan.steps[-1] == Step("Implementation", dt.date(2026, 4, 29), False)


def test_the_day_before_the_minimum_runs_out_is_too_early(bury: Proposal) -> None:
    staffed(bury, leaving=END)
    consult(bury, start=START, end=END - dt.timedelta(days=1), other_redundancies=19)
    assert timeline(bury, to_be(bury)).checks[0] == (
        "The consultation ends on 2026-02-03, before the statutory minimum of 30 days "
        "(20 redundancies proposed) from 2026-01-05 runs out on 2026-02-04."
    )


def test_without_a_minimum_no_end_or_hr1_is_worked_out(bury: Proposal) -> None:
    consult(bury, start=START)
    plan = timeline(bury, to_be(bury))
    assert (plan.minimum_days, plan.end, plan.end_computed, plan.hr1_due) == (0, None, False, None)
    assert plan.steps == (
        Step("Consultation starts", START),
        Step("Consultation ends", None, False),
        Step("Selection and interviews", None),
        Step("Notices of dismissal given", None),
        Step("Implementation", None, False),
    )
    assert plan.checks == ()


def test_a_pool_adds_the_people_it_has_no_post_left_for(bury: Proposal) -> None:
    at_risk = person(bury, "BC-1030", "F300")
    give(bury, at_risk, OutcomeKind.AT_RISK)

    def members(made: Pool, waiting: int, placed: int) -> None:
        for n in range(waiting + placed):
            holder = person(bury, "BC-1010", f"{made.name}{n}")
            kind = OutcomeKind.POOL if n < waiting else OutcomeKind.SLOTTED
            post = made.post_ids[0] if n >= waiting else None
            give(bury, holder, kind, pool_id=made.id, to_post_id=post)

    # NEW-79 is two posts: one taken from the pool, three people for the other.
    members(pool(bury, "P1", ("NEW-79",)), waiting=3, placed=1)
    # NEW-83 is three posts, with room for its one person.
    members(pool(bury, "P2", ("NEW-83",)), waiting=1, placed=0)
    # NEW-75 is one post, taken: its one person waiting has none.
    members(pool(bury, "P3", ("NEW-75",)), waiting=1, placed=1)
    assert proposed_redundancies(bury, to_be(bury)) == 1 + 2 + 0 + 1
    # A post of a pool no longer in the file gives no seats, and is not read.
    p2 = bury.pools[PoolId(2)]
    bury.pools[p2.id] = dataclasses.replace(p2, post_ids=(*p2.post_ids, 99999))  # type: ignore[arg-type]
    assert proposed_redundancies(bury, to_be(bury)) == 4
