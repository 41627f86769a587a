"""Edits of posts: move, line management, establish, delete and field changes."""

from __future__ import annotations

import dataclasses
from typing import Any

from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import PostId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.edits import types as t
from orgchart_app.edits.checks import check_manager, check_post, existing_post, existing_unit
from orgchart_app.edits.outcome_edits import people_side_removals
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan

# Fields the properties panel may set; ids and the scenario are not the user's to change.
EDITABLE_POST_FIELDS = frozenset(
    f.name for f in dataclasses.fields(Post) if f.name not in ("id", "scenario_id")
)


def _describe(posts: list[Post]) -> str:
    return f'"{posts[0].title}"' if len(posts) == 1 else f"{len(posts)} posts"


def _replaced(proposal: Proposal, post: Post, **fields: Any) -> Write:
    # Fields come by name from the properties panel: check_post validates the values.
    updated = dataclasses.replace(post, **fields)
    # A grade text nothing matches (an imported file) must not block every other edit of the
    # post: the grade is checked only when it changes; the costs list it until it is mapped.
    check_post(proposal, updated, grade_changed=updated.grade != post.grade)
    return Write(Table.POSTS, post.id, updated)


def move_posts(proposal: Proposal, edit: t.MovePosts) -> Plan:
    unit = existing_unit(proposal, edit.unit_id)
    movers = [existing_post(proposal, pid) for pid in edit.post_ids]
    if not movers:
        raise EditRefused("Nothing to move.")
    moving: dict[PostId, Post] = {}
    for post in movers:
        if post.scenario_id != unit.scenario_id:
            raise EditRefused(f'"{unit.name}" is in another scenario than "{post.title}".')
        members = proposal.team_of(post.id) if edit.with_team else [post]
        for member in members:
            if member.id == post.id or member.unit_id == post.unit_id:
                moving.setdefault(member.id, member)
    writes = [
        _replaced(proposal, p, unit_id=unit.id) for p in moving.values() if p.unit_id != unit.id
    ]
    if not writes:
        raise EditRefused(
            f'{_describe(movers)} {"is" if len(movers) == 1 else "are"} already in "{unit.name}".'
        )
    return Plan(writes, f'Move {_describe(movers)} to "{unit.name}"')


def set_reports_to(proposal: Proposal, edit: t.SetReportsTo) -> Plan:
    posts = [existing_post(proposal, pid) for pid in edit.post_ids]
    writes = []
    for post in posts:
        if edit.manager_id is not None:
            check_manager(proposal, post, edit.manager_id)
        if post.reports_to_id != edit.manager_id or post.temporary_line != edit.temporary:
            writes.append(
                Write(
                    Table.POSTS,
                    post.id,
                    dataclasses.replace(
                        post, reports_to_id=edit.manager_id, temporary_line=edit.temporary
                    ),
                )
            )
    if not writes:
        raise EditRefused("The line management is already like that.")
    if edit.manager_id is None:
        return Plan(writes, f"Make {_describe(posts)} a head (no line manager)")
    manager = proposal.posts[edit.manager_id]
    return Plan(writes, f'Make {_describe(posts)} report to "{manager.title}"')


def establish_post(proposal: Proposal, edit: t.EstablishPost) -> Plan:
    post = edit.post
    if post.id == 0 or post.id in proposal.posts:
        post = dataclasses.replace(post, id=PostId(proposal.next_id(Table.POSTS)))
    if not post.post_ref.strip():
        post = dataclasses.replace(post, post_ref=_free_post_ref(proposal, post))
    check_post(proposal, post)
    return Plan(
        [Write(Table.POSTS, post.id, post)],
        f'Establish "{post.title}"',
        resolved=t.EstablishPost(post),
    )


def _free_post_ref(proposal: Proposal, post: Post) -> str:
    used = {p.post_ref for p in proposal.posts.values()}
    number: int = post.id
    while f"NEW-{number}" in used:
        number += 1
    return f"NEW-{number}"


