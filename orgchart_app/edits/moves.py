"""Moves as HR means them, built from the plain edits: a drop, or Cut and Paste, becomes one Batch.

- Into a team: the team's head becomes the line manager (unless the current one is kept).
- Onto a post: it becomes the line manager, and the posts move into its unit too.
- A manager takes its whole branch, across units: reports in its own unit come along, and the
  units held wholly by the branch move under the target; "post only" leaves the reports behind,
  reporting to the moved post's manager.
- Into another organisation: deployed there (or, asked for, employed there).
"""

from __future__ import annotations

from dataclasses import dataclass

from orgchart_app.domain.ids import OrganisationId, PostId, UnitId
from orgchart_app.domain.model import Post, Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits.types import (
    Batch,
    ChangeDeployment,
    ChangeEmployer,
    Edit,
    MovePosts,
    MoveUnit,
    SetReportsTo,
)


@dataclass(frozen=True, slots=True)
class MoveOptions:
    change_employer: bool = False  # employ in the target organisation rather than deploy there
    keep_manager: bool = False  # a move into a team keeps the current line manager
    post_only: bool = False  # the post alone: its reports stay, under its manager


def team_head(
    proposal: Proposal, unit_id: UnitId, excluded: frozenset[PostId] = frozenset()
) -> PostId | None:
    """Whom a post put in the unit reports to: its lead, else its top post, else the nearest
    enclosing unit's; never one of `excluded` (the posts moving)."""
    if unit_id not in proposal.units:
        return None
    for unit in reversed(
        proposal.unit_path(unit_id)
    ):  # bounded even if a damaged file's units loop
        if unit.lead_post_id is not None and unit.lead_post_id not in excluded:
            return unit.lead_post_id
        inside = {
            p.id: p
            for p in proposal.posts.values()
            if p.unit_id == unit.id and p.id not in excluded
        }
        top = next((p for p in inside.values() if p.reports_to_id not in inside), None)
        if top is not None:
            return top.id
    return None


def top_level(proposal: Proposal, post_ids: tuple[PostId, ...]) -> tuple[PostId, ...]:
    """The posts not beneath another of them: their teams come along, so only they are moved."""
    chosen = set(post_ids)
    return tuple(
        p for p in post_ids if not any(m.id in chosen for m in proposal.line_chain(p) if m.id != p)
    )


def move_edit(
    proposal: Proposal,
    posts: tuple[PostId, ...],
    *,
    manager_id: PostId | None = None,
    unit_id: UnitId | None = None,
    options: MoveOptions = MoveOptions(),
) -> Edit | None:
    """The edit a drop onto a post (manager_id) or into a unit makes; None when there is no target."""
    if manager_id is not None and manager_id in proposal.posts:
        unit_id = proposal.posts[manager_id].unit_id
    if unit_id is None or unit_id not in proposal.units or not posts:
        return None
    posts = top_level(proposal, posts)
    edits: list[Edit] = []
    if manager_id is not None:
        edits.append(SetReportsTo(posts, manager_id))
    if options.post_only:
        edits += _reports_stay(proposal, posts)
    movers = _movers(proposal, posts, options.post_only)
    edits += _branch_moves(proposal, posts, movers, unit_id, options.post_only)
    if manager_id is None and not options.keep_manager:
        head = team_head(proposal, unit_id, frozenset(m.id for m in movers))
        if head is not None and any(proposal.posts[p].reports_to_id != head for p in posts):
            edits.append(SetReportsTo(posts, head))
    deployment, verb = _deployment(proposal, movers, unit_id, options.change_employer)
    edits += deployment
    if not edits:
        return MovePosts(posts, unit_id)  # refused on apply, saying it is already there
    if len(edits) == 1:
        return edits[0]
    return Batch(tuple(edits), _name(proposal, posts, manager_id, unit_id, verb))


def _movers(proposal: Proposal, posts: tuple[PostId, ...], post_only: bool) -> list[Post]:
    if post_only:
        return [proposal.posts[p] for p in posts]
    return list({m.id: m for p in posts for m in proposal.team_of(p)}.values())


def _reports_stay(proposal: Proposal, posts: tuple[PostId, ...]) -> list[Edit]:
    """ "Post only": each moved post's reports go to its manager (or become heads)."""
    moving = set(posts)
    edits: list[Edit] = []
    for post_id in posts:
        reports = tuple(
            p.id
            for p in proposal.posts.values()
            if p.reports_to_id == post_id and p.id not in moving
        )
        if reports:
            edits.append(SetReportsTo(reports, proposal.posts[post_id].reports_to_id))
    return edits


