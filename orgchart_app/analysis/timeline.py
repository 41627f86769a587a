"""The consultation timeline of a change: dates entered or computed, and the checks on them.

Collective consultation (Trade Union and Labour Relations (Consolidation) Act 1992, s.188): 30
days where 20 to 99 redundancies are proposed at one establishment within 90 days, 45 days from
100, with form HR1 to the Secretary of State (s.193) sent by the start. Notice is the statute's
(one week a year of service, at most 12) or the contract's, if longer; a redeployment has a
four-week trial period (Employment Rights Act 1996, s.138).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from orgchart_app.analysis.people_costs import person_label
from orgchart_app.analysis.people_impact import implementation_date
from orgchart_app.analysis.protection import notice_weeks
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.outcomes import OutcomeKind
from orgchart_app.domain.proposal import Proposal

TRIAL = dt.timedelta(weeks=4)
# s.188(1A): the proposed redundancies at which each minimum applies.
THRESHOLDS = ((100, 45), (20, 30))
# Dismissals that count towards the thresholds (a fixed term ending at its expiry does not, s.282).
COUNTED = frozenset({OutcomeKind.AT_RISK, OutcomeKind.VOLUNTARY_REDUNDANCY})
NOTICE_GIVEN = frozenset({OutcomeKind.AT_RISK, OutcomeKind.VOLUNTARY_REDUNDANCY})


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    date: dt.date | None
    # Worked out here rather than entered (shown as such, so no computed date reads as decided).
    computed: bool = False


@dataclass(frozen=True, slots=True)
class Notice:
    label: str
    weeks: int
    ends: dt.date


@dataclass(frozen=True, slots=True)
class Trial:
    label: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class Timeline:
    proposed_redundancies: int
    minimum_days: int
    start: dt.date | None
    end: dt.date | None
    end_computed: bool
    hr1_due: dt.date | None
    steps: tuple[Step, ...]
    notices: tuple[Notice, ...]
    trials: tuple[Trial, ...]
    checks: tuple[str, ...]


def minimum_consultation_days(redundancies: int) -> int:
    return next((days for count, days in THRESHOLDS if redundancies >= count), 0)


def proposed_redundancies(proposal: Proposal, to_id: ScenarioId) -> int:
    """People at risk or taking voluntary redundancy, those a pool has no post left for, and
    the other redundancies the consultation says are proposed at the establishment."""
    outcomes = proposal.outcomes_for(to_id)
    count = sum(o.kind in COUNTED for o in outcomes)
    for pool in proposal.pools_for(to_id):
        members = proposal.pool_members(pool.id)
        seats = sum(proposal.posts[p].quantity for p in pool.post_ids if p in proposal.posts)
        placed = sum(o.kind.needs_post for o in members)
        waiting = sum(o.kind is OutcomeKind.POOL for o in members)
        count += max(0, waiting - max(0, seats - placed))
    return count + proposal.consultation_for(to_id).other_redundancies


def timeline(proposal: Proposal, to_id: ScenarioId, names: bool = False) -> Timeline:
    c = proposal.consultation_for(to_id)
    count = proposed_redundancies(proposal, to_id)
    days = minimum_consultation_days(count)
    computed_end = c.start + dt.timedelta(days=days) if c.start and days else None
    end = c.end or computed_end
    hr1_due = c.start if days else None
    implementation = implementation_date(proposal, to_id)
    notices = _notices(proposal, to_id, names)
    trials = _trials(proposal, to_id, implementation, names)
    steps = (
        Step("Consultation starts", c.start),
        *((Step("HR1 to the Secretary of State by", hr1_due, True),) if hr1_due else ()),
        *((Step("HR1 sent", c.hr1_sent),) if c.hr1_sent else ()),
        Step("Consultation ends", end, c.end is None and end is not None),
        Step("Selection and interviews", c.selection_date),
        *(Step(f"{p.name}: interviews", p.interview_date) for p in proposal.pools_for(to_id)),
        Step("Notices of dismissal given", c.notice_date),
        Step(
            "Implementation",
            implementation,
            c.implementation_date is None and implementation is not None,
        ),
    )
    checks = _checks(proposal, to_id, end, days, count, notices, implementation)
    return Timeline(
        count,
        days,
        c.start,
        end,
        c.end is None and end is not None,
        hr1_due,
        steps,
        notices,
        trials,
        tuple(checks),
    )


def _notices(proposal: Proposal, to_id: ScenarioId, names: bool) -> tuple[Notice, ...]:
    c = proposal.consultation_for(to_id)
    found = []
    for outcome in proposal.outcomes_for(to_id):
        person = proposal.postholders[outcome.postholder_id]
        if outcome.kind in NOTICE_GIVEN and c.notice_date and person.service_start:
            weeks = notice_weeks(person.service_start, c.notice_date, c.contractual_notice_weeks)
            ends = c.notice_date + dt.timedelta(weeks=weeks)
            found.append(Notice(person_label(proposal, person, names), weeks, ends))
    return tuple(found)


def _trials(
    proposal: Proposal, to_id: ScenarioId, start: dt.date | None, names: bool
) -> tuple[Trial, ...]:
    if start is None:
        return ()
    return tuple(
        Trial(
            person_label(proposal, proposal.postholders[o.postholder_id], names),
            start,
            start + TRIAL,
        )
        for o in proposal.outcomes_for(to_id)
        if o.kind is OutcomeKind.REDEPLOYED
    )


def _checks(
    proposal: Proposal,
    to_id: ScenarioId,
    end: dt.date | None,
    days: int,
    count: int,
    notices: tuple[Notice, ...],
    implementation: dt.date | None,
) -> list[str]:
    c = proposal.consultation_for(to_id)
    checks = []
    if c.start and c.end and days and c.end < c.start + dt.timedelta(days=days):
        checks.append(
            f"The consultation ends on {c.end}, before the statutory minimum of {days} days "
            f"({count} redundancies proposed) from {c.start} runs out on "
            f"{c.start + dt.timedelta(days=days)}."
        )
    if c.hr1_sent and c.start and days and c.hr1_sent > c.start:
        checks.append(f"HR1 sent on {c.hr1_sent}, after the consultation started on {c.start}.")
    if end and c.notice_date and c.notice_date < end:
        checks.append(
            f"Notices of dismissal on {c.notice_date} fall inside the consultation, which "
            f"ends on {end}."
        )
    for outcome in proposal.outcomes_for(to_id):
        person = proposal.postholders[outcome.postholder_id]
        if end and outcome.leaving_date and outcome.kind.leaving and outcome.leaving_date < end:
            checks.append(
                f"{person_label(proposal, person, False)}: leaves on {outcome.leaving_date}, "
                f"inside the consultation, which ends on {end}."
            )
    if end and c.selection_date and c.selection_date < end:
        checks.append(f"Selection on {c.selection_date}, before the consultation ends on {end}.")
    for pool in proposal.pools_for(to_id):
        if end and pool.interview_date and pool.interview_date < end:
            checks.append(
                f"{pool.name}: interviews on {pool.interview_date}, before the consultation "
                f"ends on {end}."
            )
    if implementation:
        checks += [
            f"{n.label}: notice ends on {n.ends}, after the implementation date {implementation}."
            for n in notices
            if n.ends > implementation
        ]
    return checks