def delete_posts(proposal: Proposal, edit: t.DeletePost) -> Plan:
    posts = [existing_post(proposal, pid) for pid in edit.post_ids]
    doomed: dict[PostId, Post] = {p.id: p for p in posts}
    if edit.reports is t.ReportsPolicy.DELETE_TEAM:
        for post in posts:
            doomed.update((m.id, m) for m in proposal.team_of(post.id))
    writes: list[Write] = []
    notes: list[str] = []
    for report in proposal.posts.values():
        if report.id in doomed or report.reports_to_id not in doomed:
            continue
        new_manager = next(
            (p.id for p in proposal.line_chain(report.reports_to_id) if p.id not in doomed), None
        )
        writes.append(
            Write(Table.POSTS, report.id, dataclasses.replace(report, reports_to_id=new_manager))
        )
        target = f'"{proposal.posts[new_manager].title}"' if new_manager else "nobody (now a head)"
        notes.append(f'"{report.title}" now reports to {target}.')
    writes += [
        Write(Table.DOTTED_LINES, line.id, None)
        for line in proposal.dotted_lines.values()
        if line.from_post_id in doomed or line.to_post_id in doomed
    ]
    holders = [h.id for h in proposal.postholders.values() if h.post_id in doomed]
    writes += people_side_removals(proposal, posts=doomed, people=holders)
    writes += [Write(Table.POSTHOLDERS, h, None) for h in holders]
    writes += [
        Write(Table.UNITS, u.id, dataclasses.replace(u, lead_post_id=None))
        for u in proposal.units.values()
        if u.lead_post_id in doomed
    ]
    writes += [Write(Table.POSTS, pid, None) for pid in doomed]
    return Plan(writes, f"Delete {_describe(list(doomed.values()))}", messages=tuple(notes))


def update_fields(proposal: Proposal, post_id: PostId, name: str, **fields: object) -> Plan:
    post = existing_post(proposal, post_id)
    unknown = set(fields) - EDITABLE_POST_FIELDS
    if unknown:
        raise EditRefused(f"Posts have no field {', '.join(sorted(unknown))}.")
    if all(getattr(post, key) == value for key, value in fields.items()):
        raise EditRefused(f'"{post.title}" already has that value.')
    return Plan([_replaced(proposal, post, **fields)], name)


def update_many(
    proposal: Proposal, post_ids: tuple[PostId, ...], name: str, **fields: object
) -> Plan:
    posts = [existing_post(proposal, pid) for pid in post_ids]
    writes = [
        _replaced(proposal, p, **fields)
        for p in posts
        if any(getattr(p, key) != value for key, value in fields.items())
    ]
    if not writes:
        raise EditRefused(
            f"{_describe(posts)} already {'has' if len(posts) == 1 else 'have'} that value."
        )
    return Plan(writes, f"{name} {_describe(posts)}")


def redesignate(proposal: Proposal, edit: t.Redesignate) -> Plan:
    old = existing_post(proposal, edit.post_id).title
    return update_fields(
        proposal,
        edit.post_id,
        f'Redesignate "{old}" as "{edit.title.strip()}"',
        title=edit.title.strip(),
    )


def regrade(proposal: Proposal, edit: t.Regrade) -> Plan:
    post = existing_post(proposal, edit.post_id)
    return update_fields(
        proposal,
        edit.post_id,
        f'Regrade "{post.title}" to {edit.grade or "none"}',
        grade=edit.grade.strip(),
    )


def change_fte(proposal: Proposal, edit: t.ChangeFte) -> Plan:
    post = existing_post(proposal, edit.post_id)
    return update_fields(
        proposal, edit.post_id, f'Change FTE of "{post.title}" to {edit.fte:g}', fte=float(edit.fte)
    )


def change_quantity(proposal: Proposal, edit: t.ChangeQuantity) -> Plan:
    post = existing_post(proposal, edit.post_id)
    return update_fields(
        proposal,
        edit.post_id,
        f'Change quantity of "{post.title}" to {edit.quantity}',
        quantity=int(edit.quantity),
    )


def change_employer(proposal: Proposal, edit: t.ChangeEmployer) -> Plan:
    organisation = proposal.organisations.get(edit.organisation_id)
    if organisation is None:
        raise EditRefused("The employer is not an organisation of this proposal.")
    return update_many(
        proposal,
        edit.post_ids,
        f"Make {organisation.short_name} employer of",
        employer_id=edit.organisation_id,
    )


def change_deployment(proposal: Proposal, edit: t.ChangeDeployment) -> Plan:
    if edit.organisation_id is None:
        return update_many(proposal, edit.post_ids, "End the deployment of", deployed_to_id=None)
    organisation = proposal.organisations.get(edit.organisation_id)
    if organisation is None:
        raise EditRefused("The deployment is not an organisation of this proposal.")
    return update_many(
        proposal,
        edit.post_ids,
        f"Deploy to {organisation.short_name}:",
        deployed_to_id=edit.organisation_id,
    )


def set_status(proposal: Proposal, edit: t.SetStatus) -> Plan:
    return update_many(
        proposal,
        edit.post_ids,
        f"Mark {edit.status.label.lower()}:",
        status=PostStatus(edit.status),
    )


def update_post(proposal: Proposal, edit: t.UpdatePost) -> Plan:
    post = existing_post(proposal, edit.post_id)
    names = ", ".join(name.replace("_", " ") for name, _ in edit.fields)
    return update_fields(
        proposal, edit.post_id, f'Change {names} of "{post.title}"', **dict(edit.fields)
    )