def _branch_moves(
    proposal: Proposal,
    posts: tuple[PostId, ...],
    movers: list[Post],
    unit_id: UnitId,
    post_only: bool,
) -> list[Edit]:
    """The moved posts into the unit; the rest of their branch into it too, whole units as units."""
    edits: list[Edit] = []
    leaving = tuple(p for p in posts if proposal.posts[p].unit_id != unit_id)
    if leaving:
        edits.append(MovePosts(leaving, unit_id, with_team=not post_only))
    if post_only:
        return edits
    home_units = {proposal.posts[p].unit_id for p in posts}
    moved_units = _units_held_by(proposal, movers, unit_id, home_units)
    edits += [MoveUnit(u, unit_id) for u in moved_units if proposal.units[u].parent_id != unit_id]
    # MovePosts brings each post's team members that share its unit; moved units bring theirs.
    carried = {
        m.id for p in leaving for m in proposal.team_of(p) if m.unit_id == proposal.posts[p].unit_id
    }
    carried_units = {u.id for moved in moved_units for u in proposal.subunits_of(moved)} | {unit_id}
    stragglers = tuple(
        m.id for m in movers if m.id not in carried and m.unit_id not in carried_units
    )
    if stragglers:
        edits.append(MovePosts(stragglers, unit_id, with_team=False))
    return edits


def _units_held_by(
    proposal: Proposal, movers: list[Post], target: UnitId, home_units: set[UnitId]
) -> list[UnitId]:
    """The branch's own units: every post in them moves, and the target is not inside them."""
    branch = {m.id for m in movers}
    candidates = {m.unit_id for m in movers} - home_units - {target}
    held = {
        u
        for u in candidates
        if all(p.id in branch for p in proposal.posts.values() if p.unit_id == u)
        and all(s.id != target for s in proposal.subunits_of(u))
    }
    # A held unit inside another held unit travels with it.
    return [u for u in held if not any(a.id in held for a in _ancestors(proposal, u))]


def _ancestors(proposal: Proposal, unit_id: UnitId) -> list[Unit]:
    found: list[Unit] = []
    seen = {unit_id}
    parent = proposal.units[unit_id].parent_id
    while parent is not None and parent in proposal.units and parent not in seen:
        seen.add(parent)
        found.append(proposal.units[parent])
        parent = proposal.units[parent].parent_id
    return found


def _deployment(
    proposal: Proposal, movers: list[Post], unit_id: UnitId, change_employer: bool
) -> tuple[list[Edit], str]:
    target: OrganisationId = proposal.units[unit_id].organisation_id
    if all(proposal.units[m.unit_id].organisation_id == target for m in movers):
        return [], ""
    short = proposal.organisations[target].short_name
    edits: list[Edit]
    if change_employer:
        ids = tuple(m.id for m in movers if m.employer_id != target)
        # Employed where they now work: any deployment elsewhere ends (Shift+drop kept it once).
        deployed = tuple(m.id for m in movers if m.deployed_to_id is not None)
        edits = [ChangeEmployer(ids, target)] if ids else []
        edits += [ChangeDeployment(deployed, None)] if deployed else []
        return edits, f"employ in {short}"
    # Deployed into their own employer means not deployed at all.
    home = tuple(m.id for m in movers if m.employer_id == target and m.deployed_to_id is not None)
    away = tuple(m.id for m in movers if m.employer_id != target and m.deployed_to_id != target)
    edits = [ChangeDeployment(home, None)] if home else []
    edits += [ChangeDeployment(away, target)] if away else []
    return edits, f"deploy to {short}" if edits else ""


def _name(
    proposal: Proposal,
    posts: tuple[PostId, ...],
    manager_id: PostId | None,
    unit_id: UnitId,
    verb: str,
) -> str:
    who = f'"{proposal.posts[posts[0]].title}"' if len(posts) == 1 else f"{len(posts)} posts"
    where = (
        f'under "{proposal.posts[manager_id].title}"'
        if manager_id is not None
        else f'to "{proposal.units[unit_id].name}"'
    )
    return f"Move {who} {where}" + (f" and {verb}" if verb else "")
