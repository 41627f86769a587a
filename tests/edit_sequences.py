"""Random edit sequences for the tests that lay a chart out again after each edit."""

from __future__ import annotations

from dataclasses import replace

from orgchart_app.domain import PostId, Proposal
from orgchart_app.edits import (
    ChangeFte,
    DeletePost,
    Edit,
    EstablishPost,
    MovePosts,
    Redesignate,
    Regrade,
    SetReportsTo,
)
from orgchart_app.edits.types import RevertPatch

KINDS = ("move", "add", "delete", "regrade", "retitle", "fte", "team move", "undo")


def edit_of(proposal: Proposal, kind: str, a: int, b: int, undo: list[RevertPatch]) -> Edit | None:
    posts = sorted(proposal.posts)
    units = sorted(proposal.units)
    if kind == "undo":
        return undo.pop() if undo else None
    post = proposal.posts[posts[a % len(posts)]]
    other = posts[b % len(posts)]
    if kind == "move":
        return SetReportsTo((post.id,), other)
    if kind == "team move":
        return MovePosts((post.id,), units[b % len(units)])
    if kind == "add":
        return EstablishPost(
            replace(post, id=PostId(0), post_ref="", title=f"New {b}", reports_to_id=post.id)
        )
    if kind == "delete":
        return DeletePost((post.id,))
    if kind == "regrade":
        return Regrade(post.id, ("Grade 9", "Band 7", "")[b % 3])
    if kind == "retitle":
        return Redesignate(post.id, f"{post.title} {'long ' * (b % 4)}".strip())
    return ChangeFte(post.id, (0.5, 1.0, 0.2)[b % 3])
