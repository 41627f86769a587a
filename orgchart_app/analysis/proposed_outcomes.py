"""The outcomes the designer proposes from the diff, for the user to confirm or change.

A deleted post beside new posts of the same grade and a similar title in the same area (the
pillar the post sits in) proposes a slot into them; more people than those posts, a ring-fenced
pool of them. A post that stays but changes proposes a slot into it (or a TUPE transfer with
its employer); one that only changes deployment, no change; a deleted post with nothing like
it, at risk. Every proposal is unconfirmed: it is a suggestion, never a decision.
"""

from __future__ import annotations

import difflib
import string
from collections import defaultdict
from dataclasses import dataclass

from orgchart_app.analysis.diff import ChangeKind
from orgchart_app.analysis.people_impact import (
    Affected,
    fixed_term_ends,
    implementation_date,
    without_outcome,
)
from orgchart_app.domain.ids import OrganisationId, OutcomeId, PoolId, PostId, ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.outcomes import Outcome, OutcomeKind, Pool
from orgchart_app.domain.people_checks import slotted_into
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table

# Titles this alike (difflib's ratio), or ending in the same role word, are "similar".
SIMILAR_TITLES = 0.75


@dataclass(frozen=True, slots=True)
class ProposedOutcomes:
    pools: tuple[Pool, ...]
    outcomes: tuple[Outcome, ...]


def propose_outcomes(
    proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId
) -> ProposedOutcomes:
    """Outcomes for everyone affected who has none yet; new pools get ids after the file's."""
    waiting = without_outcome(proposal, from_id, to_id)
    outcomes: list[Outcome] = []
    deleted: list[Affected] = []
    ends = implementation_date(proposal, to_id)
    for affected in waiting:
        if affected.to_post is None and fixed_term_ends(affected.person, ends):
            outcomes.append(_outcome(affected, to_id, OutcomeKind.END_OF_FIXED_TERM))
        elif affected.to_post is None:
            deleted.append(affected)
        else:
            outcomes.append(_kept_post(affected, to_id))
    pools, placed = _place(proposal, deleted, from_id, to_id)
    return ProposedOutcomes(tuple(pools), tuple(outcomes + placed))


def _outcome(
    affected: Affected,
    to_id: ScenarioId,
    kind: OutcomeKind,
    to_post_id: PostId | None = None,
    pool_id: PoolId | None = None,
    to_employer_id: OrganisationId | None = None,
) -> Outcome:
    return Outcome(
        OutcomeId(0),
        affected.person.id,
        to_id,
        kind,
        to_post_id=to_post_id,
        pool_id=pool_id,
        to_employer_id=to_employer_id,
    )


def _kept_post(affected: Affected, to_id: ScenarioId) -> Outcome:
    new = affected.to_post
    assert new is not None
    if ChangeKind.EMPLOYER_CHANGED in affected.changes:
        return _outcome(affected, to_id, OutcomeKind.TUPE, to_employer_id=new.employer_id)
    if set(affected.changes) <= {ChangeKind.DEPLOYMENT_CHANGED}:
        return _outcome(affected, to_id, OutcomeKind.NO_CHANGE)
    return _outcome(affected, to_id, OutcomeKind.SLOTTED, to_post_id=new.id)


def _place(
    proposal: Proposal, deleted: list[Affected], from_id: ScenarioId, to_id: ScenarioId
) -> tuple[list[Pool], list[Outcome]]:
    """Slots where the new posts like a deleted one have room for its people; else a pool."""
    new_posts = [
        p for p in proposal.posts_in(to_id) if proposal.post_by_ref(from_id, p.post_ref) is None
    ]
    groups: dict[tuple[PostId, ...], list[Affected]] = defaultdict(list)
    for affected in deleted:
        like = tuple(p.id for p in new_posts if _alike(proposal, affected.post, p))
        groups[like].append(affected)
    pools: list[Pool] = []
    outcomes: list[Outcome] = []
    for like, people in groups.items():
        seats = [
            post_id
            for post_id in like
            for _ in range(
                proposal.posts[post_id].quantity
                - len(slotted_into(proposal, proposal.posts[post_id]))
            )
        ]
        if not like:
            outcomes += [_outcome(a, to_id, OutcomeKind.AT_RISK) for a in people]
        elif len(people) <= len(seats):
            outcomes += [
                _outcome(a, to_id, OutcomeKind.SLOTTED, to_post_id=seat)
                for a, seat in zip(people, seats, strict=False)
            ]
        else:
            pool = _new_pool(proposal, to_id, like, len(pools))
            pools.append(pool)
            outcomes += [_outcome(a, to_id, OutcomeKind.POOL, pool_id=pool.id) for a in people]
    return pools, outcomes


def _alike(proposal: Proposal, old: Post, new: Post) -> bool:
    """Same grade, a similar title, and in the same area (the pillar the old post sits in)."""
    if old.grade != new.grade:
        return False
    a, b = old.title.casefold(), new.title.casefold()
    similar = (
        a.split()[-1:] == b.split()[-1:]
        or difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR_TITLES
    )
    return similar and _area(proposal, old) in {u.unit_ref for u in proposal.unit_path(new.unit_id)}


def _area(proposal: Proposal, post: Post) -> str:
    path = proposal.unit_path(post.unit_id)
    return path[min(1, len(path) - 1)].unit_ref if path else ""


def _new_pool(proposal: Proposal, to_id: ScenarioId, posts: tuple[PostId, ...], made: int) -> Pool:
    used = {p.name for p in proposal.pools_for(to_id)}
    free = [f"Pool {letter}" for letter in string.ascii_uppercase if f"Pool {letter}" not in used]
    name = free[made] if made < len(free) else f"Pool {len(used) + made + 1}"
    pool_id = PoolId(proposal.next_id(Table.POOLS) + made)
    return Pool(pool_id, to_id, name, posts, selection="to be agreed (proposed by the designer)")
