"""Random edit sequences for the tests that lay a chart out again after each edit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from hypothesis import strategies as st

from orgchart_app.domain import EditRefused, PostId, Proposal
from orgchart_app.edits import (
    ChangeFte,
    DeletePost,
    Edit,
    EstablishPost,
    MovePosts,
    Redesignate,
    Regrade,
    RenameUnit,
    SetReportsTo,
    UpdatePost,
    apply_edit,
)
from orgchart_app.edits.types import RevertPatch

KINDS = (
    *("move", "add", "delete", "regrade", "retitle", "fte", "team move", "undo"),
    # A box's place or lines change, but not its size; nothing drawn changes; a container's title.
    *("assistant", "temporary", "notes", "rename unit"),
)
# Up to 8 edits: a kind, and two numbers choosing what it is made to
STEPS = st.lists(
    st.tuples(st.sampled_from(KINDS), st.integers(0, 999), st.integers(0, 999)),
    min_size=1,
    max_size=8,
)


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
    if kind == "rename unit":
        unit = proposal.units[units[b % len(units)]]
        return RenameUnit(unit.id, f"{unit.name} {'wide ' * (a % 3)}".strip())
    if kind == "assistant":
        return UpdatePost(post.id, (("is_assistant", not post.is_assistant),))
    if kind == "temporary":
        return UpdatePost(post.id, (("temporary_line", not post.temporary_line),))
    if kind == "notes":
        return UpdatePost(post.id, (("notes", f"note {b}"),))
    if kind == "retitle":
        return Redesignate(post.id, f"{post.title} {'long ' * (b % 4)}".strip())
    return ChangeFte(post.id, (0.5, 1.0, 0.2)[b % 3])


def applied_edits(proposal: Proposal, steps: list[tuple[str, int, int]]) -> Iterator[str]:
    """Applies the steps' edits to the proposal one by one (those it refuses are left out),
    yielding each one's kind once it is applied."""
    undo: list[RevertPatch] = []
    for kind, a, b in steps:
        edit = edit_of(proposal, kind, a, b, undo)
        if edit is None:
            continue
        try:
            applied = apply_edit(proposal, edit)
        except EditRefused:
            continue
        if kind != "undo":
            undo.append(applied.inverse)
        yield kind
