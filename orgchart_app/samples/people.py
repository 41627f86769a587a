"""Fictional postholders for the samples, and the outcomes their reports give them.

Neither report names the staff affected, so every person here is invented, named "Postholder
n" and marked fictional in their notes (which `orgchart people` and the consultation pack
repeat). Their dates of birth and service are made up too, only so that the one-off costs can
be shown working; they say nothing about anyone real.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from orgchart_app.analysis.proposed_outcomes import propose_outcomes
from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import OutcomeId, PoolId, PostholderId, PostId, ScenarioId
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.outcomes import Outcome, OutcomeKind, Pool
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits import PutOutcome, PutPerson, PutPool, apply_edit, proposal_batch

FICTIONAL = "Fictional: a sample postholder, not a real person."
_LAST_START_YEAR = 2019


def add_fictional_staff(proposal: Proposal, scenario: str, post_refs: Iterable[str]) -> None:
    """One fictional person for each filled post of each box named, numbered on from those
    already in the file."""
    scenario_id = proposal.scenario_named(scenario).id
    number = sum(h.notes == FICTIONAL for h in proposal.postholders.values())
    for ref in post_refs:
        post = proposal.post_by_ref(scenario_id, ref)
        assert post is not None, ref  # the sample names its own posts
        if post.status is not PostStatus.FILLED:
            continue
        for _ in range(post.quantity):
            number += 1
            apply_edit(proposal, PutPerson(_person(post.id, number)))


def _person(post_id: PostId, number: int) -> Postholder:
    # Spread the invented ages and service over the bands redundancy pay counts by.
    born = dt.date(1962 + (number * 7) % 36, 1 + number % 12, 1 + number % 27)
    # Joined at 19 or later, and before the reports' restructures (2020 and 2021): service
    # after the change would be counted for years nobody served.
    years_open = _LAST_START_YEAR - (born.year + 19)
    started = dt.date(born.year + 19 + (number * 5) % (years_open + 1), 1 + (number * 5) % 12, 1)
    return Postholder(
        PostholderId(0),
        post_id,
        f"Postholder {number}",
        f"F{number:04d}",
        service_start=started,
        date_of_birth=born,
        notes=FICTIONAL,
    )


def pool_of(
    proposal: Proposal,
    to_scenario: str,
    name: str,
    post_refs: Iterable[str],
    from_refs: Iterable[str],
    selection: str,
    notes: str,
    membership: str,
) -> None:
    """A pool: the to-be posts named, ring-fenced to the people on the as-is posts. Each
    outcome is left proposed, with `membership` in its notes: where a report does not name the
    people, who is in the pool is an assumption, not a decision."""
    from_id = proposal.scenario_named("As is").id
    to_id = proposal.scenario_named(to_scenario).id
    posts = tuple(_post_id(proposal, to_id, ref) for ref in post_refs)
    pool = Pool(PoolId(0), to_id, name, posts, selection, notes=notes)
    applied = apply_edit(proposal, PutPool(pool)).edit
    assert isinstance(applied, PutPool)
    for ref in from_refs:
        for person in proposal.postholders_of(_post_id(proposal, from_id, ref)):
            outcome = Outcome(
                OutcomeId(0),
                person.id,
                to_id,
                OutcomeKind.POOL,
                pool_id=applied.pool.id,
                notes=membership,
            )
            apply_edit(proposal, PutOutcome(outcome))


def confirm_all(proposal: Proposal, kind: OutcomeKind, notes: str) -> None:
    """Every outcome of `kind` confirmed, with the report's reason in its notes."""
    for outcome in list(proposal.outcomes.values()):
        if outcome.kind is kind:
            apply_edit(proposal, PutOutcome(replace(outcome, confirmed=True, notes=notes)))


def propose_the_rest(proposal: Proposal, to_scenario: str) -> None:
    """The designer's own proposals for everyone else affected, left unconfirmed."""
    from_id = proposal.scenario_named("As is").id
    to_id = proposal.scenario_named(to_scenario).id
    proposed = propose_outcomes(proposal, from_id, to_id)
    apply_edit(proposal, proposal_batch(proposed.pools, proposed.outcomes))


def _post_id(proposal: Proposal, scenario_id: ScenarioId, ref: str) -> PostId:
    post = proposal.post_by_ref(scenario_id, ref)
    assert post is not None, ref
    return post.id
