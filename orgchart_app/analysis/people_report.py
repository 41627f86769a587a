"""Everything `orgchart people` and the consultation pack say about a change's people: each
affected person and their outcome, counts by outcome, pools, one-off costs and the timeline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from orgchart_app.analysis.people_costs import OneOffCosts, one_off_costs, person_label
from orgchart_app.analysis.people_impact import Affected, affected_people
from orgchart_app.analysis.timeline import Timeline, timeline
from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.outcomes import OutcomeKind, Pool
from orgchart_app.domain.proposal import Proposal

FICTIONAL = "Fictional"
FICTIONAL_NOTE = (
    "The people in this file are fictional (sample data: postholders marked as such), not real "
    "staff."
)


@dataclass(frozen=True, slots=True)
class PersonLine:
    label: str
    affected: Affected
    # Where the outcome takes them: the post ("NEW-75 Senior ..."), pool or employer.
    target: str
    threshold: float


@dataclass(frozen=True, slots=True)
class PoolLine:
    pool: Pool
    posts: tuple[Post, ...]
    seats: int
    people: tuple[str, ...]
    placed: int


@dataclass(frozen=True, slots=True)
class PeopleReport:
    from_name: str
    to_name: str
    fictional: bool
    people: tuple[PersonLine, ...]
    counts: tuple[tuple[str, int], ...]
    without_outcome: tuple[str, ...]
    pools: tuple[PoolLine, ...]
    costs: OneOffCosts
    timeline: Timeline


def people_report(
    proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId, names: bool = False
) -> PeopleReport:
    if from_id == to_id:
        raise NotFound("Compare two different scenarios: --from and --to name the same one.")
    threshold = proposal.consultation_for(to_id).slot_threshold
    affected = affected_people(proposal, from_id, to_id)
    lines = tuple(
        PersonLine(person_label(proposal, a.person, names), a, _target(proposal, a), threshold)
        for a in affected
    )
    counts = Counter(a.outcome.kind.value if a.outcome else "none" for a in affected)
    ordered = [(k.value, counts[k.value]) for k in OutcomeKind if counts[k.value]]
    return PeopleReport(
        proposal.scenarios[from_id].name,
        proposal.scenarios[to_id].name,
        any(h.notes.startswith(FICTIONAL) for h in proposal.postholders.values()),
        lines,
        tuple(ordered + ([("none", counts["none"])] if counts["none"] else [])),
        tuple(line.label for line in lines if line.affected.outcome is None),
        tuple(_pool_line(proposal, pool, names) for pool in proposal.pools_for(to_id)),
        one_off_costs(proposal, to_id, names),
        timeline(proposal, to_id, names),
    )


def _target(proposal: Proposal, affected: Affected) -> str:
    outcome = affected.outcome
    if outcome is None:
        return ""
    if outcome.to_post_id is not None and outcome.to_post_id in proposal.posts:
        post = proposal.posts[outcome.to_post_id]
        return f"{post.post_ref} {post.title}"
    if outcome.pool_id is not None and outcome.pool_id in proposal.pools:
        return proposal.pools[outcome.pool_id].name
    if outcome.to_employer_id is not None and outcome.to_employer_id in proposal.organisations:
        return proposal.organisations[outcome.to_employer_id].name
    return ""


def _pool_line(proposal: Proposal, pool: Pool, names: bool) -> PoolLine:
    posts = tuple(proposal.posts[p] for p in pool.post_ids if p in proposal.posts)
    members = proposal.pool_members(pool.id)
    return PoolLine(
        pool,
        posts,
        sum(p.quantity for p in posts),
        tuple(
            person_label(proposal, proposal.postholders[o.postholder_id], names) for o in members
        ),
        sum(o.kind.needs_post for o in members),
    )
