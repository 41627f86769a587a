"""Edits of the people side of a change: outcomes, ring-fenced pools and the consultation, each
refused with one sentence naming the person (or pool) and the field that cannot be right."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import PostholderId, PostId, ScenarioId
from orgchart_app.domain.outcomes import Outcome, OutcomeKind, Pool
from orgchart_app.domain.people_checks import consultation_problems, outcome_problems, who
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.edits import types as t
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan


def put_outcome(proposal: Proposal, edit: t.PutOutcome) -> Plan:
    outcome = edit.outcome
    if outcome.id == 0:
        # One outcome per person and structure: a new one for a person who has one replaces it.
        earlier = proposal.outcome_of(outcome.postholder_id, outcome.to_scenario_id)
        new_id = earlier.id if earlier else proposal.next_id(Table.OUTCOMES)
        outcome = dataclasses.replace(outcome, id=new_id)
    problem = next(outcome_problems(proposal, outcome), None)
    if problem is not None:
        raise EditRefused(problem)
    person = proposal.postholders[outcome.postholder_id]
    name = f"{who(person)}: {outcome.kind.label}"
    threshold = proposal.consultation_for(outcome.to_scenario_id).slot_threshold
    notes: tuple[str, ...] = ()
    if (
        outcome.kind is OutcomeKind.SLOTTED
        and outcome.job_match is not None
        and outcome.job_match < threshold
    ):
        notes = (
            f"{who(person)}: the job match of {outcome.job_match:g}% is below the "
            f"threshold of {threshold:g}% for slotting in.",
        )
    return Plan(
        [Write(Table.OUTCOMES, outcome.id, outcome)],
        name,
        messages=notes,
        resolved=t.PutOutcome(outcome),
    )


def remove_outcome(proposal: Proposal, edit: t.RemoveOutcome) -> Plan:
    outcome = proposal.outcomes.get(edit.outcome_id)
    if outcome is None:
        raise EditRefused(f"There is no outcome {edit.outcome_id}.")
    person = proposal.postholders.get(outcome.postholder_id)
    named = who(person) if person else f"postholder {outcome.postholder_id}"
    return Plan([Write(Table.OUTCOMES, outcome.id, None)], f"Remove the outcome of {named}")


def put_pool(proposal: Proposal, edit: t.PutPool) -> Plan:
    pool = edit.pool
    if pool.id == 0:
        pool = dataclasses.replace(pool, id=proposal.next_id(Table.POOLS))
    _check_pool(proposal, pool)
    verb = "Change" if pool.id in proposal.pools else "Add"
    return Plan(
        [Write(Table.POOLS, pool.id, pool)], f'{verb} pool "{pool.name}"', resolved=t.PutPool(pool)
    )


def _check_pool(proposal: Proposal, pool: Pool) -> None:
    scenario = proposal.scenarios.get(pool.to_scenario_id)
    if scenario is None:
        raise EditRefused(f'Pool "{pool.name}": there is no scenario {pool.to_scenario_id}.')
    if not pool.name.strip():
        raise EditRefused('A pool needs a "name" ("Pool A").')
    if any(p.name == pool.name and p.id != pool.id for p in proposal.pools_for(scenario.id)):
        raise EditRefused(f'Pool "{pool.name}": "name" is already used in "{scenario.name}".')
    for post_id in pool.post_ids:
        post = proposal.posts.get(post_id)
        if post is None or post.scenario_id != scenario.id:
            raise EditRefused(
                f'Pool "{pool.name}": "post_ids": post {post_id} is not a post of '
                f'"{scenario.name}".'
            )


def remove_pool(proposal: Proposal, edit: t.RemovePool) -> Plan:
    pool = _existing_pool(proposal, edit)
    writes = [Write(Table.OUTCOMES, o.id, None) for o in proposal.pool_members(pool.id)]
    writes.append(Write(Table.POOLS, pool.id, None))
    return Plan(writes, f'Remove pool "{pool.name}"')


def close_pool(proposal: Proposal, edit: t.ClosePool) -> Plan:
    pool = _existing_pool(proposal, edit)
    left = [o for o in proposal.pool_members(pool.id) if o.kind is OutcomeKind.POOL]
    writes = [
        Write(Table.OUTCOMES, o.id, dataclasses.replace(o, kind=OutcomeKind.AT_RISK)) for o in left
    ]
    note = f'{len(left)} not placed from pool "{pool.name}" now at risk.'
    return Plan(writes, f'Close pool "{pool.name}"', messages=(note,))


def _existing_pool(proposal: Proposal, edit: t.RemovePool | t.ClosePool) -> Pool:
    pool = proposal.pools.get(edit.pool_id)
    if pool is None:
        raise EditRefused(f"There is no pool {edit.pool_id}.")
    return pool


def put_consultation(proposal: Proposal, edit: t.PutConsultation) -> Plan:
    consultation = edit.consultation
    if consultation.id == 0:
        own = proposal.consultation_for(consultation.to_scenario_id)
        new_id = own.id if own.id else proposal.next_id(Table.CONSULTATIONS)
        consultation = dataclasses.replace(consultation, id=new_id)
    scenario = proposal.scenarios.get(consultation.to_scenario_id)
    if scenario is None:
        raise EditRefused(f"There is no scenario {consultation.to_scenario_id} to consult on.")
    problem = next(consultation_problems(consultation), None)
    if problem is not None:
        raise EditRefused(f'The consultation on "{scenario.name}": {problem}')
    return Plan(
        [Write(Table.CONSULTATIONS, consultation.id, consultation)],
        f'Set the consultation on "{scenario.name}"',
        resolved=t.PutConsultation(consultation),
    )


def people_side_removals(
    proposal: Proposal,
    posts: Iterable[PostId] = (),
    people: Iterable[PostholderId] = (),
    scenario: ScenarioId | None = None,
) -> list[Write]:
    """What goes with removed posts, people or a scenario: the outcomes of those people or
    into those posts (the people are then listed as without an outcome), the posts' places in
    pools, and a deleted scenario's pools and consultation. Undo brings them all back."""
    doomed_posts, doomed_people = set(posts), set(people)
    writes = [
        Write(Table.OUTCOMES, o.id, None)
        for o in proposal.outcomes.values()
        if o.postholder_id in doomed_people
        or o.to_post_id in doomed_posts
        or o.to_scenario_id == scenario
    ]
    for pool in proposal.pools.values():
        if pool.to_scenario_id == scenario:
            writes.append(Write(Table.POOLS, pool.id, None))
        elif doomed_posts.intersection(pool.post_ids):
            kept = tuple(p for p in pool.post_ids if p not in doomed_posts)
            writes.append(Write(Table.POOLS, pool.id, dataclasses.replace(pool, post_ids=kept)))
    writes += [
        Write(Table.CONSULTATIONS, c.id, None)
        for c in proposal.consultations.values()
        if c.to_scenario_id == scenario
    ]
    return writes


def proposal_batch(pools: Iterable[Pool], outcomes: Iterable[Outcome]) -> t.Batch:
    """The designer's proposed pools and outcomes as one undo step ("Propose outcomes")."""
    edits: list[t.Edit] = [t.PutPool(pool) for pool in pools]
    edits += [t.PutOutcome(outcome) for outcome in outcomes]
    return t.Batch(tuple(edits), "Propose outcomes")
