"""What `orgchart people` and the consultation pack say about a change's people
(analysis/people_report.py), on the Bury sample's fictional staff: each person and where their
outcome takes them, the counts in the outcomes' order, the pools, and who has no outcome."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from orgchart_app.analysis.people_costs import one_off_costs
from orgchart_app.analysis.people_report import people_report
from orgchart_app.analysis.timeline import timeline
from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.ids import ConsultationId, OrganisationId, PoolId, PostId, ScenarioId
from orgchart_app.domain.outcomes import Consultation, OutcomeKind


def pair(proposal: Proposal) -> tuple[ScenarioId, ScenarioId]:
    return proposal.scenario_named("As is").id, proposal.scenario_named("To be").id


def test_the_same_scenario_twice_is_refused(bury: Proposal) -> None:
    as_is, _ = pair(bury)
    with pytest.raises(NotFound) as refused:
        people_report(bury, as_is, as_is)
    assert str(refused.value) == (
        "Compare two different scenarios: --from and --to name the same one."
    )


def test_each_person_is_listed_with_where_their_outcome_takes_them(bury: Proposal) -> None:
    as_is, to_be = pair(bury)
    report = people_report(bury, as_is, to_be)
    assert (report.from_name, report.to_name, report.fictional) == ("As is", "To be", True)
    targets = {line.label: line.target for line in report.people}
    assert targets["BC-1010 #1"] == "Pool A"
    assert targets["BC-1013 #3"] == "NEW-80 Integrated Commissioning Officer"
    assert targets["BC-1030 #1"] == "" and targets["BC-1060 #1"] == ""
    assert len(report.people) == 26
    assert {line.threshold for line in report.people} == {70.0}
    assert report.counts == (("no_change", 8), ("slotted", 7), ("pool", 5), ("at_risk", 6))
    assert report.without_outcome == ()


def test_the_costs_and_timeline_are_those_of_the_change_with_names_if_asked(
    bury: Proposal,
) -> None:
    as_is, to_be = pair(bury)
    named = people_report(bury, as_is, to_be, names=True)
    assert named.costs == one_off_costs(bury, to_be, True)
    assert named.timeline == timeline(bury, to_be, True)
    assert named.people[0].label != "BC-1010 #1"
    assert named.pools[0].people[0] != "BC-1010 #1"
    plain = people_report(bury, as_is, to_be)
    assert plain.costs == one_off_costs(bury, to_be, False)
    assert plain.timeline == timeline(bury, to_be, False)
    # With notices given, the timeline names the people too.
    dates = Consultation(ConsultationId(1), to_be, notice_date=dt.date(2026, 3, 2))
    bury.consultations = {dates.id: dates}
    labels = [n.label for n in people_report(bury, as_is, to_be, names=True).timeline.notices]
    assert labels and not any(label.startswith("BC-") for label in labels)


def test_a_pool_lists_its_posts_seats_people_and_those_placed(bury: Proposal) -> None:
    as_is, to_be = pair(bury)
    (line,) = people_report(bury, as_is, to_be).pools
    assert line.pool.name == "Pool A"
    assert [p.post_ref for p in line.posts] == ["NEW-75", "NEW-76", "NEW-77", "NEW-78"]
    assert line.seats == 4
    assert line.people == ("BC-1010 #1", "BC-1020 #1", "BC-1011 #1", "BC-1012 #1", "BC-1021 #1")
    assert line.placed == 0
    # Two of them placed from the pool into its posts: slotted and redeployed both take a seat.
    members = [o for o in bury.outcomes.values() if o.pool_id == line.pool.id]
    post = line.posts[0].id
    for outcome, kind in zip(members, (OutcomeKind.SLOTTED, OutcomeKind.REDEPLOYED), strict=False):
        bury.outcomes[outcome.id] = dataclasses.replace(outcome, kind=kind, to_post_id=post)
    # A post of the pool that is no longer in the file counts no seats.
    pool = bury.pools[line.pool.id]
    bury.pools[pool.id] = dataclasses.replace(pool, post_ids=(*pool.post_ids, PostId(99999)))
    (again,) = people_report(bury, as_is, to_be).pools
    assert (again.placed, again.seats, len(again.posts)) == (2, 4, 4)


def test_the_counts_follow_the_outcomes_order_and_end_with_those_without_one(
    bury: Proposal,
) -> None:
    as_is, to_be = pair(bury)
    at_risk = [o for o in bury.outcomes.values() if o.kind is OutcomeKind.AT_RISK]
    del bury.outcomes[at_risk[0].id]
    vr = dataclasses.replace(at_risk[1], kind=OutcomeKind.VOLUNTARY_REDUNDANCY)
    bury.outcomes[vr.id] = vr
    report = people_report(bury, as_is, to_be)
    assert report.counts == (
        ("no_change", 8),
        ("slotted", 7),
        ("pool", 5),
        ("at_risk", 4),
        ("voluntary_redundancy", 1),
        ("none", 1),
    )
    (label,) = report.without_outcome
    assert [line.target for line in report.people if line.label == label] == [""]


def test_a_transfer_names_the_employer_and_a_missing_target_names_nothing(
    bury: Proposal,
) -> None:
    as_is, to_be = pair(bury)
    council = bury.organisation_named("Bury Council")
    kept = [o for o in bury.outcomes.values() if o.kind is OutcomeKind.NO_CHANGE]
    bury.outcomes[kept[0].id] = dataclasses.replace(
        kept[0], kind=OutcomeKind.TUPE, to_employer_id=council.id
    )
    bury.outcomes[kept[1].id] = dataclasses.replace(
        kept[1], kind=OutcomeKind.TUPE, to_employer_id=OrganisationId(9999)
    )
    # Outcomes that name a post or pool no longer in the file (costed as no change).
    slotted = kept[2]
    bury.outcomes[slotted.id] = dataclasses.replace(slotted, to_post_id=PostId(99999))
    pooled = kept[3]
    bury.outcomes[pooled.id] = dataclasses.replace(pooled, pool_id=PoolId(99999))
    targets = {
        line.affected.person.id: line.target for line in people_report(bury, as_is, to_be).people
    }
    assert targets[kept[0].postholder_id] == council.name
    assert targets[kept[1].postholder_id] == ""
    assert targets[slotted.postholder_id] == ""
    assert targets[pooled.postholder_id] == ""


def test_the_threshold_is_the_consultations_and_real_staff_are_not_fictional(
    bury: Proposal,
) -> None:
    as_is, to_be = pair(bury)
    consultation = Consultation(ConsultationId(1), to_be, slot_threshold=55.0)
    bury.consultations = {consultation.id: consultation}
    for holder in bury.postholders.values():
        bury.postholders[holder.id] = dataclasses.replace(holder, notes="Real")
    report = people_report(bury, as_is, to_be)
    assert {line.threshold for line in report.people} == {55.0}
    assert report.fictional is False
    # One fictional person is enough to say so.
    first = next(iter(bury.postholders.values()))
    bury.postholders[first.id] = dataclasses.replace(first, notes="Fictional: sample")
    assert people_report(bury, as_is, to_be).fictional is True
