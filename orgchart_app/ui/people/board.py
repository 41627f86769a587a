"""What the People view shows, worked out without Qt: the current structure's people with their
outcomes, the proposed structure's pools and posts, who still has no outcome, and the edit a drop
of a person onto a post or a pool makes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from orgchart_app.analysis.people_impact import affected_people
from orgchart_app.domain import Post, Postholder, PostholderId, PostId, Proposal, ScenarioId
from orgchart_app.domain.ids import OutcomeId, PoolId
from orgchart_app.domain.outcomes import Outcome, OutcomeKind, Pool
from orgchart_app.domain.wording import fte_label
from orgchart_app.edits import PutOutcome


@dataclass(frozen=True, slots=True)
class PersonCard:
    person_id: PostholderId
    name: str
    # The post they hold now: "Head of Adult Safeguarding (BC-1050), 1 FTE".
    post: str
    outcome: OutcomeKind | None
    # What the badge says: "slotted in: Senior ICM (BC-5001)", "in pool A", "no outcome".
    badge: str
    # The product's proposal, not yet confirmed by the user.
    proposed: bool = False
    # In a post the change touches, so the person must be given an outcome.
    affected: bool = True


@dataclass(frozen=True, slots=True)
class PostTarget:
    post_id: PostId
    title: str
    detail: str
    # Who is slotted in or redeployed to it, as the cards name them.
    placed: tuple[str, ...] = ()
    # "ring-fenced: Pool A", as the chart marks the post too.
    ring_fence: str = ""
    new: bool = False


@dataclass(frozen=True, slots=True)
class PoolTarget:
    pool_id: PoolId
    name: str
    # "3 people for 4 posts"
    detail: str


Row = TypeVar("Row", PersonCard, PostTarget)


@dataclass(frozen=True, slots=True)
class Section(Generic[Row]):
    """A heading and its rows: a unit's people, or a unit's posts."""

    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Board:
    people: tuple[Section[PersonCard], ...]
    pools: tuple[PoolTarget, ...]
    posts: tuple[Section[PostTarget], ...]
    without_outcome: tuple[PersonCard, ...]


def name_of(person: Postholder) -> str:
    return person.name or person.employee_number or f"postholder {person.id}"


def pool_label(pool: Pool) -> str:
    return f"ring-fenced: {pool.name}"


NEW_POSTS = "New posts"


def people_board(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId) -> Board:
    affected = {a.person.id for a in affected_people(proposal, from_id, to_id)}
    people = sorted(proposal.postholders_in(from_id), key=lambda h: (h.post_id, h.id))
    cards = {h.id: _card(proposal, h, to_id, h.id in affected) for h in people}
    pools = proposal.pools_for(to_id)
    targets = [(p, _post_target(proposal, p, from_id, pools)) for p in _ordered(proposal, to_id)]
    return Board(
        people=_sections(proposal, ((proposal.posts[h.post_id], cards[h.id]) for h in people)),
        pools=tuple(_pool_target(proposal, pool) for pool in pools),
        posts=_sections(proposal, targets),
        without_outcome=tuple(c for c in cards.values() if c.outcome is None and c.affected),
    )


def _ordered(proposal: Proposal, scenario_id: ScenarioId) -> list[Post]:
    posts = proposal.posts_in(scenario_id)
    units = {u: i for i, u in enumerate(proposal.units)}
    return sorted(posts, key=lambda p: (units.get(p.unit_id, 0), p.post_ref))


def _sections(proposal: Proposal, rows: Iterable[tuple[Post, Row]]) -> tuple[Section[Row], ...]:
    """The rows under their unit's name, units in the order they first come; new posts first,
    together, as they are where people are most often slotted."""
    grouped: dict[str, list[Row]] = {}
    for post, row in rows:
        unit = proposal.units.get(post.unit_id)
        title = (
            NEW_POSTS if isinstance(row, PostTarget) and row.new else (unit.name if unit else "")
        )
        grouped.setdefault(title, []).append(row)
    ordered = sorted(grouped.items(), key=lambda entry: entry[0] != NEW_POSTS)
    return tuple(Section(title, tuple(found)) for title, found in ordered)


def _card(
    proposal: Proposal,
    person: Postholder,
    to_id: ScenarioId,
    affected: bool,
) -> PersonCard:
    post = proposal.posts[person.post_id]
    outcome = proposal.outcome_of(person.id, to_id)
    return PersonCard(
        person.id,
        name_of(person),
        f"{post.title} ({post.post_ref}), {fte_label(person.fte)}",
        outcome.kind if outcome else None,
        badge_text(proposal, outcome) if outcome or affected else "not affected by the change",
        proposed=outcome is not None and not outcome.confirmed,
        affected=affected,
    )


def badge_text(proposal: Proposal, outcome: Outcome | None) -> str:
    if outcome is None:
        return "no outcome"
    text = outcome.kind.label
    post = proposal.posts.get(outcome.to_post_id) if outcome.to_post_id is not None else None
    pool = proposal.pools.get(outcome.pool_id) if outcome.pool_id is not None else None
    if post is not None:
        text += f": {post.title} ({post.post_ref})"
        if outcome.job_match is not None:
            text += f", {outcome.job_match:g}% match"
    elif pool is not None and outcome.kind is OutcomeKind.POOL:
        text += f": {pool.name}"
    elif pool is not None:  # not placed from the pool (at risk once it closed)
        text += f" (from {pool.name})"
    return text


def _post_target(
    proposal: Proposal, post: Post, from_id: ScenarioId, pools: list[Pool]
) -> PostTarget:
    placed = [
        name_of(proposal.postholders[o.postholder_id])
        for o in proposal.outcomes_for(post.scenario_id)
        if o.to_post_id == post.id and o.kind.needs_post and o.postholder_id in proposal.postholders
    ]
    grade = f", {post.grade}" if post.grade else ""
    count = f", x {post.quantity} ({fte_label(post.total_fte)})" if post.quantity > 1 else ""
    new = proposal.post_by_ref(from_id, post.post_ref) is None
    unit = proposal.units.get(post.unit_id)
    # New posts are listed together, so each says where it sits.
    where = f", {unit.name}" if new and unit else ""
    fences = [pool_label(pool) for pool in pools if post.id in pool.post_ids]
    return PostTarget(
        post.id,
        post.title,
        f"{post.post_ref}{grade}{count}{where}",
        tuple(placed),
        "; ".join(fences),
        new=new,
    )


def _pool_target(proposal: Proposal, pool: Pool) -> PoolTarget:
    people = len(proposal.pool_members(pool.id))
    posts = sum(proposal.posts[p].quantity for p in pool.post_ids if p in proposal.posts)
    return PoolTarget(
        pool.id,
        pool.name,
        f"{people} {'person' if people == 1 else 'people'} for "
        f"{posts} {'post' if posts == 1 else 'posts'}",
    )


def slot_edit(
    proposal: Proposal, person_id: PostholderId, to_id: ScenarioId, post_id: PostId
) -> PutOutcome:
    """The person slotted into the post: confirmed, as the user chose it. Placed from the pool
    they are in when the post is one of the pool's; a job match assessed for it is kept."""
    earlier = proposal.outcome_of(person_id, to_id)
    pool = proposal.pools.get(earlier.pool_id) if earlier and earlier.pool_id else None
    match = earlier.job_match if earlier and earlier.to_post_id == post_id else None
    return PutOutcome(
        Outcome(
            OutcomeId(0),
            person_id,
            to_id,
            OutcomeKind.SLOTTED,
            to_post_id=post_id,
            job_match=match,
            pool_id=pool.id if pool and post_id in pool.post_ids else None,
            confirmed=True,
        )
    )


def pool_edit(
    proposal: Proposal, person_id: PostholderId, to_id: ScenarioId, pool_id: PoolId
) -> PutOutcome:
    return PutOutcome(
        Outcome(OutcomeId(0), person_id, to_id, OutcomeKind.POOL, pool_id=pool_id, confirmed=True)
    )
