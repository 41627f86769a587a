"""What makes a file unsound (analysis/soundness.py), word for word, for the references
test_validation_messages.py does not break: a repeated scenario name, a unit's parent or lead
in another scenario, a dotted line's scenario, and the people side's and worded items' rows."""

from __future__ import annotations

import dataclasses

from orgchart_app.analysis.soundness import unsound
from orgchart_app.domain import UnitKind
from orgchart_app.domain.drafts import RecommendationItem
from orgchart_app.domain.ids import (
    ConsultationId,
    OrganisationId,
    OutcomeId,
    PoolId,
    PostholderId,
    PostId,
    RecommendationItemId,
    ScenarioId,
    UnitId,
)
from orgchart_app.domain.outcomes import Consultation, Outcome, OutcomeKind, Pool
from tests.analysis.test_validation_messages import sound

ELSEWHERE = "is in another scenario (each scenario has its own units and posts)"
NOWHERE = ScenarioId(9)


def test_each_repeat_of_a_scenario_name_names_the_first_with_it() -> None:
    proposal = sound()
    first = next(iter(proposal.scenarios.values()))
    for n in (7, 8):
        proposal.scenarios[ScenarioId(n)] = dataclasses.replace(first, id=ScenarioId(n))
    assert list(unsound(proposal)) == [
        f'scenario {n}, field "name": "As is" is also the name of scenario {first.id}'
        for n in (7, 8)
    ]


def test_a_units_parent_and_lead_must_be_in_its_own_scenario() -> None:
    proposal = sound()
    root = next(iter(proposal.units.values()))
    head = next(p for p in proposal.posts.values() if p.post_ref == "H")
    to_be = proposal.scenario_named("To be").id
    proposal.units[UnitId(5)] = dataclasses.replace(
        root,
        id=UnitId(5),
        name="Team",
        kind=UnitKind.TEAM,
        scenario_id=to_be,
        parent_id=root.id,
        lead_post_id=head.id,
    )
    assert list(unsound(proposal)) == [
        f'unit 5 ("Team"), field "parent_id": unit {root.id} {ELSEWHERE}',
        f'unit 5 ("Team"), field "lead_post_id": post {head.id} {ELSEWHERE}',
    ]


def test_a_dotted_line_in_no_scenario_is_named_with_both_its_ends() -> None:
    proposal = sound()
    line = dataclasses.replace(next(iter(proposal.dotted_lines.values())), scenario_id=NOWHERE)
    proposal.dotted_lines[line.id] = line
    assert list(unsound(proposal)) == [
        f'dotted_line {line.id}, field "scenario_id": there is no scenario 9',
        f'dotted_line {line.id}, field "from_post_id": post {line.from_post_id} {ELSEWHERE}',
        f'dotted_line {line.id}, field "to_post_id": post {line.to_post_id} {ELSEWHERE}',
    ]


def test_worded_items_must_name_scenarios_of_the_file() -> None:
    proposal = sound()
    item = RecommendationItem(
        RecommendationItemId(3), NOWHERE, ScenarioId(8), 1, "support", "the posts"
    )
    proposal.recommendation_items = {item.id: item}
    assert list(unsound(proposal)) == [
        'recommendation_item 3, field "from_scenario_id": there is no scenario 9',
        'recommendation_item 3, field "to_scenario_id": there is no scenario 8',
    ]


def test_pools_outcomes_and_consultations_must_point_at_rows_of_the_file() -> None:
    proposal = sound()
    pool = Pool(PoolId(4), NOWHERE, "Pool A", (PostId(98), PostId(99)))
    outcome = Outcome(
        OutcomeId(6),
        PostholderId(97),
        ScenarioId(8),
        OutcomeKind.SLOTTED,
        to_post_id=PostId(96),
        pool_id=PoolId(95),
        to_employer_id=OrganisationId(94),
    )
    consultation = Consultation(ConsultationId(2), ScenarioId(7))
    proposal.pools = {pool.id: pool}
    proposal.outcomes = {outcome.id: outcome}
    proposal.consultations = {consultation.id: consultation}
    assert list(unsound(proposal)) == [
        'pool 4 ("Pool A"), field "to_scenario_id": there is no scenario 9',
        'pool 4 ("Pool A"), field "post_ids": there is no post 98',
        'pool 4 ("Pool A"), field "post_ids": there is no post 99',
        'outcome 6, field "postholder_id": there is no postholder 97',
        'outcome 6, field "to_scenario_id": there is no scenario 8',
        'outcome 6, field "to_post_id": there is no post 96',
        'outcome 6, field "pool_id": there is no pool 95',
        'outcome 6, field "to_employer_id": there is no organisation 94',
        'consultation 2, field "to_scenario_id": there is no scenario 7',
    ]


def test_a_long_loop_of_units_is_shortened_and_counted_in_units() -> None:
    proposal = sound()
    root = next(iter(proposal.units.values()))
    ids = [UnitId(10 + n) for n in range(8)]
    for n, unit_id in enumerate(ids):
        proposal.units[unit_id] = dataclasses.replace(
            root, id=unit_id, name=f"U{n}", parent_id=ids[n - 1], lead_post_id=None
        )
    assert list(unsound(proposal)) == [
        'unit 10 ("U0"), field "parent_id": units contain each other: '
        "U0 > U1 > U2 > U3 > ... (8 units in the loop) > U7 > U0"
    ]
