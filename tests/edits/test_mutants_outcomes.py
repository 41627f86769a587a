"""Outcomes, pools and the consultation: what each edit writes, and each refusal word for word
with the proposal untouched (outcome_edits.py, written against its surviving mutants)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import ConsultationId, OutcomeId, PoolId, PostId, ScenarioId
from orgchart_app.domain.outcomes import Consultation, OutcomeKind, Pool
from orgchart_app.domain.tables import Table
from orgchart_app.edits import (
    Batch,
    ClosePool,
    PutConsultation,
    PutOutcome,
    PutPool,
    RemoveOutcome,
    RemovePool,
    apply_edit,
)
from orgchart_app.edits.outcome_edits import (
    consultation_problems,
    people_side_removals,
    proposal_batch,
)
from tests.edits.helpers import refusal


def _to_be(p: Proposal) -> ScenarioId:
    return p.scenario_named("To be").id


def test_missing_outcomes_and_pools_are_refused_in_one_sentence(bury: Proposal) -> None:
    assert refusal(bury, RemoveOutcome(OutcomeId(999))) == "There is no outcome 999."
    assert refusal(bury, RemovePool(PoolId(99))) == "There is no pool 99."
    assert refusal(bury, ClosePool(PoolId(99))) == "There is no pool 99."


def test_the_outcome_of_a_person_no_longer_there_is_removed_by_their_number(
    bury: Proposal,
) -> None:
    outcome = next(iter(bury.outcomes.values()))
    del bury.postholders[outcome.postholder_id]
    applied = apply_edit(bury, RemoveOutcome(outcome.id))
    assert applied.name == f"Remove the outcome of postholder {outcome.postholder_id}"
    assert outcome.id not in bury.outcomes


def test_a_removed_pool_takes_its_members_outcomes_and_no_others(bury: Proposal) -> None:
    pool = next(iter(bury.pools.values()))
    members = {o.id for o in bury.pool_members(pool.id)}
    others = {k: v for k, v in bury.outcomes.items() if k not in members}
    assert members and others
    apply_edit(bury, RemovePool(pool.id))
    assert bury.outcomes == others and pool.id not in bury.pools


def test_a_closed_pool_puts_those_still_in_it_at_risk_and_no_one_else(bury: Proposal) -> None:
    pool = next(iter(bury.pools.values()))
    first, *rest = bury.pool_members(pool.id)
    # One member already placed from the pool stays placed.
    placed = dataclasses.replace(first, kind=OutcomeKind.NO_CHANGE)
    bury.outcomes[first.id] = placed
    before = dict(bury.outcomes)
    applied = apply_edit(bury, ClosePool(pool.id))
    at_risk = {o.id: dataclasses.replace(o, kind=OutcomeKind.AT_RISK) for o in rest}
    assert bury.outcomes == {**before, **at_risk}
    assert applied.messages == (f'{len(rest)} not placed from pool "{pool.name}" now at risk.',)


def test_a_consultation_gets_an_id_once_and_keeps_it(bury: Proposal) -> None:
    to_be = _to_be(bury)
    first = Consultation(ConsultationId(0), to_be, slot_threshold=60)
    applied = apply_edit(bury, PutConsultation(first))
    new_id = max(bury.consultations, default=0)
    assert new_id >= 1 and bury.consultations == {new_id: dataclasses.replace(first, id=new_id)}
    assert applied.edit == PutConsultation(bury.consultations[new_id])
    # "New" for a change that has one is that one, changed.
    again = dataclasses.replace(first, slot_threshold=65)
    apply_edit(bury, PutConsultation(again))
    assert bury.consultations == {new_id: dataclasses.replace(again, id=new_id)}
    # An id the file lacks (a redo) is used as it is.
    other = Consultation(ConsultationId(7), bury.scenario_named("As is").id)
    apply_edit(bury, PutConsultation(other))
    assert bury.consultations[ConsultationId(7)] == other


def test_a_consultation_with_a_wrong_value_or_no_scenario_is_refused(bury: Proposal) -> None:
    bad = Consultation(ConsultationId(0), _to_be(bury), multiplier=Decimal("0.5"))
    assert refusal(bury, PutConsultation(bad)) == (
        'The consultation on "To be": "multiplier" 0.5 is below 1: the statutory payment is '
        "the least."
    )
    nowhere = Consultation(ConsultationId(0), ScenarioId(99))
    assert refusal(bury, PutConsultation(nowhere)) == "There is no scenario 99 to consult on."


DAY = dt.date(2027, 1, 4)
THRESHOLD = '"slot_threshold" {} must be a percentage from 0 to 100.'
PROTECTION = '"protection" percentages must each be from 0 to 100.'
NEGATIVE = '"other_redundancies" and "contractual_notice_weeks" cannot be negative.'


@pytest.mark.parametrize(
    ("change", "problems"),
    [
        ({"slot_threshold": 0.0}, []),
        ({"slot_threshold": 0.5}, []),
        ({"slot_threshold": 100.0}, []),
        ({"slot_threshold": -0.5}, [THRESHOLD.format("-0.5")]),
        ({"slot_threshold": 100.5}, [THRESHOLD.format("100.5")]),
        ({"protection": (Decimal(0), Decimal("0.5"), Decimal(100))}, []),
        ({"protection": (Decimal(100), Decimal("100.5"))}, [PROTECTION]),
        ({"protection": (Decimal(-1),)}, [PROTECTION]),
        ({"other_redundancies": 0, "contractual_notice_weeks": 0}, []),
        ({"other_redundancies": -1}, [NEGATIVE]),
        ({"contractual_notice_weeks": -1}, [NEGATIVE]),
        ({"start": DAY, "end": DAY}, []),
        ({"start": DAY}, []),
        ({"end": DAY}, []),
        (
            {"start": DAY, "end": DAY - dt.timedelta(days=1)},
            ['"end" 2027-01-03 is before "start" 2027-01-04.'],
        ),
    ],
)
def test_each_consultation_rule_and_the_edge_it_allows(
    change: dict[str, Any], problems: list[str]
) -> None:
    consultation = dataclasses.replace(Consultation(ConsultationId(1), ScenarioId(2)), **change)
    assert list(consultation_problems(consultation)) == problems


def test_a_new_outcome_for_a_person_who_has_one_replaces_it(bury: Proposal) -> None:
    earlier = next(iter(bury.outcomes.values()))
    count = len(bury.outcomes)
    instead = dataclasses.replace(earlier, id=OutcomeId(0), kind=OutcomeKind.AT_RISK, pool_id=None)
    apply_edit(bury, PutOutcome(instead))
    assert len(bury.outcomes) == count
    assert bury.outcomes[earlier.id] == dataclasses.replace(instead, id=earlier.id)


def test_a_pool_keeps_its_own_name_when_changed(bury: Proposal) -> None:
    pool = next(iter(bury.pools.values()))
    apply_edit(bury, PutPool(dataclasses.replace(pool, notes="Interviews in March")))
    assert bury.pools[pool.id].notes == "Interviews in March"


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        ({"to_scenario_id": ScenarioId(99)}, 'Pool "Pool B": there is no scenario 99.'),
        ({"name": " "}, 'A pool needs a "name" ("Pool A").'),
        ({"name": "Pool A"}, 'Pool "Pool A": "name" is already used in "To be".'),
        (
            {"post_ids": (PostId(9999),)},
            'Pool "Pool B": "post_ids": post 9999 is not a post of "To be".',
        ),
        ("as is post", 'Pool "Pool B": "post_ids": post {} is not a post of "To be".'),
    ],
)
def test_a_pool_that_cannot_be_right_is_refused_in_one_sentence(
    bury: Proposal, change: dict[str, Any] | str, sentence: str
) -> None:
    pool = Pool(PoolId(0), _to_be(bury), "Pool B")
    if isinstance(change, dict):
        assert refusal(bury, PutPool(dataclasses.replace(pool, **change))) == sentence
    else:
        as_is = next(iter(bury.posts_in(bury.scenario_named("As is").id))).id
        bad = dataclasses.replace(pool, post_ids=(as_is,))
        assert refusal(bury, PutPool(bad)) == sentence.format(as_is)


def test_a_removed_post_takes_the_outcomes_into_it_and_no_others(bury: Proposal) -> None:
    into = next(o for o in bury.outcomes.values() if o.to_post_id is not None)
    post = into.to_post_id
    assert post is not None
    writes = people_side_removals(bury, posts=[post])
    removed = {w.key for w in writes if w.table is Table.OUTCOMES}
    assert into.id in removed and len(removed) < len(bury.outcomes)
    assert all(bury.outcomes[o].to_post_id == post for o in removed)
    assert all(w.after is None for w in writes if w.table is Table.OUTCOMES)


def test_a_deleted_scenario_takes_its_outcomes_and_pools_and_nothing_goes_without_one(
    bury: Proposal,
) -> None:
    to_be = _to_be(bury)
    assert people_side_removals(bury) == []
    writes = people_side_removals(bury, scenario=to_be)
    pools = {(w.key, w.after) for w in writes if w.table is Table.POOLS}
    assert pools == {(pool_id, None) for pool_id in bury.pools}
    outcomes = {w.key for w in writes if w.table is Table.OUTCOMES}
    assert outcomes == {o.id for o in bury.outcomes.values() if o.to_scenario_id == to_be}
    assert outcomes and len(outcomes) == len(bury.outcomes)


def test_a_removed_post_leaves_its_pool_with_the_other_posts(bury: Proposal) -> None:
    pool = next(iter(bury.pools.values()))
    first, *rest = pool.post_ids
    writes = people_side_removals(bury, posts=[first])
    assert [(w.key, w.after) for w in writes if w.table is Table.POOLS] == [
        (pool.id, dataclasses.replace(pool, post_ids=tuple(rest)))
    ]
    assert len(rest) == 3


def test_a_deleted_scenario_takes_its_own_consultation_and_no_other(bury: Proposal) -> None:
    to_be, as_is = _to_be(bury), bury.scenario_named("As is").id
    apply_edit(bury, PutConsultation(Consultation(ConsultationId(5), to_be)))
    apply_edit(bury, PutConsultation(Consultation(ConsultationId(6), as_is)))
    writes = people_side_removals(bury, scenario=to_be)
    consultations = [
        w for w in writes if w.table is not Table.OUTCOMES and w.table is not Table.POOLS
    ]
    assert [(w.table, w.key, w.after) for w in consultations] == [
        (Table.CONSULTATIONS, ConsultationId(5), None)
    ]
    assert [w for w in people_side_removals(bury) if w.table is Table.CONSULTATIONS] == []


def test_an_outcome_for_no_one_is_refused_saying_so(bury: Proposal) -> None:
    outcome = dataclasses.replace(next(iter(bury.outcomes.values())), postholder_id=9999)
    assert refusal(bury, PutOutcome(outcome)) == "There is no postholder 9999 to give an outcome."


def test_the_designer_s_proposed_pools_and_outcomes_are_one_step_pools_first(
    bury: Proposal,
) -> None:
    pools, outcomes = list(bury.pools.values()), list(bury.outcomes.values())[:2]
    assert proposal_batch(pools, outcomes) == Batch(
        (PutPool(pools[0]), PutOutcome(outcomes[0]), PutOutcome(outcomes[1])),
        "Propose outcomes",
    )


def test_a_slotting_below_the_structure_s_own_threshold_says_so_and_at_it_does_not(
    bury: Proposal,
) -> None:
    to_be = _to_be(bury)
    apply_edit(bury, PutConsultation(Consultation(ConsultationId(0), to_be, slot_threshold=90)))
    slotted = next(o for o in bury.outcomes.values() if o.kind is OutcomeKind.SLOTTED)
    at = apply_edit(bury, PutOutcome(dataclasses.replace(slotted, job_match=90.0)))
    assert at.messages == ()
    below = apply_edit(bury, PutOutcome(dataclasses.replace(slotted, job_match=80.0)))
    assert len(below.messages) == 1
    assert below.messages[0].endswith(
        ": the job match of 80% is below the threshold of 90% for slotting in."
    )


def test_a_new_outcome_for_someone_who_has_one_is_applied_as_a_replacement_of_it(
    bury: Proposal,
) -> None:
    earlier = next(iter(bury.outcomes.values()))
    new = dataclasses.replace(earlier, id=OutcomeId(0), notes="Changed")
    applied = apply_edit(bury, PutOutcome(new))
    assert applied.edit == PutOutcome(dataclasses.replace(new, id=earlier.id))
    assert bury.outcomes[earlier.id].notes == "Changed"
