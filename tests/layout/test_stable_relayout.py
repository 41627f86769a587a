"""Relayouts move as little as they can: an edit in one team moves no box outside that team's
branch by more than the room the change needs (issue 17, point 2).

The designer lays a chart out again after every edit, keeping the previous layout's decisions
where the chart did not change. Before that, moving one Bury officer into another team re-wrapped
the Director's rows and threw Bury LCO's whole tree 1,056 pt across the chart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest

from orgchart_app.domain import PostId, Proposal, ScenarioId
from orgchart_app.edits import DeletePost, Edit, EstablishPost, Redesignate, Regrade, apply_edit
from orgchart_app.edits.moves import move_edit
from orgchart_app.edits.new_post import post_like_neighbours
from orgchart_app.layout import Layout, LayoutOptions, Rect, layout_scenario
from orgchart_app.samples import build_bury, build_manchester
from orgchart_app.samples.synthetic import build_synthetic

LONG_TITLE = "Senior Integrated Commissioning and Transformation Programme Officer"
SLACK = 1.0  # rounding: positions are kept to 0.01 pt, sizes summed over a few branches


@dataclass(frozen=True)
class Case:
    name: str
    edit: Edit
    roots: frozenset[PostId]  # the managers whose teams the edit changes


def _relayout(proposal: Proposal, scenario_id: ScenarioId, previous: Layout) -> Layout:
    """The layout the designer shows after an edit, the one before still on screen."""
    return layout_scenario(proposal, scenario_id, LayoutOptions(keep_rows=previous.rows))


def _branch(proposal: Proposal, roots: frozenset[PostId]) -> set[PostId]:
    """The roots and everyone beneath them, by line management."""
    branch = set(roots)
    grown = True
    while grown:
        below = {p.id for p in proposal.posts.values() if p.reports_to_id in branch}
        grown = not below <= branch
        branch |= below
    return branch


def _bounds(layout: Layout, post_ids: set[PostId]) -> Rect:
    rects = [b.rect for b in layout.boxes if b.post_id in post_ids and not b.is_summary]
    if not rects:
        return Rect(0.0, 0.0, 0.0, 0.0)
    left, top = min(r.x for r in rects), min(r.y for r in rects)
    return Rect(left, top, max(r.right for r in rects) - left, max(r.bottom for r in rects) - top)


def _growth(old: Rect, new: Rect) -> float:
    return abs(new.w - old.w) + abs(new.h - old.h)


def _room_needed(
    before: tuple[Proposal, Layout], after: tuple[Proposal, Layout], case: Case
) -> float:
    """How much the edited branches, and the containers of the units they are in, grew or
    shrank: the most a box outside them may have to move to make or give back that room."""
    room = 0.0
    for root in case.roots:
        room += _growth(
            _bounds(before[1], _branch(before[0], frozenset({root}))),
            _bounds(after[1], _branch(after[0], frozenset({root}))),
        )
    units = {
        proposal.posts[p].unit_id
        for proposal, _layout in (before, after)
        for p in _branch(proposal, case.roots)
        if p in proposal.posts
    }
    old = {c.unit_id: c.rect for c in before[1].containers}
    new = {c.unit_id: c.rect for c in after[1].containers}
    zero = Rect(0.0, 0.0, 0.0, 0.0)
    return room + sum(_growth(old.get(u, zero), new.get(u, zero)) for u in units)


def _largest_move_outside(before: Layout, after: Layout, inside: set[PostId]) -> float:
    moved = 0.0
    for box in before.boxes:
        now = after.box_for(box.post_id)
        if box.is_summary or box.post_id in inside or now is None:
            continue
        moved = max(moved, abs(now.rect.x - box.rect.x), abs(now.rect.y - box.rect.y))
    return moved


def _cases(proposal: Proposal, scenario_id: ScenarioId) -> Iterator[Case]:
    """Edits spread through the chart: a post moved to another team, one added, one deleted,
    a regrade, and a retitle long enough to need another line."""
    posts = proposal.posts_in(scenario_id)
    managers = [p for p in posts if proposal.reports_of(p.id)]
    leaves = [p for p in posts if p.reports_to_id is not None and not proposal.reports_of(p.id)]
    grades = sorted({g.code for g in proposal.grades.values()})
    for index, leaf in enumerate(leaves[:: max(1, len(leaves) // 6)]):
        assert leaf.reports_to_id is not None
        old_manager = leaf.reports_to_id
        target = managers[(index * 7) % len(managers)]
        if target.id not in (leaf.id, old_manager):
            moved = move_edit(proposal, (leaf.id,), manager_id=target.id)
            assert moved is not None
            yield Case(
                f"move {leaf.post_ref} to {target.post_ref}",
                moved,
                frozenset({old_manager, target.id}),
            )
        new = replace(
            post_like_neighbours(proposal, target.unit_id, "New officer"), reports_to_id=target.id
        )
        yield Case(f"add under {target.post_ref}", EstablishPost(new), frozenset({target.id}))
        yield Case(f"delete {leaf.post_ref}", DeletePost((leaf.id,)), frozenset({old_manager}))
        other = next((g for g in reversed(grades) if g != leaf.grade), None)
        if other is not None:
            yield Case(
                f"regrade {leaf.post_ref}", Regrade(leaf.id, other), frozenset({old_manager})
            )
        yield Case(
            f"retitle {leaf.post_ref}", Redesignate(leaf.id, LONG_TITLE), frozenset({old_manager})
        )


def _charts() -> Iterator[tuple[str, Proposal]]:
    yield "bury", build_bury()
    yield "manchester", build_manchester()
    yield "synthetic", build_synthetic(300, seed=1)


@pytest.mark.parametrize("chart", ["bury", "manchester", "synthetic"])
def test_an_edit_in_one_team_moves_nothing_outside_its_branch_more_than_it_needs(
    chart: str,
) -> None:
    proposal = dict(_charts())[chart]
    failures: list[str] = []
    for scenario in proposal.scenarios.values():
        before = layout_scenario(proposal, scenario.id)
        for case in _cases(proposal, scenario.id):
            edited = proposal.copy()
            apply_edit(edited, case.edit)
            after = _relayout(edited, scenario.id, before)
            inside = _branch(proposal, case.roots) | _branch(edited, case.roots)
            moved = _largest_move_outside(before, after, inside)
            room = _room_needed((proposal, before), (edited, after), case)
            if moved > room + SLACK:
                failures.append(
                    f"{scenario.name}, {case.name}: moved {moved:.0f} pt, needed {room:.0f}"
                )
    assert not failures, "\n".join(failures)


def test_undoing_an_edit_puts_every_box_back(bury: Proposal) -> None:
    """Laid out again after undo, with the edited layout's decisions at hand, the chart is the one
    the user had before the edit."""
    scenario = bury.scenario_named("As is")
    before = layout_scenario(bury, scenario.id)
    for case in _cases(bury, scenario.id):
        edited = bury.copy()
        applied = apply_edit(edited, case.edit)
        middle = _relayout(edited, scenario.id, before)
        apply_edit(edited, applied.inverse)
        back = _relayout(edited, scenario.id, middle)
        assert {b.post_id: b.rect for b in back.boxes} == {
            b.post_id: b.rect for b in before.boxes
        }, case.name
